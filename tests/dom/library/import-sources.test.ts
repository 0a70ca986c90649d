import { describe, expect, it } from 'vitest';
import { chunkSources, sourcesFromFiles, toItem, type ImportSource } from '../../../src-renderer/features/library/import/import-sources';
import { importStatusText } from '../../../src-renderer/features/library/import/import-job';
import { libraryQuery } from '../../../src-renderer/features/library/library-store';

const file = (name: string, bytes: number, rel = ''): File => {
  const f = new File([new Uint8Array(bytes).fill(65)], name, { type: 'text/plain' });
  if (rel) Object.defineProperty(f, 'webkitRelativePath', { value: rel });
  return f;
};
const src = (name: string, bytes: number): ImportSource => ({ kind: 'file', file: file(name, bytes), name });

describe('import sources', () => {
  it('chunks by bytes and by count, in order, with an oversized file alone', () => {
    const list = [src('a', 3), src('b', 3), src('big', 50), src('c', 1), src('d', 1), src('e', 1)];
    const chunks = chunkSources(list, 10, 2);
    expect(chunks.map((c) => c.map((s) => (s.kind === 'file' ? s.name : '')))).toEqual([['a', 'b'], ['big'], ['c', 'd'], ['e']]);
    expect(chunkSources([], 10, 2)).toEqual([]);
    // Paths weigh nothing: the host reads them.
    const paths: ImportSource[] = Array.from({ length: 5 }, (_, i) => ({ kind: 'path', path: `/x/${i}.txt` }));
    expect(chunkSources(paths, 10, 40)).toHaveLength(1);
  });

  it('keeps only articles and no hidden files from a folder, named by their path in it', () => {
    const files = [
      file('b.txt', 1, 'news/b.txt'),
      file('photo.jpg', 1, 'news/photo.jpg'),
      file('a.HTML', 1, 'news/a.HTML'),
      file('x.md', 1, 'news/.git/x.md'),
      file('c.pdf', 1, 'news/sub/c.pdf'),
    ];
    expect(sourcesFromFiles(files, true).map((s) => (s.kind === 'file' ? s.name : ''))).toEqual(['news/a.HTML', 'news/b.txt', 'news/sub/c.pdf']);
    // Chosen one by one, every file goes to the core, which says why it refuses one.
    expect(sourcesFromFiles(files.slice(0, 2))).toHaveLength(2);
  });

  it('sends files as base64 data and text as text', async () => {
    const item = await toItem({ kind: 'file', file: new File(['Türkiye 😀'], 'a.txt'), name: 'dir/a.txt' });
    expect(item.kind).toBe('data');
    if (item.kind !== 'data') return;
    expect(item.name).toBe('dir/a.txt');
    expect(new TextDecoder().decode(Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0)))).toBe('Türkiye 😀');
    expect(await toItem({ kind: 'text', text: 'pasted' })).toEqual({ kind: 'text', text: 'pasted' });
    expect(await toItem({ kind: 'path', path: '/a' })).toEqual({ kind: 'path', path: '/a' });
  });

  it('words the status bar line from the progress', () => {
    expect(importStatusText({ phase: 'running', done: 12, total: 40, current: '/in/news/a.txt' })).toBe('Importing 12 of 40 · a.txt');
    expect(importStatusText({ phase: 'running', done: 0, total: 3, current: '' })).toBe('Importing 0 of 3');
    expect(importStatusText({ phase: 'done', done: 3, total: 3, current: '' })).toBeNull();
  });
});

describe('library query', () => {
  const base = { sort: 'title' as const, direction: 'asc' as const };
  it('leaves out empty and half-typed filters, keeps valid partial dates', () => {
    expect(libraryQuery({ ...base, filters: { outlet: null, theme: null, from: '202', to: '2025-13', text: '  ' } })).toEqual({
      sort: 'title',
      direction: 'asc',
      limit: 100_000,
    });
    expect(libraryQuery({ ...base, filters: { outlet: 'o1', theme: 't1', from: ' 2025 ', to: '2025-10', text: ' Baku ' } })).toEqual({
      sort: 'title',
      direction: 'asc',
      limit: 100_000,
      outlet: 'o1',
      theme: 't1',
      from: '2025',
      to: '2025-10',
      text: 'Baku',
    });
  });
});
