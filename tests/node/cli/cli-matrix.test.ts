import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../src-main/core/sample/build-sample';
import { createProject } from '../../../src-main/core/session';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-project';

describe('dossier matrix', () => {
  it('prints rows, columns and cells as JSON, counted as SQL counts them', async () => {
    const db = join(tempDir(), 'Sample.dossier');
    await buildSample(db);
    const r = await cli('--db', db, 'matrix', '--rows', 'themes', '--cols', 'outlets', '--json');
    expect(r.code, r.err).toBe(0);
    const m = JSON.parse(r.out) as { rows: string[]; cols: string[]; cells: number[][]; rowKeys: string[] };
    const p = createProject(db);
    try {
      const count = p.db.prepare(
        `SELECT count(*) FROM annotation_themes at JOIN themes t ON t.id = at.theme_id JOIN annotations a ON a.id = at.annotation_id
         JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id WHERE t.name = ? AND o.name = ?`,
      );
      expect(m.cols).toEqual(['Anadolu Agency', 'Azernews', 'AZERTAC', 'Eurasianet', 'Trend News Agency']);
      expect(m.cells).toEqual(m.rows.map((t) => m.cols.map((o) => count.pluck().get(t, o))));
      expect(m.rows).toContain('Security and defence');
    } finally {
      p.close();
    }
    const table = await cli('--db', db, 'matrix', '--rows', 'months', '--cols', 'kinds', '--measure', 'documents');
    expect(table.code, table.err).toBe(0);
    expect(table.lines[0]).toMatch(/News agency\s+State media\s+Private media/);
    expect(table.out).toMatch(/^2025-10\s+0\s+0\s+1\s/m);
  });

  it('exits 2 naming what is wrong', async () => {
    const db = join(tempDir(), 'm.dossier');
    const bad = await cli('--db', db, 'matrix', '--rows', 'themes', '--cols', 'planets');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cols/);
    const missing = await cli('--db', db, 'matrix', '--rows', 'themes');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--rows and --cols/);
  });
});
