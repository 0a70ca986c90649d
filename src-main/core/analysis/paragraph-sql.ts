import type { MatrixSpec } from '@common/api/schemas/analysis';
import { filterSql, THEME_ANCESTORS } from './matrix-sql';

// Themes × themes within the same paragraph: the unit is a paragraph (a block of the passage's
// document version, by where the passage starts) and a theme is in it when one of its passages
// is. `ap` places passages in paragraphs; `bt` lists each paragraph's themes once.

export function paragraphCtes(spec: MatrixSpec): { with: string; params: Record<string, unknown> } {
  const filter = filterSql(spec);
  const rollup = spec.themeLevel === 'rollup';
  const where = filter.where.length ? `WHERE ${filter.where.join(' AND ')}` : '';
  const ctes = [
    rollup ? THEME_ANCESTORS : '',
    `ap AS (SELECT a.id AS aid, a.document_id AS did, b.id AS bid FROM annotations a JOIN documents d ON d.id = a.document_id
      ${filter.outlet ? 'LEFT JOIN outlets o ON o.id = d.outlet_id' : ''}
      JOIN document_versions v ON v.document_id = a.document_id AND v.version = a.version
      JOIN blocks b ON b.version_id = v.id AND a.start >= b.start AND a.start < b."end" ${where})`,
    `at2 AS (SELECT ap.aid, ap.did, ap.bid, ${rollup ? 'u.ancestor_id' : 't.theme_id'} AS th FROM ap
      JOIN annotation_themes t ON t.annotation_id = ap.aid ${rollup ? 'JOIN up u ON u.theme_id = t.theme_id' : ''})`,
    'bt AS (SELECT DISTINCT bid, did, th FROM at2)',
  ].filter(Boolean);
  return { with: `WITH RECURSIVE ${ctes.join(',\n')} `, params: filter.params };
}

const measure = (spec: MatrixSpec, did: string, unit: string): string =>
  spec.measure === 'documents' ? `count(DISTINCT ${did})` : `count(DISTINCT ${unit})`;

/** Cells (r, c, n), per-theme totals (th, n) and the grand total (n), over paragraphs. */
export function paragraphSql(spec: MatrixSpec): { cells: string; totals: string; total: string; params: Record<string, unknown> } {
  const { with: w, params } = paragraphCtes(spec);
  return {
    cells: `${w}SELECT r.th AS r, c.th AS c, ${measure(spec, 'r.did', 'r.bid')} AS n FROM bt r JOIN bt c ON c.bid = r.bid GROUP BY r.th, c.th`,
    totals: `${w}SELECT th, ${measure(spec, 'did', 'bid')} AS n FROM bt GROUP BY th`,
    total: `${w}SELECT ${measure(spec, 'did', 'bid')} AS n FROM bt`,
    params,
  };
}

/**
 * The passages behind a paragraph cell: in paragraphs holding both themes (or the one given),
 * those carrying either of them.
 */
export function paragraphPassagesSql(
  spec: MatrixSpec,
  row: boolean,
  col: boolean,
): { with: string; select: string; params: Record<string, unknown> } {
  const { with: w, params } = paragraphCtes(spec);
  const both = `SELECT r.bid FROM bt r JOIN bt c ON c.bid = r.bid WHERE ${row ? 'r.th = @row' : '1'} AND ${col ? 'c.th = @col' : '1'}`;
  const themes = [row ? '@row' : null, col ? '@col' : null].filter(Boolean).join(', ');
  return { with: w, select: `SELECT DISTINCT aid FROM at2 WHERE ${themes ? `th IN (${themes})` : '1'} AND bid IN (${both})`, params };
}
