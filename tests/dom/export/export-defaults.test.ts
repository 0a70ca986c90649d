import { describe, expect, it } from 'vitest';
import { choiceFor, extensionOf, FORMAT_CHOICES } from '../../../src-renderer/features/export/export-formats';
import { defaultExportPath, folderOf, slug, withExtension } from '../../../src-renderer/features/export/export-paths';
import { initialScope, scopeOf } from '../../../src-renderer/features/export/export-scope';
import { parseLast } from '../../../src-renderer/features/export/use-export-setup';

describe('export defaults', () => {
  it('puts the file in the project folder’s exports folder, or the last export’s folder', () => {
    expect(defaultExportPath('/home/a/Research/Caucasus.dossier', 'Caucasus', ['', 'notes'], '.md')).toBe('/home/a/Research/exports/caucasus-notes.md');
    expect(defaultExportPath('C:\\Users\\a\\Caucasus.dossier', 'Caucasus', ['Energy', 'claims'], '.csv')).toBe('C:\\Users\\a\\exports\\caucasus-energy-claims.csv');
    expect(defaultExportPath('/p/x.dossier', 'x', ['Security > UAVs', 'notes'], '.pdf', '/tmp/out')).toBe('/tmp/out/x-security-uavs-notes.pdf');
    expect(folderOf('/tmp/out/notes.md')).toBe('/tmp/out');
  });

  it('suggests a different name for each kind of content, so one export never replaces another', () => {
    const names = FORMAT_CHOICES.map((c) => defaultExportPath('/p/x.dossier', 'x', ['', c.content], extensionOf(c)));
    // PDF, HTML, Word and Markdown notes differ by extension; everything else by name too.
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['/p/exports/x-annotations.csv', '/p/exports/x-claims.csv', '/p/exports/x-sources.bib', '/p/exports/x-sources-biblatex.bib']));
  });

  it('keeps letters of any script in file names', () => {
    expect(slug('Əliyev: İlham’s “visit”')).toBe('əliyev-ilham-s-visit');
    expect(slug('Қазақстан 2025')).toBe('қазақстан-2025');
    expect(slug('***')).toBe('export');
  });

  it('swaps the extension of another export format and leaves other names alone', () => {
    const known = ['.md', '.pdf', '.jsonld', '.json'];
    expect(withExtension('/o/notes.md', '.pdf', known)).toBe('/o/notes.pdf');
    expect(withExtension('/o/notes.jsonld', '.md', known)).toBe('/o/notes.md');
    expect(withExtension('/o/notes', '.md', known)).toBe('/o/notes.md');
  });

  it('offers CSV twice, once per table, and finds each from the saved choice', () => {
    expect(FORMAT_CHOICES.filter((c) => c.format === 'csv').map((c) => c.csv)).toEqual(['annotations', 'claims']);
    expect(choiceFor('csv', 'claims').label).toBe('CSV of claims');
    expect(choiceFor('qdpx').label).toMatch(/REFI-QDA/);
  });

  it('reads the last export from settings and ignores what it cannot read', () => {
    const last = parseLast(JSON.stringify({ format: 'pdf', scope: { kind: 'theme', theme: 't1' }, path: '/o/a.pdf', csv: 'annotations' }));
    expect(last).toMatchObject({ format: 'pdf', path: '/o/a.pdf' });
    expect(parseLast('{not json')).toBeNull();
    expect(parseLast(JSON.stringify({ format: 3 }))).toBeNull();
    expect(parseLast(null)).toBeNull();
    // A remembered theme scope comes back; the open document is offered but not chosen.
    const s = initialScope(null, 'doc1', last!.scope);
    expect(s.kind).toBe('theme');
    expect(scopeOf(s)).toEqual({ kind: 'theme', theme: 't1' });
    expect(scopeOf({ ...s, kind: 'document' })).toEqual({ kind: 'document', uid: 'doc1' });
    expect(scopeOf({ ...s, kind: 'argument' })).toBe('Choose an argument.');
  });

  it('starts from the scope of the view that opened it', () => {
    const refs = { kind: 'refs' as const, refs: [{ kind: 'claim' as const, uid: 'c1' }], label: 'The 1 search result for “x”' };
    expect(scopeOf(initialScope(refs, null, null))).toEqual({ kind: 'refs', refs: [{ kind: 'claim', uid: 'c1' }] });
    expect(scopeOf(initialScope({ kind: 'document', uid: 'd9', label: 'T' }, 'd1', null))).toEqual({ kind: 'document', uid: 'd9' });
  });
});
