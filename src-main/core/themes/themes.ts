import type { NewTheme, Theme } from '@common/api/schemas/themes';
import { themeNameKey } from '@common/text/theme-name';
import { resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { newUid } from '../util/uid';
import { distinctColour } from './distinct-colour';

export interface ThemeRow {
  id: number;
  uid: string;
  name: string;
  parent_uid: string | null;
  color: string;
  description: string;
  position: number;
  pinned: number;
  parent_id: number | null;
  annotation_count: number;
}

const SELECT = `SELECT t.*, p.uid AS parent_uid,
  (SELECT count(*) FROM annotation_themes at WHERE at.theme_id = t.id) AS annotation_count
  FROM themes t LEFT JOIN themes p ON p.id = t.parent_id`;

export const toDto = (r: ThemeRow): Theme => ({
  uid: r.uid,
  name: r.name,
  parentUid: r.parent_uid,
  color: r.color,
  description: r.description,
  position: r.position,
  pinned: r.pinned === 1,
  annotationCount: r.annotation_count,
});

export function listThemes(p: Project): Theme[] {
  return (prepared(p, `${SELECT} ORDER BY t.parent_id IS NOT NULL, t.position, t.name COLLATE NOCASE`).all() as ThemeRow[]).map(toDto);
}

export const themeById = (p: Project, id: number): ThemeRow => prepared(p, `${SELECT} WHERE t.id = ?`).get(id) as ThemeRow;

export const themeRow = (p: Project, ref: string): ThemeRow => themeById(p, resolveRef(p, 'theme', ref).id);

/** The theme-name lookups' SQL, on the name_key index (exported for the query-plan test). */
export const THEME_NAME_SQL = {
  /** Same name anywhere: an exact spelling first, then top-level, then oldest. */
  anywhere: 'SELECT id FROM themes WHERE name_key = ? ORDER BY name = ? DESC, parent_id IS NOT NULL, id LIMIT 1',
  sibling: 'SELECT id FROM themes WHERE name_key = ? AND ifnull(parent_id, 0) = ifnull(?, 0) AND id != ?',
};

/** A theme by name, the one rule of themeNameKey: "turkiye" finds "Türkiye", "Aliyev" "Əliyev". */
export function findThemeByName(p: Project, name: string): ThemeRow | undefined {
  const hit = prepared(p, THEME_NAME_SQL.anywhere).get(themeNameKey(name), name.trim()) as { id: number } | undefined;
  return hit && themeById(p, hit.id);
}

/** The sibling (same parent) with the same name, other than `exceptId`. */
export function siblingNamed(p: Project, parentId: number | null, name: string, exceptId = 0): { id: number } | undefined {
  return prepared(p, THEME_NAME_SQL.sibling).get(themeNameKey(name), parentId, exceptId) as { id: number } | undefined;
}

export const nameTaken = (name: string): DossierError =>
  new DossierError('conflict', `a theme named "${name}" exists already there`);

export function nextPosition(p: Project, parentId: number | null): number {
  return (prepared(p, 'SELECT ifnull(max(position) + 1, 0) AS n FROM themes WHERE ifnull(parent_id, 0) = ifnull(?, 0)').get(parentId) as { n: number }).n;
}

export function createTheme(p: Project, input: NewTheme): Theme {
  const parentId = input.parent ? themeRow(p, input.parent).id : null;
  if (siblingNamed(p, parentId, input.name)) throw nameTaken(input.name);
  const inUse = (prepared(p, 'SELECT color FROM themes').all() as { color: string }[]).map((r) => r.color);
  const uid = newUid();
  const now = p.now();
  prepared(p,
      `INSERT INTO themes (uid, name, name_key, parent_id, color, description, position, pinned, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(uid, input.name, themeNameKey(input.name), parentId, input.color ?? distinctColour(inUse), input.description ?? '',
      nextPosition(p, parentId), input.pinned ? 1 : 0, now, now);
  return toDto(themeRow(p, uid));
}

/**
 * The theme picker's lookup: an existing theme of that name (under `parent` when given,
 * null meaning top level), else a new one there.
 */
export function findOrCreateTheme(p: Project, input: NewTheme): { theme: Theme; created: boolean } {
  const parentId = input.parent ? themeRow(p, input.parent).id : null;
  const hit = input.parent === undefined ? findThemeByName(p, input.name) : siblingNamed(p, parentId, input.name);
  if (hit) return { theme: toDto(themeById(p, hit.id)), created: false };
  return { theme: createTheme(p, input), created: true };
}
