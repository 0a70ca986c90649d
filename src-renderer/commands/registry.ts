import { useLayoutEffect } from 'react';
import { ALIAS_KEYS, COMMANDS, type CommandId } from '@common/commands/catalog';
import { onEvent } from '../bridge/api';
import { openBoards } from '../features/ach/open-board';
import { annotateHandlers, fieldKeepsKey } from '../features/annotate/annotate-commands';
import { useFind } from '../features/search/find/find-store';
import { openSearch } from '../features/search/search-store';
import { useUi } from '../state/ui-store';
import { matches } from './keys';

export type CommandHandlers = Partial<Record<CommandId, () => void>>;

type KeyOwner = (e: KeyboardEvent) => boolean;
const keyOwners = new Set<KeyOwner>([fieldKeepsKey]);

/** Lets a feature keep a key the catalog would take (Ctrl+1 while tagging, Ctrl+Z in a text field). */
export function claimKeys(owner: KeyOwner): () => void {
  keyOwners.add(owner);
  return () => void keyOwners.delete(owner);
}

/** Handlers for catalog ids; the shell adds the ones that need its state (appearance, sample). */
export function baseHandlers(): CommandHandlers {
  const ui = useUi.getState();
  return {
    'view.library': () => ui.setView('library'),
    'view.themes': () => ui.setView('themes'),
    'view.claims': () => ui.setView('claims'),
    'view.arguments': () => ui.setView('arguments'),
    'view.outlets': () => ui.setView('outlets'),
    'view.analysis': () => ui.setView('analysis'),
    'view.hypotheses': () => openBoards(),
    'view.search': () => openSearch(),
    // In the reader, find in the document; elsewhere Ctrl+F searches the whole project.
    'reader.find': () => (useUi.getState().view === 'reader' ? useFind.getState().show() : openSearch()),
    'palette.open': () => ui.setPalette(true),
    'help.shortcuts': () => ui.setShortcuts(true),
    'library.import': () => ui.setImport(true),
    'library.paste': () => ui.setPaste(true),
    ...annotateHandlers(),
  };
}

function commandFor(e: KeyboardEvent, desktop: boolean): CommandId | undefined {
  for (const c of COMMANDS) {
    // In the desktop app the menu's accelerators fire these already.
    const keys = [...('keys' in c && !(desktop && 'menu' in c) ? [c.keys] : []), ...(ALIAS_KEYS[c.id] ?? [])];
    if (keys.some((k) => matches(k, e))) return c.id;
  }
  return undefined;
}

let current: CommandHandlers | null = null;
// Keys pressed before the shell has mounted run once it has, so nothing typed at start-up is lost.
const early: CommandId[] = [];

/** Listens for catalog keys from the first moment the page runs (called before React renders). */
export function installCommandKeys(): void {
  const desktop = Boolean(window.dossier?.host);
  window.addEventListener(
    'keydown',
    (e) => {
      for (const owns of keyOwners) if (owns(e)) return;
      const id = commandFor(e, desktop);
      if (!id || (current && !current[id])) return;
      e.preventDefault();
      if (current) current[id]!();
      else early.push(id);
    },
    true,
  );
}

/** Gives the key listener and the desktop menu's relayed clicks the shell's handlers. */
export function useCommandKeys(handlers: CommandHandlers): void {
  useLayoutEffect(() => {
    current = handlers;
    for (const id of early.splice(0)) handlers[id]?.();
    const off = onEvent('command', ({ id }) => current?.[id as CommandId]?.());
    return () => {
      current = null;
      off();
    };
  }, [handlers]);
}
