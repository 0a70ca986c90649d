import { z } from 'zod';
import { Uid, UidRef } from './common';

export const ACH_RATINGS = ['consistent', 'inconsistent', 'neutral', 'na'] as const;
export const AchRating = z.enum(ACH_RATINGS);
export type AchRating = z.infer<typeof AchRating>;
/** How a rating is written in a matrix cell (and typed on the board: C, I, N, A). */
export const RATING_SIGNS: Record<AchRating, string> = { consistent: 'C', inconsistent: 'I', neutral: 'N', na: 'NA' };
export const RATING_LABELS: Record<AchRating, string> = { consistent: 'Consistent', inconsistent: 'Inconsistent', neutral: 'Neutral', na: 'Not applicable' };

const Question = z.string().trim().min(1, 'a board needs a question').max(1000);
const Label = z.string().trim().min(1, 'a hypothesis needs a label').max(500);

export const AchCreate = z.object({ question: Question, hypotheses: z.array(Label).max(20).default([]) }).strict();
export const AchRef = z.object({ uid: Uid }).strict();
export const AchUpdate = z.object({ uid: Uid, question: Question.optional(), notes: z.string().max(100_000).optional() }).strict();
export const AchAddHypothesis = z.object({ board: Uid, label: Label }).strict();
export const AchRenameHypothesis = z.object({ uid: Uid, label: Label }).strict();
/** Claims by uid or unique prefix, added as rows in this order. */
export const AchAddClaims = z.object({ board: Uid, claims: z.array(UidRef).min(1).max(1000) }).strict();
export const AchRemoveClaim = z.object({ board: Uid, claim: UidRef }).strict();
export const AchRate = z
  .object({ hypothesis: Uid, claim: UidRef, rating: AchRating.nullable(), note: z.string().max(10_000).optional() })
  .strict();
export const AchExportRequest = z.object({ uid: UidRef, format: z.enum(['markdown', 'html', 'csv']) }).strict();

export const AchHypothesis = z.object({
  uid: z.string(),
  label: z.string(),
  /** Claims rated inconsistent with it (Heuer: the hypothesis with the fewest is the likeliest). */
  inconsistent: z.number().int(),
  /** The same, each claim weighed by its corroboration (see AchRow.weight). */
  weightedInconsistency: z.number(),
});

export const AchCell = z.object({ hypothesis: z.string(), rating: AchRating, note: z.string() });

export const AchRow = z.object({
  claimUid: z.string(),
  statement: z.string(),
  /** Admiralty grade of the claim, e.g. "B2". */
  grade: z.string(),
  /** Independent origins supporting it; until origins are traced, the distinct supporting sources (originsTraced false). */
  origins: z.number().int(),
  originsTraced: z.boolean(),
  /** How much an inconsistency on this claim counts: 1 with two or more independent origins, 0.5 with one, 0.25 with none. */
  weight: z.number(),
  /** True when its ratings differ between hypotheses: only such claims tell them apart. */
  diagnostic: z.boolean(),
  cells: z.array(AchCell),
  /** The leading hypothesis if this claim were wrong (left out), when that differs from the leader now. */
  leaderIfWrong: z.string().nullable(),
  /** Weighted inconsistency of each hypothesis (in the board's order) with this claim left out: the sensitivity view's ranking. */
  scoresIfWrong: z.array(z.number()),
  /** True when leaving this claim out changes who leads (another hypothesis, or a tie where one led, or one where they tied). */
  leaderChanges: z.boolean(),
});
export type AchRow = z.infer<typeof AchRow>;

export const AchBoard = z.object({
  uid: z.string(),
  question: z.string(),
  notes: z.string(),
  hypotheses: z.array(AchHypothesis),
  rows: z.array(AchRow),
  /** The hypothesis with the least weighted inconsistency; null on a tie or an empty board. */
  leader: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AchBoard = z.infer<typeof AchBoard>;

export const AchSummary = z.object({
  uid: z.string(),
  question: z.string(),
  hypotheses: z.number().int(),
  claims: z.number().int(),
  updatedAt: z.string(),
});

export const AchExport = z.object({ name: z.string(), text: z.string() });
