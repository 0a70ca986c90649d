import type { Corroboration, OutletRef, Stance } from '@common/api/schemas/claims';
import type { Grade, OutletKind } from '@common/api/schemas/outlets';
import type { Project } from '../session';
import { prepared } from '../data/statements';
import { linksAmong } from '../copies/copy-store';
import { traceUpstreams } from '../copies/trace';
import { originsOf, type OriginItem, type SharedSpans } from './origins';

/** One evidence row reduced to what corroboration looks at. */
export interface EvidenceSource extends OriginItem {
  claimId: number;
  stance: Stance;
}

/** Evidence sources by claim, with the copy links among their documents. */
export interface ClaimSources {
  byClaim: Map<number, EvidenceSource[]>;
  links: SharedSpans[];
}

const OFFICIAL: ReadonlySet<OutletKind> = new Set(['state_media', 'government']);
const GRADE_ORDER = 'ABCDEF';

function side(sources: EvidenceSource[], links: SharedSpans[]): Corroboration['supporting'] {
  const outlets = new Map<string, OutletRef>();
  const loose = new Set<number>();
  for (const s of sources) {
    if (s.outlet) outlets.set(s.outlet.uid, s.outlet);
    else loose.add(s.documentId);
  }
  const sorted = [...outlets.values()].sort(
    (a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) || a.name.localeCompare(b.name),
  );
  const origins = originsOf(sources, links);
  return { outlets: sorted, unattributed: loose.size, evidence: sources.length, independentOrigins: origins.length, origins };
}

/**
 * Corroboration of one claim from its evidence. Outlets are counted once however many of
 * their articles are attached, and a document without an outlet counts as one source. What
 * decides single-source, state-media-only and the grade is the independent ORIGINS: a Trend
 * reprint of an AZERTAC text, or a Day.Az item "citing AZERTAC", goes back to AZERTAC.
 *
 * The reliability letter is that of the MOST reliable supporting origin outlet (F is "cannot
 * be judged", so it only shows when nothing better backs the claim). Taking the best rather
 * than the worst means attaching one more, weaker confirming source never lowers a claim's
 * grade; how well the claim is confirmed across sources is what the credibility number
 * (1–6) is for, and the analyst sets that knowing the badges below.
 */
export function corroborate(sources: EvidenceSource[], credibility: number, links: SharedSpans[] = []): Corroboration {
  const supporting = side(sources.filter((s) => s.stance === 'supports'), links);
  const contradicting = side(sources.filter((s) => s.stance === 'contradicts'), links);
  const origins = supporting.origins;
  const graded = origins.map((o) => o.outlet).filter((o): o is OutletRef => o !== null);
  const reliability: Grade = graded.map((o) => o.grade).sort()[0] ?? 'F';
  return {
    supporting,
    contradicting,
    context: sources.filter((s) => s.stance === 'context').length,
    singleSource: origins.length === 1,
    stateMediaOnly: origins.length > 0 && origins.every((o) => o.outlet !== null && OFFICIAL.has(o.outlet.kind)),
    reliability,
    grade: `${reliability}${credibility}`,
  };
}

interface SourceRow {
  claim_id: number;
  stance: Stance;
  document_id: number;
  title: string;
  published: string | null;
  start: number;
  end: number;
  outlet_uid: string | null;
  outlet_name: string | null;
  kind: OutletKind | null;
  grade: Grade | null;
}

const SOURCES = `SELECT e.claim_id, e.stance, a.document_id, d.title, d.published, a.start, a."end", o.uid AS outlet_uid, o.name AS outlet_name, o.kind, o.grade
  FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id JOIN documents d ON d.id = a.document_id
  LEFT JOIN outlets o ON o.id = d.outlet_id`;

/** Evidence sources of the given claims (all claims when `claimIds` is omitted), by claim id. */
export function loadSources(p: Project, claimIds?: number[]): ClaimSources {
  const rows = (
    claimIds
      ? prepared(p, `${SOURCES} WHERE e.claim_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(claimIds))
      : prepared(p, SOURCES).all()
  ) as SourceRow[];
  const documentIds = [...new Set(rows.map((r) => r.document_id))];
  const upstreams = traceUpstreams(p, documentIds);
  const out = new Map<number, EvidenceSource[]>();
  for (const r of rows) {
    const outlet = r.outlet_uid ? { uid: r.outlet_uid, name: r.outlet_name!, kind: r.kind!, grade: r.grade! } : null;
    const list = out.get(r.claim_id) ?? [];
    list.push({
      claimId: r.claim_id,
      stance: r.stance,
      documentId: r.document_id,
      title: r.title,
      published: r.published,
      start: r.start,
      end: r.end,
      outlet,
      upstream: upstreams.get(r.document_id) ?? null,
    });
    out.set(r.claim_id, list);
  }
  return { byClaim: out, links: documentIds.length > 1 ? linksAmong(p, documentIds) : [] };
}
