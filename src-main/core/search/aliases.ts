import type { Project } from '../session';
import { fold } from '@common/text/fold';
import { newUid } from '../util/uid';
import { DossierError } from '../errors';
import { resolveRef } from '../data/resolve';
import { tokenize } from './tokens';
import { prepared } from '../data/statements';
import starter from '../../../resources/search/aliases.json';
import type { AliasLookup } from './expand';

// Alias groups: names of one thing that share no spelling or name key (Turkey = Türkiye =
// Турция; OTS = Organization of Turkic States = Түркі мемлекеттері ұйымы). A search word or
// phrase that is one of them also searches for the others. Names compare folded, word by word.

export const SEED_SETTING = 'aliases.seed';

export interface AliasGroup {
  uid: string;
  names: string[];
}

/** A name as searches compare it: folded words joined by one space. */
export const aliasKey = (name: string): string =>
  tokenize(fold(name))
    .map((t) => t.text)
    .join(' ');

function groupOf(p: Project, key: string): number | null {
  const row = prepared(p, 'SELECT group_id FROM aliases WHERE folded = ? LIMIT 1').get(key) as { group_id: number } | undefined;
  return row?.group_id ?? null;
}

function insertNames(p: Project, groupId: number, names: string[]): void {
  const insert = prepared(p, 'INSERT OR IGNORE INTO aliases (group_id, name, folded) VALUES (?, ?, ?)');
  for (const n of names) insert.run(groupId, n.trim(), aliasKey(n));
}

/**
 * Makes the names one group: joins the group one of them is already in (merging groups when
 * they are in several), else starts a new one. Returns the group.
 */
export function addAliases(p: Project, names: string[]): AliasGroup {
  const clean = [...new Map(names.map((n) => [aliasKey(n), n.trim()] as const).filter(([k]) => k !== '')).values()];
  if (clean.length < 2 && !clean.some((n) => groupOf(p, aliasKey(n)) !== null)) {
    throw new DossierError('invalid-input', 'an alias group needs at least two names with letters or digits (or one name to add to an existing group)');
  }
  return p.db.transaction(() => {
    const groups = [...new Set(clean.map((n) => groupOf(p, aliasKey(n))).filter((g): g is number => g !== null))];
    let id = groups[0];
    if (id === undefined) {
      id = Number(prepared(p, 'INSERT INTO alias_groups (uid, created_at) VALUES (?, ?)').run(newUid(), p.now()).lastInsertRowid);
    }
    for (const other of groups.slice(1)) {
      prepared(p, 'INSERT OR IGNORE INTO aliases (group_id, name, folded) SELECT ?, name, folded FROM aliases WHERE group_id = ?').run(id, other);
      prepared(p, 'DELETE FROM alias_groups WHERE id = ?').run(other);
    }
    insertNames(p, id, clean);
    return groupById(p, id);
  })();
}

function groupById(p: Project, id: number): AliasGroup {
  const uid = (prepared(p, 'SELECT uid FROM alias_groups WHERE id = ?').get(id) as { uid: string }).uid;
  const names = (prepared(p, 'SELECT name FROM aliases WHERE group_id = ? ORDER BY rowid').all(id) as { name: string }[]).map((r) => r.name);
  return { uid, names };
}

/**
 * Removes a name from its group, or a whole group by its uid; a group left with one name
 * goes too. Returns how many names were removed (0 when there was no such name or group).
 */
export function removeAlias(p: Project, ref: string): number {
  return p.db.transaction(() => {
    const byUid = prepared(p, 'SELECT id FROM alias_groups WHERE uid = ?').get(ref) as { id: number } | undefined;
    if (byUid) {
      const n = (prepared(p, 'SELECT count(*) AS n FROM aliases WHERE group_id = ?').get(byUid.id) as { n: number }).n;
      prepared(p, 'DELETE FROM alias_groups WHERE id = ?').run(byUid.id);
      return n;
    }
    const key = aliasKey(ref);
    const groups = prepared(p, 'SELECT group_id FROM aliases WHERE folded = ?').all(key) as { group_id: number }[];
    let removed = prepared(p, 'DELETE FROM aliases WHERE folded = ?').run(key).changes;
    for (const { group_id } of groups) {
      const left = prepared(p, 'SELECT count(*) AS n FROM aliases WHERE group_id = ?').get(group_id) as { n: number };
      if (left.n < 2) {
        removed += left.n;
        prepared(p, 'DELETE FROM alias_groups WHERE id = ?').run(group_id);
      }
    }
    return removed;
  })();
}

/** The names, trimmed, one per folded key (the first spelling kept); refuses fewer than two. */
function distinctNames(names: string[]): string[] {
  const clean = [...new Map(names.map((n) => [aliasKey(n), n.trim()] as const).filter(([k]) => k !== '')).values()];
  if (clean.length < 2) throw new DossierError('invalid-input', 'an alias group needs at least two different names with letters or digits');
  return clean;
}

/** Refuses a name that another group already holds, saying which group. */
function assertFree(p: Project, names: string[], ownGroup: number | null): void {
  for (const n of names) {
    const other = groupOf(p, aliasKey(n));
    if (other !== null && other !== ownGroup) {
      const { names: theirs } = groupById(p, other);
      throw new DossierError('conflict', `“${n}” is already in the group ${theirs.join(' = ')}; remove it there first`);
    }
  }
}

const groupIdOf = (p: Project, uid: string): number => resolveRef(p, 'alias group', uid).id;

/** A new group of these names; none of them may be in another group (the view's "New group"). */
export function createAliasGroup(p: Project, names: string[]): AliasGroup {
  const clean = distinctNames(names);
  return p.db.transaction(() => {
    assertFree(p, clean, null);
    const id = Number(prepared(p, 'INSERT INTO alias_groups (uid, created_at) VALUES (?, ?)').run(newUid(), p.now()).lastInsertRowid);
    insertNames(p, id, clean);
    return groupById(p, id);
  })();
}

/** Makes a group hold exactly these names, in this order (add, remove, rename a name; undo). */
export function setAliasGroup(p: Project, uid: string, names: string[]): AliasGroup {
  const clean = distinctNames(names);
  return p.db.transaction(() => {
    const id = groupIdOf(p, uid);
    assertFree(p, clean, id);
    prepared(p, 'DELETE FROM aliases WHERE group_id = ?').run(id);
    insertNames(p, id, clean);
    return groupById(p, id);
  })();
}

/** Deletes a group; returns it as it was, for undo. */
export function deleteAliasGroup(p: Project, uid: string): AliasGroup {
  return p.db.transaction(() => {
    const id = groupIdOf(p, uid);
    const group = groupById(p, id);
    prepared(p, 'DELETE FROM alias_groups WHERE id = ?').run(id);
    return group;
  })();
}

export function listAliases(p: Project): AliasGroup[] {
  const rows = prepared(p, 'SELECT g.uid, a.name FROM alias_groups g JOIN aliases a ON a.group_id = g.id ORDER BY g.id, a.rowid')
    .all() as { uid: string; name: string }[];
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.uid, [...(groups.get(r.uid) ?? []), r.name]);
  return [...groups].map(([uid, names]) => ({ uid, names }));
}

/** The other names of a folded word or phrase, for query expansion. */
export function aliasLookup(p: Project): AliasLookup {
  const stmt = prepared(
    p,
    `SELECT DISTINCT b.name FROM aliases a JOIN aliases b ON b.group_id = a.group_id AND b.folded <> a.folded WHERE a.folded = ?`,
  );
  return (folded) => (stmt.all(folded) as { name: string }[]).map((r) => r.name);
}

/** Adds the region's starter groups once, when a migration asked for them. */
export function seedAliasesIfNeeded(p: Project): void {
  if (!prepared(p, 'SELECT 1 FROM settings WHERE key = ?').get(SEED_SETTING)) return;
  p.db.transaction(() => {
    for (const names of starter.groups) addAliases(p, names);
    prepared(p, 'DELETE FROM settings WHERE key = ?').run(SEED_SETTING);
  })();
  // The statements cache is for searches; a project starts with it empty.
  p.statements.clear();
}
