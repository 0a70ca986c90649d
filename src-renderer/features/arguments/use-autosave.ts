import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * Debounced saving: `schedule` after every change, `flush` runs at most one save at a time and
 * runs once more when changes arrived during a save. Unmounting saves what is pending.
 */
export function useAutosave(save: () => Promise<void>, delay = 700) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef(false);
  const pending = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    if (running.current) return; // the running save picks the rest up when it ends
    running.current = true;
    pending.current = false;
    setState('saving');
    try {
      await saveRef.current();
      setError(null);
      setState(pending.current ? 'pending' : 'saved');
    } catch (e) {
      setError((e as Error).message);
      setState('failed');
    } finally {
      running.current = false;
    }
    if (pending.current) await flush();
  }, []);

  const schedule = useCallback(() => {
    pending.current = true;
    setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [delay, flush]);

  useEffect(() => () => void flush(), [flush]);
  return { state, error, schedule, flush };
}
