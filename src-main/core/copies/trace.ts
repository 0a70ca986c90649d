import type { OutletRef } from '@common/api/schemas/claims';
import type { Project } from '../session';
import { prepared } from '../data/statements';
import type { Upstream } from '../claims/origins';
import { upstreamsOf, type UpstreamRow } from './upstreams';

/** Copies of copies are followed this far back. */
const MAX_DEPTH = 6;

function outletRefs(p: Project, ids: number[]): Map<number, OutletRef> {
  const rows = prepared(p, 'SELECT id, uid, name, kind, grade FROM outlets WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as (OutletRef & { id: number })[];
  return new Map(rows.map(({ id, ...ref }) => [id, ref]));
}

/**
 * Where each document's text comes from when not from its own outlet: a stated or manual
 * upstream, or (for a copy) whatever the earlier document goes back to, else its outlet.
 */
export function traceUpstreams(p: Project, documentIds: number[]): Map<number, Upstream> {
  const rows = new Map<number, UpstreamRow>();
  let frontier = [...new Set(documentIds)];
  for (let depth = 0; frontier.length && depth < MAX_DEPTH; depth++) {
    const found = upstreamsOf(p, frontier);
    for (const [id, r] of found) rows.set(id, r);
    frontier = [...found.values()].map((r) => r.upstream_document_id).filter((d): d is number => d !== null && !rows.has(d));
  }
  const refs = outletRefs(p, [...new Set([...rows.values()].map((r) => r.outlet_id).filter((o): o is number => o !== null))]);
  const trace = (id: number, depth: number): Upstream | null => {
    const r = rows.get(id);
    if (!r || (r.source === 'manual' && r.name === null)) return null;
    if (r.source === 'copy' && r.upstream_document_id !== null) {
      const further = depth < MAX_DEPTH ? trace(r.upstream_document_id, depth + 1) : null;
      if (further) return further;
    }
    const outlet = r.outlet_id !== null ? (refs.get(r.outlet_id) ?? null) : null;
    return { outlet, name: outlet?.name ?? r.name ?? '', attributed: r.source !== 'copy' };
  };
  const out = new Map<number, Upstream>();
  for (const id of documentIds) {
    const u = trace(id, 0);
    if (u) out.set(id, u);
  }
  return out;
}
