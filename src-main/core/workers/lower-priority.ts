import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice 10: the UI's thread gets about nine times the CPU of the work when both want it, and the work still moves on a busy machine (19 starves it). */
const BACKGROUND = 10;

/**
 * Puts the calling worker thread at a background CPU priority, so on a busy machine the thread
 * that answers the UI is scheduled before the long work. Linux names a thread's id in
 * /proc/thread-self and lets setpriority take it; elsewhere the thread keeps its priority.
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, BACKGROUND);
  } catch {
    // Not Linux, or not allowed: the work runs at the process's priority.
  }
}
