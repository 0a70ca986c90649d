import { describe, expect, it } from 'vitest';
import { createUndoStack, type UndoEntry } from '../../../src-renderer/features/annotate/undo-stack';

/** An entry over a shared log, so tests see the order in which steps really ran. */
function entry(log: string[], name: string, opts: { failUndo?: number; delay?: number } = {}): UndoEntry {
  let failures = opts.failUndo ?? 0;
  const wait = () => new Promise((ok) => setTimeout(ok, opts.delay ?? 0));
  return {
    label: name,
    async undo() {
      await wait();
      if (failures-- > 0) throw new Error(`undo of ${name} failed`);
      log.push(`undo ${name}`);
    },
    async redo() {
      await wait();
      log.push(`redo ${name}`);
    },
  };
}

describe('undo stack', () => {
  it('undoes in reverse order and redoes forward', async () => {
    const log: string[] = [];
    const s = createUndoStack();
    s.push(entry(log, 'a'));
    s.push(entry(log, 'b'));
    expect(await s.undo()).toBe('b');
    expect(await s.undo()).toBe('a');
    expect(await s.undo()).toBeNull();
    expect(await s.redo()).toBe('a');
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    expect(s.canUndo()).toBe(true);
    expect(s.canRedo()).toBe(true);
  });

  it('a new step clears the redo side', async () => {
    const log: string[] = [];
    const s = createUndoStack();
    s.push(entry(log, 'a'));
    await s.undo();
    s.push(entry(log, 'b'));
    expect(s.canRedo()).toBe(false);
    expect(await s.redo()).toBeNull();
  });

  it('runs overlapping requests one after another, each on its own step', async () => {
    const log: string[] = [];
    const s = createUndoStack();
    s.push(entry(log, 'a', { delay: 20 }));
    s.push(entry(log, 'b', { delay: 20 }));
    const labels = await Promise.all([s.undo(), s.undo()]);
    expect(labels).toEqual(['b', 'a']);
    expect(log).toEqual(['undo b', 'undo a']);
  });

  it('a failed step stays on its side and can be retried', async () => {
    const log: string[] = [];
    const s = createUndoStack();
    s.push(entry(log, 'a', { failUndo: 1 }));
    await expect(s.undo()).rejects.toThrow('undo of a failed');
    expect(s.canUndo()).toBe(true);
    expect(s.canRedo()).toBe(false);
    expect(await s.undo()).toBe('a');
    expect(log).toEqual(['undo a']);
  });

  it('keeps at most `limit` steps, dropping the oldest', async () => {
    const log: string[] = [];
    const s = createUndoStack(2);
    for (const n of ['a', 'b', 'c']) s.push(entry(log, n));
    expect(await s.undo()).toBe('c');
    expect(await s.undo()).toBe('b');
    expect(await s.undo()).toBeNull();
  });
});
