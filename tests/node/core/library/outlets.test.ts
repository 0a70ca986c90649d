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
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Caspian Courier\n\nFirst.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: CASPIAN COURIER\n\nSecond.' }], overrides: {} });
    const list = await ok(dispatch(s, 'outlets.list', {}));
    expect(list.map((o) => [o.name, o.documentCount, o.kind, o.grade])).toEqual([['Caspian Courier', 2, 'other', 'F']]);
  });

  it('merges one outlet into another: documents and search rows move, the first is gone', async () => {
    const s = tempSession();
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Steppe Wire\n\nBaku port volumes.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Steppe Wire Service\n\nCaspian freight.' }], overrides: {} });
    const [trend, full] = await ok(dispatch(s, 'outlets.list', {}));
    const merged = await ok(dispatch(s, 'outlets.merge', { from: trend!.uid, into: full!.uid }));
    expect(merged).toMatchObject({ name: 'Steppe Wire Service', documentCount: 2, aliases: ['Steppe Wire'] });
    expect((await ok(dispatch(s, 'outlets.list', {}))).map((o) => o.name)).toEqual(['Steppe Wire Service']);
    // The merged name is remembered: the next import of "Steppe Wire" lands on the kept outlet.
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: steppe-wire\n\nTrans-Caspian cables.' }], overrides: {} });
    expect((await ok(dispatch(s, 'outlets.list', {}))).map((o) => [o.name, o.documentCount])).toEqual([['Steppe Wire Service', 3]]);
    const outletIds = s.project.db.prepare('SELECT DISTINCT outlet_id AS id FROM search_items').all() as { id: number }[];
    const fullId = s.project.db.prepare('SELECT id FROM outlets WHERE uid = ?').get(full!.uid) as { id: number };
    expect(outletIds).toEqual([{ id: fullId.id }]);
    expect(await dispatch(s, 'outlets.merge', { from: full!.uid, into: full!.uid })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('lands "Outlet: Trend", a trend.az URL and "Trend.az" on the shipped Trend News Agency, with its kind and suggested grade', async () => {
    const s = tempSession();
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Trend\n\nBaku port volumes grew.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'URL: https://en.trend.az/business/1.html\n\nCaspian freight grew.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: TREND.AZ\n\nRail freight grew.' }], overrides: {} });
    const list = await ok(dispatch(s, 'outlets.list', {}));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Trend News Agency', kind: 'news_agency', grade: 'C', country: 'AZ', documentCount: 3, domains: ['trend.az'] });
    expect(list[0]!.aliases).toEqual(expect.arrayContaining(['Trend', 'Trend.az']));
  });

  it('matches aliases across scripts and diacritics (AZƏRTAC, АЗЕРТАДЖ, Anadolu Ajansı = AA)', async () => {
    const s = tempSession();
    for (const name of ['AZƏRTAC', 'АЗЕРТАДЖ', 'Azertag', 'Anadolu Ajansı', 'AA', 'anadolu agency']) {
      await importFiles(s.project, { items: [{ kind: 'text', text: `Outlet: ${name}\n\nText from ${name}.` }], overrides: {} });
    }
    const list = await ok(dispatch(s, 'outlets.list', {}));
    expect(list.map((o) => [o.name, o.documentCount])).toEqual([['Anadolu Agency', 3], ['AZERTAC', 3]]);
  });

  it('edits aliases and domains; an alias of another outlet is refused; a rename keeps the old name', async () => {
    const s = tempSession();
    const a = await ok(dispatch(s, 'outlets.create', { name: 'Caspian Courier', aliases: ['CC'] }));
    await ok(dispatch(s, 'outlets.create', { name: 'Steppe Wire' }));
    const edited = await ok(dispatch(s, 'outlets.update', { uid: a.uid, patch: { aliases: ['Courier', 'Kaspiy Kuryer'], domains: ['https://www.caspiancourier.az/x'] } }));
    expect(edited).toMatchObject({ aliases: ['Courier', 'Kaspiy Kuryer'], domains: ['caspiancourier.az'] });
    const before = dump(s.project);
    expect(await dispatch(s, 'outlets.update', { uid: a.uid, patch: { aliases: ['steppe wire'] } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(s, 'outlets.create', { name: 'courier' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dump(s.project)).toEqual(before);
    const renamed = await ok(dispatch(s, 'outlets.update', { uid: a.uid, patch: { name: 'The Caspian Courier' } }));
    expect(renamed.aliases).toContain('Caspian Courier');
    await importFiles(s.project, { items: [{ kind: 'text', text: 'URL: https://caspiancourier.az/a\n\nPort news.' }], overrides: {} });
    await importFiles(s.project, { items: [{ kind: 'text', text: 'Outlet: Caspian Courier\n\nMore port news.' }], overrides: {} });
    expect((await ok(dispatch(s, 'outlets.list', {}))).map((o) => [o.name, o.documentCount])).toEqual([['Steppe Wire', 0], ['The Caspian Courier', 2]]);
  });
});
