// A hit's passage is a small part of its document's text. Turning the whole text into a JS
// string cost more than the FTS query for a rare term, so the text comes from SQLite as UTF-8
// bytes and only the passage is decoded. Offsets are UTF-16 code units, as everywhere.

/** The byte offset where UTF-16 offset `units` falls, counting on from (`byte`, `at`); -1 inside a pair or past the end. */
function byteAt(buf: Buffer, units: number, byte: number, at: number): number {
  let i = byte;
  let u = at;
  while (u < units && i < buf.length) {
    const c = buf[i]!;
    if (c < 0x80) i += 1;
    else if (c < 0xe0) i += 2;
    else if (c < 0xf0) i += 3;
    else {
      i += 4;
      u++;
    }
    u++;
  }
  return u === units ? i : -1;
}

/**
 * `text.slice(start, end)` of the UTF-8 text in `buf`. Offsets that split a surrogate pair or
 * run past the end decode the whole text, so the result is always the same as slicing the string.
 */
export function sliceUtf8(buf: Buffer, start: number, end: number): string {
  const a = byteAt(buf, start, 0, 0);
  const b = a < 0 ? -1 : byteAt(buf, end, a, start);
  if (a < 0 || b < 0 || b > buf.length) return buf.toString('utf8').slice(start, end);
  return buf.toString('utf8', a, b);
}
