import type { Theme, ThemeDeletePreview, ThemeMove, ThemeUpdate } from '@common/api/schemas/themes';
import { themeNameKey } from '@common/text/theme-name';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { listThemes, nameTaken, nextPosition, siblingNamed, themeById, themeRow, toDto } from './themes';
import { prepared } from '../data/statements';

// Editing the codebook: rename, recolour, re-parent, reorder, merge, delete. Annotations
// keep their links through all of it (links are by theme id), except where a theme goes away.

export function updateTheme(p: Project, input: ThemeUpdate): Theme {
  return p.db.transaction(() => {
    const row = themeRow(p, input.uid);
    if (input.name !== undefined && siblingNamed(p, row.parent_id, input.name, row.id)) throw nameTaken(input.name);
    prepared(p,
        `UPDATE themes SET name = ifnull(@name, name), name_key = ifnull(@nameKey, name_key), color = ifnull(@color, color), description = ifnull(@description, description),
           pinned = ifnull(@pinned, pinned), updated_at = @now WHERE id = @id`,
      )
      .run({
        id: row.id,
        name: input.name ?? null,
        nameKey: input.name === undefined ? null : themeNameKey(input.name),
        color: input.color ?? null,
        description: input.description ?? null,
        pinned: input.pinned === undefined ? null : input.pinned ? 1 : 0,
        now: p.now(),
      });
    return toDto(themeById(p, row.id));
  })();
}

/** The theme's id and every sub-theme's, at any depth. */
function subtreeIds(p: Project, id: number): Set<number> {
  const rows = prepared(p,
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
       SELECT id FROM sub`,
    )
    .all(id) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

const siblingIds = (p: Project, parentId: number | null, exceptId: number): number[] =>
  (
    prepared(p, 'SELECT id FROM themes WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND id != ? ORDER BY position, name COLLATE NOCASE, id')
      .all(parentId, exceptId) as { id: number }[]
  ).map((r) => r.id);

/** Writes `ids` as the children of `parentId`, in this order. */
function placeChildren(p: Project, parentId: number | null, ids: number[]): void {
  const set = prepared(p, 'UPDATE themes SET parent_id = ?, position = ?, updated_at = ? WHERE id = ?');
  const now = p.now();
  ids.forEach((id, position) => set.run(parentId, position, now, id));
}

/** Re-parents (refusing cycles and name clashes) and reorders; returns the whole codebook. */
export function moveTheme(p: Project, input: ThemeMove): Theme[] {
  p.db.transaction(() => {
    const row = themeRow(p, input.uid);
    const parentId = input.parent ? themeRow(p, input.parent).id : null;
    if (parentId !== null && subtreeIds(p, row.id).has(parentId)) {
      throw new DossierError('conflict', `"${row.name}" cannot move under itself or one of its sub-themes`);
    }
    if (parentId !== row.parent_id && siblingNamed(p, parentId, row.name, row.id)) throw nameTaken(row.name);
    const siblings = siblingIds(p, parentId, row.id);
    const at = Math.min(input.position ?? siblings.length, siblings.length);
    siblings.splice(at, 0, row.id);
    placeChildren(p, parentId, siblings);
    if (parentId !== row.parent_id) placeChildren(p, row.parent_id, siblingIds(p, row.parent_id, row.id));
  })();
  return listThemes(p);
}

/**
 * Folds `sourceId` into `targetId`: its annotations take the target (one link where they had
 * both), its sub-themes move under the target, and same-named sub-themes merge in turn.
 */
function mergeInto(p: Project, sourceId: number, targetId: number): void {
  const children = prepared(p, 'SELECT id, name FROM themes WHERE parent_id = ? ORDER BY position, id').all(sourceId) as {
    id: number;
    name: string;
  }[];
  for (const child of children) {
    const clash = siblingNamed(p, targetId, child.name);
    if (clash) mergeInto(p, child.id, clash.id);
    else prepared(p, 'UPDATE themes SET parent_id = ?, position = ?, updated_at = ? WHERE id = ?').run(targetId, nextPosition(p, targetId), p.now(), child.id);
  }
  prepared(p, 'INSERT OR IGNORE INTO annotation_themes (annotation_id, theme_id) SELECT annotation_id, ? FROM annotation_themes WHERE theme_id = ?')
    .run(targetId, sourceId);
  prepared(p, 'DELETE FROM themes WHERE id = ?').run(sourceId);
}

export function mergeThemes(p: Project, sourceUid: string, targetUid: string): { target: Theme; annotationsMoved: number; alreadyTagged: number } {
  return p.db.transaction(() => {
    const source = themeRow(p, sourceUid);
    const target = themeRow(p, targetUid);
    if (subtreeIds(p, source.id).has(target.id)) {
      throw new DossierError('conflict', `cannot merge "${source.name}" into itself or one of its sub-themes`);
    }
    const counts = prepared(p,
        `SELECT count(*) AS moved,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM annotation_themes b WHERE b.annotation_id = a.annotation_id AND b.theme_id = @target)) AS already
         FROM annotation_themes a WHERE a.theme_id = @source`,
      )
      .get({ source: source.id, target: target.id }) as { moved: number; already: number };
    mergeInto(p, source.id, target.id);
    prepared(p, 'UPDATE themes SET updated_at = ? WHERE id = ?').run(p.now(), target.id);
    return { target: toDto(themeById(p, target.id)), annotationsMoved: counts.moved, alreadyTagged: counts.already };
  })();
}

/** What deleting the theme would touch, for the confirmation question. */
export function themeDeletePreview(p: Project, uid: string): ThemeDeletePreview {
  const row = themeRow(p, uid);
  const counts = prepared(p,
      `SELECT count(*) AS annotations,
         count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM annotation_themes b WHERE b.annotation_id = a.annotation_id AND b.theme_id != @id)) AS untagged,
         (SELECT count(*) FROM themes WHERE parent_id = @id) AS children
       FROM annotation_themes a WHERE a.theme_id = @id`,
    )
    .get({ id: row.id }) as { annotations: number; untagged: number; children: number };
  return { uid: row.uid, name: row.name, ...counts };
}

/**
 * Deletes a theme: its annotations lose this theme only (never deleted, other themes stay);
 * its sub-themes move up to its parent, in its place (merging into a same-named sibling there).
 */
export function deleteTheme(p: Project, uid: string): ThemeDeletePreview {
  return p.db.transaction(() => {
    const preview = themeDeletePreview(p, uid);
    const row = themeRow(p, uid);
    // Out of the way first, so a sub-theme with the same name can take its place.
    prepared(p, 'UPDATE themes SET name = uid, name_key = uid WHERE id = ?').run(row.id);
    const order: number[] = [];
    for (const id of siblingIds(p, row.parent_id, 0)) {
      if (id !== row.id) {
        order.push(id);
        continue;
      }
      for (const child of siblingIds(p, row.id, 0)) {
        const clash = siblingNamed(p, row.parent_id, themeById(p, child).name, row.id);
        if (clash) mergeInto(p, child, clash.id);
        else order.push(child);
      }
    }
    placeChildren(p, row.parent_id, order);
    prepared(p, 'DELETE FROM themes WHERE id = ?').run(row.id);
    return preview;
  })();
}
