import type { NewTheme, Theme } from '@common/api/schemas/themes';
import { DossierError, notFound } from '../errors';
import type { Project } from '../session';
import { fold } from '@common/text/fold';
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

/** A calm palette that stays legible as a highlight in light and dark mode. */

export function listThemes(p: Project): Theme[] {
  return (p.db.prepare(`${SELECT} ORDER BY t.parent_id IS NOT NULL, t.position, t.name COLLATE NOCASE`).all() as ThemeRow[]).map(toDto);
}

export function themeRow(p: Project, ref: string): ThemeRow {
  const row = p.db.prepare(`${SELECT} WHERE t.uid = ?`).get(ref) as ThemeRow | undefined;
  if (!row) throw notFound('theme', ref);
  return row;
}

export const themeById = (p: Project, id: number): ThemeRow => p.db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as ThemeRow;

/**
 * A theme by name, as the picker matches it: case and diacritics aside ("turkiye" finds
 * "Türkiye", "Aliyev" finds "Əliyev"), an exact spelling first, then top-level, then oldest.
 */
export function findThemeByName(p: Project, name: string): ThemeRow | undefined {
  const wanted = fold(name.trim());
  const rows = p.db.prepare(`${SELECT} ORDER BY t.name = ? DESC, t.parent_id IS NOT NULL, t.id`).all(name.trim()) as ThemeRow[];
  return rows.find((r) => fold(r.name) === wanted);
}

/** The sibling (same parent) named `name`, other than `exceptId`. */
export function siblingNamed(p: Project, parentId: number | null, name: string, exceptId = 0): { id: number } | undefined {
  return p.db
    .prepare('SELECT id FROM themes WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ? COLLATE NOCASE AND id != ?')
    .get(parentId, name.trim(), exceptId) as { id: number } | undefined;
}

export const nameTaken = (name: string): DossierError =>
  new DossierError('conflict', `a theme named "${name}" exists already there`);

export function nextPosition(p: Project, parentId: number | null): number {
  return (p.db.prepare('SELECT ifnull(max(position) + 1, 0) AS n FROM themes WHERE ifnull(parent_id, 0) = ifnull(?, 0)').get(parentId) as { n: number }).n;
}

export function createTheme(p: Project, input: NewTheme): Theme {
  const parentId = input.parent ? themeRow(p, input.parent).id : null;
  if (siblingNamed(p, parentId, input.name)) throw nameTaken(input.name);
  const inUse = (p.db.prepare('SELECT color FROM themes').all() as { color: string }[]).map((r) => r.color);
  const uid = newUid();
  const now = p.now();
  p.db
    .prepare(
      `INSERT INTO themes (uid, name, parent_id, color, description, position, pinned, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(uid, input.name, parentId, input.color ?? distinctColour(inUse), input.description ?? '',
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
