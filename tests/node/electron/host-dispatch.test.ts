import { describe, expect, it } from 'vitest';
import { HOST_CALLS } from '@common/api/calls';
import { dispatchHost, type HostAbilities } from '../../../src-main/electron/host-dispatch';

// The shell's abilities are native dialogs, which need Electron; these stand-ins answer what
// a person would choose and record what reached them, so the test sees what validation let through.
function shell(answers: Partial<Record<string, unknown>> = {}) {
  const reached: { name: string; input: unknown }[] = [];
  const ability = (name: string, fallback: unknown) => async (input: unknown) => {
    reached.push({ name, input });
    return name in answers ? answers[name] : fallback;
  };
  const abilities = {
    'host.openFiles': ability('host.openFiles', ['/home/a/article.md']),
    'host.openFolder': ability('host.openFolder', []),
    'host.saveFile': ability('host.saveFile', '/home/a/notes.md'),
    'host.showInFolder': ability('host.showInFolder', { ok: true }),
  } as HostAbilities;
  return { abilities, reached };
}

const JUNK: unknown[] = [42, 'text', [1, 2], { unexpected: true }, { path: 7 }, { defaultPath: { x: 1 } }, { path: '' }];

describe('host calls (file pickers, show in folder)', () => {
  it('pass valid input to the shell and its answer back', async () => {
    const { abilities, reached } = shell();
    expect(await dispatchHost(abilities, 'host.openFiles', undefined)).toEqual({ ok: true, value: ['/home/a/article.md'] });
    expect(await dispatchHost(abilities, 'host.saveFile', { defaultPath: 'notes.md' })).toEqual({ ok: true, value: '/home/a/notes.md' });
    expect(await dispatchHost(abilities, 'host.showInFolder', { path: '/home/a/notes.md' })).toEqual({ ok: true, value: { ok: true } });
    expect(reached).toEqual([
      { name: 'host.openFiles', input: {} },
      { name: 'host.saveFile', input: { defaultPath: 'notes.md' } },
      { name: 'host.showInFolder', input: { path: '/home/a/notes.md' } },
    ]);
  });

  it('refuse junk input and unknown names before any dialog opens', async () => {
    const { abilities, reached } = shell();
    for (const name of HOST_CALLS) {
      for (const junk of JUNK) {
        const r = await dispatchHost(abilities, name, junk);
        expect(r, `${name} ${JSON.stringify(junk)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        if (!r.ok) expect(r.error.message.startsWith(`${name}: `)).toBe(true);
      }
    }
    expect(await dispatchHost(abilities, 'host.formatDisk', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatchHost(abilities, { name: 'host.openFiles' }, {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(reached).toEqual([]);
  });

  it('never pass on an answer outside the contract, nor a failure as a throw', async () => {
    const { abilities } = shell({ 'host.openFiles': ['/ok', 42], 'host.saveFile': '' });
    expect(await dispatchHost(abilities, 'host.openFiles', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await dispatchHost(abilities, 'host.saveFile', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const failing = { ...abilities, 'host.openFolder': async () => Promise.reject(new Error('no display')) } as HostAbilities;
    expect(await dispatchHost(failing, 'host.openFolder', {})).toEqual({ ok: false, error: { code: 'internal', message: 'host.openFolder failed: no display' } });
  });
});
