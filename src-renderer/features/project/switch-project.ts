import { notifications } from '@mantine/notifications';
import type { ProjectInfo } from '@common/api/schemas/project';
import { mutate } from '../../bridge/mutate';
import { plural } from '@common/text/plural';

/**
 * Switches the host to another project and says so. The host's project.changed event resets
 * the views; a failure leaves the open project as it was and is shown where it happened.
 */
export async function switchProject(run: () => Promise<ProjectInfo>): Promise<ProjectInfo> {
  const info = await run();
  notifications.show({
    message: `Opened ${info.name}: ${plural(info.counts.documents, 'document')}, ${plural(info.counts.annotations, 'annotation')}.`,
    autoClose: 4000,
  });
  return info;
}

export const openProjectAt = (path: string): Promise<ProjectInfo> => switchProject(() => mutate('project.open', { path }));
export const closeProject = (): Promise<ProjectInfo> => switchProject(() => mutate('project.close', {}));
