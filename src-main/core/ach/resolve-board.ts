import { resolveRef } from '../data/resolve';
import type { Project } from '../session';

/** A board's uid from its uid or a unique prefix of it (the CLI accepts prefixes): the one resolver's rules. */
export const resolveBoard = (p: Project, ref: string): string => resolveRef(p, 'board', ref).uid;
