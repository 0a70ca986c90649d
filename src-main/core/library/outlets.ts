import type { Outlet } from '@common/api/schemas/outlets';
import { outletKey } from '@common/text/outlet-key';
import type { z } from 'zod';
import type { NewOutlet, OutletFields } from '@common/api/schemas/outlets';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';
import { newUid } from '../util/uid';
import { directoryByDomain, directoryByName, type DirectoryOutlet } from './outlet-directory';
import { addAliases, addDomains, outletByDomain, outletByName, outletNames, resolveOutlet, setAliases, setDomains, type OutletRef } from './outlet-names';

interface OutletRow {
  id: number;
  uid: string;
  name: string;
  homepage: string | null;
  country: string | null;
  language: string | null;
  kind: Outlet['kind'];
  grade: Outlet['grade'];
  notes: string;
  document_count: number;
}

const SELECT = `SELECT o.*, (SELECT count(*) FROM documents d WHERE d.outlet_id = o.id) AS document_count FROM outlets o`;

const toDto = (p: Project, r: OutletRow): Outlet => ({
  uid: r.uid,
  name: r.name,
  homepage: r.homepage,
  country: r.country,
  language: r.language,
  kind: r.kind,
  grade: r.grade,
  notes: r.notes,
  documentCount: r.document_count,
  ...outletNames(p, r.id),
});

export function listOutlets(p: Project): Outlet[] {
  return (prepared(p, `${SELECT} ORDER BY o.name COLLATE NOCASE`).all() as OutletRow[]).map((r) => toDto(p, r));
}

export const outletRow = (p: Project, ref: string): OutletRow =>
  prepared(p, `${SELECT} WHERE o.id = ?`).get(resolveRef(p, 'outlet', ref).id) as OutletRow;

export const getOutlet = (p: Project, uid: string): Outlet => toDto(p, outletRow(p, uid));

export function findOutletByName(p: Project, name: string): OutletRow | undefined {
  return prepared(p, `${SELECT} WHERE o.name = ? COLLATE NOCASE`).get(name.trim()) as OutletRow | undefined;
}

/** Refuses a name that is already another outlet's name or alias. */
function assertNameFree(p: Project, name: string, self?: number): void {
  const other = outletByName(p, name);
  if (other && other.id !== self) {
    throw new DossierError('conflict', other.name.toLowerCase() === name.trim().toLowerCase()
      ? `an outlet named "${name}" exists already`
      : `"${name}" is already a name of the outlet ${other.name}`);
  }
}

export function createOutlet(p: Project, input: z.output<typeof NewOutlet>): Outlet {
  if (findOutletByName(p, input.name)) throw new DossierError('conflict', `an outlet named "${input.name}" exists already`);
  assertNameFree(p, input.name);
  const now = p.now();
  const uid = newUid();
  const create = p.db.transaction(() => {
    const { lastInsertRowid } = prepared(
      p,
      `INSERT INTO outlets (uid, name, homepage, country, language, kind, grade, notes, created_at, updated_at)
       VALUES (@uid, @name, @homepage, @country, @language, @kind, @grade, @notes, @now, @now)`,
    ).run({
        uid,
        name: input.name,
        homepage: input.homepage ?? null,
        country: input.country ?? null,
        language: input.language ?? null,
        kind: input.kind ?? 'other',
        grade: input.grade ?? 'F',
        notes: input.notes ?? '',
        now,
      });
    const ref = { id: Number(lastInsertRowid), uid, name: input.name };
    if (input.aliases) addAliases(p, ref, input.aliases, true);
    if (input.domains) addDomains(p, ref, input.domains, true);
  });
  create();
  return getOutlet(p, uid);
}

/** Creates a directory outlet in the project with its names, kind and suggested grade. */
function createFromDirectory(p: Project, d: DirectoryOutlet): number {
  const created = createOutlet(p, {
    name: d.name,
    homepage: d.domains[0] ? `https://${d.domains[0]}` : null,
    country: d.country,
    language: d.language,
    kind: d.kind,
    grade: d.grade,
  });
  const ref = { id: outletRow(p, created.uid).id, uid: created.uid, name: d.name };
  // Aliases a project already gives another outlet stay with it (the analyst decided that).
  addAliases(p, ref, d.aliases, false);
  addDomains(p, ref, d.domains, false);
  return ref.id;
}

/** The project's outlet for a directory entry (by its name, any alias or domain), else one created from it. */
function fromDirectory(p: Project, d: DirectoryOutlet): number {
  for (const name of [d.name, ...d.aliases]) {
    const found = resolveOutlet(p, name);
    if (found) return found.id;
  }
  for (const domain of d.domains) {
    const found = outletByDomain(p, domain);
    if (found) return found.id;
  }
  return createFromDirectory(p, d);
}

/**
 * The outlet an import names: the project's outlet of that name, alias or (for `url`) domain,
 * else the shipped directory's outlet (created in the project with its names and suggested
 * grade), else a new outlet of that name. Null when there is neither a name nor a known domain.
 */
export function ensureOutlet(p: Project, name: string | null | undefined, url?: string | null, directory = true): number | null {
  const trimmed = name?.trim();
  if (trimmed) {
    const found = resolveOutlet(p, trimmed);
    if (found) return found.id;
    const listed = directory ? directoryByName(trimmed) : undefined;
    if (listed) return fromDirectory(p, listed);
  }
  if (url) {
    const byDomain = outletByDomain(p, url);
    if (byDomain) return byDomain.id;
    const listed = directory ? directoryByDomain(url) : undefined;
    if (listed) return fromDirectory(p, listed);
  }
  return trimmed ? outletRow(p, createOutlet(p, { name: trimmed }).uid).id : null;
}

/**
 * The outlet a name stated in a text means ("citing AZERTAC", "Trend xəbər verir"): the
 * project's outlet of that name or alias, else the directory's (created in the project).
 * Null for a name neither knows: "according to Hikmat Hajiyev" names no outlet.
 */
export function statedOutlet(p: Project, name: string): OutletRef | null {
  const found = resolveOutlet(p, name);
  if (found) return found;
  const listed = directoryByName(name);
  if (!listed) return null;
  const id = fromDirectory(p, listed);
  return prepared(p, 'SELECT id, uid, name FROM outlets WHERE id = ?').get(id) as OutletRef;
}

const FIELD_COLUMNS = ['name', 'homepage', 'country', 'language', 'kind', 'grade', 'notes'] as const;

export function updateOutlet(p: Project, uid: string, patch: z.output<typeof OutletFields>): Outlet {
  const row = outletRow(p, uid);
  const renamed = patch.name !== undefined && patch.name !== row.name;
  if (renamed) {
    const other = findOutletByName(p, patch.name!);
    if (other && other.id !== row.id) throw new DossierError('conflict', `an outlet named "${patch.name}" exists already`);
    assertNameFree(p, patch.name!, row.id);
  }
  p.db.transaction(() => {
    const sets = FIELD_COLUMNS.filter((c) => patch[c] !== undefined);
    if (sets.length > 0) {
      const values = Object.fromEntries(sets.map((c) => [c, patch[c] ?? null]));
      prepared(p, `UPDATE outlets SET ${sets.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
        ...values,
        now: p.now(),
        id: row.id,
      });
    }
    const ref: OutletRef = { id: row.id, uid: row.uid, name: patch.name ?? row.name };
    if (patch.aliases !== undefined) setAliases(p, ref, patch.aliases);
    // A renamed outlet keeps answering to its old name: the next import of "Trend" lands here.
    if (renamed) {
      prepared(p, 'DELETE FROM outlet_aliases WHERE outlet_id = ? AND folded = ?').run(row.id, outletKey(ref.name));
      addAliases(p, ref, [row.name], false);
    }
    if (patch.domains !== undefined) setDomains(p, ref, patch.domains);
  })();
  return getOutlet(p, uid);
}

/** Moves every document of `from` to `into`, keeps `from`'s names as aliases of `into`, then deletes `from`; one transaction. */
export function mergeOutlets(p: Project, from: string, into: string): Outlet {
  const a = outletRow(p, from);
  const b = outletRow(p, into);
  if (a.id === b.id) throw new DossierError('invalid-input', 'an outlet cannot be merged into itself');
  p.db.transaction(() => {
    const names = outletNames(p, a.id);
    prepared(p, 'UPDATE documents SET outlet_id = ? WHERE outlet_id = ?').run(b.id, a.id);
    // Deleting `from` would set its upstream rows to no outlet: they name `into` now.
    prepared(p, 'UPDATE document_upstreams SET outlet_id = ? WHERE outlet_id = ?').run(b.id, a.id);
    prepared(p, 'UPDATE search_items SET outlet_id = ? WHERE outlet_id = ?').run(b.id, a.id);
    prepared(p, 'DELETE FROM outlets WHERE id = ?').run(a.id);
    addAliases(p, b, [a.name, ...names.aliases], false);
    addDomains(p, b, names.domains, false);
  })();
  return getOutlet(p, into);
}
