// Stated upstream sources: "citing AZERTAC", "AZƏRTAC-a istinadən", "со ссылкой на АЗЕРТАДЖ",
// "Kazinform хабарлайды". Datelines ("Baku, October 7, AZERTAC") are read once, by the import
// (core/import/dateline.ts). The recogniser only finds names where a phrase says "this comes
// from"; which names are outlets is decided by the outlet names, aliases and directory, so a
// capitalised word after "according to" that is no outlet ("according to Hikmat Hajiyev") is
// dropped there.

export interface StatedSource {
  /** The name as written, without case endings or quotes. */
  name: string;
  /** The phrase that states it. */
  evidence: string;
  start: number;
  end: number;
}

// Dots only inside a token ("Trend.az", "Day.Az"): a full stop ends the name.
const NAME_TOKEN = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&]|['’.](?=[\p{L}\p{N}]))*`;
// Up to four capitalised tokens ("Anadolu Agency", "Trend News Agency", "Report.az").
const NAME = String.raw`(${NAME_TOKEN}(?:[ \t]+${NAME_TOKEN}){0,3})`;
// Quotes and words that may stand between the phrase and the name.
const LEAD = String.raw`(?:["«“']?\s*)(?:(?:the|news agency|agency|агентство|агентства|агентства|информагентство|издание|портал|агентлигі)\s+)?["«“]?`;
// Azerbaijani and Turkish case endings after a name written with a hyphen or apostrophe.
const CASE = String.raw`(?:[-‑'’](?:a|ə|ya|yə|na|nə|nın|nin|nun|nün|ın|in|un|ün|dan|dən|ndan|ndən))?`;

interface Rule {
  /** The phrase alone: most texts have none, and this is far cheaper than `re` (run only on a hit). */
  probe: RegExp;
  re: RegExp;
  /** Names written before the phrase are matched from their end (the last tokens). */
  nameBefore: boolean;
}

const before = (phrase: string): Rule => ({
  probe: new RegExp(phrase, 'u'),
  re: new RegExp(String.raw`${NAME}${CASE}["»”]?\s+${phrase}`, 'gu'),
  nameBefore: true,
});
// No `i` flag: it would let \p{Lu} match lower-case words, so capitalised forms are spelt out.
const after = (phrase: string): Rule => ({
  probe: new RegExp(phrase, 'u'),
  re: new RegExp(String.raw`${phrase}\s+${LEAD}${NAME}`, 'gu'),
  nameBefore: false,
});

const RULES: Rule[] = [
  after(String.raw`\b(?:[Cc]iting|[Aa]ccording to|[Aa]s reported by|[Rr]eported by|[Qq]uoting)`),
  // "…, APA reports." "Azertag reported." "Report informs,": the name is the last words before it.
  before(String.raw`(?:reports|reported|informs)\b`),
  before(String.raw`(?:istinadən|istinadla)`),
  before(String.raw`xəbər verir`),
  before(String.raw`(?:məlumat verir|məlumatına görə)`),
  after(String.raw`(?:[Сс]о ссылкой на|[Сс]ообщает|[Сс]ообщило|[Пп]ередает|[Пп]ередаёт|[Пп]ишет|[Пп]о данным|[Пп]о сообщению)`),
  before(String.raw`(?:хабарлайды|хабарлады|мәліметінше)`),
  before(String.raw`(?:ajansının|ajansı'nın|ajansı’nın)?\s*haberine göre`),
  before(String.raw`(?:ajansına|ajansı'na) göre`),
];

/** Candidate names of the longest first: the resolver takes the first that is an outlet. */
export function nameVariants(raw: string, fromEnd: boolean): string[] {
  const tokens = raw.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let n = tokens.length; n >= 1; n--) {
    const name = (fromEnd ? tokens.slice(-n) : tokens.slice(0, n)).join(' ').replace(/[.,;:]+$/, '');
    // "… 475 reported": a number names no outlet.
    if (!/\p{L}/u.test(name)) continue;
    out.push(name);
    // Turkish genitive: "Anadolu Ajansının" is "Anadolu Ajansı", "AA'nın" is "AA".
    const bare = name.replace(/['’]?(?:nın|nin|nun|nün)$/u, '');
    if (bare !== name && bare.length >= 2) out.push(bare);
  }
  return out;
}

export interface StatedCandidate extends StatedSource {
  variants: string[];
}

/** Every place the text states a source, in reading order. Datelines are the import's (core/import/dateline.ts). */
export function statedSources(text: string): StatedCandidate[] {
  const out: StatedCandidate[] = [];
  for (const rule of RULES) {
    if (!rule.probe.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const name = m[1]!;
      out.push({ name, evidence: m[0], start: m.index, end: m.index + m[0].length, variants: nameVariants(name, rule.nameBefore) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
