import { unzipSync } from 'fflate';
import { DossierError } from '../errors';

// What an export wrote is read back before it replaces anything: a disk that fills up, a
// printer that stops half-way or a write cut short leaves a file that does not parse to its
// end, and such a file must never take the place of a good one nor be reported as written.

const broken = (what: string, why: string): DossierError => new DossierError('internal', `the ${what} written is incomplete (${why}); nothing was replaced`);

/**
 * A PDF read back to its trailer: the header, `startxref` in the last kilobyte pointing at a
 * cross-reference table (followed by a trailer naming the /Root) or at a cross-reference
 * stream object, and `%%EOF` at the end.
 */
export function verifyPdf(bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (text.subarray(0, 5).toString('latin1') !== '%PDF-') throw broken('PDF', 'no %PDF header');
  const tail = text.subarray(Math.max(0, text.length - 1024)).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) throw broken('PDF', 'it does not end with %%EOF');
  const start = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF\s*$/g)].pop();
  if (!start) throw broken('PDF', 'no startxref before %%EOF');
  const offset = Number(start[1]);
  if (offset <= 0 || offset >= text.length) throw broken('PDF', 'startxref points outside the file');
  const at = text.subarray(offset, Math.min(text.length, offset + 64 * 1024)).toString('latin1');
  if (at.startsWith('xref')) {
    const trailer = text.subarray(offset).toString('latin1');
    if (!/trailer\s*<<[\s\S]*\/Root\s+\d+\s+\d+\s+R[\s\S]*>>\s*startxref/.test(trailer)) throw broken('PDF', 'no trailer with a /Root');
  } else if (!/^\d+\s+\d+\s+obj\s*<<[\s\S]*\/Type\s*\/XRef/.test(at)) {
    throw broken('PDF', 'startxref does not point at a cross-reference table');
  }
}

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * A zip (Word, REFI-QDA) read back through its central directory: the end record, every entry
 * of the directory with its local header where it says, and every entry inflating.
 */
export function verifyZip(bytes: Uint8Array, what: string): void {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken(what, 'no end of central directory');
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const dirAt = u32(bytes, end + 16);
  if (dirAt + size > end) throw broken(what, 'the central directory lies past its end record');
  let at = dirAt;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw broken(what, `entry ${n + 1} of ${count} is missing from the central directory`);
    const local = u32(bytes, at + 42);
    if (local + 30 > dirAt || u32(bytes, local) !== 0x04034b50) throw broken(what, `entry ${n + 1} has no local header`);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (count === 0) throw broken(what, 'it holds no files');
  try {
    unzipSync(bytes);
  } catch (err) {
    throw broken(what, `an entry does not inflate: ${(err as Error).message}`);
  }
}

/** Checks a file read back against what was meant to be written (`expected`) or its format's structure. */
export function verifyWritten(format: string, written: Uint8Array, expected: Uint8Array | null): void {
  if (expected && !Buffer.from(written).equals(Buffer.from(expected))) {
    throw broken(`${format.toUpperCase()} file`, `${written.length} of ${expected.length} bytes read back as written`);
  }
  if (format === 'pdf') verifyPdf(written);
  else if (format === 'docx') verifyZip(written, 'Word file');
  else if (format === 'qdpx') verifyZip(written, 'REFI-QDA project');
}
