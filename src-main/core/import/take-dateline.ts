import { assemble, type Extracted, type Part } from './extract-text';
import { parseDateline, type Dateline } from './dateline';

// Agency items open with their dateline, and scraped copies of them (AZERTAC's above all)
// repeat the title and the dateline once more below the first ones. The dateline becomes
// metadata and the repeats go; everything else stays as extracted.

const LEAD = 8;
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function partsOf({ text, blocks }: Extracted): Part[] {
  return blocks.map((b) => ({ kind: b.kind, level: b.level, credit: b.credit, text: text.slice(b.start, b.end) }));
}

/** Finds the dateline among the first blocks, strips it and the repeated title/dateline, and returns it. */
export function takeDateline(found: Extracted, given?: string): Extracted & { dateline: Dateline | null } {
  const parts = partsOf(found);
  const title = found.meta.title;
  let dateline: Dateline | null = null;
  let seen = 0;
  for (let i = 0; i < Math.min(parts.length, LEAD) && seen < 3; i++) {
    const part = parts[i]!;
    if (part.kind === 'caption' || (part.kind === 'heading' && part.level === 1) || (title && same(part.text, title))) continue;
    seen++;
    const parsed = parseDateline(part.text, given ?? found.meta.published);
    // Only the first text block may open with a dateline followed by the lead; later ones must be a dateline alone.
    if (!parsed || (parsed.rest && seen > 1)) continue;
    dateline = parsed.dateline;
    if (parsed.rest) parts[i] = { ...part, kind: 'paragraph', level: null, text: parsed.rest };
    else parts.splice(i, 1);
    break;
  }
  let titleKept = false;
  const kept = parts.filter((part, i) => {
    if (i >= LEAD) return true;
    if (dateline && same(part.text, dateline.text)) return false;
    if (title && same(part.text, title) && part.kind !== 'caption') {
      if (titleKept) return false;
      titleKept = true;
    }
    return true;
  });
  if (!dateline && kept.length === parts.length) return { ...found, dateline: null };
  // A dateline with its year dates a document that has no date of its own.
  const published = found.meta.published ?? (given ? null : (dateline?.date ?? null));
  return { meta: { ...found.meta, published }, ...assemble(kept), dateline };
}
