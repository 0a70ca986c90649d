import { safeUrl } from '@common/text/safe-url';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import type { Block } from '@common/api/schemas/documents';
import { createAnnotation } from '../annotate/annotations';
import { DossierError } from '../errors';
import { contentHash } from '../import/prepare-document';
import { insertDocument, type DocumentMeta } from '../library/documents';
import type { VariableType } from '../export/model';
import { createCollection, ensureVariable, setDocumentVariable } from '../library/collections';
import type { Project } from '../session';
import { findOrCreateTheme } from '../themes/themes';
import { preparedValue } from '../data/statements';

// What a .qdpx or W3C file is read into before anything is written, and the one writer that
// puts it into an empty project in a single transaction (all of it, or nothing).

export interface ImportedTheme {
  key: string;
  name: string;
  parentKey: string | null;
  color: string | null;
  description: string;
}

export interface ImportedDocument extends DocumentMeta {
  key: string;
  text: string;
  blocks: Block[] | null;
  /** Values by variable key. */
  variables?: { key: string; value: string }[];
}

export interface ImportedCollection {
  key: string;
  name: string;
  description: string;
  documentKeys: string[];
  themeKeys: string[];
}

export interface ImportedVariable {
  key: string;
  name: string;
  type: VariableType;
  description: string;
}

export interface ImportedAnnotation {
  documentKey: string;
  /** UTF-16 offsets into the document's text. */
  start: number;
  end: number;
  themeKeys: string[];
  /** tiptap JSON, when the file carries Dossier's rich note. */
  note: string | null;
  noteText: string;
}

export interface ImportedProject {
  themes: ImportedTheme[];
  documents: ImportedDocument[];
  annotations: ImportedAnnotation[];
  collections?: ImportedCollection[];
  variables?: ImportedVariable[];
}

/** Paragraph blocks for a text that comes without structure: runs of lines between blank lines. */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    blocks.push({ kind: 'paragraph', level: null, start: m.index + lead, end: m.index + lead + trimmed.length, credit: null });
  }
  return blocks;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;
const color = (c: string | null): string | undefined =>
  c && HEX.test(c) ? (c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c).toLowerCase() : undefined;

function assertEmpty(p: Project): void {
  const n = preparedValue(p, 'SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM themes) + (SELECT count(*) FROM annotations) AS n').get() as number;
  if (n > 0) throw new DossierError('conflict', 'importing a project needs an empty project: create or open a new one first');
}

/** Orders themes parents first; a theme whose parent is missing (or in a cycle) goes to the top level. */
function parentsFirst(themes: ImportedTheme[]): ImportedTheme[] {
  const byKey = new Map(themes.map((t) => [t.key, t]));
  const out: ImportedTheme[] = [];
  const placed = new Set<string>();
  const visit = (t: ImportedTheme, trail: Set<string>): void => {
    if (placed.has(t.key)) return;
    const parent = t.parentKey ? byKey.get(t.parentKey) : undefined;
    if (parent && !trail.has(parent.key)) visit(parent, trail.add(t.key));
    else if (t.parentKey) t = { ...t, parentKey: null };
    placed.add(t.key);
    out.push(t);
  };
  for (const t of themes) visit(t, new Set());
  return out;
}

export function writeImported(p: Project, data: ImportedProject): { documents: number; themes: number; annotations: number } {
  return p.db.transaction(() => {
    assertEmpty(p);
    const themeUids = new Map<string, string>();
    for (const t of parentsFirst(data.themes)) {
      const parent = t.parentKey ? themeUids.get(t.parentKey) : null;
      const { theme } = findOrCreateTheme(p, {
        name: t.name.trim().slice(0, 200) || 'Untitled theme',
        parent: parent ?? null,
        color: color(t.color),
        description: t.description.slice(0, 100_000),
      });
      themeUids.set(t.key, theme.uid);
    }
    const docUids = new Map<string, string>();
    const docIds = new Map<string, number>();
    const variables = new Map((data.variables ?? []).map((v) => [v.key, v]));
    const variableIds = new Map<string, number>();
    for (const d of data.documents) {
      const text = d.text;
      if (!text.trim()) throw new DossierError('invalid-input', `source "${d.title}" has no text`);
      const { uid, id } = insertDocument(p, {
        title: d.title.trim() || 'Untitled',
        outlet: d.outlet?.trim() || null,
        // A project's own outlet names come back as they were, not as the shipped directory's.
        outletAsNamed: true,
        author: d.author?.trim() || null,
        url: safeUrl(d.url),
        published: d.published && PARTIAL_DATE.test(d.published) ? d.published : null,
        language: d.language?.trim() || null,
        text,
        blocks: d.blocks ?? paragraphBlocks(text),
        contentHash: contentHash(text),
        origin: 'imported project',
      });
      docUids.set(d.key, uid);
      docIds.set(d.key, id);
      for (const value of d.variables ?? []) {
        const v = variables.get(value.key);
        if (!v) continue;
        const variableId = variableIds.get(v.key) ?? ensureVariable(p, v);
        variableIds.set(v.key, variableId);
        setDocumentVariable(p, id, variableId, value.value);
      }
    }
    const themeIds = new Map([...themeUids].map(([key, uid]) => [key, preparedValue(p, 'SELECT id FROM themes WHERE uid = ?').get(uid) as number]));
    for (const c of data.collections ?? []) {
      createCollection(p, {
        name: c.name,
        description: c.description,
        documentIds: c.documentKeys.map((k) => docIds.get(k)).filter((x): x is number => x !== undefined),
        themeIds: c.themeKeys.map((k) => themeIds.get(k)).filter((x): x is number => x !== undefined),
      });
    }
    for (const a of data.annotations) {
      const document = docUids.get(a.documentKey);
      if (!document) throw new DossierError('invalid-input', 'an annotation refers to a source that is not in the file');
      const themes = [...new Set(a.themeKeys.map((k) => themeUids.get(k)).filter((u): u is string => !!u))];
      const note = a.note ? { note: a.note } : a.noteText.trim() ? { noteText: a.noteText } : {};
      createAnnotation(p, AnnotationCreate.parse({ document, start: a.start, end: a.end, snap: false, themes, ...note }));
    }
    return { documents: data.documents.length, themes: themeUids.size, annotations: data.annotations.length };
  }).immediate();
}
