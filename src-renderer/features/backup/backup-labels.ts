/** A backup's time as the analyst reads it, in the local time zone. */
export const backupTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const isBeforeRestore = (name: string): boolean => name.includes('-before-restore');
