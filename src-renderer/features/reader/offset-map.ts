// ProseMirror positions ↔ canonical-text offsets. Both count UTF-16 code units inside a text
// run, so each block is one segment with a constant shift; the text between blocks (blank
// lines) has no position, and structural tokens have no offset: lookups snap to a side.

export interface Segment {
  /** ProseMirror position of the block's first character. */
  pos: number;
  /** The block's range in the canonical text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

/** Segments in document order; immutable once built. */
export interface OffsetMap {
  readonly segments: readonly Segment[];
}

export type Side = 'before' | 'after';

export function createOffsetMap(segments: Segment[]): OffsetMap {
  for (let i = 1; i < segments.length; i++) {
    const a = segments[i - 1]!;
    const b = segments[i]!;
    if (b.start < a.end || b.pos < a.pos + (a.end - a.start)) throw new Error('offset map segments overlap or are out of order');
  }
  return { segments: Object.freeze(segments.map((s) => Object.freeze({ ...s }))) };
}

/** Index of the last segment whose `key` is <= value, or -1. */
function lastAtOrBefore(segments: readonly Segment[], value: number, key: (s: Segment) => number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(segments[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The canonical offset of a ProseMirror position. A position between blocks snaps to the end
 * of the block before it ('before') or the start of the block after it ('after', the default
 * for a range's start).
 */
export function posToOffset(map: OffsetMap, pos: number, side: Side = 'after'): number {
  const segs = map.segments;
  if (segs.length === 0) return 0;
  const i = lastAtOrBefore(segs, pos, (s) => s.pos);
  if (i >= 0) {
    const s = segs[i]!;
    if (pos <= s.pos + (s.end - s.start)) return s.start + (pos - s.pos);
  }
  if (side === 'before') return i >= 0 ? segs[i]!.end : segs[0]!.start;
  return i + 1 < segs.length ? segs[i + 1]!.start : segs[segs.length - 1]!.end;
}

/** The ProseMirror position of a canonical offset; an offset between blocks snaps like posToOffset. */
export function offsetToPos(map: OffsetMap, offset: number, side: Side = 'after'): number {
  const segs = map.segments;
  if (segs.length === 0) return 0;
  const i = lastAtOrBefore(segs, offset, (s) => s.start);
  if (i >= 0) {
    const s = segs[i]!;
    if (offset <= s.end) return s.pos + (offset - s.start);
  }
  if (side === 'before') return i >= 0 ? segs[i]!.pos + (segs[i]!.end - segs[i]!.start) : segs[0]!.pos;
  return i + 1 < segs.length ? segs[i + 1]!.pos : segs[segs.length - 1]!.pos + (segs[segs.length - 1]!.end - segs[segs.length - 1]!.start);
}

/** A selection (from, to) as a canonical range; empty when it covers no text. */
export function rangeToOffsets(map: OffsetMap, from: number, to: number): { start: number; end: number } {
  const start = posToOffset(map, from, 'after');
  const end = posToOffset(map, to, 'before');
  return end > start ? { start, end } : { start, end: start };
}
