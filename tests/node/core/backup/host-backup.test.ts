import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { startWebHost } from '../../../../src-main/web/server';
import { tempDir } from '../../../helpers/temp-project';

describe('automatic backups in the browser host', () => {
  it('takes a backup when the host closes after the project changed, and none for an untouched project', async () => {
    const dir = tempDir();
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    const folder = join(dir, 'w.backups');

    const untouched = await startWebHost({ projectPath: join(dir, 'w.dossier'), dataDir: dir, staticDir });
    await untouched.close();
    expect(existsSync(folder)).toBe(false);

    const host = await startWebHost({ projectPath: join(dir, 'w.dossier'), dataDir: dir, staticDir });
    const r = await dispatch(host.session, 'themes.create', { name: 'Energy' });
    expect(r.ok).toBe(true);
    await host.close();
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^w-\d{8}-\d{6}-\d{3}\.dossier$/);
  });
});
