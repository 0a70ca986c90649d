import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { importFiles } from '../../src-main/core/import/import-files';
import { contentHash } from '../../src-main/core/import/prepare-document';
import { createProject, type Project } from '../../src-main/core/session';
import { setSetting } from '../../src-main/core/settings';
import { detectCopies, DETECT_SETTING } from '../../src-main/core/copies/detect';
import { storeFingerprints } from '../../src-main/core/copies/copy-store';
import { fingerprints, shingles, words } from '../../src-main/core/copies/shingles';
import { ensureOutlet } from '../../src-main/core/library/outlets';
import { mulberry32 } from '../helpers/seeded-random';
import { generateArticle } from '../helpers/generate-articles';
import { asFile, copyCorpus, KINDS, plant, story, type CorpusDoc, type PlantKind } from './copies-corpus';
import { ms, percentile, report, type Row } from './harness';

// Copy detection (issue 12): what it finds on a corpus with planted reprints and same-topic
// independent stories, what it costs per imported document at 10k and 100k documents, and
// import throughput with detection on against off, measured in the same run.

const STORIES = Number(process.env.COPIES_BENCH_STORIES ?? 2000);
const REPRINTS = Number(process.env.COPIES_BENCH_REPRINTS ?? 500);
const SIZES = (process.env.COPIES_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const PROBES = 200;
const SEED = 12;

interface Timed {
  wallMs: number;
  cpuMs: number;
}

async function importAll(p: Project, files: { name: string; text: string }[]): Promise<Timed> {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  for (let i = 0; i < files.length; i += 250) {
    const sum = await importFiles(p, { items: files.slice(i, i + 250).map((f) => ({ kind: 'text' as const, ...f })), overrides: {} });
    if (sum.failed) throw new Error(`${sum.failed} failed`);
  }
  const u = process.cpuUsage(c);
  return { wallMs: ms(t), cpuMs: (u.user + u.system) / 1000 };
}

function newProject(dir: string, name: string, detect: boolean): Project {
  const p = createProject(join(dir, name));
  if (!detect) setSetting(p, DETECT_SETTING, '0');
  return p;
}

/** Planted pairs found per kind, and links between documents of different root stories. */
function accuracy(p: Project, corpus: CorpusDoc[]): { rows: Row[]; notes: Record<string, number> } {
  const idOf = new Map((p.db.prepare('SELECT id, origin FROM documents').all() as { id: number; origin: string }[]).map((r) => [r.origin, r.id]));
  const rootOf = new Map<number, number>();
  corpus.forEach((d, i) => rootOf.set(idOf.get(d.name)!, d.copies ? d.copies.of : i));
  const links = p.db.prepare('SELECT document_a a, document_b b, shared_words w FROM copy_links').all() as { a: number; b: number; w: number }[];
  const linked = new Set(links.map((l) => `${l.a}:${l.b}`));
  const rows: Row[] = [];
  let found = 0;
  let planted = 0;
  for (const kind of KINDS) {
    const pairs = corpus.filter((d) => d.copies?.kind === kind);
    const hit = pairs.filter((d) => {
      const x = idOf.get(d.name)!;
      const y = idOf.get(corpus[d.copies!.of]!.name)!;
      return linked.has(`${Math.min(x, y)}:${Math.max(x, y)}`);
    }).length;
    found += hit;
    planted += pairs.length;
    rows.push({ measure: `planted ${kind}: found`, value: `${hit} / ${pairs.length}`, percent: (100 * hit) / Math.max(1, pairs.length) });
  }
  const unrelated = links.filter((l) => rootOf.get(l.a) !== rootOf.get(l.b));
  // Same-topic independent pairs: every pair of different root stories on one topic.
  const perTopic = new Map<number, number>();
  corpus.forEach((d) => !d.copies && perTopic.set(d.topic, (perTopic.get(d.topic) ?? 0) + 1));
  const sameTopicPairs = [...perTopic.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
  rows.push({ measure: 'planted pairs found (all kinds)', value: `${found} / ${planted}`, percent: (100 * found) / planted });
  rows.push({ measure: 'links reported', value: links.length, percent: 100 });
  rows.push({ measure: 'reported links between unrelated stories', value: unrelated.length, percent: (100 * unrelated.length) / Math.max(1, links.length) });
  rows.push({ measure: 'same-topic unrelated pairs reported', value: `${unrelated.length} / ${sameTopicPairs}`, percent: (100 * unrelated.length) / sameTopicPairs });
  return { rows, notes: { found, planted, links: links.length, unrelated: unrelated.length, sameTopicPairs } };
}

/** A project with `n` stored documents and their fingerprints, written with raw inserts (the import would take an hour). */
function scaledProject(dir: string, n: number): { p: Project; bodies: string[][] } {
  const p = createProject(join(dir, `scale-${n}.dossier`));
  const r = mulberry32(SEED * 7 + n);
  const outlets = ['AZERTAC', 'Trend', 'Report', 'APA', 'Azernews'].map((o) => ensureOutlet(p, o));
  const doc = p.db.prepare(
    `INSERT INTO documents (uid, title, outlet_id, origin, current_version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, '', '')`,
  );
  const ver = p.db.prepare("INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, '', '')");
  const bodies: string[][] = [];
  for (let i = 0; i < n; i += 1000) {
    p.db.transaction(() => {
      for (let k = i; k < Math.min(n, i + 1000); k++) {
        const paras = story(r, k % 4);
        bodies.push(paras);
        const text = paras.join('\n\n');
        const id = Number(doc.run(`s${n}-${k}`, `story ${k}`, outlets[k % outlets.length], `story-${k}`).lastInsertRowid);
        ver.run(id, text, contentHash(text));
        storeFingerprints(p, id, fingerprints(shingles(words(text))));
      }
    })();
  }
  return { p, bodies };
}

/** Detection for `PROBES` new documents (half planted reprints of stored ones, half new stories) in a project of `n`. */
function probe(dir: string, n: number): Row[] {
  const tb = process.hrtime.bigint();
  const { p, bodies } = scaledProject(dir, n);
  const buildS = ms(tb) / 1000;
  const r = mulberry32(SEED + n);
  const doc = p.db.prepare(`INSERT INTO documents (uid, title, outlet_id, origin, current_version, created_at, updated_at) VALUES (?, 'probe', ?, 'probe', 1, '', '')`);
  const ver = p.db.prepare("INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, '', '')");
  const other = ensureOutlet(p, 'Probe outlet');
  const times: number[] = [];
  let reprints = 0;
  let found = 0;
  let falseLinks = 0;
  for (let k = 0; k < PROBES; k++) {
    const isReprint = k % 2 === 0;
    const of = Math.floor(r() * bodies.length);
    const kind: PlantKind = KINDS[k % KINDS.length]!;
    const text = (isReprint ? plant(r, bodies[of]!, kind, of % 4) : story(r, k % 4)).join('\n\n');
    p.db.transaction(() => {
      const id = Number(doc.run(`probe-${k}`, other).lastInsertRowid);
      ver.run(id, text, contentHash(text));
      const t = process.hrtime.bigint();
      const links = detectCopies(p, id);
      times.push(ms(t));
      // Stored story k has row id k + 1 (the first rows of an empty project).
      if (isReprint) {
        reprints++;
        if (links.some((l) => l.a === of + 1)) found++;
        falseLinks += links.filter((l) => l.a !== of + 1).length;
      } else falseLinks += links.length;
    })();
  }
  const rows: Row[] = [
    {
      measure: `detection per new document, ${n} stored (median)`,
      value: `${percentile(times, 50).toFixed(2)} ms`,
      percent: '',
    },
    { measure: `  p95 / max`, value: `${percentile(times, 95).toFixed(2)} / ${Math.max(...times).toFixed(2)} ms`, percent: '' },
    { measure: `  planted reprints linked at ${n}`, value: `${found} / ${reprints}`, percent: (100 * found) / reprints },
    { measure: `  links to unrelated stories at ${n}`, value: falseLinks, percent: '' },
    { measure: `  building the ${n}-document index (raw inserts)`, value: `${buildS.toFixed(1)} s`, percent: '' },
  ];
  p.close();
  return rows;
}

describe('copies', () => {
  it('finds planted reprints, ignores same-topic stories, and costs little per import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-copies-'));
    try {
      const corpus = copyCorpus(SEED, STORIES, REPRINTS);
      const files = corpus.map((d, i) => ({ name: d.name, text: asFile(d, i) }));
      // Throughput on the copy corpus, detection off then on, then the import bench's corpus.
      const off = await importAll(newProject(dir, 'off.dossier', false), files);
      const onProject = newProject(dir, 'on.dossier', true);
      const on = await importAll(onProject, files);
      const acc = accuracy(onProject, corpus);
      onProject.close();
      const generated = Array.from({ length: 1000 }, (_, i) => generateArticle(7, i));
      const genOff = await importAll(newProject(dir, 'gen-off.dossier', false), generated);
      const genOn = await importAll(newProject(dir, 'gen-on.dossier', true), generated);
      // Docs per second of wall time and of this process's CPU time (the machine is shared: CPU time counts only our work).
      const throughput = (t: Timed, n: number): string =>
        `${(t.wallMs / 1000).toFixed(1)} s, ${Math.round(n / (t.wallMs / 1000))} docs/s (cpu ${(t.cpuMs / 1000).toFixed(1)} s, ${Math.round(n / (t.cpuMs / 1000))} docs/s)`;
      const ratio = (a: Timed, b: Timed): string => `wall ${(a.wallMs / b.wallMs).toFixed(2)}x, cpu ${(a.cpuMs / b.cpuMs).toFixed(2)}x`;
      const rows: Row[] = [
        ...acc.rows,
        { measure: `import ${files.length} docs, detection off`, value: throughput(off, files.length), percent: '' },
        { measure: `import ${files.length} docs, detection on`, value: throughput(on, files.length), percent: '' },
        { measure: '  on / off (copy corpus)', value: ratio(on, off), percent: '' },
        { measure: `import ${generated.length} articles of shared sentences, detection off`, value: throughput(genOff, generated.length), percent: '' },
        { measure: `import ${generated.length} articles of shared sentences, detection on`, value: throughput(genOn, generated.length), percent: '' },
        { measure: '  on / off (import bench corpus, 1000 articles of shared sentences)', value: ratio(genOn, genOff), percent: '' },
      ];
      for (const n of SIZES) rows.push(...probe(dir, n));
      report('copies', rows, { seed: SEED, stories: STORIES, reprints: REPRINTS, sizes: SIZES, probes: PROBES, ...acc.notes, targets: 'found >= 95 %, unrelated <= 2 %, on/off <= 1.25, <= 50 ms at 100k' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
