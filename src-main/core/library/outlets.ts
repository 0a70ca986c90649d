import type { Outlet } from '@common/api/schemas/outlets';
import type { z } from 'zod';
import type { NewOutlet, OutletFields } from '@common/api/schemas/outlets';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';
import { newUid } from '../util/uid';

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

const toDto = (r: OutletRow): Outlet => ({
  uid: r.uid,
  name: r.name,
  homepage: r.homepage,
  country: r.country,
  language: r.language,
  kind: r.kind,
  grade: r.grade,
  notes: r.notes,
  documentCount: r.document_count,
});

export function listOutlets(p: Project): Outlet[] {
  return (prepared(p, `${SELECT} ORDER BY o.name COLLATE NOCASE`).all() as OutletRow[]).map(toDto);
}

export const outletRow = (p: Project, ref: string): OutletRow =>
  prepared(p, `${SELECT} WHERE o.id = ?`).get(resolveRef(p, 'outlet', ref).id) as OutletRow;

export const getOutlet = (p: Project, uid: string): Outlet => toDto(outletRow(p, uid));

export function findOutletByName(p: Project, name: string): OutletRow | undefined {
  return prepared(p, `${SELECT} WHERE o.name = ? COLLATE NOCASE`).get(name.trim()) as OutletRow | undefined;
}

export function createOutlet(p: Project, input: z.output<typeof NewOutlet>): Outlet {
  if (findOutletByName(p, input.name)) throw new DossierError('conflict', `an outlet named "${input.name}" exists already`);
  const now = p.now();
  const uid = newUid();
  prepared(p,
      `INSERT INTO outlets (uid, name, homepage, country, language, kind, grade, notes, created_at, updated_at)
       VALUES (@uid, @name, @homepage, @country, @language, @kind, @grade, @notes, @now, @now)`,
    )
    .run({
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
  return getOutlet(p, uid);
}

/** The outlet of that name (case-insensitive), created when unknown. Returns its row id. */
export function ensureOutlet(p: Project, name: string): number {
  // Runs for every imported document: the id alone, without the listing's document count.
  const found = prepared(p, 'SELECT id FROM outlets WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: number } | undefined;
  return found ? found.id : outletRow(p, createOutlet(p, { name: name.trim() }).uid).id;
}

const FIELD_COLUMNS = ['name', 'homepage', 'country', 'language', 'kind', 'grade', 'notes'] as const;

export function updateOutlet(p: Project, uid: string, patch: z.output<typeof OutletFields>): Outlet {
  const row = outletRow(p, uid);
  if (patch.name !== undefined) {
    const other = findOutletByName(p, patch.name);
    if (other && other.id !== row.id) throw new DossierError('conflict', `an outlet named "${patch.name}" exists already`);
  }
  const sets = FIELD_COLUMNS.filter((c) => patch[c] !== undefined);
  if (sets.length > 0) {
    const values = Object.fromEntries(sets.map((c) => [c, patch[c] ?? null]));
    prepared(p, `UPDATE outlets SET ${sets.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE id = @id`)
      .run({ ...values, now: p.now(), id: row.id });
  }
  return getOutlet(p, uid);
}

/** Moves every document of `from` to `into`, then deletes `from`; one transaction. */
export function mergeOutlets(p: Project, from: string, into: string): Outlet {
  const a = outletRow(p, from);
  const b = outletRow(p, into);
  if (a.id === b.id) throw new DossierError('invalid-input', 'an outlet cannot be merged into itself');
  p.db.transaction(() => {
    prepared(p, 'UPDATE documents SET outlet_id = ? WHERE outlet_id = ?').run(b.id, a.id);
    prepared(p, 'UPDATE search_items SET outlet_id = ? WHERE outlet_id = ?').run(b.id, a.id);
    prepared(p, 'DELETE FROM outlets WHERE id = ?').run(a.id);
  })();
  return getOutlet(p, into);
}
