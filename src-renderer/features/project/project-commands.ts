import { notifications } from '@mantine/notifications';
import { api } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import type { CommandHandlers } from '../../commands/registry';
import { useProjectDialog } from './project-dialog-store';
import { closeProject } from './switch-project';

const failed = (title: string) => (err: Error) => notifications.show({ color: 'red', title, message: err.message, autoClose: false });

/** Save a copy through Electron's save dialog; the browser host uses the in-page dialog. */
async function saveCopyWithNativeDialog(): Promise<void> {
  const host = window.dossier!.host!;
  const info = await api('project.info', {});
  const chosen = await host.call('host.saveFile', { defaultPath: `${info.name} copy.dossier` });
  if (!chosen.ok || !chosen.value) return;
  const b = await mutate('project.backup', { path: chosen.value });
  notifications.show({ message: `Saved a copy as ${b.path}.` });
}

/**
 * File-menu commands that switch or copy the project. Electron's main process opens its own
 * dialogs for New and Open (its menu accelerators fire there); the browser host draws them.
 */
export function projectHandlers(): CommandHandlers {
  const desktop = Boolean(window.dossier?.host);
  const dialog = useProjectDialog.getState();
  return {
    ...(desktop ? {} : { 'project.new': () => dialog.show('create'), 'project.open': () => dialog.show('open') }),
    'project.saveCopy': () => (desktop ? void saveCopyWithNativeDialog().catch(failed('No copy was saved')) : dialog.show('saveCopy')),
    'project.close': () => void closeProject().catch(failed('The project could not be closed')),
  };
}
