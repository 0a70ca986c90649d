import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { FIXTURES, REFI_QDA_XSD } from '../../../helpers/samples';
import { tempDir, tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

// .qdpx as other QDA tools read it: QualCoder takes a coding memo from the selection's
// Description; a MAXQDA project's Sets, Variables and code descriptions survive an import and
// the next export byte for byte; every export validates against the QDA-XML schema (xmllint).

type El = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, isArray: (n, _path, _leaf, attribute) =>
    !attribute && ['User', 'Code', 'TextSource', 'PlainTextSelection', 'Coding', 'Note', 'NoteRef', 'Set', 'MemberSource', 'MemberCode', 'Variable', 'VariableValue'].includes(n),
});
const projectOf = (zip: Uint8Array): El => (parser.parse(strFromU8(unzipSync(zip)['project.qde']!)) as El).Project as El;

function validates(zip: Uint8Array, dir: string): void {
  const qde = join(dir, 'check.qde');
  writeFileSync(qde, unzipSync(zip)['project.qde']!);
  // xmllint exits non-zero (execFileSync throws) when the file does not validate.
  expect(execFileSync('xmllint', ['--noout', '--schema', REFI_QDA_XSD, qde], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
}

/** Code descriptions by code name, walking the tree. */
function descriptions(project: El): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (codes: El[] | undefined): void => {
    for (const c of codes ?? []) {
      if (c.Description !== undefined) out.set(c.name as string, c.Description as string);
      walk(c.Code as El[] | undefined);
    }
  };
  walk((project.CodeBook as El).Codes ? (((project.CodeBook as El).Codes as El).Code as El[]) : []);
  return out;
}

describe('.qdpx in other QDA tools', () => {
  it('gives every note to a reader of selection Descriptions (QualCoder), as many memos as notes', async () => {
    const dir = tempDir();
    const s = tempSession();
    await buildSampleNotes(s.project);
    const file = join(dir, 'notes.qdpx');
    expect(await dispatch(s, 'export.run', { format: 'qdpx', path: file })).toMatchObject({ ok: true });
    const zip = readFileSync(file);
    validates(zip, dir);
    const memos = ((projectOf(zip).Sources as El).TextSource as El[]).flatMap((src) => ((src.PlainTextSelection as El[]) ?? []).map((sel) => sel.Description)).filter((d) => d !== undefined);
    const notes = s.project.db.prepare("SELECT note_text FROM annotations WHERE trim(note_text) <> '' ORDER BY note_text").pluck().all();
    expect([...memos].sort()).toEqual(notes);
    expect(notes).toHaveLength(5);
  });

  it('keeps a MAXQDA project’s Sets, Variables and code descriptions through import and re-export', async () => {
    const dir = tempDir();
    const original = readFileSync(join(FIXTURES, 'refi-qda', 'maxqda-sets.qde'));
    const source = join(dir, 'maxqda.qdpx');
    writeFileSync(source, zipSync({ 'project.qde': original }));
    const s = tempSession();
    expect(await dispatch(s, 'export.importProject', { path: source })).toMatchObject({ ok: true, value: { documents: 3, themes: 3, annotations: 2, skipped: 0 } });
    const db = s.project.db;
    expect(db.prepare('SELECT name, description FROM collections ORDER BY name').all()).toEqual([
      { name: 'Caspian ports', description: 'Document set: port stories' },
      { name: 'Logistics codes', description: '' },
    ]);
    const doc = await dispatch(s, 'documents.list', {});
    const aktau = doc.ok ? doc.value.find((d) => d.title === 'Aktau port expansion')! : undefined;
    const detail = await dispatch(s, 'documents.get', { uid: aktau!.uid });
    expect(detail).toMatchObject({ ok: true, value: { collections: ['Caspian ports'], variables: [{ name: 'Country', value: 'Kazakhstan' }, { name: 'Wordcount', value: '13' }] } });
    // The selection's Description is its note.
    expect(db.prepare("SELECT note_text FROM annotations WHERE exact = 'port of Aktau'").pluck().get()).toBe('Coding memo: Kazakh state port operator.');

    const again = join(dir, 'again.qdpx');
    expect(await dispatch(s, 'export.run', { format: 'qdpx', path: again })).toMatchObject({ ok: true });
    const zip = readFileSync(again);
    validates(zip, dir);
    const before = (parser.parse(original.toString('utf8')) as El).Project as El;
    const after = projectOf(zip);
    // Descriptions byte for byte: leading and trailing spaces, new lines, escaped characters.
    expect(descriptions(after)).toEqual(descriptions(before));
    expect(descriptions(after).get('Energy')).toBe('Oil <and> gas\n');
    const names = new Map(((after.Sources as El).TextSource as El[]).map((t) => [t.guid as string, t.name as string]));
    const sets = ((after.Sets as El).Set as El[]).map((x) => ({
      name: x.name,
      description: x.Description,
      sources: ((x.MemberSource as El[]) ?? []).map((m) => names.get(m.targetGUID as string)).sort(),
      codes: ((x.MemberCode as El[]) ?? []).length,
    }));
    expect(sets).toEqual([
      { name: 'Caspian ports', description: 'Document set: port stories', sources: ['Aktau port expansion', 'Baku ferry terminal'], codes: 0 },
      { name: 'Logistics codes', description: undefined, sources: [], codes: 2 },
    ]);
    const variables = ((after.Variables as El).Variable as El[]).map((v) => [v.name, v.typeOfVariable]);
    expect(variables).toEqual([
      ['Country', 'Text'],
      ['Wordcount', 'Integer'],
    ]);
    const aktauOut = ((after.Sources as El).TextSource as El[]).find((t) => t.name === 'Aktau port expansion')!;
    expect((aktauOut.VariableValue as El[]).map((v) => v.TextValue ?? v.IntegerValue)).toEqual(['Kazakhstan', '13']);
    // A third export of the re-imported file is the same project again.
    const s2 = tempSession('third.dossier');
    expect(await dispatch(s2, 'export.importProject', { path: again })).toMatchObject({ ok: true, value: { documents: 3, themes: 3, annotations: 2 } });
    expect(s2.project.db.prepare('SELECT count(*) FROM collection_members').pluck().get()).toBe(4);
  });
});

