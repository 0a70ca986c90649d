import Fuse from 'fuse.js';
import { fold } from '@common/text/fold';

// Fuzzy lookup over folded text (fuse's own diacritics folding misses ı, ə and the Kazakh
// letters), shared by "Attach to claim…", the passage picker and the argument editor's "@".

export type Finder<T> = (query: string, limit?: number) => T[];

/** Items whose text matches every word of the query, each word with its own typo tolerance. */
export function wordSearch<T>(items: readonly T[], textOf: (item: T) => string): Finder<T> {
  const rows = items.map((item) => ({ item, folded: fold(textOf(item)) }));
  const fuse = new Fuse(rows, { keys: ['folded'], threshold: 0.4, ignoreLocation: true });
  return (query, limit = 8) => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return items.slice(0, limit);
    // Words typed exactly are the common case and a substring scan is ~100× cheaper than fuse
    // (tests/bench/claim-picker.bench.ts): when they fill the list, fuse is not asked.
    const exact: T[] = [];
    for (const r of rows) if (words.every((w) => r.folded.includes(w)) && exact.push(r.item) >= limit) return exact;
    // One long pattern over a long statement scores too poorly to be found: match word by word.
    const fuzzy = fuse.search({ $and: words.map((w) => ({ folded: w })) }, { limit }).map((r) => r.item.item);
    return [...new Set([...exact, ...fuzzy])].slice(0, limit);
  };
}

export const claimSearch = <T extends { statement: string }>(claims: readonly T[]): Finder<T> => wordSearch(claims, (c) => c.statement);
