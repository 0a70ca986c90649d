import { describe, expect, it } from 'vitest';
import { API_CALLS } from '@common/api/calls';
import { dispatch } from '../../../src-main/core/dispatch';
import { dump, tempSession } from '../../helpers/temp-project';

const JUNK: unknown[] = [42, 'text', [1, 2], { unexpected: true, deeper: { x: 1 } }, { uid: 7 }, { name: 123 }];

describe('dispatch', () => {
  it('answers an unknown call as data, never throwing', async () => {
    const s = tempSession();
    expect(await dispatch(s, 'nope.nothing', {})).toEqual({ ok: false, error: { code: 'unknown-call', message: 'unknown call "nope.nothing"' } });
  });

  it('rejects junk input for every call and leaves the project untouched', async () => {
    const s = tempSession();
    await dispatch(s, 'outlets.create', { name: 'Azernews', kind: 'private_media', grade: 'B' });
    const before = dump(s.project);
    for (const name of API_CALLS) {
      for (const junk of JUNK) {
        const r = await dispatch(s, name, junk);
        // Calls without input accept {} only; every other shape is refused with a message.
        if (r.ok) expect(name).toMatch(/^(project\.(info|stats|check)|outlets\.list|themes\.list)$/);
        else expect(r.error.code).toBe('invalid-input');
      }
    }
    expect(dump(s.project)).toEqual(before);
  });

  it('turns core errors into codes with a clear message', async () => {
    const s = tempSession();
    const r = await dispatch(s, 'documents.get', { uid: 'missing' });
    expect(r).toEqual({ ok: false, error: { code: 'not-found', message: 'no document matches "missing"' } });
    await dispatch(s, 'outlets.create', { name: 'AZERTAC' });
    const dup = await dispatch(s, 'outlets.create', { name: 'azertac' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.code).toBe('conflict');
  });
});
