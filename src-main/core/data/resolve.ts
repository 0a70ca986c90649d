import { DossierError, notFound } from '../errors';
import type { Project } from '../session';
import { prepared } from './statements';

/** Every table whose rows are named by a uid, by the word errors use for its rows. */
export const REF_TABLES = {
  document: 'documents',
  outlet: 'outlets',
  theme: 'themes',
  annotation: 'annotations',
  claim: 'claims',
  argument: 'arguments',
  collection: 'collections',
  variable: 'variables',
  'saved search': 'saved_searches',
  board: 'ach_boards',
  hypothesis: 'ach_hypotheses',
  'alias group': 'alias_groups',
} as const;
export type RefKind = keyof typeof REF_TABLES;

export interface Ref {
  id: number;
  uid: string;
}

/** The smallest string above every string that starts with `prefix` (binary collation). */
export function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  const head = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1));
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
  return head + String.fromCodePoint(next);
}

/** The lookup's SQL: a range on the uid index (exported for the query-plan test). */
export const refSql = (kind: RefKind): string =>
  `SELECT id, uid FROM ${REF_TABLES[kind]} WHERE uid >= ? AND uid < ? ORDER BY uid LIMIT 3`;

const range = (p: Project, kind: RefKind, ref: string): Ref[] => prepared(p, refSql(kind)).all(ref, prefixEnd(ref)) as Ref[];

/**
 * The row for a uid or a unique uid prefix (the CLI and URLs accept short ids), undefined when
 * none. One indexed range read: an exact uid sorts first in its range, so it wins over longer
 * uids it prefixes. A prefix of several uids is refused (`ambiguous`), naming a few of them.
 * Uids are lower-case; a ref typed in capitals is read again in lower case when it finds nothing.
 */
export function findRef(p: Project, kind: RefKind, ref: string): Ref | undefined {
  if (ref.length === 0) return undefined;
  let rows = range(p, kind, ref);
  if (rows.length === 0 && ref !== ref.toLowerCase()) rows = range(p, kind, (ref = ref.toLowerCase()));
  if (rows.length <= 1 || rows[0]!.uid === ref) return rows[0];
  const some = rows.map((r) => r.uid).join(', ') + (rows.length === 3 ? ', …' : '');
  throw new DossierError('ambiguous', `"${ref}" starts the id of more than one ${kind} (${some}); type more of it`);
}

/** As findRef, and a ref that names nothing is `not-found`. */
export function resolveRef(p: Project, kind: RefKind, ref: string): Ref {
  const row = findRef(p, kind, ref);
  if (!row) throw notFound(kind, ref);
  return row;
}

/** The id a list filter compares with: 0 (no row has it) when the ref names nothing. */
export const filterId = (p: Project, kind: RefKind, ref: string | undefined): number | undefined =>
  ref === undefined || ref === '' ? undefined : (findRef(p, kind, ref)?.id ?? 0);
