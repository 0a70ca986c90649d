import { AnnotationCreate } from '@common/api/schemas/annotations';
import type { Grade, OutletKind } from '@common/api/schemas/outlets';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createOutlet, findOutletByName } from '../../../../src-main/core/library/outlets';
import type { Project } from '../../../../src-main/core/session';

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

/** An annotation over `quote` in the document's current text, through the annotation module. */
export function annotate(p: Project, documentUid: string, quote: string, themes: string[] = []): string {
  return createAnnotation(p, AnnotationCreate.parse({ document: documentUid, quote, themeNames: themes })).uid;
}

export const AZERNEWS = { name: 'Azernews', kind: 'private_media', grade: 'B' } as const;
export const TREND = { name: 'Trend', kind: 'private_media', grade: 'C' } as const;
export const AZERTAC = { name: 'AZERTAC', kind: 'state_media', grade: 'D' } as const;
export const MINISTRY = { name: 'Ministry of Foreign Affairs', kind: 'government', grade: 'C' } as const;
