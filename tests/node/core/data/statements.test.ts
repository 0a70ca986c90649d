import { describe, expect, it } from 'vitest';
import { prepared, preparedValue } from '../../../../src-main/core/data/statements';
import type { Session } from '../../../../src-main/core/session';
import { tempSession } from '../../../helpers/temp-project';
import { importText, ok } from '../annotate/helpers';

// Every statement is prepared once per open project: a second round of the same calls
// prepares nothing new. Counted on the real connection's prepare.

async function round(s: Session, doc: string, n: number): Promise<void> {
  const theme = await ok(s, 'themes.findOrCreate', { name: 'Türkiye' });
  const ann = await ok(s, 'annotations.create', { document: doc.slice(0, 8), quote: 'Caspian', occurrence: n, themeNames: ['TURKIYE'] });
  await ok(s, 'annotations.update', { uid: ann.uid, noteText: `note ${n}` });
  await ok(s, 'annotations.list', { document: doc });
  const claim = await ok(s, 'claims.create', { statement: `Claim ${n}`, evidence: [{ annotation: ann.uid, stance: 'supports' }] });
  await ok(s, 'claims.list', { theme: theme.theme.uid });
  await ok(s, 'claims.get', { uid: claim.uid.slice(0, 10) });
  await ok(s, 'documents.list', { theme: theme.theme.uid });
  await ok(s, 'documents.get', { uid: doc });
  await ok(s, 'search.query', { query: 'caspian theme:turkiye' });
  await ok(s, 'themes.list', {});
}

describe('statement cache', () => {
  it('a second round of the same calls prepares no statement', async () => {
    const s = tempSession();
    const doc = await importText(s, 'The Caspian route. The Caspian link. The Caspian sea.');
    await round(s, doc.uid, 1);
    const db = s.project.db;
    const prepare = db.prepare.bind(db);
    const seen: string[] = [];
    db.prepare = ((sql: string) => {
      seen.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    await round(s, doc.uid, 2);
    expect(seen).toEqual([]);
    // The count sees prepares: with the cache emptied the same round prepares again.
    s.project.statements.clear();
    await round(s, doc.uid, 3);
    expect(seen.length).toBeGreaterThan(20);
  });

  it('keeps value (pluck) statements apart from row statements of the same SQL', () => {
    const p = tempSession().project;
    const sql = 'SELECT count(*) AS n FROM themes';
    expect(preparedValue(p, sql).get()).toBe(0);
    expect(prepared(p, sql).get()).toEqual({ n: 0 });
    expect(prepared(p, sql)).toBe(prepared(p, sql));
  });
});
