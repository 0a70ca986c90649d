import type { Grade, OutletKind } from '../../../../src-main/common/api/schemas/outlets';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createOutlet, findOutletByName } from '../../../../src-main/core/library/outlets';
import type { Project } from '../../../../src-main/core/project';
import { createTheme, findThemeByName } from '../../../../src-main/core/themes/themes';
import { newUid } from '../../../../src-main/core/util/uid';

export interface Article {
  text: string;
  title?: string;
  outlet?: { name: string; kind: OutletKind; grade: Grade };
  author?: string;
  published?: string;
  url?: string;
}

/** Imports an article through the real import path; its outlet is created with kind and grade first. */
export async function importArticle(p: Project, a: Article): Promise<string> {
  if (a.outlet && !findOutletByName(p, a.outlet.name)) createOutlet(p, a.outlet);
  const overrides = {
    ...(a.title ? { title: a.title } : {}),
    ...(a.outlet ? { outlet: a.outlet.name } : {}),
    ...(a.author ? { author: a.author } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
  const summary = await importFiles(p, { items: [{ kind: 'text', text: a.text, name: 'article.txt' }], overrides });
  const r = summary.results[0]!;
  if (r.status !== 'imported' || !r.uid) throw new Error(`import failed: ${JSON.stringify(r)}`);
  return r.uid;
}

/**
 * A real annotation row over `quote` in the document's current text, with its themes
 * (created when missing). Stands in for the annotation module while that is built.
 */
export function annotate(p: Project, documentUid: string, quote: string, themes: string[] = []): string {
  const doc = p.db
    .prepare(
      `SELECT d.id, v.version, v.text FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
       WHERE d.uid = ?`,
    )
    .get(documentUid) as { id: number; version: number; text: string };
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in document: ${quote}`);
  const end = start + quote.length;
  const uid = newUid();
  const now = p.now();
  const { lastInsertRowid } = p.db
    .prepare(
      `INSERT INTO annotations (uid, document_id, version, start, "end", exact, prefix, suffix, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(uid, doc.id, doc.version, start, end, quote, doc.text.slice(Math.max(0, start - 32), start), doc.text.slice(end, end + 32), now, now);
  for (const name of themes) {
    const theme = findThemeByName(p, name) ?? createTheme(p, { name });
    const themeId = (p.db.prepare('SELECT id FROM themes WHERE uid = ?').get(theme.uid) as { id: number }).id;
    p.db.prepare('INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)').run(Number(lastInsertRowid), themeId);
  }
  return uid;
}

export const AZERNEWS = { name: 'Azernews', kind: 'private_media', grade: 'B' } as const;
export const TREND = { name: 'Trend', kind: 'private_media', grade: 'C' } as const;
export const AZERTAC = { name: 'AZERTAC', kind: 'state_media', grade: 'D' } as const;
export const MINISTRY = { name: 'Ministry of Foreign Affairs', kind: 'government', grade: 'C' } as const;
