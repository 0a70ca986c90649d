import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../helpers/seeded-random';

// A news corpus for copy detection with known answers: independent stories on a few shared
// topics (same names, same stock phrases, same places: the hard negatives), and planted
// reprints of some of them in other outlets: whole, a part, with a new lead, with changed
// numbers, or partly rewritten (some sentences reworded, others kept).

const SAMPLE = readFileSync(join(process.cwd(), 'resources', 'sample', 'turkiye-turkic-world.txt'), 'utf8');
const VOCAB = [...new Set(SAMPLE.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
const GLUE = ['the', 'of', 'and', 'in', 'to', 'a', 'on', 'for', 'with', 'that', 'by', 'as', 'at', 'from', 'is', 'was', 'has', 'its'];
const TOPICS = [
  ['President Ilham Aliyev', 'the Middle Corridor', 'bilateral relations in the political, economic and humanitarian spheres', 'the Caspian Sea'],
  ['the Organization of Turkic States', 'President Recep Tayyip Erdoğan', 'the summit in Gabala', 'cooperation in the field of energy security'],
  ['the State Security Service of Uzbekistan', 'the video surveillance system on the border', 'the Ministry of Defence', 'the Afghan border'],
  ['Kazakhstan and Azerbaijan', 'the Trans-Caspian International Transport Route', 'freight volumes through the port of Aktau', 'the railway link'],
];
const OUTLETS = ['AZERTAC', 'Trend', 'Report', 'APA', 'Azernews', 'Day.Az', '1news.az', 'Kazinform', 'Kun.uz', 'Daily Sabah'];

export type PlantKind = 'whole' | 'partial' | 'new-lead' | 'numbers' | 'rewrite';

export interface CorpusDoc {
  name: string;
  text: string;
  outlet: string;
  topic: number;
  /** For a planted copy: the index of the document it copies, and how. */
  copies?: { of: number; kind: PlantKind };
}

function story(r: () => number, topic: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const sentence = (): string => {
    const n = 12 + Math.floor(r() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      if (r() < 0.12) words.push(pick(TOPICS[topic]!));
      else if (r() < 0.08) words.push(String(2 + Math.floor(r() * 900)));
      else words.push(r() < 0.35 ? pick(GLUE) : pick(VOCAB));
    }
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  return Array.from({ length: 4 + Math.floor(r() * 4) }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, sentence).join(' '));
}

/** Rewords roughly every fifth word of a sentence (synonym-style substitution). */
const reword = (r: () => number, s: string): string =>
  s
    .split(' ')
    .map((w) => (r() < 0.2 ? VOCAB[Math.floor(r() * VOCAB.length)]! : w))
    .join(' ');

function plant(r: () => number, paras: string[], kind: PlantKind, topic: number): string[] {
  switch (kind) {
    case 'whole':
      return paras;
    case 'partial': {
      const at = Math.floor(r() * Math.max(1, paras.length - 1));
      return [...story(r, topic).slice(0, 2), ...paras.slice(at, at + 2), ...story(r, topic).slice(0, 1)];
    }
    case 'new-lead':
      return [...story(r, topic).slice(0, 1), ...paras.slice(1)];
    case 'numbers':
      return paras.map((p) => p.replace(/\d+/g, (d) => String(Number(d) + 1 + Math.floor(r() * 9))));
    case 'rewrite':
      // Every sentence of every other paragraph reworded; the rest kept word for word.
      return paras.map((p, i) => (i % 2 ? p.split('. ').map((s) => reword(r, s)).join('. ') : p));
  }
}

const KINDS: PlantKind[] = ['whole', 'partial', 'new-lead', 'numbers', 'rewrite'];

/** `stories` independent stories and `reprints` planted copies, shuffled into import order (an original before its copies). */
export { story, plant, KINDS, OUTLETS, TOPICS };

export function copyCorpus(seed: number, stories: number, reprints: number): CorpusDoc[] {
  const r = mulberry32(seed);
  const docs: CorpusDoc[] = [];
  const bodies: string[][] = [];
  for (let i = 0; i < stories; i++) {
    const topic = i % TOPICS.length;
    const paras = story(r, topic);
    bodies.push(paras);
    docs.push({ name: `story-${i}.txt`, text: '', outlet: OUTLETS[i % OUTLETS.length]!, topic });
    docs[i]!.text = paras.join('\n\n');
  }
  for (let k = 0; k < reprints; k++) {
    const of = Math.floor(r() * stories);
    const kind = KINDS[k % KINDS.length]!;
    // Another outlet than the original's.
    const outlet = OUTLETS[((of % OUTLETS.length) + 1 + Math.floor(r() * (OUTLETS.length - 1))) % OUTLETS.length]!;
    // A whole reprint is the same body (another outlet's: no duplicate); the others carry a byline.
    const body = plant(r, bodies[of]!, kind, docs[of]!.topic);
    const text = (kind === 'whole' ? body : [`${outlet} reports.`, ...body]).join('\n\n');
    docs.push({ name: `reprint-${k}-${kind}.txt`, text, outlet, topic: docs[of]!.topic, copies: { of, kind } });
  }
  return docs;
}

/** The file text the import reads: a header block with title, outlet and date, then the body. */
export const asFile = (d: CorpusDoc, i: number): string =>
  `Title: ${d.name}\nOutlet: ${d.outlet}\nPublished: 2025-${String(1 + (i % 12)).padStart(2, '0')}-01\n\n${d.text}`;
