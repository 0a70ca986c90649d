import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeNameKey } from '@common/text/theme-name';
import { migrate } from '../../../../db/migrate';
import { APPLICATION_ID } from '../../../../db/open-project';
import { createProject, Session } from '../../../../src-main/core/session';
import { cli } from '../../../helpers/cli';
import { tempDir, tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok } from '../annotate/helpers';

// One rule for "the same theme name" (themeNameKey: case and diacritics folded, outer space
// trimmed), in the core's lookups, its sibling check, the CLI and the renderer's picker.

describe('theme names', () => {
  it('the rule folds case, diacritics and the Turkic and Azerbaijani letters', () => {
    expect(themeNameKey('Türkiye')).toBe(themeNameKey(' TURKIYE '));
    expect(themeNameKey('Əliyev')).toBe(themeNameKey('aliyev'));
    expect(themeNameKey('İstanbul')).toBe(themeNameKey('istanbul'));
    expect(themeNameKey('Türkiye')).not.toBe(themeNameKey('Turkey'));
  });

  it('findOrCreate and tagging by name find "Türkiye" for "TURKIYE"; renaming moves the key', async () => {
    const s = tempSession();
    const tr = await ok(s, 'themes.create', { name: 'Türkiye' });
    expect(await ok(s, 'themes.findOrCreate', { name: 'TURKIYE' })).toMatchObject({ created: false, theme: { uid: tr.uid } });
    const doc = await importText(s, 'Ankara and Baku signed the deal.');
    const ann = await ok(s, 'annotations.create', { document: doc.uid, quote: 'Ankara', themeNames: [' turkiye'] });
    expect(ann.themes.map((t) => t.uid)).toEqual([tr.uid]);
    await ok(s, 'themes.update', { uid: tr.uid, name: 'Əliyev' });
    expect(await ok(s, 'themes.findOrCreate', { name: 'ALIYEV' })).toMatchObject({ created: false, theme: { uid: tr.uid } });
    expect((await ok(s, 'themes.findOrCreate', { name: 'Türkiye' })).created).toBe(true);
    expect((await ok(s, 'themes.list', {})).length).toBe(2);
  });

  it('refuses a sibling whose name differs only by case or diacritics, and changes nothing', async () => {
    const s = tempSession();
    const parent = await ok(s, 'themes.create', { name: 'Countries' });
    await ok(s, 'themes.create', { name: 'Türkiye', parent: parent.uid });
    expect((await fails(s, 'themes.create', { name: 'TURKIYE', parent: parent.uid })).code).toBe('conflict');
    const other = await ok(s, 'themes.create', { name: 'Turkey', parent: parent.uid });
    expect((await fails(s, 'themes.update', { uid: other.uid, name: 'türkiye' })).code).toBe('conflict');
    expect((await ok(s, 'themes.list', {})).map((t) => t.name).sort()).toEqual(['Countries', 'Turkey', 'Türkiye']);
    // Elsewhere in the tree the same name is allowed.
    expect((await ok(s, 'themes.create', { name: 'TURKIYE' })).name).toBe('TURKIYE');
  });

  it('migration 0005 keys the themes of an older project', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, 4);
    const now = '2025-01-01T00:00:00.000Z';
    raw.prepare("INSERT INTO themes (uid, name, created_at, updated_at) VALUES ('t-1', 'Qazaqstan Əliyev', ?, ?)").run(now, now);
    raw.close();
    const s = new Session(createProject(path), { dataDir: dir });
    try {
      expect(s.project.db.prepare('SELECT name_key FROM themes').pluck().get()).toBe(themeNameKey('Qazaqstan Əliyev'));
      expect(await ok(s, 'themes.findOrCreate', { name: 'QAZAQSTAN ALIYEV' })).toMatchObject({ created: false, theme: { uid: 't-1' } });
    } finally {
      await s.close();
    }
  });

  it('the CLI names themes by the same rule', async () => {
    const db = join(tempDir(), 'a.dossier');
    expect((await cli('--db', db, 'themes', 'add', 'Türkiye')).code).toBe(0);
    expect((await cli('--db', db, 'themes', 'rename', 'TURKIYE', 'Türkiye–Əliyev')).out).toBe('renamed Türkiye to Türkiye–Əliyev');
    expect((await cli('--db', db, 'themes', 'delete', 'turkiye–aliyev')).code).toBe(0);
    expect((await cli('--db', db, 'themes')).out).toBe('no themes');
  });
});
