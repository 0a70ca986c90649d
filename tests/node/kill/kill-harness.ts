import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate } from '../../../db/migrate';
import { APPLICATION_ID } from '../../../db/open-project';
import { verifyBackup } from '../../../src-main/core/backup/backup';
import { verifyWritten } from '../../../src-main/core/export/verify-written';
import { extractDocument } from '../../../src-main/core/import/extract';
import { check } from '../../../src-main/core/project/stats';
import { rebuildPending, runSearchRebuild } from '../../../src-main/core/search/rebuild';
import { createProject } from '../../../src-main/core/session';
import { comparableExport } from '../../helpers/comparable-export';
import { generateArticle } from '../../helpers/generate-articles';
import { mulberry32 } from '../../helpers/seeded-random';

// Kill -9 at any moment leaves nothing half-done. The built CLI runs one long operation (import,
// export, backup, restore, migrate), is killed with SIGKILL after a seeded random delay within
// that operation's clean run time, and what it leaves is judged: the project opens, passes
// `check` (integrity, foreign keys, every document with its text and blocks), every document is
// complete or absent, an export or backup is complete and valid or absent (never a partial file
// at its final name), a restore leaves the old project or the new one, a migration the old
// schema or the new one with the same content. `npm test` runs a few trials of each, `npm run
// bench -- kill` more than a hundred.

export const KILL_OPS = ['import', 'export', 'backup', 'restore', 'migrate'] as const;
export type KillOp = (typeof KILL_OPS)[number];

/** Text formats are compared with a clean export (see comparableExport); these are checked by their structure. */
const EXPORT_FORMATS = ['md', 'html', 'docx', 'csv', 'w3c', 'qdpx', 'csl', 'bibtex', 'biblatex'] as const;
const STRUCTURAL = new Set(['docx', 'qdpx', 'pdf']);

export interface Trial {
  op: KillOp;
  detail: string;
  delayMs: number;
  /** The kill landed before the operation ended by itself. */
  killed: boolean;
  problems: string[];
}

interface Fingerprint {
  documents: number;
  blocks: number;
  texts: string;
}

const FILES = 80;

export class KillHarness {
  readonly corpus: string;
  /** The text and block count of every corpus file once imported, by file name. */
  readonly expected = new Map<string, { text: string; blocks: number }>();
  /** A project holding the whole corpus: what exports and backups read. */
  readonly full: string;
  /** A small project a restore replaces (the old one) and the backup it restores (the new one). */
  readonly old: string;
  readonly backup: string;
  /** A project of schema 5 with content, for the migration. */
  readonly v5: string;
  readonly #fingerprints = new Map<string, Fingerprint>();
  readonly #references = new Map<string, Buffer>();
  readonly #cleanMs = new Map<string, number>();
  #n = 0;

  private constructor(
    readonly cli: string,
    readonly dir: string,
  ) {
    this.corpus = join(dir, 'corpus');
    this.full = join(dir, 'full.dossier');
    this.old = join(dir, 'old.dossier');
    this.backup = join(dir, 'new-backup.dossier');
    this.v5 = join(dir, 'v5.dossier');
  }

  /** Builds the fixtures with clean runs of the CLI and times each operation. */
  static async prepare(cli: string, dir: string): Promise<KillHarness> {
    const h = new KillHarness(cli, dir);
    mkdirSync(h.corpus, { recursive: true });
    for (let i = 0; i < FILES; i++) {
      const a = generateArticle(42, i);
      writeFileSync(join(h.corpus, a.name), a.text);
      const x = await extractDocument(Buffer.from(a.text), a.name);
      h.expected.set(a.name, { text: x.text, blocks: x.blocks.length });
    }
    h.#cleanMs.set('import', h.#runClean(h.full, ['import', h.corpus]));
    const small = join(dir, 'small');
    mkdirSync(small);
    for (const name of readdirSync(h.corpus).slice(0, 5)) copyFileSync(join(h.corpus, name), join(small, name));
    h.#runClean(h.old, ['import', small]);
    h.#cleanMs.set('backup', h.#runClean(h.full, ['backup', h.backup]));
    for (const format of EXPORT_FORMATS) {
      const ref = join(dir, `ref.${format}`);
      h.#cleanMs.set(`export ${format}`, h.#runClean(h.full, ['export', '--format', format, '--out', ref]));
      h.#references.set(format, readFileSync(ref));
    }
    const restoreInto = join(dir, 'restore-probe.dossier');
    copyFileSync(h.old, restoreInto);
    h.#cleanMs.set('restore', h.#runClean(restoreInto, ['restore', h.backup]));
    makeV5Project(h.v5, readdirSync(h.corpus).map((name) => h.expected.get(name)!.text));
    const migrateProbe = join(dir, 'migrate-probe.dossier');
    copyFileSync(h.v5, migrateProbe);
    h.#cleanMs.set('migrate', h.#runClean(migrateProbe, ['stats']));
    for (const p of [h.full, h.old]) h.#fingerprints.set(p, fingerprint(p));
    h.#fingerprints.set(h.v5, fingerprintV5(h.v5));
    return h;
  }

  /** How long each operation took when left to finish, in ms. */
  get cleanTimes(): ReadonlyMap<string, number> {
    return this.#cleanMs;
  }

  #runClean(db: string, args: string[]): number {
    const t = performance.now();
    const r = spawnSync(process.execPath, [this.cli, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_HOME: this.dir } });
    if (r.status !== 0) throw new Error(`dossier ${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t;
  }

  /** Runs `count` trials cycling through `ops`, with kill moments drawn from `seed`. */
  async run(count: number, seed: number, ops: readonly KillOp[] = KILL_OPS, onTrial?: (t: Trial) => void): Promise<Trial[]> {
    const random = mulberry32(seed);
    const trials: Trial[] = [];
    for (let i = 0; i < count; i++) {
      const op = ops[i % ops.length]!;
      const trial = await this.#trial(op, random);
      trials.push(trial);
      onTrial?.(trial);
    }
    return trials;
  }

  async #trial(op: KillOp, random: () => number): Promise<Trial> {
    const dir = join(this.dir, `trial-${this.#n++}`);
    mkdirSync(dir);
    try {
      switch (op) {
        case 'import': {
          const db = join(dir, 'p.dossier');
          const t = await this.#kill(db, ['import', this.corpus], 'import', random);
          return { op, detail: `${FILES} files`, ...t, problems: existsSync(db) ? await this.#judgeImport(db) : [] };
        }
        case 'export': {
          const format = EXPORT_FORMATS[Math.floor(random() * EXPORT_FORMATS.length)]!;
          const out = join(dir, `export.${format}`);
          const t = await this.#kill(this.full, ['export', '--format', format, '--out', out], `export ${format}`, random);
          return { op, detail: format, ...t, problems: [...this.#judgeExport(format, out, dir), ...(await this.#judgeSame(this.full, this.full))] };
        }
        case 'backup': {
          const out = join(dir, 'backup.dossier');
          const t = await this.#kill(this.full, ['backup', out], 'backup', random);
          const problems = existsSync(out) ? this.#judgeBackupFile(out, this.full) : [];
          return { op, detail: '', ...t, problems: [...problems, ...(await this.#judgeSame(this.full, this.full))] };
        }
        case 'restore': {
          const db = join(dir, 'p.dossier');
          copyFileSync(this.old, db);
          const t = await this.#kill(db, ['restore', this.backup], 'restore', random);
          return { op, detail: '', ...t, problems: await this.#judgeRestore(db) };
        }
        case 'migrate': {
          const db = join(dir, 'p.dossier');
          copyFileSync(this.v5, db);
          const t = await this.#kill(db, ['stats'], 'migrate', random);
          return { op, detail: 'schema 5 to latest', ...t, problems: await this.#judgeMigrate(db) };
        }
      }
    } catch (err) {
      return { op, detail: 'harness error', delayMs: 0, killed: false, problems: [(err as Error).message] };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Starts the CLI and kills it after a random part of the operation's clean time (up to 1.2 of
   * it). A run that ends before its kill times the operation again: the shortest time is kept,
   * so a slow first run on a busy machine does not push the kills past the end.
   */
  async #kill(db: string, args: string[], op: string, random: () => number): Promise<{ delayMs: number; killed: boolean }> {
    const delayMs = Math.round(random() * this.#cleanMs.get(op)! * 1.2);
    const started = performance.now();
    const child = spawn(process.execPath, [this.cli, '--db', db, ...args], { stdio: 'ignore', env: { ...process.env, DOSSIER_HOME: this.dir } });
    const exited = new Promise<NodeJS.Signals | null>((done, fail) => {
      child.on('error', fail);
      child.on('exit', (_code, signal) => done(signal));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    const signal = await exited;
    clearTimeout(timer);
    if (signal !== 'SIGKILL') this.#cleanMs.set(op, Math.min(this.#cleanMs.get(op)!, performance.now() - started));
    return { delayMs, killed: signal === 'SIGKILL' };
  }

  /** The project opens and passes check; every document is whole and is one of the corpus files, as imported cleanly. */
  async #judgeImport(db: string): Promise<string[]> {
    const problems = await soundness(db);
    if (problems.length) return problems;
    const p = createProject(db);
    try {
      const docs = p.db
        .prepare(
          `SELECT d.origin, v.text,
             (SELECT count(*) FROM blocks b WHERE b.version_id = v.id) AS blocks,
             (SELECT count(*) FROM search_items s WHERE s.document_id = d.id AND s.kind = 'passage') AS passages,
             (SELECT count(*) FROM search_items s WHERE s.ref_id = d.id AND s.kind = 'document') AS docrows
           FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version`,
        )
        .all() as { origin: string; text: string; blocks: number; passages: number; docrows: number }[];
      for (const d of docs) {
        const want = this.expected.get(d.origin);
        if (!want) problems.push(`a document from no corpus file: ${d.origin}`);
        else if (d.text !== want.text || d.blocks !== want.blocks || d.passages !== want.blocks || d.docrows !== 1) {
          problems.push(`${d.origin} is incomplete: ${d.blocks}/${want.blocks} blocks, ${d.passages} passages indexed, ${d.docrows} document rows`);
        }
      }
    } finally {
      p.close();
    }
    return problems;
  }

  /** No file at the final name, or one equal to a clean export (text formats) or whole by its structure. */
  #judgeExport(format: string, out: string, dir: string): string[] {
    const problems: string[] = [];
    if (existsSync(out)) {
      const bytes = readFileSync(out);
      if (STRUCTURAL.has(format)) {
        try {
          verifyWritten(format, bytes, null);
        } catch (err) {
          problems.push(`${format} export at its final name is broken: ${(err as Error).message}`);
        }
      } else if (comparableExport(bytes.toString('utf8')) !== comparableExport(this.#references.get(format)!.toString('utf8'))) {
        problems.push(`${format} export at its final name differs from a clean export (${bytes.length} of ${this.#references.get(format)!.length} bytes)`);
      }
    }
    const others = readdirSync(dir).filter((f) => f !== `export.${format}` && !f.endsWith('.partial'));
    if (others.length) problems.push(`unexpected files beside the export: ${others.join(', ')}`);
    return problems;
  }

  /** A backup file that exists is a whole project with the source's content. */
  #judgeBackupFile(file: string, source: string): string[] {
    try {
      verifyBackup(file);
    } catch (err) {
      return [`backup ${file} is not sound: ${(err as Error).message}`];
    }
    return sameContent(fingerprint(file), this.#fingerprints.get(source)!, 'backup');
  }

  /** The source project of a read-only operation is sound and unchanged. */
  async #judgeSame(db: string, source: string): Promise<string[]> {
    const problems = await soundness(db);
    return problems.length ? problems : sameContent(fingerprint(db), this.#fingerprints.get(source)!, 'project');
  }

  /** The project is the old one or the restored one, whole; copies kept before restoring are whole projects. */
  async #judgeRestore(db: string): Promise<string[]> {
    const problems = await soundness(db);
    if (problems.length) return problems;
    const now = fingerprint(db);
    const old = this.#fingerprints.get(this.old)!;
    const restored = this.#fingerprints.get(this.full)!;
    if (sameContent(now, old, '').length && sameContent(now, restored, '').length) {
      problems.push(`restore left neither the old project nor the backup: ${now.documents} documents, ${now.blocks} blocks`);
    }
    return [...problems, ...this.#judgeKeptCopies(db)];
  }

  /** Copies kept beside a project (before a restore, before a migration) are whole projects at their final names. */
  #judgeKeptCopies(db: string): string[] {
    const problems: string[] = [];
    const folder = db.replace(/\.dossier$/, '.backups');
    const kept = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.dossier')).map((f) => join(folder, f)) : [];
    const bak = readdirSync(join(db, '..')).filter((f) => f.endsWith('.bak')).map((f) => join(db, '..', f));
    for (const file of [...kept, ...bak]) {
      try {
        const c = new Database(file, { readonly: true, fileMustExist: true });
        try {
          const ok = (c.pragma('quick_check') as { quick_check: string }[])[0]?.quick_check;
          if (ok !== 'ok' || c.pragma('application_id', { simple: true }) !== APPLICATION_ID) problems.push(`kept copy ${file} is not a whole project (${ok})`);
        } finally {
          c.close();
        }
      } catch (err) {
        problems.push(`kept copy ${file} cannot be read: ${(err as Error).message}`);
      }
    }
    return problems;
  }

  /** The project opens (migrating if the kill came first), passes check and holds what schema 5 held. */
  async #judgeMigrate(db: string): Promise<string[]> {
    const kept = this.#judgeKeptCopies(db);
    const problems = await soundness(db);
    if (problems.length) return [...kept, ...problems];
    return [...kept, ...sameContent(fingerprint(db), this.#fingerprints.get(this.v5)!, 'migrated project')];
  }
}

/** Opens the project as the app does and runs its check; the reasons it is unsound, or none. */
async function soundness(db: string): Promise<string[]> {
  let p;
  try {
    p = createProject(db);
  } catch (err) {
    return [`the project does not open: ${(err as Error).message}`];
  }
  try {
    // A migration leaves the search index to be rebuilt in steps, as the app does on opening.
    if (rebuildPending(p)) await runSearchRebuild(p);
    const report = check(p);
    const quick = (p.db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    const fk = p.db.pragma('foreign_key_check') as unknown[];
    return [...report.problems, ...(report.ok ? [] : ['check is not ok']), ...(quick.join() === 'ok' ? [] : [`quick_check: ${quick.join('; ')}`]), ...(fk.length ? [`${fk.length} foreign key violations`] : [])];
  } finally {
    p.close();
  }
}

function fingerprint(db: string): Fingerprint {
  const c = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return c
      .prepare(
        `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM blocks) AS blocks,
           (SELECT group_concat(h, ',') FROM (SELECT content_hash AS h FROM document_versions ORDER BY h)) AS texts`,
      )
      .get() as Fingerprint;
  } finally {
    c.close();
  }
}

/** Schema 5 has the same documents, versions and blocks tables: the content is compared the same way. */
const fingerprintV5 = fingerprint;

function sameContent(a: Fingerprint, b: Fingerprint, what: string): string[] {
  return a.documents === b.documents && a.blocks === b.blocks && a.texts === b.texts
    ? []
    : [`${what} content changed: ${a.documents}/${b.documents} documents, ${a.blocks}/${b.blocks} blocks`];
}

/** A project of schema 5 holding `texts` as documents with one block per paragraph, written with SQL of that schema. */
function makeV5Project(path: string, texts: string[]): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    const now = '2025-01-01T00:00:00.000Z';
    const doc = db.prepare('INSERT INTO documents (uid, title, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const version = db.prepare('INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, ?, ?)');
    const block = db.prepare('INSERT INTO blocks (version_id, position, kind, start, "end") VALUES (?, ?, \'paragraph\', ?, ?)');
    db.transaction(() => {
      texts.forEach((text, i) => {
        const id = Number(doc.run(`v5-${i}`, `Document ${i}`, `v5-${i}.txt`, now, now).lastInsertRowid);
        const v = Number(version.run(id, text, `hash-${String(i).padStart(4, '0')}`, `v5-${i}.txt`, now).lastInsertRowid);
        let at = 0;
        text.split('\n\n').forEach((para, k) => {
          block.run(v, k, at, at + para.length);
          at += para.length + 2;
        });
      });
    })();
  } finally {
    db.close();
  }
}

/** Trials whose project, export or backup was found unsound. */
export const unsound = (trials: Trial[]): Trial[] => trials.filter((t) => t.problems.length > 0);
