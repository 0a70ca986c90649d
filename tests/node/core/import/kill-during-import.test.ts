import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src-main/core/import/extract';
import { createProject } from '../../../../src-main/core/session';
import { check } from '../../../../src-main/core/project/stats';
import { privateBuild } from '../../../helpers/built-app';
import { generateArticle } from '../../../helpers/generate-articles';
import { mulberry32 } from '../../../helpers/seeded-random';
import { tempDir } from '../../../helpers/temp-project';

// A document is imported whole or not at all: the built CLI is killed with SIGKILL at seeded
// random moments of a 200-file import, and each project it leaves must pass `dossier check`
// with every document complete (text, blocks, index rows) or absent.

const FILES = 200;
const KILLS = 20;
let build: ReturnType<typeof privateBuild> | undefined;
let cli = '';

beforeAll(() => {
  build = privateBuild('kill-test');
  cli = build.cli;
}, 300_000);

afterAll(() => build?.remove());

interface Expected {
  text: string;
  blocks: number;
}

function spawnImport(db: string, dir: string): ChildProcess {
  return spawn(process.execPath, [cli, '--db', db, 'import', dir, '--json'], { stdio: 'ignore', env: { ...process.env, DOSSIER_HOME: dir } });
}

const exited = (child: ChildProcess): Promise<NodeJS.Signals | null> =>
  new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (_code, signal) => done(signal));
  });

/**
 * Kills the import `extraMs` after the project first holds `target` documents. Watching the
 * project (a WAL reader never blocks the writer) rather than a clock spreads the kills across
 * the batch however loaded the machine is.
 */
async function killDuring(db: string, dir: string, target: number, extraMs: number): Promise<NodeJS.Signals | null> {
  const child = spawnImport(db, dir);
  let reader: Database.Database | undefined;
  const poll = setInterval(() => {
    try {
      reader ??= existsSync(db) ? new Database(db, { readonly: true, fileMustExist: true }) : undefined;
      const n = (reader?.prepare('SELECT count(*) AS n FROM documents').get() as { n: number } | undefined)?.n ?? 0;
      if (n < target) return;
      clearInterval(poll);
      setTimeout(() => child.kill('SIGKILL'), extraMs);
    } catch {
      // The CLI is still creating the project: try again on the next tick.
      reader?.close();
      reader = undefined;
    }
  }, 5);
  const signal = await exited(child);
  clearInterval(poll);
  reader?.close();
  return signal;
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

    const full = join(dir, 'full.dossier');
    expect(await exited(spawnImport(full, corpus))).toBeNull();
    expect(inspect(full, expected)).toBe(FILES);

    const random = mulberry32(20251007);
    const counts: number[] = [];
    for (let run = 0; counts.length < KILLS && run < KILLS * 2; run++) {
      const db = join(dir, `killed-${run}.dossier`);
      const signal = await killDuring(db, corpus, 1 + Math.floor(random() * (FILES - 1)), Math.floor(random() * 60));
      const n = existsSync(db) ? inspect(db, expected) : 0;
      if (signal === 'SIGKILL' && n < FILES) counts.push(n);
      if (run % 5 === 0) {
        const r = spawnSync(process.execPath, [cli, '--db', db, 'check', '--json'], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
      }
    }
    expect(counts).toHaveLength(KILLS);
    // The kills landed at different moments of the batch (documents are committed in groups).
    expect(new Set(counts).size).toBeGreaterThanOrEqual(4);
  }, 180_000);
});
