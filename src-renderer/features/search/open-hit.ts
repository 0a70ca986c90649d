import type { SearchHit } from '@common/api/schemas/search';
import { api } from '../../bridge/api';
import { useUi, type TextFocus } from '../../state/ui-store';
import { useArgumentsUi } from '../arguments/arguments-store';
import { useClaimsUi } from '../claims/claims-store';

/** The hit's snippet as a range of the document text (shown as its whole paragraph), its highlights shifted to document offsets. */
export function hitFocus(hit: Pick<SearchHit, 'offset' | 'snippet' | 'highlights'>): TextFocus | null {
  if (hit.offset === null || hit.highlights.length === 0) return null;
  const at = hit.offset;
  return { start: at, end: at + hit.snippet.length, hits: hit.highlights.map(([s, e]): [number, number] => [at + s, at + e]), block: true };
}

/** A claim's page, over the claims view. */
export function openClaim(uid: string): void {
  useClaimsUi.getState().open(uid);
  useUi.getState().setView('claims');
}

/**
 * Opens what a hit points at: a document in the reader, a passage there at its paragraph, an annotation
 * at its whole passage, a claim on its page, an argument in the arguments view.
 */
export async function openHit(hit: SearchHit): Promise<void> {
  const ui = useUi.getState();
  switch (hit.kind) {
    case 'document':
      // A title hit: the title is at the top, where the reader opens.
      if (hit.documentUid) ui.openDocument(hit.documentUid);
      return;
    case 'passage':
      if (hit.documentUid) ui.openDocumentAt(hit.documentUid, hitFocus(hit));
      return;
    case 'annotation': {
      if (!hit.documentUid) return;
      const focus = hitFocus(hit);
      const a = await api('annotations.get', { uid: hit.uid });
      ui.openDocumentAt(hit.documentUid, { start: a.start, end: a.end, hits: focus?.hits?.filter(([s, e]) => s >= a.start && e <= a.end) });
      return;
    }
    case 'claim':
      openClaim(hit.uid);
      return;
    case 'argument':
      useArgumentsUi.getState().open(hit.uid);
      ui.setView('arguments');
  }
}
