import { diffWordsWithSpace } from 'diff';

// Two versions of a text side by side: what the later one dropped, added and changed, word by
// word (the diff library's Myers diff over words and spaces).

export type SegmentKind = 'same' | 'removed' | 'added';

export interface Segment {
  text: string;
  kind: SegmentKind;
  /** A replacement that changes a number or a name: shown louder than other edits. */
  salient: boolean;
}

export interface Change {
  from: string;
  to: string;
  kind: 'number' | 'name' | 'wording';
}

export interface TextComparison {
  left: Segment[];
  right: Segment[];
  /** Replacements (a dropped run followed by an added one), in reading order. */
  changes: Change[];
  addedWords: number;
  removedWords: number;
  sameWords: number;
}

const countWords = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const NUMBER = /\p{N}/u;
const NAME = /(?:^|\s)\p{Lu}/u;

function kindOf(from: string, to: string): Change['kind'] {
  if (NUMBER.test(from) || NUMBER.test(to)) return 'number';
  if (NAME.test(from.trim()) || NAME.test(to.trim())) return 'name';
  return 'wording';
}

interface Part {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * The diff keeps the spaces between replaced words as common text, so "President Ilham Aliyev"
 * → "Minister Jeyhun Bayramov" comes out as three replacements: edits separated only by spaces
 * are joined into one dropped and one added run.
 */
function joinEdits(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      out.push(p);
      continue;
    }
    let removed = '';
    let added = '';
    let j = i;
    for (;;) {
      const q = parts[j]!;
      if (q.removed) removed += q.value;
      else if (q.added) added += q.value;
      else {
        removed += q.value;
        added += q.value;
      }
      const next = parts[j + 1];
      const after = parts[j + 2];
      if (next && (next.added || next.removed)) j++;
      else if (next && !next.value.trim() && after && (after.added || after.removed) && (removed || added)) j++;
      else break;
    }
    if (removed) out.push({ value: removed, added: false, removed: true });
    if (added) out.push({ value: added, added: true, removed: false });
    i = j;
  }
  return out;
}

export function compareTexts(a: string, b: string): TextComparison {
  const parts = joinEdits(diffWordsWithSpace(a, b));
  const out: TextComparison = { left: [], right: [], changes: [], addedWords: 0, removedWords: 0, sameWords: 0 };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      out.left.push({ text: part.value, kind: 'same', salient: false });
      out.right.push({ text: part.value, kind: 'same', salient: false });
      out.sameWords += countWords(part.value);
      continue;
    }
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const kind = kindOf(part.value, next.value);
      const salient = kind !== 'wording';
      if (part.value.trim() || next.value.trim()) out.changes.push({ from: part.value.trim(), to: next.value.trim(), kind });
      out.left.push({ text: part.value, kind: 'removed', salient });
      out.right.push({ text: next.value, kind: 'added', salient });
      out.removedWords += countWords(part.value);
      out.addedWords += countWords(next.value);
      i++;
    } else if (part.removed) {
      out.left.push({ text: part.value, kind: 'removed', salient: false });
      out.removedWords += countWords(part.value);
    } else {
      out.right.push({ text: part.value, kind: 'added', salient: false });
      out.addedWords += countWords(part.value);
    }
  }
  return out;
}
