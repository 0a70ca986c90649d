import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { collect } from '../../../../src-main/core/export/collect';
import { toW3c } from '../../../../src-main/core/interchange/w3c';
import { readW3c } from '../../../../src-main/core/interchange/import-w3c';
import { dump, tempDir, tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';
import { projectContent } from './project-content';

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
interface Item { id: string; target: { source: string; selector: Selector[] }; body?: { purpose: string; value: string }[] }

const byCodePoints = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');

describe('W3C Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection whose quote selectors equal the source text at their code-point positions', async () => {
    const p = tempSession().project;
    await buildSampleNotes(p);
    const c = toW3c(collect(p, { kind: 'project' })) as Record<string, unknown>;
    expect(c['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.items).toBeUndefined();
    const first = c.first as { type: string; id: string; items: Item[] };
    expect(first.type).toBe('AnnotationPage');
    expect(c.last).toBe(first.id);
    const items = first.items;
    expect(items).toHaveLength(6);
    expect(c.total).toBe(6);
    const texts = new Map((c['dossier:sources'] as { id: string; 'dossier:text': string }[]).map((s) => [s.id, s['dossier:text']]));
    let afterAstral = 0;
    for (const item of items) {
      expect(item.id).toMatch(/^urn:uuid:/);
      const text = texts.get(item.target.source)!;
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(byCodePoints(text, pos.start!, pos.end!)).toBe(quote.exact);
      expect(text.slice(0, text.indexOf(quote.exact!))).toBe(byCodePoints(text, 0, pos.start!));
      if (/[\u{10000}-\u{10FFFF}]/u.test(byCodePoints(text, 0, pos.start!))) afterAstral++;
    }
    // Three passages of the emoji article sit after characters outside the BMP; their UTF-16 offsets would differ.
    expect(afterAstral).toBeGreaterThanOrEqual(3);
    const tagged = items.find((i) => i.body?.some((b) => b.purpose === 'tagging' && b.value === 'UAVs'));
    expect(tagged?.body?.find((b) => b.purpose === 'commenting')?.value).toBe('@mention +1 -2');
    // A URL names its document when it is unique; the source list says which text it is.
    expect(texts.has('https://en.trend.az/azerbaijan/politics/zangezur_corridor?id=1&x=2')).toBe(true);
  });

  it('imports back into an empty project: same texts, theme tree, quotes and offsets', async () => {
    const dir = tempDir();
    const a = tempSession();
    await buildSampleNotes(a.project);
    const file = join(dir, 'notes.jsonld');
    const run = await dispatch(a, 'export.run', { format: 'w3c', path: file });
    expect(run.ok).toBe(true);
    const b = tempSession('copy.dossier');
    const imported = await dispatch(b, 'export.importProject', { path: file });
    expect(imported).toEqual({ ok: true, value: { format: 'w3c', documents: 2, themes: 5, annotations: 6, skipped: 0 } });
    expect(projectContent(b.project)).toEqual(projectContent(a.project));
  });

  it('reads the older shape too, with the annotations on the collection itself', async () => {
    const dir = tempDir();
    const a = tempSession();
    await buildSampleNotes(a.project);
    const c = toW3c(collect(a.project, { kind: 'project' })) as Record<string, unknown>;
    const { first, last: _, ...rest } = c;
    const file = join(dir, 'old.jsonld');
    writeFileSync(file, JSON.stringify({ ...rest, items: (first as { items: unknown[] }).items }));
    const b = tempSession('copy.dossier');
    expect(await dispatch(b, 'export.importProject', { path: file })).toMatchObject({ ok: true, value: { annotations: 6, skipped: 0 } });
    expect(projectContent(b.project)).toEqual(projectContent(a.project));
  });

  it("keeps a rich note that fits the editors' schema; one that does not is imported as its plain text", async () => {
    const a = tempSession();
    await buildSampleNotes(a.project);
    const c = toW3c(collect(a.project, { kind: 'project' })) as { first: { items: { body?: Record<string, unknown>[] }[] } };
    const withNotes = c.first.items.filter((i) => i.body?.some((b) => b['dossier:note']));
    expect(withNotes.length).toBeGreaterThanOrEqual(2);
    const comment = (i: number) => withNotes[i]!.body!.find((b) => b['dossier:note'])!;
    comment(0)['dossier:note'] = { type: 'doc', content: [{ type: 'image', attrs: { src: 'file:///etc/passwd' } }] };
    const read = readW3c(JSON.stringify(c));
    const noteOf = (value: unknown) => read.annotations.find((x) => x.noteText === value)!.note;
    expect(noteOf(comment(0).value)).toBeNull();
    expect(JSON.parse(noteOf(comment(1).value)!)).toEqual(comment(1)['dossier:note']);
  });

  it('refuses a non-empty project or a foreign file and changes nothing', async () => {
    const dir = tempDir();
    const a = tempSession();
    await buildSampleNotes(a.project);
    const file = join(dir, 'notes.jsonld');
    await dispatch(a, 'export.run', { format: 'w3c', path: file });
    const before = dump(a.project);
    const again = await dispatch(a, 'export.importProject', { path: file });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dump(a.project)).toEqual(before);

    const b = tempSession('empty.dossier');
    const empty = dump(b.project);
    const foreign = join(dir, 'hypothesis.json');
    writeFileSync(foreign, JSON.stringify({ type: 'AnnotationCollection', items: [{ target: { source: 'https://x', selector: [] } }] }));
    expect(await dispatch(b, 'export.importProject', { path: foreign })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /no source texts/ } });
    writeFileSync(foreign, '{ not json');
    expect(await dispatch(b, 'export.importProject', { path: foreign })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /not JSON/ } });
    // A file whose annotation points at a source it does not carry fails whole: nothing half-written.
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.first.items[3].target.source = 'urn:uuid:00000000-0000-0000-0000-000000000000';
    writeFileSync(foreign, JSON.stringify(broken));
    expect(await dispatch(b, 'export.importProject', { path: foreign })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dump(b.project)).toEqual(empty);
  });
});
