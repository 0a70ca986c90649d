import { z } from 'zod';
import { codePointToUtf16 } from '@common/text/offsets';
import { reanchor } from '../annotate/anchoring';
import { DossierError } from '../errors';
import type { ImportedAnnotation, ImportedProject, ImportedTheme } from './import-write';
import { docFromJson } from '@common/richtext/doc';

// Reads a W3C Web Annotation collection written by Dossier (toW3c), with its annotations in
// `first` (current exports) or in `items` on the collection (older ones): the texts and the theme
// tree come from its "dossier:" terms; annotations are placed by their TextPositionSelector
// (code points) when it still matches their quote, else by the quote and its context.

const Str = z.string().max(20_000_000);
const Opt = Str.nullish();

const Source = z.object({
  id: Str,
  title: Str.default('Untitled'),
  'dossier:text': Str,
  'dossier:outlet': Opt,
  'dossier:author': Opt,
  'dossier:url': Opt,
  'dossier:published': Opt,
  'dossier:language': Opt,
  'dossier:blocks': z
    .array(z.object({ kind: z.enum(['heading', 'paragraph', 'list_item', 'caption']), level: z.number().int().nullable(), start: z.number().int().min(0), end: z.number().int().min(0) }))
    .nullish(),
});

const ThemeEntry = z.object({ id: Str, name: Str, parent: Opt, color: Opt, description: Opt });

const Selector = z.looseObject({ type: Str });
const Body = z.looseObject({ type: Str.optional(), purpose: Str.optional(), value: Str.optional(), 'dossier:theme': Str.optional(), 'dossier:note': z.unknown().optional() });
const Item = z.looseObject({
  body: z.union([Body, z.array(Body)]).optional(),
  target: z.looseObject({ source: Str, selector: z.union([Selector, z.array(Selector)]) }),
});

const Collection = z.looseObject({
  type: z.union([Str, z.array(Str)]),
  'dossier:sources': z.array(Source).max(1_000_000).optional(),
  'dossier:themes': z.array(ThemeEntry).max(1_000_000).optional(),
  items: z.array(Item).max(10_000_000).optional(),
  // A page embedded (Dossier writes one) or only linked by its id (nothing to read then).
  first: z.union([Str, z.looseObject({ items: z.array(Item).max(10_000_000).optional() })]).optional(),
});

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const fail = (why: string): DossierError => new DossierError('invalid-input', `not a Dossier W3C annotation file: ${why}`);

/** A rich note from another tool (or a hand-edited file) that the editors cannot show is left out; its plain text stands. */
function fitsSchema(rich: unknown): boolean {
  try {
    docFromJson(rich);
    return true;
  } catch {
    return false;
  }
}

export function readW3c(json: string): ImportedProject & { skipped: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw fail('the file is not JSON');
  }
  const parsed = Collection.safeParse(raw);
  if (!parsed.success) throw fail(z.prettifyError(parsed.error).split('\n')[0] ?? 'unexpected shape');
  const c = parsed.data;
  if (!asArray(c.type).includes('AnnotationCollection')) throw fail('it is not an AnnotationCollection');
  if (!c['dossier:sources']?.length) throw fail('it carries no source texts (only files exported by Dossier do)');

  const docs = new Map(c['dossier:sources'].map((s) => [s.id, s]));
  const themes: ImportedTheme[] = (c['dossier:themes'] ?? []).map((t) => ({
    key: t.id,
    name: t.name,
    parentKey: t.parent ?? null,
    color: t.color ?? null,
    description: t.description ?? '',
  }));
  const themeKeys = new Set(themes.map((t) => t.key));
  const annotations: ImportedAnnotation[] = [];
  let skipped = 0;
  // Both shapes: annotations in the first page (the model's) or on the collection (older exports).
  const first = typeof c.first === 'object' ? (c.first.items ?? []) : [];
  for (const item of [...(c.items ?? []), ...first]) {
    const doc = docs.get(item.target.source);
    if (!doc) throw fail(`an annotation targets ${item.target.source}, which is not among its sources`);
    const text = doc['dossier:text'];
    const selectors = asArray(item.target.selector);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const pos = selectors.find((s) => s.type === 'TextPositionSelector');
    const exact = typeof quote?.exact === 'string' ? quote.exact : '';
    let range: { start: number; end: number } | null = null;
    if (pos && Number.isInteger(pos.start) && Number.isInteger(pos.end)) {
      const start = codePointToUtf16(text, pos.start as number);
      const end = codePointToUtf16(text, pos.end as number);
      if (end > start && (!exact || text.slice(start, end) === exact)) range = { start, end };
    }
    if (!range && exact) {
      const found = reanchor(text, { exact, prefix: String(quote?.prefix ?? ''), suffix: String(quote?.suffix ?? ''), start: 0, end: 0 });
      if (found.status !== 'orphaned') range = { start: found.start, end: found.end };
    }
    if (!range) {
      skipped++;
      continue;
    }
    const bodies = asArray(item.body);
    const comment = bodies.find((b) => b.purpose === 'commenting' || (!b.purpose && b.type === 'TextualBody'));
    const rich = comment?.['dossier:note'];
    const tagKeys: string[] = [];
    for (const b of bodies.filter((x) => x.purpose === 'tagging')) {
      const key = b['dossier:theme'] && themeKeys.has(b['dossier:theme']) ? b['dossier:theme'] : b.value ? `tag:${b.value}` : null;
      if (!key) continue;
      if (!themeKeys.has(key)) {
        themeKeys.add(key);
        themes.push({ key, name: b.value!, parentKey: null, color: null, description: '' });
      }
      tagKeys.push(key);
    }
    annotations.push({
      documentKey: doc.id,
      ...range,
      themeKeys: tagKeys,
      note: fitsSchema(rich) ? JSON.stringify(rich) : null,
      noteText: comment?.value ?? '',
    });
  }
  const documents = c['dossier:sources'].map((s) => ({
    key: s.id,
    title: s.title,
    outlet: s['dossier:outlet'] ?? null,
    author: s['dossier:author'] ?? null,
    url: s['dossier:url'] ?? null,
    published: s['dossier:published'] ?? null,
    language: s['dossier:language'] ?? null,
    text: s['dossier:text'],
    blocks: validBlocks(s['dossier:blocks'], s['dossier:text'].length),
  }));
  return { themes, documents, annotations, skipped };
}

/** Blocks from the file, when every range lies inside the text; else none (they are rebuilt). */
function validBlocks(blocks: z.infer<typeof Source>['dossier:blocks'], length: number): ImportedProject['documents'][number]['blocks'] {
  if (!blocks?.length || blocks.some((b) => b.end < b.start || b.end > length)) return null;
  return blocks.map((b) => ({ ...b, credit: null }));
}
