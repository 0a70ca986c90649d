import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import { dispatch } from '../../../../src-main/core/dispatch';
import { openSession, RecentProjects, type Session } from '../../../../src-main/core/session';
import { tempDir } from '../../../helpers/temp-project';

// The browser host's File menu: open, create, close, recent and the folder browser, inside the
// folders the host allows (its data folder and --allow folders).

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

function browserHost() {
  const home = tempDir();
  const allowed = tempDir();
  const outside = tempDir();
  const s = openSession(join(home, 'default.dossier'), { dataDir: home, recent: new RecentProjects(home), places: [home, allowed] });
  sessions.push(s);
  const call = <C extends ApiCall>(name: C, input: unknown) => dispatch(s, name, input);
  return { home, allowed, outside, s, call };
}

describe('project files within the host places', () => {
  it('creates a project (adding .dossier), refuses to create it twice, opens and closes it', async () => {
    const { allowed, home, s, call } = browserHost();
    const made = await call('project.create', { path: join(allowed, 'Gabala summit') });
    expect(made).toMatchObject({ ok: true, value: { name: 'Gabala summit', path: join(allowed, 'Gabala summit.dossier') } });
    expect(s.project.path).toBe(join(allowed, 'Gabala summit.dossier'));

    const again = await call('project.create', { path: join(allowed, 'Gabala summit.dossier') });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(s.project.path).toBe(join(allowed, 'Gabala summit.dossier'));

    expect(await call('project.close', {})).toMatchObject({ ok: true, value: { path: join(home, 'default.dossier') } });
    expect(await call('project.open', { path: join(allowed, 'Gabala summit.dossier') })).toMatchObject({ ok: true, value: { name: 'Gabala summit' } });
    const recent = await call('project.recent', {});
    expect(recent.ok && recent.value.projects.map((p) => p.name)).toEqual(['Gabala summit', 'default']);
  });

  it('refuses paths outside the places, through ".." and through a symlink, and changes nothing', async () => {
    const { home, outside, allowed, s, call } = browserHost();
    writeFileSync(join(outside, 'secret.dossier'), 'not yours');
    symlinkSync(outside, join(allowed, 'link'));
    for (const path of [join(outside, 'secret.dossier'), join(allowed, '..', 'x.dossier'), join(allowed, 'link', 'secret.dossier'), '/etc/passwd']) {
      expect(await call('project.open', { path })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('project.create', { path: join(allowed, 'link', 'new') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('files.browse', { dir: outside })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(existsSync(join(outside, 'new.dossier'))).toBe(false);
    expect(readFileSync(join(outside, 'secret.dossier'), 'utf8')).toBe('not yours');
    expect(s.project.path).toBe(join(home, 'default.dossier'));
  });

  it('opening a missing file or a folder is not-found, not a new project', async () => {
    const { allowed, call } = browserHost();
    mkdirSync(join(allowed, 'folder.dossier'));
    expect(await call('project.open', { path: join(allowed, 'missing.dossier') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('project.open', { path: join(allowed, 'folder.dossier') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(join(allowed, 'missing.dossier'))).toBe(false);
  });

  it('lists folders first, then projects, without hidden entries or other files; the top of a place has no parent', async () => {
    const { home, allowed, call } = browserHost();
    mkdirSync(join(home, 'casework'));
    mkdirSync(join(home, '.cache'));
    writeFileSync(join(home, 'notes.txt'), 'x');
    writeFileSync(join(home, 'casework', 'b.dossier'), '');
    const top = await call('files.browse', {});
    expect(top.ok).toBe(true);
    if (!top.ok) return;
    expect(top.value.dir).toBe(home);
    expect(top.value.parent).toBeNull();
    expect(top.value.places).toEqual([home, allowed]);
    expect(top.value.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['folder:casework', 'project:default.dossier']);
    const sub = await call('files.browse', { dir: join(home, 'casework') });
    expect(sub).toMatchObject({ ok: true, value: { parent: home, entries: [{ kind: 'project', name: 'b.dossier' }] } });
    expect(await call('files.browse', { dir: join(home, 'notes.txt') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a host without places (Electron, CLI) keeps full paths', async () => {
    const home = tempDir();
    const elsewhere = tempDir();
    const s = openSession(join(home, 'default.dossier'), { dataDir: home });
    sessions.push(s);
    expect(await dispatch(s, 'project.create', { path: join(elsewhere, 'anywhere') })).toMatchObject({ ok: true, value: { name: 'anywhere' } });
  });
});
