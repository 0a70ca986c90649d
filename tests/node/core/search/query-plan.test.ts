import { describe, expect, it } from 'vitest';
import { buildFilter } from '../../../../src-main/core/search/filters';
import { parseQuery } from '../../../../src-main/core/search/fts-query';
import { countedPageSql, pageSql } from '../../../../src-main/core/search/search';
import { Where } from '../../../../src-main/core/data/where';
import { tempSession } from '../../../helpers/temp-project';
import { addDocument, addTheme } from './fixtures';

// The FTS match drives every search; a filter must never turn into a scan of search_items
// (a million rows in a large project) or of the tables a theme filter reaches through.

describe('search query plans', () => {
  for (const mode of ['ranked', 'fast'] as const) {
    it(`${mode}: filtered search looks search_items up by key and reaches themes through indexes`, () => {
      const s = tempSession();
      const p = s.project;
      addTheme(p, 'Energy');
      addDocument(p, { title: 'Baku', outlet: 'Azernews', published: '2025', paragraphs: ['gas'] });
      const parsed = parseQuery('gas theme:Energy outlet:Azernews kind:document after:2020');
      const filter = buildFilter(p, { from: '2021', to: '2026', credibilityMin: 1 }, parsed.filters);
      expect(filter.where.size).toBeGreaterThanOrEqual(6);
      const plan = (p.db.prepare(`EXPLAIN QUERY PLAN ${pageSql(mode, filter)}`).all({ ...filter.where.params, match: parsed.match, limit: 10, offset: 0 }) as {
        detail: string;
      }[]).map((r) => r.detail);
      expect(plan[0]).toMatch(/^SCAN search_fts VIRTUAL TABLE INDEX/);
      expect(plan).toContain('SEARCH si USING INTEGER PRIMARY KEY (rowid=?)');
      expect(plan.filter((d) => /^SCAN /.test(d) && !/^SCAN search_fts VIRTUAL TABLE/.test(d))).toEqual([]);
      if (mode === 'fast') expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  }

  it('ranked and filtered with its match count: the FTS match still drives, search_items by key only', () => {
    const s = tempSession();
    const parsed = parseQuery('gas outlet:Azernews kind:document after:2020');
    addDocument(s.project, { title: 'Baku', outlet: 'Azernews', published: '2025', paragraphs: ['gas'] });
    const filter = buildFilter(s.project, {}, parsed.filters);
    const plan = (s.project.db.prepare(`EXPLAIN QUERY PLAN ${countedPageSql(filter)}`).all({ ...filter.where.params, match: parsed.match, limit: 10, offset: 0 }) as {
      detail: string;
    }[]).map((r) => r.detail);
    expect(plan[1]).toMatch(/^SCAN search_fts VIRTUAL TABLE INDEX/);
    expect(plan).toContain('SEARCH si USING INTEGER PRIMARY KEY (rowid=?)');
    // Only the matches themselves (the window's subquery) are scanned after the FTS query.
    expect(plan.filter((d) => /^SCAN /.test(d) && !/^SCAN (search_fts VIRTUAL TABLE|\(subquery-\d+\))/.test(d))).toEqual([]);
  });

  it('unfiltered: the page is cut inside the FTS query before search_items is joined', () => {
    const s = tempSession();
    const sql = pageSql('ranked', { where: new Where() });
    const plan = (s.project.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ match: '"gas"', limit: 10, offset: 0 }) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/SEARCH si USING INTEGER PRIMARY KEY/);
    expect(plan.filter((d) => /^SCAN si\b/.test(d))).toEqual([]);
    expect(sql).toMatch(/LIMIT @limit OFFSET @offset\) top/);
  });
});
