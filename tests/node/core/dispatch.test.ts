import { describe, expect, it } from 'vitest';
import { API_CALLS } from '@common/api/calls';
import { checkOutputs, dispatch, outputBreach } from '../../../src-main/core/dispatch';
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

describe('output checks (on in every test through tests/setup/check-outputs.ts)', () => {
  it('name what is wrong with an answer outside the contract', () => {
    expect(outputBreach('settings.set', { ok: true })).toBeNull();
    expect(outputBreach('settings.set', { ok: 'yes' })).toMatch(/ok/);
    expect(outputBreach('themes.list', [{ uid: 7 }])).toMatch(/uid/);
  });

  it("turn a handler's answer that breaks its schema into an internal error", async () => {
    const s = tempSession();
    await dispatch(s, 'outlets.create', { name: 'Azernews', kind: 'private_media', grade: 'B' });
    expect(await dispatch(s, 'outlets.list', {})).toMatchObject({ ok: true });
    // A row no Dossier would write (a grade outside A-F) comes back outside the contract.
    s.project.db.pragma('ignore_check_constraints = ON');
    s.project.db.prepare("UPDATE outlets SET grade = 'Z'").run();
    const r = await dispatch(s, 'outlets.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!r.ok) expect(r.error.message).toMatch(/^outlets\.list answered outside its contract: .*grade/s);
    // Production does not parse answers.
    checkOutputs(false);
    try {
      expect(await dispatch(s, 'outlets.list', {})).toMatchObject({ ok: true, value: [{ grade: 'Z' }] });
    } finally {
      checkOutputs(true);
    }
  });
});
