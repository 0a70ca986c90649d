import { Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type CommandId, type MenuPlace } from '@common/commands/catalog';

const LABELS: Record<MenuPlace, string> = { file: '&File', edit: '&Edit', view: '&View', go: '&Go', help: '&Help' };

/** The application menu, drawn from the command catalog; a click is sent to the renderer. */
export function buildMenu(
  run: (id: CommandId) => void,
  recent: string[],
  openRecent: (path: string) => void,
  quit: () => void,
): Menu {
  const items = (place: MenuPlace): MenuItemConstructorOptions[] =>
    COMMANDS.filter((c) => 'menu' in c && c.menu === place).map((c) => ({
      label: c.title,
      accelerator: 'keys' in c ? c.keys : undefined,
      click: () => run(c.id),
    }));
  const file: MenuItemConstructorOptions[] = [
    ...items('file').slice(0, 2),
    {
      label: 'Open &Recent',
      submenu: recent.length ? recent.map((p) => ({ label: p, click: () => openRecent(p) })) : [{ label: 'No recent projects', enabled: false }],
    },
    ...items('file').slice(2),
    { type: 'separator' },
    { label: '&Quit', accelerator: 'CmdOrCtrl+Q', click: quit },
  ];
  const template: MenuItemConstructorOptions[] = [
    { label: LABELS.file, submenu: file },
    {
      label: LABELS.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: LABELS.view, submenu: [...items('view'), { type: 'separator' }, { role: 'togglefullscreen' }, { role: 'toggleDevTools' }] },
    { label: LABELS.go, submenu: items('go') },
    { label: LABELS.help, submenu: items('help') },
  ];
  return Menu.buildFromTemplate(template);
}
