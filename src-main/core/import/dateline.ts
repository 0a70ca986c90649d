import { directoryByName } from '../library/outlet-directory';
import { monthNumber, ymd } from '@common/text/dates';

// A dateline opens an agency item: "Gabala, October 7, AZERTAC", "Bakı, 7 oktyabr, AZƏRTAC",
// "Баку, 7 октября, АЗЕРТАДЖ", "Астана, 7 қазан, Kazinform", "Ankara, 7 Ekim (AA)",
// "BAKU, Azerbaijan, October 7." (Trend), "ANKARA, Oct 7 (Reuters) -", "ASTANA. KAZINFORM –".
// It says where and when the item was filed and which agency it came from: metadata of the
// document, not a line of its text.

export interface Dateline {
  /** As written, without the separator that follows it. */
  text: string;
  place: string;
  /** Partial ISO date; the year comes from the document's date when the dateline has none. */
  date: string | null;
  /** The agency named, as written ("AZƏRTAC"); resolved to an outlet when stored. */
  outlet: string | null;
}

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
const PLACE = String.raw`(${WORD}(?:[ -]${WORD}){0,3})`;
const REGION = String.raw`(?:,\s*(${WORD}(?: ${WORD})?))?`;
const DAY_MONTH = String.raw`(\d{1,2})\.?\s+(\p{L}+\.?)(?:\s+(\d{4}))?`;
const MONTH_DAY = String.raw`(\p{L}+\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?`;
const AGENCY = String.raw`(?:\s*\(([^()\n]{2,40})\)|,\s*([^,.;:()\n–—-]{2,40}?))?`;
const END = String.raw`\s*(?:[.:]\s*[-–—]?\s*|[-–—]+\s*|$)`;

const WITH_DATE = [
  { re: new RegExp(String.raw`^${PLACE}${REGION},\s*${DAY_MONTH}${AGENCY}${END}`, 'u'), dayFirst: true },
  { re: new RegExp(String.raw`^${PLACE}${REGION},\s*${MONTH_DAY}${AGENCY}${END}`, 'u'), dayFirst: false },
];
// "ANKARA (AA) -" and "ASTANA. KAZINFORM –": a place and an agency, no date.
const AGENCY_ONLY = [
  new RegExp(String.raw`^${PLACE}\s*\(([^()\n]{2,40})\)\s*[-–—]+\s*`, 'u'),
  new RegExp(String.raw`^([\p{Lu}][\p{Lu}\p{M} -]{1,30})\.\s+([\p{Lu}][\p{Lu}\p{M}-]{1,20})\s*[-–—]+\s*`, 'u'),
];

const capitalised = (s: string): string =>
  s === s.toUpperCase() && /\p{Lu}{2}/u.test(s)
    ? s.toLocaleLowerCase('tr').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('tr'))
    : s;

/** An agency written without parentheses must be one we know or look like one (all capitals). */
const agencyLike = (s: string): boolean => !!directoryByName(s) || (s === s.toUpperCase() && /\p{Lu}{2}/u.test(s));

/** The year a dateline without one means: the document's year, or the one before for a December item dated January. */
function yearFor(month: number, published: string | null | undefined): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  return m[2] && month - Number(m[2]) > 6 ? year - 1 : year;
}

/**
 * The dateline a block of text opens with, and the text after it (empty when the block is the
 * dateline alone). Null when the block does not open with one.
 */
export function parseDateline(block: string, published?: string | null): { dateline: Dateline; rest: string } | null {
  const s = block.trim();
  if (!s || s.length > 2000) return null;
  for (const { re, dayFirst } of WITH_DATE) {
    const m = re.exec(s);
    if (!m) continue;
    const [whole, place, , a, b, year, paren, plain] = m;
    const month = monthNumber(dayFirst ? b! : a!);
    const day = Number(dayFirst ? a : b);
    if (!month || monthNumber(place!)) continue;
    const rest = s.slice(whole.length);
    const agency = paren?.trim() ?? plain?.trim();
    // A plain agency followed by text must be a known one: "Baku, October 7, the president said" is a sentence.
    // Alone on its line an unknown agency may be any short capitalised name.
    const alone = !rest && /^\p{Lu}/u.test(plain?.trim() ?? '') && plain!.trim().split(/\s+/).length <= 3;
    if (plain && !alone && !agencyLike(plain.trim())) continue;
    if (!agency && !/[.:\-–—]\s*$/.test(whole) && rest) continue;
    const y = year ? Number(year) : yearFor(month, published);
    const date = y ? ymd(y, month, day) : null;
    const text = whole.replace(/[\s.:\-–—]+$/u, '');
    return { dateline: { text, place: capitalised(place!), date, outlet: agency ?? null }, rest };
  }
  for (const re of AGENCY_ONLY) {
    const m = re.exec(s);
    if (!m || (re === AGENCY_ONLY[1] && !agencyLike(m[2]!.trim()))) continue;
    const text = m[0].replace(/[\s.:\-–—]+$/u, '');
    return { dateline: { text, place: capitalised(m[1]!.trim()), date: null, outlet: m[2]!.trim() }, rest: s.slice(m[0].length) };
  }
  return null;
}
