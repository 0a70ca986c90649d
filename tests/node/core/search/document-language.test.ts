import { describe, expect, it } from 'vitest';
import { tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok } from '../annotate/helpers';
import type { Session } from '../../../../src-main/core/session';

// A document's language decides the stemmer its passages are indexed with. Changing it in the
// details re-indexes the document: a stem match appears or disappears, on a real project file.

const finds = async (s: Session, query: string, uid: string): Promise<boolean> =>
  (await ok(s, 'search.query', { query, kinds: ['document'] })).hits.some((h) => h.documentUid === uid && h.kind === 'passage');

describe('the language of a document', () => {
  it('is shown as detected, or as given; changing it re-indexes with the new stemmer', async () => {
    const s = tempSession();
    const { uid } = await importText(s, 'Title: Итоги\n\nНа саммите в Габале лидеры обсудили транспорт и энергетику региона.', 'ru.txt');
    let doc = await ok(s, 'documents.get', { uid });
    expect(doc.language).toBeNull();
    expect(doc.searchLanguage).toEqual({ code: 'ru', source: 'detected', passages: [{ code: 'ru', count: 1 }] });
    expect(await finds(s, 'саммит', uid)).toBe(true);

    await ok(s, 'documents.update', { uid, patch: { language: 'en' } });
    doc = await ok(s, 'documents.get', { uid });
    expect(doc.searchLanguage).toEqual({ code: 'en', source: 'metadata', passages: [{ code: 'en', count: 1 }] });
    expect(await finds(s, 'саммит', uid)).toBe(false);
    // The word itself still matches: only the stem match went.
    expect(await finds(s, 'саммите', uid)).toBe(true);

    await ok(s, 'documents.update', { uid, patch: { language: 'Russian' } });
    expect((await ok(s, 'documents.get', { uid })).searchLanguage.source).toBe('metadata');
    expect(await finds(s, 'саммит', uid)).toBe(true);

    await ok(s, 'documents.update', { uid, patch: { language: null } });
    expect((await ok(s, 'documents.get', { uid })).searchLanguage).toMatchObject({ code: 'ru', source: 'detected' });
    expect(await finds(s, 'саммит', uid)).toBe(true);
  });

  it('each hit says the language it was searched in', async () => {
    const s = tempSession();
    await importText(s, 'Title: Zirve\n\nTürk Dövlətləri Təşkilatının Zirvə Görüşü Qəbələdə keçirildi və yeni bəyannamə qəbul olundu.', 'az.txt');
    const r = await ok(s, 'search.query', { query: 'Gabala', kinds: ['document'] });
    expect(r.hits.map((h) => h.lang)).toContain('az');
  });

  it('a language that is too long is refused and changes nothing', async () => {
    const s = tempSession();
    const { uid } = await importText(s, 'Title: T\n\nSome English text about the corridor and its freight.', 'en.txt');
    const before = await ok(s, 'documents.get', { uid });
    expect((await fails(s, 'documents.update', { uid, patch: { language: 'x'.repeat(40) } })).code).toBe('invalid-input');
    expect(await ok(s, 'documents.get', { uid })).toEqual(before);
  });
});
