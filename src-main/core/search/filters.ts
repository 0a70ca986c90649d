import { fold } from '@common/text/fold';
import { themeNameKey } from '@common/text/theme-name';
import { prepared, preparedValue } from '../data/statements';
import { Where } from '../data/where';
import type { Project } from '../session';
import type { FilterKind, QueryFilters } from './fts-query';

// Turns the filters of a search (from its fields and from the query text) into SQL conditions
// on search_items (alias si). Theme and outlet names resolve to ids first, so the conditions
// carry integers only; an unknown name means the search can find nothing, and says why.

export interface FilterInput {
  kinds?: FilterKind[];
  theme?: string;
  outlet?: string;
  from?: string;
  to?: string;
  credibilityMin?: number;
  credibilityMax?: number;
}

export interface SqlFilter {
  /** Conditions on search_items (alias si), with their values. */
  where: Where;
  /** False when a filter can match nothing (unknown theme, no kind left). */
  satisfiable: boolean;
  notices: string[];
}

const KIND_ROWS: Record<FilterKind, string[]> = {
  document: ['document', 'passage'],
  annotation: ['annotation'],
  claim: ['claim'],
  argument: ['argument'],
};

interface Named {
  id: number;
  uid: string;
  name: string;
}

/** Ids whose uid equals the ref or whose folded name equals (else contains) the folded ref. */
function resolveNames(rows: Named[], ref: string): number[] {
  const byUid = rows.filter((r) => r.uid === ref);
  if (byUid.length) return byUid.map((r) => r.id);
  const f = fold(ref.trim());
  const exact = rows.filter((r) => fold(r.name) === f);
  return (exact.length ? exact : rows.filter((r) => fold(r.name).includes(f))).map((r) => r.id);
}

/** Search's theme: filter: the uid, else the name (themeNameKey, on its index), else names containing it. */
export const THEME_FILTER_SQL = 'SELECT id FROM themes WHERE uid = @ref UNION ALL SELECT id FROM themes WHERE name_key = @key';

function themeRoots(p: Project, ref: string): number[] {
  const key = themeNameKey(ref);
  const hits = preparedValue(p, THEME_FILTER_SQL).all({ ref, key }) as number[];
  if (hits.length) return hits;
  return preparedValue(p, "SELECT id FROM themes WHERE instr(name_key, ?) > 0").all(key) as number[];
}

function themeIds(p: Project, refs: string[]): number[] {
  const roots = [...new Set(refs.flatMap((r) => themeRoots(p, r)))];
  if (roots.length === 0) return [];
  // A theme includes its sub-themes (Security > Defence industry > UAVs).
  return preparedValue(
    p,
    `WITH RECURSIVE t(id) AS (SELECT value FROM json_each(?) UNION SELECT th.id FROM themes th JOIN t ON th.parent_id = t.id)
     SELECT id FROM t`,
  ).all(JSON.stringify(roots)) as number[];
}

function themeCondition(ids: number[]): string {
  const tagged = `SELECT annotation_id FROM annotation_themes WHERE theme_id IN (${ids.join(',')})`;
  return `(CASE si.kind
    WHEN 'annotation' THEN si.ref_id IN (${tagged})
    WHEN 'claim' THEN si.ref_id IN (SELECT claim_id FROM claim_evidence WHERE annotation_id IN (${tagged}))
    WHEN 'argument' THEN si.ref_id IN (SELECT ac.argument_id FROM argument_claims ac JOIN claims c ON c.uid = ac.claim_uid
      JOIN claim_evidence ce ON ce.claim_id = c.id WHERE ce.annotation_id IN (${tagged}))
    ELSE si.document_id IN (SELECT document_id FROM annotations WHERE id IN (${tagged})) END)`;
}

export function buildFilter(p: Project, input: FilterInput, q: QueryFilters): SqlFilter {
  const where = new Where();
  const notices: string[] = [];
  let satisfiable = true;

  const kindSets = [input.kinds?.length ? input.kinds : null, q.kinds.length ? q.kinds : null].filter((k) => k !== null);
  if (kindSets.length) {
    const kinds = kindSets.reduce((a, b) => a.filter((k) => b.includes(k)));
    if (kinds.length === 0) satisfiable = false;
    else where.and(`si.kind IN (${kinds.flatMap((k) => KIND_ROWS[k]).map((k) => `'${k}'`).join(', ')})`);
  }

  const themes = [...(input.theme ? [input.theme] : []), ...q.themes];
  if (themes.length) {
    const ids = themeIds(p, themes);
    if (ids.length === 0) {
      notices.push(`no theme named ${themes.map((t) => `"${t}"`).join(' or ')}`);
      satisfiable = false;
    } else where.and(themeCondition(ids));
  }

  const outlets = [...(input.outlet ? [input.outlet] : []), ...q.outlets];
  if (outlets.length) {
    const all = prepared(p, 'SELECT id, uid, name FROM outlets').all() as Named[];
    const ids = [...new Set(outlets.flatMap((o) => resolveNames(all, o)))];
    if (ids.length === 0) {
      notices.push(`no outlet named ${outlets.map((o) => `"${o}"`).join(' or ')}`);
      satisfiable = false;
    } else where.and(`si.outlet_id IN (${ids.join(',')})`);
  }

  where
    .dateRange('si.date', input.from, input.to)
    .add("si.date > @after || '~'", 'after', q.after)
    .add('si.date < @before', 'before', q.before)
    .add('si.credibility >= @cmin', 'cmin', input.credibilityMin)
    .add('si.credibility <= @cmax', 'cmax', input.credibilityMax);
  return { where, satisfiable, notices };
}
