import { notifications } from '@mantine/notifications';
import { mutate } from '../../bridge/mutate';
import { useUi } from '../../state/ui-store';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Help › Open Sample Project: the core builds it on first use (with the import code) and switches to it. */
export async function openSampleProject(): Promise<void> {
  const id = notifications.show({ loading: true, message: 'Opening the sample project…', autoClose: false });
  try {
    const info = await mutate('project.openSample', {});
    useUi.getState().setView('library');
    notifications.update({
      id,
      loading: false,
      autoClose: 4000,
      message: `Opened ${info.name}: ${count(info.counts.documents, 'document')}, ${count(info.counts.annotations, 'annotation')}.`,
    });
  } catch (e) {
    notifications.update({ id, loading: false, autoClose: false, color: 'red', title: 'The sample project could not be opened', message: (e as Error).message });
  }
}
