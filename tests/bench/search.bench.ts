import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import type { ApiInput } from '@common/api/contract';
import { fold } from '@common/text/fold';
import { dispatch } from '../../src-main/core/dispatch';
import { createProject, Session } from '../../src-main/core/session';
import { buildFilter } from '../../src-main/core/search/filters';
import { parseQuery } from '../../src-main/core/search/fts-query';
import { acrossLevels, countSql, levelMatches, pageSql } from '../../src-main/core/search/search';
import { mulberry32 } from '../helpers/seeded-random';
import { buildCorpus } from './search-corpus';
import { ms, percentile, report, type Row } from './harness';
import { SAMPLE } from '../helpers/samples';

// `npm run bench -- search` (BENCH_SCALE=0.1 for a tenth of the 100,000 documents).
// Every search is timed through dispatch (validation, parse, count, snippets) and, right
// after, its bare SQL through better-sqlite3: the floor our overhead is measured against.

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DOCUMENTS = Math.round(100_000 * SCALE);
const Q = 30;

type Input = ApiInput<'search.query'>;

it('search: build, query latency, baselines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-search-'));
  const rows: Row[] = [];
  // The machine is shared: the load average says how much the timings were disturbed.
  const notes: Record<string, unknown> = { scale: SCALE, loadavgAtStart: loadavg() };
  try {
    const project = createProject(join(dir, 'bench.dossier'));
    const db = project.db;
    const session = new Session(project, { dataDir: dir });
    db.pragma('cache_size = -262144');
    const stats = buildCorpus(project, { documents: DOCUMENTS, seed: 20251125, samplePath: SAMPLE });
    let t = process.hrtime.bigint();
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
    const optimizeMs = ms(t);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = (like: string): number =>
      (db.prepare('SELECT ifnull(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE ?').get(like) as { b: number }).b;
    const ftsBytes = size('search_fts%');
    const itemBytes = size('search_items%');
    Object.assign(notes, { stats, optimizeMs, ftsBytes, itemBytes, fileBytes: statSync(join(dir, 'bench.dossier')).size });
    rows.push(
      { section: 'build', case: `${stats.documents} docs, ${stats.passages} passages, ${stats.claims} claims`, ours_ms: stats.buildMs, note: `optimize ${optimizeMs.toFixed(0)} ms` },
      { section: 'size', case: 'FTS index / text', ratio: ftsBytes / stats.textBytes, note: `${(ftsBytes / 2 ** 20).toFixed(0)} MiB of ${(stats.textBytes / 2 ** 20).toFixed(0)} MiB text` },
      { section: 'size', case: 'FTS + search_items / text', ratio: (ftsBytes + itemBytes) / stats.textBytes, note: `search_items ${(itemBytes / 2 ** 20).toFixed(0)} MiB` },
    );

    // Terms by how many index rows hold them, straight from the FTS index.
    db.exec('CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_fts, row)');
    const total = (db.prepare('SELECT count(*) AS n FROM search_items').get() as { n: number }).n;
    const rand = mulberry32(7);
    const sample = <T>(xs: T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, () => xs[Math.floor(rand() * xs.length)]!);
    const termsWhere = (lo: number, hi: number): string[] =>
      (db.prepare("SELECT term FROM temp.vocab WHERE doc BETWEEN ? AND ? AND term GLOB '[a-z]*'").all(lo, hi) as { term: string }[]).map((r) => r.term);
    const rare = sample(termsWhere(5, 50), Q);
    const mid = sample(termsWhere(Math.round(total * 0.002), Math.round(total * 0.02)), Q);
    const common = (db.prepare('SELECT term, doc FROM temp.vocab ORDER BY doc DESC LIMIT 3').all() as { term: string; doc: number }[]);
    notes.common = common.map((c) => `${c.term}: ${c.doc} of ${total} rows`);
    const passageIds = sample(Array.from({ length: Q }, (_, i) => i), Q).map(() => 1 + Math.floor(rand() * stats.passages));
    const phrases = passageIds.map((id) => {
      const r = db.prepare('SELECT v.text, b.start, b."end" FROM blocks b JOIN document_versions v ON v.id = b.version_id WHERE b.id = ?').get(id) as {
        text: string; start: number; end: number;
      };
      const w = r.text.slice(r.start, r.end).match(/\p{L}+/gu)!;
      const i = Math.floor(rand() * (w.length - 1));
      return `"${w[i]} ${w[i + 1]}"`;
    });
    const prefixes = mid.map((m) => `${[...m].slice(0, 4).join('')}*`);
    const outlet = 'Azernews';

    // The floor is the SQL our query compiles to, run directly: a ranked search with several
    // levels of reach runs one page statement per level until the page is full (acrossLevels).
    const rawStmt = (input: Input): (() => unknown) => {
      const parsed = parseQuery(input.query);
      const filter = buildFilter(session.project, { ...input, kinds: input.kinds }, parsed.filters);
      const mode = input.mode ?? 'ranked';
      const stmt = db.prepare(pageSql(mode, filter));
      const params = { ...filter.where.params, match: parsed.match, limit: 51, offset: 0 };
      if (mode === 'fast' || parsed.levels.length < 2) return () => stmt.all(params);
      const count = db.prepare(countSql(filter, null));
      const page = (match: string, limit: number, offset: number): unknown[] => stmt.all({ ...params, match, limit, offset });
      return () => acrossLevels(levelMatches(parsed.levels), 51, 0, page, (match) => (count.get({ ...params, match }) as { n: number }).n);
    };
    const measure = async (section: string, label: string, inputs: Input[], reps = 1): Promise<void> => {
      const ours: number[] = [];
      const raw: number[] = [];
      for (const input of inputs) await dispatch(session, 'search.query', input); // warm-up
      for (let r = 0; r < reps; r++) {
        for (const input of inputs) {
          const floor = rawStmt(input);
          t = process.hrtime.bigint();
          floor();
          raw.push(ms(t));
          t = process.hrtime.bigint();
          const res = await dispatch(session, 'search.query', input);
          ours.push(ms(t));
          if (!res.ok) throw new Error(`${input.query}: ${res.error.message}`);
        }
      }
      const p50 = percentile(ours, 50);
      const p95 = percentile(ours, 95);
      const r50 = percentile(raw, 50);
      const r95 = percentile(raw, 95);
      rows.push({ section, case: label, n: ours.length, p50_ms: p50, p95_ms: p95, raw_p50_ms: r50, raw_p95_ms: r95, overhead_p50: p50 / r50, overhead_p95: p95 / r95 });
    };
    const q = (query: string, extra: Partial<Input> = {}): Input => ({ query, mode: 'ranked', limit: 50, ...extra });

    await measure('ranked', 'rare term (5-50 rows)', rare.map((w) => q(w)));
    await measure('ranked', 'mid-frequency term (0.2-2% of rows)', mid.map((w) => q(w)));
    await measure('ranked', 'phrase from a passage', phrases.map((p) => q(p)));
    await measure('ranked', 'prefix (4 letters of a mid term)*', prefixes.map((p) => q(p)));
    await measure('fast', 'common term, first page newest-first', common.map((c) => q(c.term, { mode: 'fast' })), 10);
    await measure('ranked', 'common term, ranked', common.map((c) => q(c.term)), 2);
    await measure('filtered', `mid term + outlet (${outlet})`, mid.map((w) => q(w, { outlet })));
    await measure('filtered', 'mid term + one year', mid.map((w) => q(w, { from: '2020-01-01', to: '2020-12-31' })));
    await measure('filtered', 'mid term + kind claim', mid.map((w) => q(w, { kinds: ['claim'] })));
    await measure('filtered', 'mid term + kind claim, fast', mid.map((w) => q(w, { kinds: ['claim'], mode: 'fast' })));
    await measure('filtered', 'common term + outlet, fast', common.map((c) => q(c.term, { outlet, mode: 'fast' })), 10);

    // LIKE over every document text: a full scan unless 50 rows match early; no folding.
    const likeTerms = [...rare.slice(0, 3), ...mid.slice(0, 3)];
    const like = db.prepare("SELECT id FROM document_versions WHERE text LIKE '%' || ? || '%' LIMIT 50");
    const likeTimes = likeTerms.map((w) => {
      t = process.hrtime.bigint();
      like.all(w);
      return ms(t);
    });
    rows.push({ section: 'baseline', case: `LIKE scan, all ${stats.documents} documents (3 rare + 3 mid)`, n: likeTimes.length, p50_ms: percentile(likeTimes, 50), p95_ms: percentile(likeTimes, 95) });

    const passagesFor = (n: number): string[] => {
      const out: string[] = [];
      for (const r of db.prepare('SELECT text FROM document_versions ORDER BY id').iterate() as Iterable<{ text: string }>) {
        for (const p of r.text.split('\n\n')) if (out.length < n) out.push(p);
        if (out.length >= n) break;
      }
      return out;
    };
    const baseline = (label: string, build: (docs: string[]) => (term: string) => number, n: number): void => {
      const docs = passagesFor(n);
      const heap0 = process.memoryUsage().heapUsed;
      t = process.hrtime.bigint();
      const find = build(docs);
      const buildMs = ms(t);
      const heapMiB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
      for (const [kind, terms] of [['rare', rare.slice(0, 10)], ['mid', mid.slice(0, 10)], ['common', common.map((c) => c.term)]] as const) {
        const times = terms.map((w) => {
          t = process.hrtime.bigint();
          find(w);
          return ms(t);
        });
        rows.push({ section: 'baseline', case: `${label}, ${docs.length} passages, ${kind}`, n: times.length, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), note: `build ${buildMs.toFixed(0)} ms, heap +${heapMiB.toFixed(0)} MiB` });
      }
    };
    baseline('MiniSearch 7.2.0', (docs) => {
      const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], processTerm: (term) => fold(term) });
      mini.addAll(docs.map((text, id) => ({ id, text })));
      return (term) => mini.search(term).length;
    }, Number(process.env.BENCH_MINISEARCH ?? Math.round(200_000 * SCALE)));
    baseline('fuse.js 7.5.0', (docs) => {
      const fuse = new Fuse(docs.map(fold), { ignoreLocation: true, threshold: 0.2 });
      return (term) => fuse.search(fold(term), { limit: 50 }).length;
    }, Number(process.env.BENCH_FUSE ?? Math.round(20_000 * SCALE)));

    session.close();
    rows.push({ section: 'machine', case: 'load average (1 min) at start / end', note: `${(notes.loadavgAtStart as number[])[0]!.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    report('search', rows, notes);
  }
});
