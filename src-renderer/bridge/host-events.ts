import { onEvent } from './api';
import { forgetProjectData, invalidate } from './query-client';

/**
 * What the host says changed without this page asking: another page's or window's write, an
 * automatic backup ('data.changed', by call), another project opened ('project.changed').
 */
export function followHostChanges(): () => void {
  const offs = [onEvent('data.changed', ({ calls }) => invalidate(calls)), onEvent('project.changed', forgetProjectData)];
  return () => offs.forEach((off) => off());
}
