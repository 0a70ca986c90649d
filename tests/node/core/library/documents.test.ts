import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { dump, tempSession } from '../../../helpers/temp-project';

async function imported(text: string) {
  const s = tempSession();
  const sum = await importFiles(s.project, { items: [{ kind: 'text', text }], overrides: {} });
  return { s, uid: sum.results[0]!.uid! };
}

const titleRow = (s: ReturnType<typeof tempSession>, id: string) =>
  s.project.db
    .prepare("SELECT i.outlet_id, i.date FROM search_items i JOIN documents d ON d.id = i.ref_id WHERE i.kind = 'document' AND d.uid = ?")
    .get(id);

describe('documents.update (correcting metadata after import)', () => {
  it('stores whether the author is a person or an organisation: guessed at import, changed by the analyst, guessed again for a new name', async () => {
    const { s, uid } = await imported('Title: Gabala after the summit\nAuthor: Azernews analysis desk\n\nText.');
    const kind = async (): Promise<unknown> => {
      const d = await dispatch(s, 'documents.get', { uid });
      return d.ok ? d.value.authorKind : d.error;
    };
    expect(await kind()).toBe('organization');
    expect(s.project.db.prepare('SELECT author_kind FROM documents WHERE uid = ?').pluck().get(uid)).toBe('organization');
    expect(await dispatch(s, 'documents.update', { uid, patch: { authorKind: 'person' } })).toMatchObject({ ok: true, value: { authorKind: 'person' } });
    expect(await kind()).toBe('person');
    expect(await dispatch(s, 'documents.update', { uid, patch: { author: 'International Crisis Group' } })).toMatchObject({ ok: true, value: { authorKind: 'organization' } });
    expect(await dispatch(s, 'documents.update', { uid, patch: { author: 'Thomas de Waal', authorKind: 'person' } })).toMatchObject({ ok: true, value: { authorKind: 'person' } });
    expect(await dispatch(s, 'documents.update', { uid, patch: { author: null } })).toMatchObject({ ok: true, value: { author: null, authorKind: null } });
    const before = dump(s.project);
    expect(await dispatch(s, 'documents.update', { uid, patch: { authorKind: 'robot' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dump(s.project)).toEqual(before);
  });

  it('changes title, outlet (created when new), author, URL, partial date and language; keeps the text', async () => {
    const { s, uid } = await imported('Title: Draft title\n\nThe text stays as imported.');
    const r = await dispatch(s, 'documents.update', {
      uid,
      patch: { title: 'Corrected title', outlet: 'Trend News Agency', author: 'A. Author', url: 'https://en.trend.az/1', published: '2025-10', language: 'en' },
    });
    expect(r).toMatchObject({
      ok: true,
      value: { title: 'Corrected title', outlet: 'Trend News Agency', author: 'A. Author', published: '2025-10', language: 'en' },
    });
    const doc = await dispatch(s, 'documents.get', { uid });
    expect(doc).toMatchObject({ ok: true, value: { text: 'The text stays as imported.', version: 1 } });
    const outlet = s.project.db.prepare("SELECT id FROM outlets WHERE name = 'Trend News Agency'").get() as { id: number };
    expect(titleRow(s, uid)).toEqual({ outlet_id: outlet.id, date: '2025-10' });
    const cleared = await dispatch(s, 'documents.update', { uid, patch: { outlet: null, published: null } });
    expect(cleared).toMatchObject({ ok: true, value: { outlet: null, published: null } });
    expect(titleRow(s, uid)).toEqual({ outlet_id: null, date: null });
  });

  it('refuses a bad date, an empty title and an unknown document, changing nothing', async () => {
    const { s, uid } = await imported('Title: Kept\n\nBody.');
    const before = dump(s.project);
    for (const patch of [{ published: '7 Oct 2025' }, { published: '2025-13' }, { title: '  ' }, { colour: 'red' }]) {
      expect(await dispatch(s, 'documents.update', { uid, patch } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await dispatch(s, 'documents.update', { uid: 'nope', patch: { title: 'X' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dump(s.project)).toEqual(before);
  });
});
