import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateBuild } from '../../../helpers/built-app';
import { generateArticle } from '../../../helpers/generate-articles';
import { tempDir } from '../../../helpers/temp-project';
import { cli } from '../../../helpers/cli';

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('cli-import')), 300_000);
afterAll(() => build?.remove());

describe('dossier import', () => {
  it('prints one JSON result per file and exits 1 when any failed, the others still imported', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Title: First\n\nA first article.');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0xff, 0x00, 0x01]));
    writeFileSync(join(dir, 'c.md'), '# Third\n\nA third article.');
    const db = join(dir, 'p.dossier');
    const r = await cli('--db', db, 'import', dir, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 of 3 files failed/);
    const lines = r.lines.map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file.split('/').pop(), l.status])).toEqual([
      ['a.txt', 'imported'],
      ['b.txt', 'failed'],
      ['c.md', 'imported'],
    ]);
    expect(lines[1].reason).toMatch(/binary file/);
    const docs = await cli('--db', db, 'documents', '--json');
    expect(JSON.parse(docs.out).map((d: { title: string }) => d.title)).toEqual(['First', 'Third']);
  });

  it('takes metadata flags and reads a written-out date', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'Some text about Gabala.');
    const db = join(dir, 'p.dossier');
    const r = await cli('--db', db, 'import', file, '--outlet', 'AZERTAC', '--published', '7 October 2025', '--title', 'Gabala', '--json');
    expect(r.code).toBe(0);
    const [doc] = JSON.parse((await cli('--db', db, 'documents', '--json')).out);
    expect(doc).toMatchObject({ title: 'Gabala', outlet: 'AZERTAC', published: '2025-10-07' });
    const bad = await cli('--db', db, 'import', file, '--published', 'someday');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/YYYY/);
  });

  it('streams one line per file while the batch runs (JSON lines with --json), in the order of the files', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const names: string[] = [];
    for (let i = 0; i < 120; i++) {
      const a = generateArticle(7, i);
      writeFileSync(join(corpus, a.name), a.text);
      names.push(a.name);
    }
    const child = spawn(process.execPath, [build!.cli, '--db', join(dir, 'p.dossier'), 'import', corpus, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let linesBeforeExit = -1;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // Lines that arrived while the process still had files to go.
      if (linesBeforeExit < 0 && out.split('\n').length > 2) linesBeforeExit = out.split('\n').length - 1;
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string });
    expect(lines.map((l) => l.file.split('/').pop())).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(lines.every((l) => l.status === 'imported')).toBe(true);
    expect(linesBeforeExit).toBeGreaterThan(0);
    expect(linesBeforeExit).toBeLessThan(120);
  }, 120_000);
});
