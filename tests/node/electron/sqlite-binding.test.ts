import { describe, expect, it } from 'vitest';
import { sqliteBindingPath } from '../../../src-main/electron/sqlite-binding';

describe("Electron's SQLite addon (nativeBinding)", () => {
  it('is the unpacked one in a packaged app, and a per-ABI build beside a checkout', () => {
    const where = { resourcesPath: '/opt/Dossier/resources', appPath: '/src/dossier', abi: '140' };
    expect(sqliteBindingPath({ ...where, packaged: true })).toBe(
      '/opt/Dossier/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(sqliteBindingPath({ ...where, packaged: false })).toBe('/src/dossier/native/better_sqlite3-electron-abi140.node');
  });
});
