import type { DocumentDetail } from '@common/api/schemas/documents';
import { languageName } from '@common/text/language-names';

type SearchLanguage = DocumentDetail['searchLanguage'];

/** "Azerbaijani (detected)" / "Russian (from its Language)". */
export const languageLabel = (l: SearchLanguage): string =>
  `${languageName(l.code)} (${l.source === 'metadata' ? 'set for the document' : 'detected'})`;

/** Passages in other languages than the document's, as "2 in Russian", or '' when there are none. */
export function otherPassages(l: SearchLanguage): string {
  const others = l.passages.filter((p) => p.code !== l.code);
  return others.map((p) => `${p.count} passage${p.count === 1 ? '' : 's'} in ${languageName(p.code)}`).join(', ');
}
