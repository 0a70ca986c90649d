// Electron accelerator strings ('CmdOrCtrl+Shift+F') matched against DOM key events.

import { COMMANDS, type CommandId, type CommandSpec } from '@common/commands/catalog';

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(accel: string): Chord {
  const parts = accel.split('+');
  const key = parts.pop()!.toLowerCase();
  return { mod: parts.includes('CmdOrCtrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

export function matches(accel: string, e: KeyboardEvent): boolean {
  const c = parse(accel);
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key.toLowerCase();
  // Shift changes '/' into '?' on most layouts; compare the physical key for digits and punctuation.
  const code = e.code.replace(/^Key|^Digit/, '').toLowerCase();
  const keyOk = key === c.key || code === c.key || (c.key === '/' && e.code === 'Slash');
  return keyOk && mod === c.mod && e.shiftKey === c.shift && e.altKey === c.alt;
}

/** The accelerator as the user's platform writes it: Ctrl+Shift+F, or ⌘⇧F on a Mac. */
export function displayKeys(accel: string): string[] {
  return accel.split('+').map((k) => (k === 'CmdOrCtrl' ? (isMac() ? '⌘' : 'Ctrl') : k));
}

/** A catalog command's key as shown to the user ("Alt+M"), for tooltips beside the control that does the same. */
export function commandKeys(id: CommandId): string {
  const spec: CommandSpec = COMMANDS.find((c) => c.id === id)!;
  return spec.keys ? displayKeys(spec.keys).join('+') : '';
}
