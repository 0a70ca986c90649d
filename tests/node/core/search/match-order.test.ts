import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session } from '../../../../src-main/core/session';
import { addAliases } from '../../../../src-main/core/search/aliases';
import { addDocument } from './fixtures';

// Ranking by how a row matched, on a real project file: every exact match before any stem
// match, before any transliteration, before any alias, whatever bm25 would say. The rows are
// built so bm25 alone would rank them the other way round: the alias is in a title (weighted
// ten times) and repeated, the exact word once in a long passage.

let s: Session;
let dir: string;
const uids: Record<string, string> = {};

const FILLER = 'The delegation also discussed trade, customs procedures, rail freight tariffs, water use and the schedule of the next meeting of the commission';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-order-'));
  s = new Session(createProject(join(dir, 'order.dossier')), { dataDir: dir });
  const p = s.project;
  addAliases(p, ['Gabala', 'Gabalinsk']);
  uids.alias = addDocument(p, { title: 'Gabalinsk Gabalinsk', paragraphs: ['Gabalinsk radar, Gabalinsk station.'], language: 'en' }).uid;
  uids.key = addDocument(p, { title: 'Qəbələ', paragraphs: ['Qəbələ Qəbələ rayonu.'], language: 'az' }).uid;
  uids.stem = addDocument(p, { title: 'Xəbərlər', paragraphs: ['Gabalada Gabalada festival.'], language: 'az' }).uid;
  uids.exact = addDocument(p, { title: 'Talks', paragraphs: [`${FILLER}, and a visit to Gabala. ${FILLER}. ${FILLER}.`], language: 'en' }).uid;
  addDocument(p, { title: 'Elsewhere', paragraphs: ['Nothing about it here.'], language: 'en' });
});
afterAll(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

const hitsOf = async (query: string, extra: Record<string, unknown> = {}) => {
  const r = await dispatch(s, 'search.query', { query, mode: 'ranked', limit: 50, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The documents in the order of their first hit. */
const order = (hits: { documentUid: string | null }[]): string[] => [...new Set(hits.map((h) => h.documentUid!))];

describe('ranked search: exact, then stem, then transliteration, then alias', () => {
  it('puts each way of matching after the better ones, with the way said on each hit', async () => {
    const r = await hitsOf('Gabala');
    expect(order(r.hits)).toEqual([uids.exact, uids.stem, uids.key, uids.alias]);
    const how = (uid: string): string[] => [...new Set(r.hits.filter((h) => h.documentUid === uid).flatMap((h) => h.matchedBy))];
    expect(how(uids.exact!)).toEqual(['exact']);
    expect(how(uids.stem!)).toEqual(['stem']);
    expect(how(uids.key!)).toEqual(['transliteration']);
    expect(how(uids.alias!)).toEqual(['alias']);
    expect(r.total).toBe(r.hits.length);
  });

  it('pages through the levels without losing or repeating a hit', async () => {
    const all = (await hitsOf('Gabala')).hits.map((h) => `${h.kind}:${h.uid}:${h.offset}`);
    const paged: string[] = [];
    for (let offset = 0; offset < all.length + 2; offset += 2) {
      paged.push(...(await hitsOf('Gabala', { limit: 2, offset })).hits.map((h) => `${h.kind}:${h.uid}:${h.offset}`));
    }
    expect(paged).toEqual(all);
  });

  it('=word finds the word as written only, never through stems or keys', async () => {
    const r = await hitsOf('=Gabala');
    expect(order(r.hits)).toEqual([uids.exact]);
    expect(r.hits.every((h) => h.matchedBy.every((k) => k === 'exact'))).toBe(true);
    const off = await hitsOf('Gabala', { expand: false });
    expect(order(off.hits)).toEqual([uids.exact]);
  });
});
