import type { Annotation } from '@common/api/schemas/annotations';
import { useUi } from '../../state/ui-store';
import { useAnnotate } from './annotate-store';

/** Opens a passage in the reader, selected; a reader theme filter could hide it, so it is cleared. */
export function openPassage(a: Pick<Annotation, 'uid' | 'documentUid'>): void {
  useAnnotate.getState().setFilter([]);
  useAnnotate.getState().jumpTo(a.uid);
  useUi.getState().openDocument(a.documentUid);
}
