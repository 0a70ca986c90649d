import { OUTLET_KINDS } from '@common/api/schemas/outlets';
import type { MatrixAxis, MatrixHeader } from '@common/api/schemas/analysis';
import { KIND_LABELS } from '@common/text/outlet-kind-labels';
import type { Project } from '../session';
import { prepared } from '../data/statements';

// Each axis says how a coded passage maps to one of its values in SQL (over the aliases
// a = annotations, d = documents, o = outlets, and the axis's own theme join) and how the raw
// values read as headers. Values are stored ids or strings; headers carry uids, never row ids.

/** A value as SQL returns it: a row id, a string, or null for "none". */
export type RawValue = number | string | null;

export interface AxisHeader extends MatrixHeader {
  raw: RawValue;
}

/** Where a passage's document facts are read: its document row, or the copies its theme tags carry (see matrix-sql). */
export interface FactColumns {
  outlet: string;
  published: string;
  document: string;
}

interface AxisDef {
  /** The passage's value; `t` is the alias of the theme column this axis joins (themes only). */
  expr(t: string, facts: FactColumns): string;
  outlet: boolean;
  /** The headers in display order: every known value (codebook-like axes) or those present. */
  headers(p: Project, present: ReadonlySet<RawValue>): AxisHeader[];
}

const header = (raw: RawValue, key: string, label: string, color: string | null = null, depth = 0): AxisHeader => ({
  raw,
  key,
  label,
  color,
  depth,
});

/** Present string values sorted, "none" last. */
function presentStrings(present: ReadonlySet<RawValue>, none: string, label: (v: string) => string = (v) => v): AxisHeader[] {
  const values = [...present].filter((v): v is string => typeof v === 'string' && v !== '').sort();
  const out = values.map((v) => header(v, v, label(v)));
  if (present.has(null) || present.has('')) out.push(header(null, '', none));
  return out;
}

function themeHeaders(p: Project): AxisHeader[] {
  const rows = prepared(p, 'SELECT id, uid, name, color, parent_id FROM themes ORDER BY position, name COLLATE NOCASE').all() as {
    id: number;
    uid: string;
    name: string;
    color: string;
    parent_id: number | null;
  }[];
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const out: AxisHeader[] = [];
  const walk = (parent: number | null, depth: number): void => {
    for (const r of children.get(parent) ?? []) {
      out.push(header(r.id, r.uid, r.name, r.color, depth));
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function outletHeaders(p: Project, present: ReadonlySet<RawValue>): AxisHeader[] {
  const rows = prepared(p, 'SELECT id, uid, name FROM outlets ORDER BY name COLLATE NOCASE').all() as { id: number; uid: string; name: string }[];
  const out = rows.map((r) => header(r.id, r.uid, r.name));
  if (present.has(null)) out.push(header(null, '', '(no outlet)'));
  return out;
}

function documentHeaders(p: Project, present: ReadonlySet<RawValue>): AxisHeader[] {
  const ids = [...present].filter((v) => typeof v === 'number');
  const rows = prepared(p, 'SELECT id, uid, title FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY published, title COLLATE NOCASE, id')
    .all(JSON.stringify(ids)) as { id: number; uid: string; title: string }[];
  return rows.map((r) => header(r.id, r.uid, r.title));
}

const period = (label: (v: string) => string): AxisDef['headers'] => (_p, present) => presentStrings(present, '(undated)', label);
const yearOnly = (v: string): string => (v.length === 4 ? `${v} (no month)` : v);

// A passage's date is its document's publication date (partial ISO: 2025, 2025-10, 2025-10-07).
const QUARTER = (d: string): string => `CASE WHEN length(${d}) >= 7 THEN substr(${d}, 1, 4) || '-Q' || ((CAST(substr(${d}, 6, 2) AS INTEGER) + 2) / 3)
  ELSE substr(${d}, 1, 4) END`;

export const AXES: Record<MatrixAxis, AxisDef> = {
  themes: { expr: (t) => t, outlet: false, headers: (p) => themeHeaders(p) },
  outlets: { expr: (_t, f) => f.outlet, outlet: false, headers: outletHeaders },
  kinds: {
    expr: () => 'o.kind',
    outlet: true,
    headers: (_p, present) => [
      ...OUTLET_KINDS.map((k) => header(k, k, KIND_LABELS[k])),
      ...(present.has(null) ? [header(null, '', '(no outlet)')] : []),
    ],
  },
  countries: { expr: () => 'o.country', outlet: true, headers: (_p, present) => presentStrings(present, '(no country)') },
  languages: {
    expr: () => 'coalesce(d.language, o.language)',
    outlet: true,
    headers: (_p, present) => presentStrings(present, '(no language)'),
  },
  documents: { expr: (_t, f) => f.document, outlet: false, headers: (p, present) => documentHeaders(p, present) },
  months: { expr: (_t, f) => `substr(${f.published}, 1, 7)`, outlet: false, headers: period(yearOnly) },
  quarters: { expr: (_t, f) => QUARTER(f.published), outlet: false, headers: period(yearOnly) },
  years: { expr: (_t, f) => `substr(${f.published}, 1, 4)`, outlet: false, headers: period((v) => v) },
};

/** The raw value behind a header key ('' is "none"), as the drill-down binds it. */
export function rawValue(p: Project, axis: MatrixAxis, key: string): RawValue {
  if (key === '') return null;
  const table = axis === 'themes' ? 'themes' : axis === 'outlets' ? 'outlets' : axis === 'documents' ? 'documents' : null;
  if (!table) return key;
  const row = prepared(p, `SELECT id FROM ${table} WHERE uid = ?`).get(key) as { id: number } | undefined;
  // An unknown key matches nothing rather than failing: the row may have been deleted meanwhile.
  return row?.id ?? -1;
}
