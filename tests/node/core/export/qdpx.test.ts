import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { REFI_QDA_XSD } from '../../../helpers/samples';
import { dump, tempDir, tempSession } from '../../../helpers/temp-project';
import { projectContent } from './project-content';
import { buildSampleNotes } from './sample-notes';

const XSD = REFI_QDA_XSD;
const byCodePoints = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');

type El = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  isArray: (n) => ['Code', 'TextSource', 'PlainTextSelection', 'Coding', 'Note', 'User', 'NoteRef'].includes(n),
});

async function exportQdpx(): Promise<{ file: string; dir: string; ids: Awaited<ReturnType<typeof buildSampleNotes>> }> {
  const dir = tempDir();
  const s = tempSession();
  const ids = await buildSampleNotes(s.project);
  const file = join(dir, 'notes.qdpx');
  const r = await dispatch(s, 'export.run', { format: 'qdpx', path: file });
  expect(r).toMatchObject({ ok: true, value: { counts: { documents: 2, themes: 5, annotations: 6, claims: 2, arguments: 0 } } });
  return { file, dir, ids };
}

describe('REFI-QDA .qdpx', () => {
  it('holds project.qde (valid against the QDA-XML schema) and one flat sources/<guid>.txt per document', async () => {
    const { file, dir } = await exportQdpx();
    const files = unzipSync(readFileSync(file));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.slice(1)).toHaveLength(2);
    for (const n of names.slice(1)) expect(n).toMatch(/^sources\/[0-9a-f-]{36}\.txt$/);
    const qde = join(dir, 'project.qde');
    writeFileSync(qde, files['project.qde']!);
    // xmllint exits non-zero (and execFileSync throws) when the file does not validate.
    const out = execFileSync('xmllint', ['--noout', '--schema', XSD, qde], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    const xml = strFromU8(files['project.qde']!);
    expect(xml).toContain('isCodable="true"');
    expect(xml).not.toMatch(/isCodable(?!=)/);
  });

  it('codes each selection at code points where the source text equals the annotation quote', async () => {
    const { file } = await exportQdpx();
    const files = unzipSync(readFileSync(file));
    const project = (parser.parse(strFromU8(files['project.qde']!)) as El).Project as El;
    const users = ((project.Users as El).User as El[]).map((u) => u.guid);
    expect(users).toHaveLength(1);
    const codes = new Map<string, string>();
    const walk = (list: El[] | undefined, path: string[]): void => {
      for (const c of list ?? []) {
        codes.set(c.guid as string, [...path, c.name as string].join(' > '));
        walk(c.Code as El[] | undefined, [...path, c.name as string]);
      }
    };
    walk(((project.CodeBook as El).Codes as El).Code as El[], []);
    expect([...codes.values()].sort()).toEqual(['Energy', 'Security', 'Security > Defence industry', 'Security > UAVs', 'Türkiye–Azərbaycan corridors']);
    const noteEls = (project.Notes as El).Note as El[];
    const notes = new Map(noteEls.map((n) => [n.guid as string, n.PlainTextContent as string]));
    const claimNotes = new Set(noteEls.filter((n) => String(n.name).startsWith('Claim: ')).map((n) => n.guid as string));
    expect(claimNotes.size).toBe(2);
    const seen: { quote: string; codes: string[]; note: string | undefined; claims: number }[] = [];
    for (const src of (project.Sources as El).TextSource as El[]) {
      expect(src.plainTextPath).toBe(`internal://${src.guid}.txt`);
      expect(users).toContain(src.creatingUser);
      const text = strFromU8(files[`sources/${src.guid}.txt`]!);
      for (const sel of (src.PlainTextSelection as El[]) ?? []) {
        const quote = byCodePoints(text, Number(sel.startPosition), Number(sel.endPosition));
        // The name carries the start of the quote; the positions must give exactly that passage.
        expect(quote.replace(/\s+/g, ' ').startsWith(String(sel.name))).toBe(true);
        const refs = ((sel.NoteRef as El[]) ?? []).map((r) => r.targetGUID as string);
        const memo = refs.filter((g) => !claimNotes.has(g)).map((g) => notes.get(g));
        // The note twice: the selection's Description (QualCoder, MAXQDA) and a Note it refers to (NVivo, ATLAS.ti).
        expect(memo).toEqual(sel.Description === undefined ? [] : [sel.Description]);
        seen.push({
          quote,
          codes: ((sel.Coding as El[]) ?? []).map((c) => codes.get((c.CodeRef as El).targetGUID as string)!).sort(),
          note: sel.Description as string | undefined,
          claims: refs.filter((g) => claimNotes.has(g)).length,
        });
      }
    }
    expect(seen).toContainEqual({ quote: '𝒜lmaty on Monday 🤝', codes: ['Security > UAVs'], note: '@mention +1 -2', claims: 0 });
    expect(seen).toContainEqual({ quote: '-5 percent growth', codes: ['Energy', 'Security > UAVs'], note: 'Plain note.', claims: 0 });
    expect(seen).toContainEqual({ quote: 'Ərdoğan\'s visit to İğdır', codes: [], note: undefined, claims: 0 });
    // Claims are notes linked to the passages of their evidence, with stances.
    expect(seen.find((x) => x.quote === 'The Zangezur corridor would shorten the rail link')?.claims).toBe(1);
    const claimText = [...claimNotes].map((g) => notes.get(g)!).find((t) => t.startsWith('The Zangezur corridor shortens'));
    expect(claimText).toContain('Status: Corroborated; credibility 2; event date 2025-10');
    expect(claimText).toContain('Supports: “The Zangezur corridor would shorten the rail link” (Trend report)');
    expect(claimText).toContain('Context: “Organization of Turkic States (OTS)”');
    expect(seen).toHaveLength(6);
  });

  it('imports back into an empty project: same texts, theme tree, quotes and offsets', async () => {
    const { file } = await exportQdpx();
    const a = tempSession('again.dossier');
    await buildSampleNotes(a.project);
    const b = tempSession('copy.dossier');
    const r = await dispatch(b, 'export.importProject', { path: file });
    expect(r).toEqual({ ok: true, value: { format: 'qdpx', documents: 2, themes: 5, annotations: 6, skipped: 0 } });
    // Rich notes come back as their plain text (REFI-QDA notes are plain).
    expect(projectContent(b.project)).toEqual(projectContent(a.project));
  });

  it('refuses a broken archive or malformed project.qde and writes nothing', async () => {
    const { file, dir } = await exportQdpx();
    const b = tempSession('copy.dossier');
    const empty = dump(b.project);
    const bad = join(dir, 'bad.qdpx');
    const files = unzipSync(readFileSync(file));
    writeFileSync(bad, zipSync({ ...files, 'project.qde': strToU8('<Project name="x"><Sources>') }));
    expect(await dispatch(b, 'export.importProject', { path: bad })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /not well-formed/ } });
    const dropped = Object.keys(files).find((n) => n.startsWith('sources/'));
    const noText = Object.fromEntries(Object.entries(files).filter(([n]) => n !== dropped));
    writeFileSync(bad, zipSync(noText));
    expect(await dispatch(b, 'export.importProject', { path: bad })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /not in the file/ } });
    writeFileSync(bad, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)]));
    expect(await dispatch(b, 'export.importProject', { path: bad })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /zip/ } });
    expect(dump(b.project)).toEqual(empty);
  });
});

describe('REFI-QDA import from another tool', () => {
  it('reads inline text, a nested codebook, 3-digit colours, notes and code-point positions', async () => {
    const dir = tempDir();
    const text = 'Intro 🇹🇷 line.\nThe Middle Corridor links Baku and Aktau.';
    const start = [...text].indexOf('M');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="QualCoder project" origin="QualCoder">
  <CodeBook><Codes>
    <Code guid="11111111-1111-1111-1111-111111111111" name="Transport" isCodable="true" color="#1C7">
      <Code guid="22222222-2222-2222-2222-222222222222" name="Rail &amp; ports" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="33333333-3333-3333-3333-333333333333" name="Interview 1">
      <PlainTextContent>${text}</PlainTextContent>
      <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="${start}" endPosition="${start + 'Middle Corridor'.length}">
        <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
        <Coding guid="66666666-6666-6666-6666-666666666666"><CodeRef targetGUID="99999999-9999-9999-9999-999999999999"/></Coding>
        <NoteRef targetGUID="77777777-7777-7777-7777-777777777777"/>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes><Note guid="77777777-7777-7777-7777-777777777777" name="memo"><PlainTextContent>Key route.</PlainTextContent></Note></Notes>
</Project>`;
    const file = join(dir, 'foreign.qdpx');
    writeFileSync(file, zipSync({ 'project.qde': strToU8(xml) }));
    const s = tempSession();
    const r = await dispatch(s, 'export.importProject', { path: file });
    expect(r).toEqual({ ok: true, value: { format: 'qdpx', documents: 1, themes: 2, annotations: 1, skipped: 0 } });
    const content = projectContent(s.project) as { documents: { text: string; title: string }[]; themes: { name: string; color: string }[]; annotations: { exact: string; themes: string; note: string }[] };
    expect(content.documents).toMatchObject([{ title: 'Interview 1', text }]);
    expect(content.themes).toMatchObject([{ name: 'Transport', color: '#11cc77' }, { name: 'Transport > Rail & ports' }]);
    expect(content.annotations).toMatchObject([{ exact: 'Middle Corridor', themes: 'Rail & ports', note: 'Key route.' }]);
  });
});
