import { describe, expect, it } from 'vitest';
import { refSql, REF_TABLES, type RefKind } from '../../../../src-main/core/data/resolve';
import { THEME_FILTER_SQL } from '../../../../src-main/core/search/filters';
import { THEME_NAME_SQL } from '../../../../src-main/core/themes/themes';
import type { Project } from '../../../../src-main/core/session';
import { tempProject } from '../../../helpers/temp-project';

// Query plans instead of timings (ARCHITECTURE §3.5): every reference by uid or uid prefix and
// every lookup of a theme by name reads an index, on a real project file; none scans its table.

const plan = (p: Project, sql: string, ...params: unknown[]): string[] =>
  (p.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);

describe('lookup query plans', () => {
  it('every table named by uid is in the resolver (add a new one to REF_TABLES)', () => {
    const p = tempProject();
    const withUid = (p.db.prepare("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'uid' ORDER BY 1").all() as { name: string }[]).map((r) => r.name);
    expect(withUid).toEqual(Object.values(REF_TABLES).sort());
  });

  for (const kind of Object.keys(REF_TABLES) as RefKind[]) {
    it(`${kind}: uid or prefix is a range search on the uid index`, () => {
      const p = tempProject();
      const detail = plan(p, refSql(kind), 'ab12', 'ab13');
      expect(detail).toEqual([`SEARCH ${REF_TABLES[kind]} USING COVERING INDEX sqlite_autoindex_${REF_TABLES[kind]}_1 (uid>? AND uid<?)`]);
    });
  }

  it('theme by name (anywhere, or among siblings) searches the name_key index', () => {
    const p = tempProject();
    for (const [sql, params] of [
      [THEME_NAME_SQL.anywhere, ['turkiye', 'Türkiye']],
      [THEME_NAME_SQL.sibling, ['turkiye', 3, 0]],
    ] as const) {
      const detail = plan(p, sql, ...params);
      expect(detail[0], sql).toBe('SEARCH themes USING INDEX themes_by_name_key (name_key=?)');
      expect(detail.filter((d) => /^SCAN/.test(d)), sql).toEqual([]);
    }
  });

  it("search's theme: filter finds the uid and the name through indexes", () => {
    const p = tempProject();
    const detail = plan(p, THEME_FILTER_SQL, { ref: 'Energy', key: 'energy' });
    expect(detail).toContain('SEARCH themes USING COVERING INDEX sqlite_autoindex_themes_1 (uid=?)');
    expect(detail).toContain('SEARCH themes USING COVERING INDEX themes_by_name_key (name_key=?)');
    expect(detail.filter((d) => /SCAN/.test(d))).toEqual([]);
  });
});
