import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createProject, Session } from '../../../../src-main/core/session';
import { addDocument } from './fixtures';

// Entity queries in their common English spelling over real excerpts of regional news in
// en/tr/az/ru/kk/uz/tk plus written sentences (tests/fixtures/multilingual-search): each query
// must find the documents that name the entity in any script or spelling (recall) and little
// else (precision). The table is printed; the floor asserted is the target.

interface Passage {
  lang: string;
  text: string;
  entities: string[];
}
const { passages } = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/multilingual-search/passages.json'), 'utf8')) as { passages: Passage[] };

const QUERIES: Record<string, string> = {
  tokayev: 'Tokayev',
  gabala: 'Gabala',
  zangezur: 'Zangezur',
  kazakhstan: 'Kazakhstan',
  azerbaijan: 'Azerbaijan',
  aliyev: 'Aliyev',
  erdogan: 'Erdogan',
  turkey: 'Turkey',
  ots: 'OTS',
};

// One project for a describe block (the shared helper closes its sessions after each test).
function openProject(): { session: Session; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ml-'));
  const session = new Session(createProject(join(dir, 'ml.dossier')), { dataDir: dir });
  return { session, close: () => (session.close(), rmSync(dir, { recursive: true, force: true })) };
}

let s: Session;
let closeS: () => void;
const docs: { uid: string; entities: string[] }[] = [];

const found = async (query: string, extra: Record<string, unknown> = {}): Promise<Set<string>> => {
  const r = await dispatch(s, 'search.query', { query, kinds: ['document'], limit: 500, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return new Set(r.value.hits.map((h) => h.documentUid!));
};

beforeAll(() => {
  ({ session: s, close: closeS } = openProject());
  passages.forEach((p, i) => {
    // Language metadata on every other document; the rest are detected per passage.
    const d = addDocument(s.project, { title: `Passage ${i + 1}`, paragraphs: [p.text], language: i % 2 ? p.lang : null });
    docs.push({ uid: d.uid, entities: p.entities });
  });
});
afterAll(() => closeS());

describe('multilingual entity search (fixture set)', () => {
  it('finds each entity in every script and spelling, with few strays', async () => {
    const rows: { query: string; relevant: number; found: number; hits: number; recall: number; precision: number; missed: string[] }[] = [];
    for (const [entity, query] of Object.entries(QUERIES)) {
      const hits = await found(query);
      const relevant = docs.filter((d) => d.entities.includes(entity));
      const correct = relevant.filter((d) => hits.has(d.uid));
      const missed = relevant.filter((d) => !hits.has(d.uid)).map((d) => passages[docs.indexOf(d)]!.text.slice(0, 60));
      rows.push({ query, relevant: relevant.length, found: correct.length, hits: hits.size, recall: correct.length / relevant.length, precision: hits.size ? correct.length / hits.size : 1, missed });
    }
    const total = rows.reduce((a, r) => ({ relevant: a.relevant + r.relevant, found: a.found + r.found, hits: a.hits + r.hits }), { relevant: 0, found: 0, hits: 0 });
    console.log(
      ['| query | relevant | found | returned | recall | precision |', '|---|---|---|---|---|---|']
        .concat(rows.map((r) => `| ${r.query} | ${r.relevant} | ${r.found} | ${r.hits} | ${r.recall.toFixed(2)} | ${r.precision.toFixed(2)} |`))
        .concat(`| all | ${total.relevant} | ${total.found} | ${total.hits} | ${(total.found / total.relevant).toFixed(2)} | ${(total.found / total.hits).toFixed(2)} |`)
        .join('\n'),
    );
    for (const r of rows.filter((x) => x.missed.length)) console.log(`${r.query} missed:`, r.missed);
    expect(total.found / total.relevant).toBeGreaterThanOrEqual(0.95);
    expect(total.found / total.hits).toBeGreaterThanOrEqual(0.9);
  });

  it('expansion off finds the typed spelling only', async () => {
    const all = await found('Tokayev');
    const exact = await found('Tokayev', { expand: false });
    const eq = await found('=Tokayev');
    expect(exact.size).toBeLessThan(all.size);
    expect([...eq].sort()).toEqual([...exact].sort());
  });
});

describe('the acceptance words', () => {
  let t: Session;
  let closeT: () => void;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    ({ session: t, close: closeT } = openProject());
    const add = (key: string, text: string, language: string | null = null): void => {
      ids[key] = addDocument(t.project, { title: key, paragraphs: [text], language }).uid;
    };
    add('corridor', 'The corridor will carry freight from China to Europe.', 'en');
    add('corridors', 'Both corridors need new rolling stock and border crossings.', 'en');
    add('саммит', 'Саммит прошел в Астане.', 'ru');
    add('саммите', 'На саммите обсуждали транспорт.', 'ru');
    add('саммита', 'Итоги саммита подвели министры.', 'ru');
    add('İstanbulda', 'Zirve İstanbulda yapıldı.', 'tr');
    add("İstanbul'da", "Zirve İstanbul'da yapıldı.", 'tr');
    add('Қазақстан', 'Қазақстан мен Өзбекстан келісімге қол қойды.', 'kk');
  });
  afterAll(() => closeT());
  const get = async (query: string): Promise<{ uids: string[]; matchedBy: string[][]; marked: string[] }> => {
    const r = await dispatch(t, 'search.query', { query, kinds: ['document'], limit: 50 });
    if (!r.ok) throw new Error(r.error.message);
    const hits = r.value.hits.filter((h) => h.kind === 'passage');
    return {
      uids: hits.map((h) => h.documentUid!).sort(),
      matchedBy: hits.map((h) => h.matchedBy),
      marked: hits.flatMap((h) => h.highlights.map(([a, b]) => h.snippet.slice(a, b))).sort(),
    };
  };

  it('corridors finds what corridor finds, exact form first', async () => {
    const a = await get('corridor');
    const b = await get('corridors');
    expect(a.uids).toEqual([ids.corridor, ids.corridors].sort());
    expect(b.uids).toEqual(a.uids);
    expect(b.marked).toEqual(['corridor', 'corridors']);
  });
  it('саммит finds саммите and саммита, each marked in its own form', async () => {
    const r = await get('саммит');
    expect(r.uids).toEqual([ids['саммит'], ids['саммите'], ids['саммита']].sort());
    expect(r.marked).toEqual(['Саммит', 'саммита', 'саммите']);
  });
  it("istanbul finds İstanbulda and İstanbul'da", async () => {
    const r = await get('istanbul');
    expect(r.uids).toEqual([ids['İstanbulda'], ids["İstanbul'da"]].sort());
    expect(r.matchedBy.flat().sort()).toEqual(['exact', 'stem']);
  });
  it('Qazaqstan finds Қазақстан by transliteration, marked in Cyrillic', async () => {
    const r = await get('Qazaqstan');
    expect(r.uids).toEqual([ids['Қазақстан']]);
    expect(r.marked).toEqual(['Қазақстан']);
    expect(r.matchedBy).toEqual([['transliteration']]);
  });
});
