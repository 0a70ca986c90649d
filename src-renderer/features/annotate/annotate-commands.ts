import { notifications } from '@mantine/notifications';
import { ALIAS_KEYS, COMMANDS, type CommandId } from '@common/commands/catalog';
import { matches } from '../../commands/keys';
import { useUi } from '../../state/ui-store';
import { takesTyping } from '../../ui/takes-typing';
import { deleteAnnotation, undoAnnotation } from './annotation-ops';
import { claimPending, stepAnnotation, useAnnotate } from './annotate-store';

const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });

function step(dir: 1 | -1): void {
  if (useUi.getState().view !== 'reader') return;
  const { order, selectedUid, jumpTo } = useAnnotate.getState();
  const next = stepAnnotation(order, selectedUid, dir);
  if (next) jumpTo(next);
}

function history(how: 'undo' | 'redo'): void {
  undoAnnotation(how).then(
    (label) => notifications.show({ message: label ? `${how === 'undo' ? 'Undone' : 'Redone'}: ${label}` : `Nothing to ${how}` }),
    failed(how === 'undo' ? 'Could not undo' : 'Could not redo'),
  );
}

function deleteSelected(): void {
  const { selectedUid, select } = useAnnotate.getState();
  if (useUi.getState().view !== 'reader' || !selectedUid) return;
  deleteAnnotation(selectedUid).then(() => {
    select(null);
    notifications.show({ message: 'Annotation deleted. Ctrl+Z brings it back.' });
  }, failed('Could not delete the annotation'));
}

/** Runs `act` on the reader's text selection, or says how to make one. */
function withSelection(act: () => void): () => void {
  return () => {
    const { pending } = useAnnotate.getState();
    if (useUi.getState().view !== 'reader') return;
    if (pending) act();
    else notifications.show({ message: 'Select text in the document first: Shift+arrows (Ctrl+Shift+arrows by word) or the mouse.' });
  };
}

/** Catalog handlers for annotation commands; they act on the reader's current document. */
export function annotateHandlers(): Partial<Record<CommandId, () => void>> {
  return {
    'annotation.next': () => step(1),
    'annotation.previous': () => step(-1),
    'annotation.undo': () => history('undo'),
    'annotation.redo': () => history('redo'),
    'annotation.delete': deleteSelected,
    'annotation.tag': withSelection(() => useAnnotate.getState().focusPicker()),
    'annotation.makeClaim': withSelection(claimPending),
  };
}

const KEYS = COMMANDS.filter((c) => c.id.startsWith('annotation.') && 'keys' in c).flatMap((c) => [
  (c as { keys: string }).keys,
  ...(ALIAS_KEYS[c.id] ?? []),
]);

/** In a text field (a note, a theme name) Ctrl+Z, Delete and Alt+arrows keep their usual meaning. */
export const fieldKeepsKey = (e: KeyboardEvent): boolean => takesTyping(e.target) && KEYS.some((k) => matches(k, e));
