import type { Page } from 'playwright-core';
import { mulberry32 } from './seeded-random';

// A generated article with many overlapping annotations, made through the browser host's HTTP
// API: the editor benchmark and the end-to-end test of the renderer's calls both start from it.

export interface HttpHost {
  origin: string;
  token: string;
}

const VOCAB = (
  'Türkiye Azerbaijan Uzbekistan Kazakhstan corridor summit security defence trade energy pipeline agreement ' +
  'ministry cooperation investment railway border surveillance drones logistics declaration council region ' +
  'Caspian transit the of and to in a that with for on by as is was are has have its their new joint'
).split(' ');

/** A plain-text article of about `words` words: a heading every ten paragraphs of about 100 words each. */
export function article(seed: number, words: number): string {
  const rand = mulberry32(seed);
  const paras: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    if (n % 10 === 0) paras.push(`Section ${n / 10 + 1}: ${VOCAB[Math.floor(rand() * 20)]} and ${VOCAB[Math.floor(rand() * 20)]}`);
    const len = 80 + Math.floor(rand() * 40);
    const ws = Array.from({ length: len }, () => VOCAB[Math.floor(rand() * VOCAB.length)]!);
    paras.push(`${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    count += len;
    n++;
  }
  return paras.join('\n\n');
}

/** One API call over HTTP, as the page makes it; a failure throws with the core's message. */
export async function call<T>(h: HttpHost, name: string, input: unknown): Promise<T> {
  const r = await fetch(`${h.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${h.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value;
}

const COLORS = ['#e03131', '#f08c00', '#2f9e44', '#1971c2', '#7048e8', '#0c8599', '#c2255c', '#868e96'];

/**
 * Imports the article as "Bench annotated" and the same words plus a line as "Bench plain"
 * (not a duplicate), makes eight themes and `annotations` ranges of 3 to 60 words on the first,
 * overlapping heavily, one in three with two themes.
 */
export async function seedAnnotated(h: HttpHost, words: number, annotations: number): Promise<{ annotated: string; plain: string; themes: string[] }> {
  const text = article(20251125, words);
  const imported = await call<{ results: { uid?: string; status: string }[] }>(h, 'documents.import', {
    items: [
      { kind: 'text', text, name: 'annotated.txt' },
      { kind: 'text', text: `${text}\n\nEnd.`, name: 'plain.txt' },
    ],
  });
  const [a, b] = imported.results.map((r) => r.uid!);
  await call(h, 'documents.update', { uid: a, patch: { title: 'Bench annotated' } });
  await call(h, 'documents.update', { uid: b, patch: { title: 'Bench plain' } });
  const doc = await call<{ text: string }>(h, 'documents.get', { uid: a });
  const themes: string[] = [];
  for (const [i, color] of COLORS.entries()) themes.push((await call<{ uid: string }>(h, 'themes.create', { name: `Theme ${i + 1}`, color })).uid);
  // Word starts, so ranges begin and end on words.
  const starts = [...doc.text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const rand = mulberry32(7);
  for (let i = 0; i < annotations; i++) {
    const w = Math.floor(rand() * (starts.length - 70));
    const len = 3 + Math.floor(rand() * 58);
    const picked = [themes[i % themes.length]!, ...(i % 3 === 0 ? [themes[(i + 3) % themes.length]!] : [])];
    await call(h, 'annotations.create', { document: a, start: starts[w]![0], end: starts[w + len]![1], themes: picked });
  }
  return { annotated: a!, plain: b!, themes };
}

/**
 * Presses the mouse a little into paragraph `i` (modulo their number) of the reader and moves it
 * over a few words; the caller lets go (mouse.up) when it is ready to see what follows.
 */
export async function startDragInParagraph(page: Page, i: number): Promise<void> {
  const box = await page.evaluate((k) => {
    const ps = document.querySelectorAll('.reader-text p');
    const p = ps[k % ps.length]!;
    p.scrollIntoView({ block: 'center' });
    const r = p.getBoundingClientRect();
    return { x1: r.left + 20, x2: r.left + Math.min(300, r.width - 20), y: r.top + 12 };
  }, i);
  await page.mouse.move(box.x1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y, { steps: 4 });
}
