import type { ExportArgument, ExportBundle, ExportClaim, ExportEvidence, Stance } from './model';
import { numberRefs } from '@common/richtext/doc';
import { richBlocks, spansIn } from './rich';

// How an argument's claim citations read in an export: the prose carries only a short number
// ("[1]"); the claim's statement appears once, in the argument's reference list, with the
// stance the argument takes on it and its evidence grouped by stance, so a contradicting
// passage is never listed as a source for the claim.

export interface ClaimReference {
  n: number;
  claimUid: string;
  /** Undefined when the claim was deleted after the argument cited it. */
  claim: ExportClaim | undefined;
  /** How the argument cites the claim, each stance once, in order of first use. */
  stances: Stance[];
}

export const ARGUMENT_STANCE = { supports: 'supports the argument', contradicts: 'against the argument', context: 'context' } as const;
export const EVIDENCE_STANCE = { supports: 'Supported by', contradicts: 'Contradicted by', context: 'Context' } as const;
const ORDER: Stance[] = ['supports', 'contradicts', 'context'];

/** The claims an argument cites, numbered by first citation. */
export function claimReferences(a: ExportArgument, claims: Map<string, ExportClaim>): ClaimReference[] {
  const cited = spansIn(richBlocks(a.body)).filter((s) => s.kind === 'claim');
  const numbers = numberRefs(cited);
  const refs = new Map<string, ClaimReference>();
  for (const s of cited) {
    const ref = refs.get(s.claimUid) ?? { n: numbers.get(s.claimUid)!, claimUid: s.claimUid, claim: claims.get(s.claimUid), stances: [] };
    if (!ref.stances.includes(s.stance)) ref.stances.push(s.stance);
    refs.set(s.claimUid, ref);
  }
  return [...refs.values()];
}

/** A claim's evidence grouped by stance: supporting first, then contradicting, then context. */
export function evidenceByStance(c: ExportClaim): { stance: Stance; evidence: ExportEvidence[] }[] {
  return ORDER.map((stance) => ({ stance, evidence: c.evidence.filter((e) => e.stance === stance) })).filter((g) => g.evidence.length > 0);
}

export const MISSING_CLAIM = 'Claim no longer in the project.';

// "@" followed by a word, not inside an address ("desk@azernews.az"): a mention the analyst
// typed that never became a claim reference.
const MENTION = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{M}\p{N}_-]+/gu;

/** Warnings for "@word" mentions left as plain text in the arguments of an export. */
export function unresolvedMentions(b: ExportBundle): string[] {
  const out: string[] = [];
  for (const a of b.arguments) {
    const found = new Set<string>();
    for (const s of spansIn(richBlocks(a.body))) if (s.kind === 'text') for (const m of s.text.matchAll(MENTION)) found.add(m[0]);
    for (const mention of found) out.push(`“${a.title || 'Untitled argument'}”: ${mention} is not linked to a claim and is exported as written`);
  }
  return out;
}
