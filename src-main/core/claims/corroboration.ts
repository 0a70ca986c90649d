import type { Corroboration, OutletRef, Stance } from '@common/api/schemas/claims';
import type { Grade, OutletKind } from '@common/api/schemas/outlets';
import type { Project } from '../session';
import { prepared } from '../data/statements';

/** One evidence row reduced to what corroboration looks at. */
export interface EvidenceSource {
  claimId: number;
  stance: Stance;
  documentId: number;
  outlet: OutletRef | null;
}

const OFFICIAL: ReadonlySet<OutletKind> = new Set(['state_media', 'government']);
const GRADE_ORDER = 'ABCDEF';

interface Side {
  outlets: OutletRef[];
  unattributed: number;
  evidence: number;
}

function side(sources: EvidenceSource[]): Side {
  const outlets = new Map<string, OutletRef>();
  const loose = new Set<number>();
  for (const s of sources) {
    if (s.outlet) outlets.set(s.outlet.uid, s.outlet);
    else loose.add(s.documentId);
  }
  const sorted = [...outlets.values()].sort(
    (a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) || a.name.localeCompare(b.name),
  );
  return { outlets: sorted, unattributed: loose.size, evidence: sources.length };
}

/**
 * Corroboration of one claim from its evidence. Outlets are counted once however many of
 * their articles are attached, and a document without an outlet counts as one source.
 *
 * The reliability letter is that of the MOST reliable supporting outlet (F is "cannot be
 * judged", so it only shows when nothing better backs the claim). Taking the best rather
 * than the worst means attaching one more, weaker confirming source never lowers a claim's
 * grade; how well the claim is confirmed across sources is what the credibility number
 * (1–6) is for, and the analyst sets that knowing the badges below.
 */
export function corroborate(sources: EvidenceSource[], credibility: number): Corroboration {
  const supporting = side(sources.filter((s) => s.stance === 'supports'));
  const contradicting = side(sources.filter((s) => s.stance === 'contradicts'));
  const supportSources = supporting.outlets.length + supporting.unattributed;
  const reliability: Grade = supporting.outlets[0]?.grade ?? 'F';
  return {
    supporting,
    contradicting,
    context: sources.filter((s) => s.stance === 'context').length,
    singleSource: supportSources === 1,
    stateMediaOnly: supportSources > 0 && supporting.unattributed === 0 && supporting.outlets.every((o) => OFFICIAL.has(o.kind)),
    reliability,
    grade: `${reliability}${credibility}`,
  };
}

interface SourceRow {
  claim_id: number;
  stance: Stance;
  document_id: number;
  outlet_uid: string | null;
  outlet_name: string | null;
  kind: OutletKind | null;
  grade: Grade | null;
}

const SOURCES = `SELECT e.claim_id, e.stance, a.document_id, o.uid AS outlet_uid, o.name AS outlet_name, o.kind, o.grade
  FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id JOIN documents d ON d.id = a.document_id
  LEFT JOIN outlets o ON o.id = d.outlet_id`;

/** Evidence sources of the given claims (all claims when `claimIds` is omitted), by claim id. */
export function loadSources(p: Project, claimIds?: number[]): Map<number, EvidenceSource[]> {
  const rows = (
    claimIds
      ? prepared(p, `${SOURCES} WHERE e.claim_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(claimIds))
      : prepared(p, SOURCES).all()
  ) as SourceRow[];
  const out = new Map<number, EvidenceSource[]>();
  for (const r of rows) {
    const outlet = r.outlet_uid ? { uid: r.outlet_uid, name: r.outlet_name!, kind: r.kind!, grade: r.grade! } : null;
    const list = out.get(r.claim_id) ?? [];
    list.push({ claimId: r.claim_id, stance: r.stance, documentId: r.document_id, outlet });
    out.set(r.claim_id, list);
  }
  return out;
}
