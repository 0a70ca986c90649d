import { readFileSync } from 'node:fs';
import { indexRows, type SearchRow } from '../../src-main/core/search/index-writer';
import type { Project } from '../../src-main/core/session';
import { mulberry32 } from '../helpers/seeded-random';

// A seeded corpus for the search benchmark: words drawn from a Zipf distribution (rank r has
// weight 1/r), the most frequent ranks taken from a real article (so "the", "and", "Türkiye"
// are common), then generated words in Latin with Turkic letters and in Cyrillic, so the tail
// holds rare words and folding is exercised throughout.

const LATIN_C = ['b', 'ç', 'd', 'f', 'g', 'ğ', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'ş', 't', 'v', 'y', 'z', 'q'];
const LATIN_V = ['a', 'e', 'ı', 'i', 'o', 'ö', 'u', 'ü', 'ə'];
const CYR_C = ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'қ', 'л', 'м', 'н', 'ң', 'п', 'р', 'с', 'т', 'ғ'];
const CYR_V = ['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'ә', 'ө', 'ү', 'ұ', 'і'];

function articleWords(path: string): string[] {
  const counts = new Map<string, number>();
  for (const m of readFileSync(path, 'utf8').matchAll(/\p{L}+/gu)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export function vocabulary(rand: () => number, samplePath: string, generated: number): string[] {
  const words = articleWords(samplePath);
  const seen = new Set(words.map((w) => w.toLowerCase()));
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  while (words.length < generated) {
    const cyr = rand() < 0.15;
    const syllables = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += cyr ? pick(CYR_C) + pick(CYR_V) : pick(LATIN_C) + pick(LATIN_V);
    if (rand() < 0.3) w += cyr ? pick(CYR_C) : pick(LATIN_C);
    if (seen.has(w)) continue;
    seen.add(w);
    words.push(w);
  }
  return words;
}

/** Draws word indexes with P(rank r) ∝ 1/r. */
export class Zipf {
  readonly #cdf: Float64Array;
  constructor(
    n: number,
    private readonly rand: () => number,
  ) {
    this.#cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.#cdf[r] = sum += 1 / (r + 1);
    for (let r = 0; r < n; r++) this.#cdf[r]! /= sum;
  }
  next(): number {
    const x = this.rand();
    let lo = 0;
    let hi = this.#cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface CorpusStats {
  documents: number;
  passages: number;
  claims: number;
  textBytes: number;
  buildMs: number;
}

const OUTLETS = ['Anadolu Agency', 'Azernews', 'AZERTAC', 'Trend', 'Kazinform', 'Tengrinews', 'Kun.uz', 'Daily Sabah',
  'Hürriyet Daily News', 'TRT World', 'Report.az', 'APA', 'Kabar', 'AKIpress', 'Turkmenportal', 'Eurasianet',
  'RFE/RL', 'BBC Monitoring', 'Reuters', 'Astana Times'];

/** Inserts documents (with versions, blocks and index rows) and claims in one transaction. */
export function buildCorpus(p: Project, opts: { documents: number; seed: number; samplePath: string }): CorpusStats {
  const { db } = p;
  const rand = mulberry32(opts.seed);
  const vocab = vocabulary(rand, opts.samplePath, 200_000);
  const zipf = new Zipf(vocab.length, rand);
  const words = (n: number): string[] => Array.from({ length: n }, () => vocab[zipf.next()]!);
  const sentence = (n: number): string => {
    const w = words(n);
    w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  };
  const date = (): string => {
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 11 * 365) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const stats: CorpusStats = { documents: opts.documents, passages: 0, claims: Math.round(opts.documents / 10), textBytes: 0, buildMs: 0 };
  const started = performance.now();
  const now = new Date(0).toISOString();
  const outletIds = OUTLETS.map(
    (name, i) =>
      Number(db.prepare('INSERT INTO outlets (uid, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(`o${i}`, name, now, now).lastInsertRowid),
  );
  const insDoc = db.prepare(
    `INSERT INTO documents (uid, title, outlet_id, published, origin, current_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'bench', 1, ?, ?)`,
  );
  const insVersion = db.prepare(
    "INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, 'bench', ?)",
  );
  const insBlock = db.prepare('INSERT INTO blocks (version_id, position, kind, start, "end") VALUES (?, ?, \'paragraph\', ?, ?)');
  const insClaim = db.prepare('INSERT INTO claims (uid, statement, event_date, credibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let d = 0; d < opts.documents; d++) {
      const title = sentence(4 + Math.floor(rand() * 6)).slice(0, -1);
      const passages = Array.from({ length: 3 + Math.floor(rand() * 15) }, () => {
        const n = 20 + Math.floor(rand() * 40);
        return n > 40 ? `${sentence(n >> 1)} ${sentence(n - (n >> 1))}` : sentence(n);
      });
      const text = passages.join('\n\n');
      const outletId = outletIds[Math.floor(rand() * outletIds.length)]!;
      const published = date();
      const docId = Number(insDoc.run(`d${d}`, title, outletId, published, now, now).lastInsertRowid);
      const versionId = Number(insVersion.run(docId, text, `h${d}`, now).lastInsertRowid);
      const common = { documentId: docId, outletId, date: published };
      const rows: SearchRow[] = [{ kind: 'document', refId: docId, ...common, start: 0, title, body: '' }];
      let start = 0;
      passages.forEach((p, i) => {
        const blockId = Number(insBlock.run(versionId, i, start, start + p.length).lastInsertRowid);
        rows.push({ kind: 'passage', refId: blockId, ...common, start, title: '', body: p });
        start += p.length + 2;
      });
      indexRows(p, rows);
      stats.passages += passages.length;
      stats.textBytes += Buffer.byteLength(title) + Buffer.byteLength(text);
    }
    for (let c = 0; c < stats.claims; c++) {
      const statement = sentence(8 + Math.floor(rand() * 12));
      const credibility = 1 + Math.floor(rand() * 6);
      const eventDate = date();
      const id = Number(insClaim.run(`c${c}`, statement, eventDate, credibility, now, now).lastInsertRowid);
      indexRows(p, [{ kind: 'claim', refId: id, date: eventDate, credibility, title: statement, body: '' }]);
      stats.textBytes += Buffer.byteLength(statement);
    }
  })();
  stats.buildMs = performance.now() - started;
  return stats;
}
