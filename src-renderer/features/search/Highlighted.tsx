import { Fragment } from 'react';

export type Range = readonly [number, number];

/** Text pieces and whether each is a hit; ranges are clamped, sorted and never overlap in the output. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(s, text.length));
    const end = Math.max(start, Math.min(e, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/**
 * Untrusted text with its hits in <mark>: React elements and text nodes only, never HTML, so
 * whatever an imported article contains is shown as text.
 */
export function Highlighted({
  text,
  ranges,
  before = false,
  after = false,
}: {
  text: string;
  ranges: readonly Range[];
  before?: boolean;
  after?: boolean;
}) {
  return (
    <>
      {before && '…'}
      {splitByRanges(text, ranges).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
      {after && '…'}
    </>
  );
}
