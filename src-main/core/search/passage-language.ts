import type { Project } from '../session';
import { prepared } from '../data/statements';

/**
 * The language the index gave a document's passages, looked up by offset: a passage of text
 * inside one of them takes its language instead of detecting one from a few words (which is
 * slow in bulk and less sure). Undefined when the document has no indexed passage there.
 */
export function passageLanguages(p: Project, documentId: number): (offset: number) => string | null | undefined {
  const rows = prepared(p, "SELECT start, lang FROM search_items WHERE document_id = ? AND kind = 'passage' AND start IS NOT NULL ORDER BY start")
    .all(documentId) as { start: number; lang: string | null }[];
  return (offset) => {
    let lo = 0;
    let hi = rows.length - 1;
    let found: string | null | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.start <= offset) {
        found = rows[mid]!.lang;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
