import type { ClaimFilter, ClaimQuery, ClaimSummary, Timeline } from '@common/api/schemas/claims';
import { fold } from '@common/text/fold';
import type { Project } from '../session';
import { filterId } from '../data/resolve';
import { prepared } from '../data/statements';
import { Where } from '../data/where';
import { CLAIM_SELECT, summarize, type ClaimRow } from './summaries';

const GRADE_ORDER = 'ABCDEF';

function filteredRows(p: Project, f: ClaimFilter): { rows: ClaimRow[]; all: boolean } {
  const where = new Where()
    .add(
      // A theme stands for itself and every theme below it.
      `c.id IN (WITH RECURSIVE sub(id) AS (SELECT @theme
          UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
        SELECT e.claim_id FROM claim_evidence e JOIN annotation_themes at ON at.annotation_id = e.annotation_id
        WHERE at.theme_id IN (SELECT id FROM sub))`,
      'theme',
      filterId(p, 'theme', f.theme),
    )
    .add('c.status IN (SELECT value FROM json_each(@status))', 'status', f.status?.length ? JSON.stringify(f.status) : undefined)
    .add(
      `c.id IN (SELECT e.claim_id FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id
        JOIN documents d ON d.id = a.document_id WHERE d.outlet_id = @outlet)`,
      'outlet',
      filterId(p, 'outlet', f.outlet),
    )
    .add(
      `c.id IN (SELECT e.claim_id FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id
        JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id WHERE o.kind IN (SELECT value FROM json_each(@kinds)))`,
      'kinds',
      f.kinds?.length ? JSON.stringify(f.kinds) : undefined,
    )
    .add(
      'c.id IN (SELECT e.claim_id FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id WHERE a.document_id = @document)',
      'document',
      filterId(p, 'document', f.document),
    )
    .add(
      'c.id IN (SELECT claim_id FROM claim_evidence WHERE annotation_id = @annotation)',
      'annotation',
      filterId(p, 'annotation', f.annotation),
    )
    .add('c.credibility >= @credibilityMin', 'credibilityMin', f.credibilityMin)
    .add('c.credibility <= @credibilityMax', 'credibilityMax', f.credibilityMax)
    .dateRange('c.event_date', f.from, f.to);
  const rows = prepared(p, `${CLAIM_SELECT} ${where} ORDER BY c.id`).all(where.params) as ClaimRow[];
  // Text is matched folded (ı, ə, diacritics), which SQL LIKE cannot do.
  const needle = f.text?.trim() ? fold(f.text.trim()) : '';
  const matched = needle ? rows.filter((r) => fold(`${r.statement}\n${r.notes}`).includes(needle)) : rows;
  return { rows: matched, all: where.empty && !needle };
}

type Key = (c: ClaimSummary) => string | number | null;
const SORT_KEYS: Record<ClaimQuery['sort'], Key> = {
  statement: (c) => fold(c.statement),
  eventDate: (c) => c.eventDate,
  status: (c) => c.status,
  credibility: (c) => c.credibility,
  grade: (c) => GRADE_ORDER.indexOf(c.corroboration.reliability) * 10 + c.credibility,
  support: (c) => c.corroboration.supporting.independentOrigins,
  evidence: (c) => c.evidenceCount,
  created: (c) => c.createdAt,
  updated: (c) => c.updatedAt,
};

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The claims table: filters, then sort (missing values last in either direction), then limit. */
export function listClaims(p: Project, q: ClaimQuery): ClaimSummary[] {
  const { rows, all } = filteredRows(p, q);
  const list = summarize(p, rows, all);
  const key = SORT_KEYS[q.sort];
  const dir = q.direction === 'asc' ? 1 : -1;
  const order = list.map((c, i) => ({ c, k: key(c), i }));
  order.sort((x, y) => {
    if (x.k === null || y.k === null) return x.k === y.k ? x.i - y.i : x.k === null ? 1 : -1;
    // Ties follow creation order in the same direction (rows come in id order).
    return dir * (compare(x.k, y.k) || x.i - y.i);
  });
  return order.slice(0, q.limit).map((x) => x.c);
}

/** Claims with an event date, grouped by month ("2025-10"), or by year when dated by year only. */
export function claimTimeline(p: Project, f: ClaimFilter): Timeline {
  const claims = listClaims(p, { ...f, sort: 'eventDate', direction: 'asc', limit: 100_000 });
  const groups = new Map<string, ClaimSummary[]>();
  let undated = 0;
  for (const c of claims) {
    if (!c.eventDate) {
      undated++;
      continue;
    }
    const period = c.eventDate.slice(0, 7);
    const list = groups.get(period);
    if (list) list.push(c);
    else groups.set(period, [c]);
  }
  return { groups: [...groups].map(([period, list]) => ({ period, claims: list })), undated };
}
