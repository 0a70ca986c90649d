import { notifications } from '@mantine/notifications';
import type { ApiInput } from '@common/api/contract';
import { mutate } from '../../bridge/mutate';

// Codebook writes: each reloads every view on success and says why on failure.

async function run<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    const out = await call();
    return out;
  } catch (e) {
    notifications.show({ color: 'red', title: what, message: (e as Error).message });
    return undefined;
  }
}

export const moveTheme = (input: ApiInput<'themes.move'>) => run('Theme not moved', () => mutate('themes.move', input));
export const updateTheme = (input: ApiInput<'themes.update'>) => run('Theme not saved', () => mutate('themes.update', input));
export const createTheme = (input: ApiInput<'themes.create'>) => run('Theme not created', () => mutate('themes.create', input));
export const mergeThemes = (source: string, target: string) => run('Themes not merged', () => mutate('themes.merge', { source, target }));
export const deleteTheme = (uid: string) => run('Theme not deleted', () => mutate('themes.delete', { uid }));
