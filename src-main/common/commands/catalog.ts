// One registry of commands: the application menu, the command palette and the shortcut
// sheet are all drawn from it, so a command has one title and one key everywhere.

export type MenuPlace = 'file' | 'edit' | 'view' | 'go' | 'help';

export interface CommandSpec {
  id: string;
  title: string;
  group: string;
  /** Electron accelerator syntax; the renderer maps CmdOrCtrl to the platform key. */
  keys?: string;
  menu?: MenuPlace;
}

export const COMMANDS = [
  { id: 'project.new', title: 'New Project…', group: 'Project', keys: 'CmdOrCtrl+N', menu: 'file' },
  { id: 'project.open', title: 'Open Project…', group: 'Project', keys: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'library.import', title: 'Import Files…', group: 'Library', keys: 'CmdOrCtrl+I', menu: 'file' },
  { id: 'library.paste', title: 'Import Pasted Text…', group: 'Library', keys: 'CmdOrCtrl+Shift+V', menu: 'file' },
  { id: 'project.export', title: 'Export…', group: 'Project', keys: 'CmdOrCtrl+E', menu: 'file' },
  { id: 'project.saveCopy', title: 'Save a Copy…', group: 'Project', menu: 'file' },
  { id: 'project.backup', title: 'Back Up Project…', group: 'Project', menu: 'file' },
  { id: 'project.restore', title: 'Restore from Backup…', group: 'Project', menu: 'file' },
  { id: 'project.close', title: 'Close Project', group: 'Project', menu: 'file' },
  { id: 'view.library', title: 'Go to Library', group: 'Go', keys: 'Alt+1', menu: 'go' },
  { id: 'view.themes', title: 'Go to Themes', group: 'Go', keys: 'Alt+2', menu: 'go' },
  { id: 'view.claims', title: 'Go to Claims', group: 'Go', keys: 'Alt+3', menu: 'go' },
  { id: 'view.arguments', title: 'Go to Arguments', group: 'Go', keys: 'Alt+4', menu: 'go' },
  { id: 'view.outlets', title: 'Go to Outlets', group: 'Go', keys: 'Alt+5', menu: 'go' },
  { id: 'view.analysis', title: 'Go to Analysis', group: 'Go', keys: 'Alt+6', menu: 'go' },
  { id: 'view.hypotheses', title: 'Go to Competing Hypotheses', group: 'Go', keys: 'Alt+7', menu: 'go' },
  { id: 'view.search', title: 'Search Everything', group: 'Go', keys: 'CmdOrCtrl+Shift+F', menu: 'go' },
  { id: 'search.aliases', title: 'Search Aliases…', group: 'Go', menu: 'go' },
  { id: 'reader.find', title: 'Find in Document', group: 'Reader', keys: 'CmdOrCtrl+F' },
  { id: 'annotation.next', title: 'Next Annotation', group: 'Annotate', keys: 'Alt+ArrowDown' },
  { id: 'annotation.previous', title: 'Previous Annotation', group: 'Annotate', keys: 'Alt+ArrowUp' },
  { id: 'annotation.undo', title: 'Undo', group: 'Edit', keys: 'CmdOrCtrl+Z' },
  { id: 'annotation.redo', title: 'Redo', group: 'Edit', keys: 'CmdOrCtrl+Shift+Z' },
  { id: 'annotation.delete', title: 'Delete Selected Annotation', group: 'Annotate', keys: 'Delete' },
  { id: 'annotation.tag', title: 'Tag Selection…', group: 'Annotate', keys: 'Alt+T' },
  { id: 'annotation.makeClaim', title: 'Make Claim from Selection…', group: 'Annotate', keys: 'Alt+M' },
  { id: 'palette.open', title: 'Command Palette', group: 'View', keys: 'CmdOrCtrl+K', menu: 'view' },
  { id: 'theme.system', title: 'Appearance: System', group: 'View', menu: 'view' },
  { id: 'theme.light', title: 'Appearance: Light', group: 'View', menu: 'view' },
  { id: 'theme.dark', title: 'Appearance: Dark', group: 'View', menu: 'view' },
  { id: 'help.shortcuts', title: 'Keyboard Shortcuts', group: 'Help', keys: 'CmdOrCtrl+/', menu: 'help' },
  { id: 'help.sample', title: 'Open Sample Project', group: 'Help', menu: 'help' },
  { id: 'help.about', title: 'About Dossier', group: 'Help', menu: 'help' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Extra keys that run a command without showing in menus (VS Code's Ctrl+Shift+P). */
export const ALIAS_KEYS: Partial<Record<CommandId, string[]>> = { 'palette.open': ['CmdOrCtrl+Shift+P'], 'annotation.redo': ['CmdOrCtrl+Y'] };

export const isCommandId = (id: unknown): id is CommandId => COMMANDS.some((c) => c.id === id);
