import type { AliasGroup } from '@common/api/schemas/search';
import { mutate } from '../../bridge/mutate';
import { createUndoStack } from '../annotate/undo-stack';

// Alias group changes with undo: each step knows how to reverse and replay itself. A group
// brought back by undo is a new row, so a step follows its group's current uid.

export const aliasUndo = createUndoStack();

const label = (names: readonly string[]): string => names.slice(0, 3).join(' = ') + (names.length > 3 ? ' …' : '');

export async function createGroup(names: string[]): Promise<AliasGroup> {
  let group = await mutate('aliases.createGroup', { names });
  aliasUndo.push({
    label: `New group ${label(group.names)}`,
    undo: async () => void (await mutate('aliases.deleteGroup', { uid: group.uid })),
    redo: async () => void (group = await mutate('aliases.createGroup', { names: group.names })),
  });
  return group;
}

/** Sets a group's names (a name added, removed or corrected); `what` says what for messages. */
export async function setNames(before: AliasGroup, names: string[], what: string): Promise<AliasGroup> {
  const after = await mutate('aliases.setGroup', { uid: before.uid, names });
  aliasUndo.push({
    label: what,
    undo: async () => void (await mutate('aliases.setGroup', { uid: before.uid, names: before.names })),
    redo: async () => void (await mutate('aliases.setGroup', { uid: before.uid, names: after.names })),
  });
  return after;
}

export async function deleteGroup(group: AliasGroup): Promise<void> {
  let uid = (await mutate('aliases.deleteGroup', { uid: group.uid })).uid;
  aliasUndo.push({
    label: `Delete group ${label(group.names)}`,
    undo: async () => void (uid = (await mutate('aliases.createGroup', { names: group.names })).uid),
    redo: async () => void (await mutate('aliases.deleteGroup', { uid })),
  });
}

/** Names typed in one box: separated by new lines, "=" or ";" (commas belong to some names). */
export const splitNames = (text: string): string[] =>
  text
    .split(/[\n=;]/)
    .map((n) => n.trim())
    .filter(Boolean);
