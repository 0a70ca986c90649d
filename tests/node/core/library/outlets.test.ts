import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { dump, tempSession } from '../../../helpers/temp-project';

async function ok<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const res = await r;
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

describe('outlets', () => {
  it('creates with kind, grade, country and language, and lists by name', async () => {
    const s = tempSession();
    await ok(dispatch(s, 'outlets.create', { name: 'Trend News Agency', kind: 'news_agency', grade: 'C', country: 'AZ', language: 'en' }));
    await ok(dispatch(s, 'outlets.create', { name: 'AZERTAC', kind: 'state_media', grade: 'B' }));
    await ok(dispatch(s, 'outlets.create', { name: 'Eurasianet' }));
    const list = await ok(dispatch(s, 'outlets.list', {}));
    expect(list.map((o) => [o.name, o.kind, o.grade, o.country, o.documentCount])).toEqual([
      ['AZERTAC', 'state_media', 'B', null, 0],
      ['Eurasianet', 'other', 'F', null, 0],
      ['Trend News Agency', 'news_agency', 'C', 'AZ', 0],
    ]);
  });

  it('refuses a bad kind, a bad grade, an empty name and a duplicate name, changing nothing', async () => {
    const s = tempSession();
    await ok(dispatch(s, 'outlets.create', { name: 'Azernews' }));
    const before = dump(s.project);
    const cases = [
      { name: 'X', kind: 'tabloid' },
      { name: 'X', grade: 'G' },
      { name: 'X', grade: 'b' },
      { name: '   ' },
      { name: 'azernews' },
    ];
    for (const input of cases) {
      const r = await dispatch(s, 'outlets.create', input as never);
      expect(r.ok).toBe(false);
    }
    expect(await dispatch(s, 'outlets.create', { name: 'AZERNEWS ' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dump(s.project)).toEqual(before);
  });

  it('renames, keeping names unique without regard to case', async () => {
    const s = tempSession();
    const a = await ok(dispatch(s, 'outlets.create', { name: 'Anadolu' }));
    await ok(dispatch(s, 'outlets.create', { name: 'AZERTAC' }));
    const renamed = await ok(dispatch(s, 'outlets.update', { uid: a.uid, patch: { name: 'Anadolu Agency', kind: 'state_media', grade: 'B' } }));
    expect(renamed).toMatchObject({ name: 'Anadolu Agency', kind: 'state_media', grade: 'B' });
    expect(await dispatch(s, 'outlets.update', { uid: a.uid, patch: { name: 'azertac' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(s, 'outlets.update', { uid: a.uid, patch: { grade: 'Z' } } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(s, 'outlets.update', { uid: 'missing', patch: { name: 'X' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('creates an unknown outlet on import and reuses a known one whatever its case', async () => {
    const s = tempSession();
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Azernews\n\nFirst.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: AZERNEWS\n\nSecond.' }], overrides: {} });
    const list = await ok(dispatch(s, 'outlets.list', {}));
    expect(list.map((o) => [o.name, o.documentCount, o.kind, o.grade])).toEqual([['Azernews', 2, 'other', 'F']]);
  });

  it('merges one outlet into another: documents and search rows move, the first is gone', async () => {
    const s = tempSession();
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Trend\n\nBaku port volumes.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Trend News Agency\n\nCaspian freight.' }], overrides: {} });
    const [trend, full] = await ok(dispatch(s, 'outlets.list', {}));
    const merged = await ok(dispatch(s, 'outlets.merge', { from: trend!.uid, into: full!.uid }));
    expect(merged).toMatchObject({ name: 'Trend News Agency', documentCount: 2 });
    expect((await ok(dispatch(s, 'outlets.list', {}))).map((o) => o.name)).toEqual(['Trend News Agency']);
    const outletIds = s.project.db.prepare('SELECT DISTINCT outlet_id AS id FROM search_items').all() as { id: number }[];
    const fullId = s.project.db.prepare('SELECT id FROM outlets WHERE uid = ?').get(full!.uid) as { id: number };
    expect(outletIds).toEqual([{ id: fullId.id }]);
    expect(await dispatch(s, 'outlets.merge', { from: full!.uid, into: full!.uid })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
