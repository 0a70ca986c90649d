import type { Origin, OutletRef } from '@common/api/schemas/claims';

// Independent origins of a claim's evidence: passages that are copies of each other, or whose
// documents state (or were marked as repeating) the same upstream outlet, go back to one
// origin; reprints and citations do not add sources.

/** Where a document's text comes from, when not from its own outlet (traced through copies). */
export interface Upstream {
  outlet: OutletRef | null;
  name: string;
  /** A stated or manual source outranks "this repeats an earlier document". */
  attributed: boolean;
}

export interface OriginItem {
  documentId: number;
  title: string;
  published: string | null;
  outlet: OutletRef | null;
  start: number;
  end: number;
  upstream: Upstream | null;
}

/** Shared passages of two documents: [start, end) in each. */
export interface SharedSpans {
  a: number;
  b: number;
  spans: { aStart: number; aEnd: number; bStart: number; bEnd: number }[];
}

const keyOf = (outlet: OutletRef | null, name: string, documentId: number): string =>
  outlet ? `o:${outlet.uid}` : name ? `n:${name.toLowerCase()}` : `d:${documentId}`;

const overlaps = (s: number, e: number, rs: number, re: number): boolean => s < re && rs < e;

/** Whether the two evidence passages lie in text their documents share. */
function shareText(x: OriginItem, y: OriginItem, links: Map<string, SharedSpans>): boolean {
  const [lo, hi] = x.documentId < y.documentId ? [x, y] : [y, x];
  const link = links.get(`${lo.documentId}:${hi.documentId}`);
  return !!link?.spans.some((s) => overlaps(lo.start, lo.end, s.aStart, s.aEnd) || overlaps(hi.start, hi.end, s.bStart, s.bEnd));
}

function earliest(a: OriginItem, b: OriginItem): OriginItem {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? a : b;
  if (!!a.published !== !!b.published) return a.published ? a : b;
  return a.documentId <= b.documentId ? a : b;
}

interface Decided {
  outlet: OutletRef | null;
  name: string;
  basis: Origin['basis'];
  key: string;
}

function decide(members: OriginItem[]): Decided {
  const stated = members.find((m) => m.upstream?.attributed) ?? members.find((m) => m.upstream);
  if (stated) {
    const u = stated.upstream!;
    return { outlet: u.outlet, name: u.name, basis: u.attributed ? 'attributed' : 'earliest', key: keyOf(u.outlet, u.name, stated.documentId) };
  }
  const first = members.reduce(earliest);
  const linked = members.some((m) => keyOf(m.outlet, '', m.documentId) !== keyOf(first.outlet, '', first.documentId));
  return {
    outlet: first.outlet,
    name: first.outlet?.name ?? first.title,
    basis: linked ? 'earliest' : 'own',
    key: keyOf(first.outlet, '', first.documentId),
  };
}

/** The independent origins of one side's evidence, most evidence first. */
export function originsOf(items: OriginItem[], links: SharedSpans[]): Origin[] {
  const byPair = new Map(links.map((l) => [`${l.a}:${l.b}`, l]));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number): void => {
    parent[find(i)] = find(j);
  };
  // Same outlet (or, for a reprint, the same upstream) is one origin; so are passages in shared
  // text. An outlet's own reporting and its reprint of an agency are two origins.
  const byKey = new Map<string, number>();
  items.forEach((it, i) => {
    const key = it.upstream ? keyOf(it.upstream.outlet, it.upstream.name, it.documentId) : keyOf(it.outlet, '', it.documentId);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else union(i, seen);
  });
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (find(i) !== find(j) && items[i]!.documentId !== items[j]!.documentId && shareText(items[i]!, items[j]!, byPair)) union(i, j);
    }
  }
  // Two groups that go back to the same outlet are one origin.
  const groups = new Map<number, OriginItem[]>();
  items.forEach((it, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), it]));
  const merged = new Map<string, { decided: Decided; members: OriginItem[] }>();
  for (const members of groups.values()) {
    const decided = decide(members);
    const prev = merged.get(decided.key);
    if (prev) prev.members.push(...members);
    else merged.set(decided.key, { decided, members });
  }
  const out: Origin[] = [...merged.values()].map(({ decided, members }) => {
    const reprintedBy = [...new Set(members.map((m) => m.outlet?.name).filter((n): n is string => !!n && n !== decided.outlet?.name))].sort();
    return { outlet: decided.outlet, name: decided.name, basis: decided.basis, reprintedBy, evidence: members.length };
  });
  return out.sort((a, b) => b.evidence - a.evidence || a.name.localeCompare(b.name));
}
