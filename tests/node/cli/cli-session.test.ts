import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/index';
import { chromiumFrom, dataDirFrom } from '../../../src-main/node-host/ports';
import { tempDir } from '../../helpers/temp-project';

async function run(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the CLI opens its session through openSession', () => {
  it('creates the project in $DOSSIER_HOME when no --db is given, and closes it before exiting', async () => {
    const home = join(tempDir(), 'home');
    const r = await run({ DOSSIER_HOME: home }, 'themes', 'add', 'Energy', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const path = join(home, 'default.dossier');
    expect(existsSync(path)).toBe(true);
    // Closed: the last connection's close checkpoints the WAL and deletes it.
    expect(existsSync(`${path}-wal`)).toBe(false);
    // A one-shot command takes no automatic backup and leaves no recent-projects list.
    expect(readdirSync(home).sort()).toEqual(['default.dossier']);
    const listed = await run({ DOSSIER_HOME: home }, 'themes', '--json');
    expect(JSON.parse(listed.out).map((t: { name: string }) => t.name)).toEqual(['Energy']);
  });

  it('makes the folders of a new --db path and names its default in --help from the environment', async () => {
    const dir = tempDir();
    const db = join(dir, 'a', 'b', 'new.dossier');
    expect((await run({}, '--db', db, 'stats')).code).toBe(0);
    expect(existsSync(db)).toBe(true);
    const help = await run({ XDG_DATA_HOME: join(dir, 'xdg') }, '--help');
    expect(help.out).toContain(`default: ${join(dir, 'xdg', 'dossier', 'default.dossier')}`);
  });

  it('refuses a file that is not a project and leaves it as it was', async () => {
    const notes = join(tempDir(), 'notes.dossier');
    writeFileSync(notes, 'shopping list');
    const bad = await run({}, '--db', notes, 'stats');
    expect(bad).toMatchObject({ code: 1, err: 'dossier: notes.dossier is not a Dossier project (not an SQLite file)' });
    expect(readFileSync(notes, 'utf8')).toBe('shopping list');
  });
});

describe('Node host ports from the environment', () => {
  it('reads DOSSIER_HOME, then XDG_DATA_HOME, then ~/.local/share; DOSSIER_CHROMIUM, then Debian\'s Chromium', () => {
    expect(dataDirFrom({ DOSSIER_HOME: '/d', XDG_DATA_HOME: '/x' })).toBe('/d');
    expect(dataDirFrom({ XDG_DATA_HOME: '/x' })).toBe('/x/dossier');
    expect(dataDirFrom({})).toMatch(/\/\.local\/share\/dossier$/);
    expect(chromiumFrom({ DOSSIER_CHROMIUM: '/opt/chrome' })).toBe('/opt/chrome');
    expect(chromiumFrom({})).toBe('/usr/bin/chromium');
  });
});
