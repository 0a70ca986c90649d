// Light suffix strippers for the Turkic languages Snowball does not cover. They work on folded
// words (fold(): ə→a, ı→i, ş→s, ң→н, қ→к, ә→а, і→и…), where vowel-harmony variants mostly
// collapse into one spelling. Suffix inventories (plural, possessive, case) from the standard
// reference grammars: Azerbaijani (Öztopçu, Elementary Azerbaijani), Uzbek (Bodrogligeti),
// Turkmen (Clark, Turkmen Reference Grammar), Kazakh (Muhamedowa, Kazakh: A Comprehensive
// Grammar), Kyrgyz (Kasapoğlu Çengel). Longest suffix first; each round strips one suffix
// and at most three rounds run (case, possessive, plural), keeping a stem of 3+ letters with a vowel.

export type TurkicLanguage = 'az' | 'uz' | 'tk' | 'kk' | 'ky';

const LATIN_VOWELS = /[aeiou]/;
/** Turkmen writes ы as y. */
const TURKMEN_VOWELS = /[aeiouy]/;
const CYRILLIC_VOWELS = /[аеиоуыэюяё]/;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Azerbaijani (folded: -lər → lar, -də → da, -dən → dan, -ı/-i/-u/-ü → i/u). */
const AZ = words(`
  lar ler
  imiz umuz iniz unuz lari leri
  im um in un si su i u
  nin nun
  ya ye a e ni nu
  nda nde da de ndan nden dan den
  yla yle la le ile
  dir dur
`);

/** Uzbek Latin (o‘, g‘ lose their marks in folding; q stays q). */
const UZ = words(`
  lar
  imiz ingiz im ing si i
  ning ni ga ka qa da ta dan tan
  dagi
`);

/** Turkmen (folded: -lär → lar, ň → n, ý → y). */
const TK = words(`
  lar ler
  ymyz imiz ynyz iniz ym im yn in sy si y i
  nyn nin nun
  na ne ga ge ka ke a e ny ni nu
  nda nde da de ta te ndan nden dan den tan ten
`);

/** Kazakh (folded Cyrillic: -ның → нын, -ға → га, -қа → ка, -і → и). */
const KK = words(`
  лар лер дар дер тар тер
  ымыз имиз мыз миз ыныз иниз ым им м ын ин сы си ы и
  нын нин дын дин тын тин
  га ге ка ке на не а е
  ны ни ды ди ты ти
  нда нде да де та те
  ндан нден дан ден тан тен нан нен
  менен бенен пенен мен бен пен
  дагы деги тагы теги
`);

/** Kyrgyz (folded: ө → о, ү → у, ң → н). */
const KY = words(`
  лар лер лор дар дер дор тар тер тор
  ыбыз ибиз убуз ым им ум ын ин ун сы си су ы и у
  нын нин нун дын дин дун тын тин тун
  га ге го ка ке ко на не но а е о
  ны ни ну ды ди ду ты ти ту
  нда нде ндо да де до та те то
  ндан нден ндон дан ден дон тан тен тон нан нен нон
  менен мен
`);

/**
 * `buffers`: letters a suffix starts with only after a vowel (Azerbaijani Bakı-nın but
 * Qəbələ-nin is Qəbələ + nin, never Qəbəl + ənin); a suffix starting with a vowel follows a consonant.
 */
const INVENTORY: Record<TurkicLanguage, { suffixes: string[]; vowels: RegExp; buffers: string }> = {
  az: { suffixes: AZ, vowels: LATIN_VOWELS, buffers: 'nys' },
  uz: { suffixes: UZ, vowels: LATIN_VOWELS, buffers: 's' },
  tk: { suffixes: TK, vowels: TURKMEN_VOWELS, buffers: 'ns' },
  kk: { suffixes: KK, vowels: CYRILLIC_VOWELS, buffers: 'с' },
  ky: { suffixes: KY, vowels: CYRILLIC_VOWELS, buffers: 'с' },
};
for (const inv of Object.values(INVENTORY)) inv.suffixes.sort((a, b) => b.length - a.length);

const MIN_STEM = 3;
/** Place names end so (Qazaqstan, Türkmenistan): -tan there is not the ablative. */
const PROTECTED = ['stan', 'стан', 'ston'];
/** The comitative -la/-lə follows a consonant (after a vowel it is -yla). */
const AFTER_CONSONANT = new Set(['la', 'le']);
const ROUNDS = 3;

export const TURKIC_LANGUAGES = Object.keys(INVENTORY) as TurkicLanguage[];

/**
 * The word (folded, lower case) without its inflectional suffixes. A buffer letter makes some
 * words ambiguous (Azərbaycanın = Azərbaycan + ın, Bakının = Bakı + nın): such a word has two
 * stems, the one that keeps the letter last.
 */
export function stripTurkic(lang: TurkicLanguage, word: string): string[] {
  const { suffixes, vowels, buffers } = INVENTORY[lang];
  const fits = (w: string, x: string): boolean => {
    if (w.length - x.length < MIN_STEM || !w.endsWith(x)) return false;
    const stem = w.slice(0, -x.length);
    if (PROTECTED.some((p) => stem.length < w.lastIndexOf(p) + p.length && w.includes(p))) return false;
    if (!vowels.test(stem)) return false;
    const afterVowel = vowels.test(stem[stem.length - 1]!);
    if (vowels.test(x[0]!) || AFTER_CONSONANT.has(x)) return !afterVowel;
    return buffers.includes(x[0]!) ? afterVowel : true;
  };
  const strip = (w: string, rounds: number): string => {
    for (let round = 0; round < rounds; round++) {
      const s = suffixes.find((x) => fits(w, x));
      if (!s) break;
      w = w.slice(0, -s.length);
    }
    return w;
  };
  let w = word;
  for (let round = 0; round < ROUNDS; round++) {
    const s = suffixes.find((x) => fits(w, x));
    if (!s) break;
    const tail = buffers.includes(s[0]!) ? s.slice(1) : '';
    if (tail && suffixes.includes(tail) && fits(w, tail)) {
      const short = strip(w.slice(0, -tail.length), ROUNDS - round - 1);
      const long = strip(w.slice(0, -s.length), ROUNDS - round - 1);
      return short === long ? [long] : [short, long];
    }
    w = w.slice(0, -s.length);
  }
  return [w];
}
