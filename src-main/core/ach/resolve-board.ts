import { notFound } from '../errors';
import type { Project } from '../session';
import { preparedValue } from '../data/statements';

/** A board's uid from its uid or a unique prefix of it (the CLI accepts prefixes). */
export function resolveBoard(p: Project, ref: string): string {
  const rows = preparedValue(p, 'SELECT uid FROM ach_boards WHERE uid >= @ref AND uid < @ref || char(1114111) LIMIT 2').all({ ref }) as string[];
  if (rows.includes(ref)) return ref;
  if (rows.length !== 1) throw notFound('board', ref);
  return rows[0]!;
}
