import type { MatrixSpec } from '@common/api/schemas/analysis';
import { AXES, type FactColumns } from './axes';

// The SQL of a matrix: one row per coded passage and its row and column values (the "units"),
// grouped by whichever of the two a query needs. A themes axis joins annotation_themes (and,
// rolled up, each theme's ancestors), so a passage appears once per theme it carries.
//
// Two sources. A matrix with a themes axis reads the theme tags alone (`f`): each tag carries
// its passage's document, outlet and date (migration 0013), so no passage or document row is
// read. Words (the quote's length) and languages (the document's) need the joined rows.

export type Side = 'r' | 'c';

/** Each theme with itself and every ancestor: the rolled-up theme axis joins through it. */
export const THEME_ANCESTORS = `up(theme_id, ancestor_id) AS (SELECT id, id FROM themes
  UNION ALL SELECT up.theme_id, t.parent_id FROM up JOIN themes t ON t.id = up.ancestor_id WHERE t.parent_id IS NOT NULL)`;

const WORDS_OF = (text: string): string => {
  const spaced = `replace(replace(trim(${text}), char(10), ' '), char(9), ' ')`;
  return `(length(${spaced}) - length(replace(${spaced}, ' ', '')) + 1)`;
};
/** Words of a passage, counted as whitespace-separated runs of the quote. */
export const PASSAGE_WORDS = WORDS_OF('a.exact');

export interface UnitsSql {
  /** 'WITH RECURSIVE … ' when the units need it, else ''. */
  with: string;
  /** The SELECT of the units (a subquery). */
  select: string;

  params: Record<string, unknown>;
  /** True when one passage may come out twice for one value (a rolled-up theme reached from two of its themes). */
  repeats: boolean;
}

const sideOf = (spec: MatrixSpec, side: Side): MatrixSpec['rows'] => (side === 'r' ? spec.rows : spec.cols);

/** Facts read from the passage's document row (aliases a, d). */
export const JOINED: FactColumns = { outlet: 'd.outlet_id', published: 'd.published', document: 'a.document_id' };
/** Facts read from the copies a theme tag (alias f) carries. */
const TAGGED: FactColumns = { outlet: 'f.outlet_id', published: 'f.published', document: 'f.document_id' };

/** True when the tags alone answer the spec: a themes axis, and no words or languages. */
export const readsTags = (spec: MatrixSpec): boolean =>
  spec.measure !== 'words' && (spec.rows === 'themes' || spec.cols === 'themes') && spec.rows !== 'languages' && spec.cols !== 'languages';

/** The filter conditions of a spec over the aliases a, d, o (or f for the tags' copies). */
export function filterSql(spec: MatrixSpec, facts: FactColumns = JOINED): { where: string[]; params: Record<string, unknown>; outlet: boolean } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const f = spec.filter;
  if (f.kinds?.length) {
    where.push('o.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(f.kinds);
  }
  if (f.from) {
    where.push(`${facts.published} >= @from`);
    params.from = f.from;
  }
  if (f.to) {
    where.push(`${facts.published} <= @to || '~'`);
    params.to = f.to;
  }
  return { where, params, outlet: Boolean(f.kinds?.length) };
}

/**
 * Passages with the values of the sides in `sides` (columns r and c), and their id (aid),
 * document (did) and words (w). A themes axis left out still requires a theme, so totals count
 * the same passages as the cells they total. `only` narrows the tags read (see matrix.ts).
 */
export function unitsSql(spec: MatrixSpec, sides: readonly Side[], only?: 'single' | 'multi'): UnitsSql {
  return readsTags(spec) ? tagUnits(spec, sides, only) : joinedUnits(spec, sides);
}

function joinedUnits(spec: MatrixSpec, sides: readonly Side[]): UnitsSql {
  const filter = filterSql(spec);
  const joins: string[] = [];
  const cols = ['a.id AS aid', 'a.document_id AS did'];
  if (spec.measure === 'words') cols.push(`${PASSAGE_WORDS} AS w`);
  let outlet = filter.outlet;
  let repeats = false;
  let themeAxes = 0;
  for (const side of ['r', 'c'] as const) {
    const axis = sideOf(spec, side);
    const def = AXES[axis];
    if (axis === 'themes') themeAxes++;
    if (!sides.includes(side)) continue;
    outlet ||= def.outlet;
    if (axis === 'themes') {
      joins.push(`JOIN annotation_themes ${side}t ON ${side}t.annotation_id = a.id`);
      if (spec.themeLevel === 'rollup') {
        joins.push(`JOIN up ${side}u ON ${side}u.theme_id = ${side}t.theme_id`);
        repeats = true;
      }
      cols.push(`${spec.themeLevel === 'rollup' ? `${side}u.ancestor_id` : `${side}t.theme_id`} AS ${side}`);
    } else {
      cols.push(`nullif(${def.expr('', JOINED)}, '') AS ${side}`);
    }
  }
  const usedThemes = sides.filter((s) => sideOf(spec, s) === 'themes').length;
  if (themeAxes > 0 && usedThemes === 0) filter.where.push('a.id IN (SELECT annotation_id FROM annotation_themes)');
  const from = [
    'FROM annotations a JOIN documents d ON d.id = a.document_id',
    outlet ? 'LEFT JOIN outlets o ON o.id = d.outlet_id' : '',
    ...joins,
  ].join(' ');
  return finish(filter, cols, from, repeats);
}

/**
 * Units read from theme tags (f): the first theme side is the tag itself, a second one (themes
 * × themes) the passage's other tags. With no theme side, one tag stands for its passage
 * (is_first), so each passage is counted once.
 */
function tagUnits(spec: MatrixSpec, sides: readonly Side[], only?: 'single' | 'multi'): UnitsSql {
  const filter = filterSql(spec, TAGGED);
  const joins: string[] = [];
  const cols = ['f.annotation_id AS aid', 'f.document_id AS did'];
  let outlet = filter.outlet;
  let repeats = false;
  let tagAlias: string | null = null;
  for (const side of sides) {
    const axis = sideOf(spec, side);
    const def = AXES[axis];
    outlet ||= def.outlet;
    if (axis !== 'themes') {
      cols.push(`nullif(${def.expr('', TAGGED)}, '') AS ${side}`);
      continue;
    }
    const t: string = tagAlias === null ? 'f' : `${side}t`;
    if (tagAlias !== null) joins.push(`JOIN annotation_themes ${t} ON ${t}.annotation_id = f.annotation_id`);
    tagAlias = t;
    if (spec.themeLevel === 'rollup') {
      joins.push(`JOIN up ${side}u ON ${side}u.theme_id = ${t}.theme_id`);
      repeats = true;
    }
    cols.push(`${spec.themeLevel === 'rollup' ? `${side}u.ancestor_id` : `${t}.theme_id`} AS ${side}`);
  }
  if (tagAlias === null) filter.where.push('f.is_first = 1');
  if (only) filter.where.push(only === 'single' ? 'f.tags = 1' : 'f.tags > 1');
  const from = ['FROM annotation_themes f', outlet ? 'LEFT JOIN outlets o ON o.id = f.outlet_id' : '', ...joins].join(' ');
  return finish(filter, cols, from, repeats);
}

function finish(filter: { where: string[]; params: Record<string, unknown> }, cols: string[], from: string, repeats: boolean): UnitsSql {
  const where = filter.where.length ? `WHERE ${filter.where.join(' AND ')}` : '';
  return {
    with: repeats ? `WITH RECURSIVE ${THEME_ANCESTORS} ` : '',
    select: `SELECT ${cols.join(', ')} ${from} ${where}`,
    params: filter.params,
    repeats,
  };
}

/** What a group of units adds up to, for the spec's measure. */
export function measureSql(spec: MatrixSpec, repeats: boolean): string {
  if (spec.measure === 'documents') return 'count(DISTINCT did)';
  if (spec.measure === 'annotations') return repeats ? 'count(DISTINCT aid)' : 'count(*)';
  return 'sum(w)';
}

/** The units grouped by `sides`: columns r and/or c, and n. */
export function groupedSql(spec: MatrixSpec, sides: readonly Side[], only?: 'single' | 'multi'): { sql: string; params: Record<string, unknown> } {
  const units = unitsSql(spec, sides, only);
  // Words of a passage reached twice must be added once: keep one row per passage and value.
  const select = units.repeats && spec.measure === 'words' ? units.select.replace('SELECT ', 'SELECT DISTINCT ') : units.select;
  const keys = sides.join(', ');
  return {
    sql: `${units.with}SELECT ${keys ? `${keys}, ` : ''}${measureSql(spec, units.repeats)} AS n FROM (${select})${keys ? ` GROUP BY ${keys}` : ''}`,
    params: units.params,
  };
}
