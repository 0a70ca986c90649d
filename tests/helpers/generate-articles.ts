import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './seeded-random';

// A seeded generator of scraped-style articles built from the sample article's vocabulary:
// a header block, a repeated title after a lead photo, headings, paragraphs, captions with
// "Photo: X" credits, bullet lists and sometimes a "Related news" trailer. Same seed, same corpus.

const SAMPLE = readFileSync(join(process.cwd(), 'resources', 'sample', 'turkiye-turkic-world.txt'), 'utf8');
const paragraphs = SAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200 && !p.endsWith('...'));
const SENTENCES = paragraphs.flatMap((p) => p.match(/[^.!?]+[.!?]+["”’]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 30);
const HEADINGS = SAMPLE.split('\n').map((l) => l.trim()).filter((l) => l.length > 12 && l.length < 70 && !/[.:,!?]$/.test(l) && !l.includes(':'));
const WORDS = [...new Set(SAMPLE.match(/\p{L}{5,}/gu) ?? [])];
const CREDITS = ['Azernews', 'AZERTAC', 'Anadolu Agency', 'Trend News Agency', 'Wikimedia Commons', 'Eurasianet'];
const PLACES = ['Baku', 'Ankara', 'Astana', 'Tashkent', 'Bishkek', 'Ashgabat', 'Gabala', 'Shusha', 'Nakhchivan', 'Samarkand', 'Aktau', 'Kars'];
const OUTLETS = ['Azernews', 'AZERTAC', 'Anadolu Agency', 'Trend News Agency', 'Eurasianet', 'Daily Sabah', 'Kun.uz', 'Kazinform'];

export interface GeneratedArticle {
  name: string;
  text: string;
}

/** Article `n` of the corpus made with `seed`: 400 to 1,200 words, about 15 to 35 blocks. */
export function generateArticle(seed: number, n: number): GeneratedArticle {
  const r = mulberry32(seed * 1_000_003 + n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  // Numbers change in every sentence so that no two articles share a content hash.
  const sentence = (): string => pick(SENTENCES).replace(/\d+/g, () => String(int(2, 980)));
  const paragraph = (): string => Array.from({ length: int(2, 5) }, sentence).join(' ');
  const title = `${pick(HEADINGS)}: ${pick(WORDS)} in ${pick(PLACES)} (${n})`;
  const lines = [
    `Title: ${title}`,
    `Outlet: ${pick(OUTLETS)}`,
    `URL: https://news.example.org/${seed}/${n}`,
    `Published: ${int(2023, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    'Language: en',
    '',
    title,
    '',
    `Photo: ${pick(CREDITS)}`,
    '',
    title,
    '',
    paragraph(),
  ];
  const lead = lines[lines.length - 1]!;
  for (let s = int(3, 6); s > 0; s--) {
    lines.push('', pick(HEADINGS), '');
    for (let k = int(1, 3); k > 0; k--) lines.push(paragraph(), '');
    if (r() < 0.35) lines.push(`${pick(PLACES)} and ${pick(PLACES)}`, '', `Photo: ${pick(CREDITS)}`, '');
    if (r() < 0.3) for (let b = int(2, 4); b > 0; b--) lines.push(`- ${sentence()}`, '');
  }
  if (r() < 0.5) lines.push('Related news', '', `${lead.slice(0, 300)}...`);
  return { name: `article-${String(n).padStart(5, '0')}.txt`, text: lines.join('\n') };
}
