// Publication dates as sources write them (and as analysts type them in the paste form), normalised to partial ISO dates (2025, 2025-10,
// 2025-10-07). A date we cannot read is dropped, never a reason to refuse an article.

const MONTHS: Record<string, number> = {};
const NAMES = [
  // English, Turkish, Azerbaijani, Uzbek, Russian (genitive and nominative) and Kazakh month names
  ['january', 'jan', 'ocak', 'yanvar', 'января', 'январь', 'қаңтар'],
  ['february', 'feb', 'şubat', 'fevral', 'февраля', 'февраль', 'ақпан'],
  ['march', 'mar', 'mart', 'марта', 'март', 'наурыз'],
  ['april', 'apr', 'nisan', 'aprel', 'апреля', 'апрель', 'сәуір'],
  ['may', 'mayıs', 'may', 'мая', 'май', 'мамыр'],
  ['june', 'jun', 'haziran', 'iyun', 'июня', 'июнь', 'маусым'],
  ['july', 'jul', 'temmuz', 'iyul', 'июля', 'июль', 'шілде'],
  ['august', 'aug', 'ağustos', 'avqust', 'avgust', 'августа', 'август', 'тамыз'],
  ['september', 'sep', 'sept', 'eylül', 'sentyabr', 'sentabr', 'сентября', 'сентябрь', 'қыркүйек'],
  ['october', 'oct', 'ekim', 'oktyabr', 'oktabr', 'октября', 'октябрь', 'қазан'],
  ['november', 'nov', 'kasım', 'noyabr', 'ноября', 'ноябрь', 'қараша'],
  ['december', 'dec', 'aralık', 'dekabr', 'декабря', 'декабрь', 'желтоқсан'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number): string => String(n).padStart(2, '0');

export function ymd(y: number, m?: number, d?: number): string | null {
  if (y < 1000 || y > 2999) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The month (1-12) a month name or abbreviation means, in any of the languages above. */
export function monthNumber(name: string): number | undefined {
  const key = name.replace(/\.$/, '');
  // Turkish lower-casing keeps "EKİM" right but turns English "APRIL" into "aprıl": try both.
  return MONTHS[key.toLocaleLowerCase('tr')] ?? MONTHS[key.toLowerCase()];
}

/** A partial ISO date for what a source wrote, or null when the format is unknown. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(s);
  // The date part of a timestamp is the day as the source dated it, whatever its zone.
  if (m) return ymd(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day first, as the region's outlets write it: 07.10.2025, 7/10/2025
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?: \d{1,2}:\d{2}.*)?$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:\p{L}+,? )?(\d{1,2})\.? (\p{L}+\.?),? (\d{4})\b/u.exec(s);
  if (m && monthNumber(m[2]!)) return ymd(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = /^(?:\p{L}+,? )?(\p{L}+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/u.exec(s);
  if (m && monthNumber(m[1]!)) return ymd(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = /^(\p{L}+\.?),? (\d{4})$/u.exec(s);
  if (m && monthNumber(m[1]!)) return ymd(Number(m[2]), monthNumber(m[1]!));
  return null;
}
