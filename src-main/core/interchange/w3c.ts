import { randomUUID } from 'node:crypto';
import { utf16ToCodePoint } from '@common/text/offsets';
import type { ExportBundle, ExportDocument, Progress } from '../export/model';
import { exportTitle, themePaths } from '../export/outline';

// W3C Web Annotation Data Model, JSON-LD: one AnnotationCollection whose annotations sit in
// its `first` AnnotationPage (the model requires a page for a non-empty collection; readers
// look in first.items). Positions count Unicode code points (the model's rule); the
// database's UTF-16 offsets are converted here. Dossier's own terms (the source texts, the
// theme tree, the rich note) ride along under the "dossier:" prefix, defined in an inline
// context shipped with the file, so a JSON-LD expansion keeps them (the rich note and the
// blocks as JSON literals) and a Dossier export can be imported back whole.

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DOSSIER_TERMS = 'urn:dossier:terms:';
export const urn = (uid: string): string => `urn:uuid:${uid}`;

/** The context of Dossier's own terms, inline in every export (JSON-LD 1.1). */
export const DOSSIER_CONTEXT = {
  '@version': 1.1,
  dossier: DOSSIER_TERMS,
  title: 'dcterms:title',
  description: 'dcterms:description',
  color: 'dossier:color',
  parent: { '@id': 'dossier:parent', '@type': '@id' },
  'dossier:sources': { '@container': '@set' },
  'dossier:themes': { '@container': '@set' },
  'dossier:theme': { '@type': '@id' },
  'dossier:path': { '@container': '@list' },
  'dossier:note': { '@type': '@json' },
  'dossier:blocks': { '@type': '@json' },
} as const;

/** A document's id as an annotation target: its URL when that names it alone, else its uid URN. */
export function sourceIds(docs: ExportDocument[]): Map<string, string> {
  const urlCount = new Map<string, number>();
  for (const d of docs) if (d.url) urlCount.set(d.url, (urlCount.get(d.url) ?? 0) + 1);
  return new Map(docs.map((d) => [d.uid, d.url && urlCount.get(d.url) === 1 ? d.url : urn(d.uid)]));
}

export function toW3c(b: ExportBundle, progress?: Progress): Record<string, unknown> {
  const paths = themePaths(b.themes);
  const names = new Map(b.themes.map((t) => [t.uid, t.name]));
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const ids = sourceIds(b.documents);
  const items = b.annotations.map((a, i) => {
    const d = docs.get(a.documentUid)!;
    const body: Record<string, unknown>[] = [];
    if (a.noteText.trim()) {
      body.push({
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/plain',
        value: a.noteText,
        ...(d.language ? { language: d.language } : {}),
        ...(a.note ? { 'dossier:note': a.note.toJSON() } : {}),
      });
    }
    for (const t of a.themeUids) {
      body.push({ type: 'TextualBody', purpose: 'tagging', value: names.get(t) ?? t, 'dossier:theme': urn(t), 'dossier:path': paths.get(t) ?? [] });
    }
    const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix }];
    if (a.positioned) {
      selector.push({ type: 'TextPositionSelector', start: utf16ToCodePoint(d.text, a.start), end: utf16ToCodePoint(d.text, a.end) });
    }
    if (i % 500 === 499) progress?.(i + 1, b.annotations.length);
    return {
      id: urn(a.uid),
      type: 'Annotation',
      motivation: a.noteText.trim() ? 'commenting' : a.themeUids.length ? 'classifying' : 'highlighting',
      created: a.createdAt,
      modified: a.updatedAt,
      ...(body.length ? { body } : {}),
      target: { source: ids.get(d.uid), selector },
      'dossier:anchorStatus': a.anchorStatus,
    };
  });
  progress?.(b.annotations.length, b.annotations.length);
  const page = `urn:uuid:${randomUUID()}`;
  return {
    '@context': [W3C_CONTEXT, DOSSIER_CONTEXT],
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label: exportTitle(b),
    total: items.length,
    generated: b.exportedAt,
    generator: { id: 'urn:dossier:app', type: 'Software', name: 'Dossier' },
    'dossier:sources': b.documents.map((d) => ({
      id: ids.get(d.uid),
      type: 'Text',
      format: 'text/plain',
      title: d.title,
      'dossier:uid': d.uid,
      'dossier:outlet': d.outlet,
      'dossier:author': d.author,
      'dossier:url': d.url,
      'dossier:published': d.published,
      'dossier:language': d.language,
      'dossier:text': d.text,
      'dossier:blocks': d.blocks,
    })),
    'dossier:themes': b.themes.map((t) => ({
      id: urn(t.uid),
      name: t.name,
      parent: t.parentUid ? urn(t.parentUid) : null,
      color: t.color,
      description: t.description,
    })),
    // One page holds them all; an empty collection has no page (the model allows none then).
    ...(items.length ? { first: { id: page, type: 'AnnotationPage', startIndex: 0, items }, last: page } : {}),
  };
}
