import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src-main/core/import/extract';
import { createProject } from '../../../../src-main/core/project';
import { check } from '../../../../src-main/core/project/stats';
import { ensureBuilt } from '../../../../scripts/ensure-built.js';
import { generateArticle, rng } from '../../../helpers/generate-articles';
import { tempDir } from '../../../helpers/temp-project';

// A document is imported whole or not at all: the built CLI is killed with SIGKILL at seeded
// random moments of a 200-file import, and each project it leaves must pass `dossier check`
// with every document complete (text, blocks, index rows) or absent.

const FILES = 200;
const KILLS = 20;
let cli = '';
const privateCopy = resolve('node_modules/.cache', `dossier-kill-test-${process.pid}`);

beforeAll(() => {
  try {
    ensureBuilt();
  } catch (err) {
    // Another engineer's half-saved file can break a build; the last good build still serves.
    if (!existsSync('out/main/cli.js')) throw err;
  }
  // A private copy: a rebuild of out/ by someone else mid-test must not change the binary under us.
  cpSync('out/main', privateCopy, { recursive: true });
  cli = join(privateCopy, 'cli.js');
}, 300_000);

afterAll(() => rmSync(privateCopy, { recursive: true, force: true }));

interface Expected {
  text: string;
  blocks: number;
}

function runImport(db: string, dir: string, killAfterMs: number): Promise<NodeJS.Signals | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, '--db', db, 'import', dir, '--json'], { stdio: 'ignore', env: { ...process.env, DOSSIER_HOME: dir } });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      done(signal);
    });
  });
}

/** What the project at `db` holds, checked document by document against a clean import. */
function inspect(db: string, expected: Map<string, Expected>): number {
  const p = createProject(db);
  try {
    const report = check(p);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const docs = p.db
      .prepare(
        `SELECT d.id, d.origin, v.id AS version_id, v.text,
           (SELECT count(*) FROM blocks b WHERE b.version_id = v.id) AS blocks,
           (SELECT count(*) FROM search_items s WHERE s.document_id = d.id AND s.kind = 'passage') AS passages,
           (SELECT count(*) FROM search_items s WHERE s.ref_id = d.id AND s.kind = 'document') AS docrows
         FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version`,
      )
      .all() as { origin: string; text: string | null; blocks: number; passages: number; docrows: number }[];
    for (const d of docs) {
      const want = expected.get(d.origin);
      expect(want, d.origin).toBeDefined();
      expect({ origin: d.origin, text: d.text, blocks: d.blocks, passages: d.passages, docrows: d.docrows }).toEqual({
        origin: d.origin, text: want!.text, blocks: want!.blocks, passages: want!.blocks, docrows: 1,
      });
    }
    const totals = p.db
      .prepare(
        `SELECT (SELECT count(*) FROM document_versions) AS versions, (SELECT count(*) FROM blocks) AS blocks,
           (SELECT count(*) FROM search_items) AS items`,
      )
      .get() as { versions: number; blocks: number; items: number };
    const blocks = docs.reduce((n, d) => n + d.blocks, 0);
    expect(totals).toEqual({ versions: docs.length, blocks, items: docs.length + blocks });
    return docs.length;
  } finally {
    p.close();
  }
}

describe('an import killed at any moment', () => {
  it(`leaves every document complete or absent (${KILLS} SIGKILLs across a ${FILES}-file batch)`, async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const expected = new Map<string, Expected>();
    for (let i = 0; i < FILES; i++) {
      const a = generateArticle(42, i);
      writeFileSync(join(corpus, a.name), a.text);
      const x = await extractDocument(Buffer.from(a.text), a.name);
      expected.set(a.name, { text: x.text, blocks: x.blocks.length });
    }

    // How long an unkilled run takes here and now, to spread the kills across the import.
    const full = join(dir, 'full.dossier');
    const t0 = Date.now();
    expect(await runImport(full, corpus, 120_000)).toBeNull();
    const fullMs = Date.now() - t0;
    expect(inspect(full, expected)).toBe(FILES);

    const random = rng(20251007);
    let lo = 0;
    let hi = fullMs;
    const counts: number[] = [];
    for (let run = 0; counts.length < KILLS && run < KILLS * 4; run++) {
      const db = join(dir, `killed-${run}.dossier`);
      const signal = await runImport(db, corpus, Math.round(lo + random() * (hi - lo)));
      const n = existsSync(db) ? inspect(db, expected) : 0;
      // Kills before the first commit or after the last one prove nothing: narrow the window.
      if (signal === 'SIGKILL' && n > 0 && n < FILES) counts.push(n);
      else if (n === 0) lo = Math.min(lo + (hi - lo) / 4, hi);
      else hi = Math.max(hi - (hi - lo) / 4, lo + 1);
      if (run % 5 === 0) {
        const r = spawnSync(process.execPath, [cli, '--db', db, 'check', '--json'], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
      }
      rmSync(db, { force: true });
    }
    expect(counts).toHaveLength(KILLS);
    // The kills really landed at different moments of the batch.
    expect(new Set(counts).size).toBeGreaterThan(KILLS / 2);
  }, 180_000);
});
