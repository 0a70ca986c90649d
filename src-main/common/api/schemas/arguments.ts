import { z } from 'zod';
import { Uid } from './common';
import { ClaimDetail, Stance } from './claims';

/**
 * The inline node an argument body uses to cite a claim. The editor's tiptap extension is
 * named exactly CLAIM_REF_NODE, is inline and atomic, and carries exactly these attrs;
 * in the saved tiptap JSON it reads:
 *
 *   { "type": "claimRef", "attrs": { "claimUid": "5d0c…", "stance": "supports" } }
 *
 * The citation number is not stored: it is the order of first appearance of the claim in
 * the body, computed on every read (arguments.get `references[i].number`).
 */
export const CLAIM_REF_NODE = 'claimRef';
export const ClaimRefAttrs = z.object({ claimUid: Uid, stance: Stance.default('supports') });
export type ClaimRefAttrs = z.infer<typeof ClaimRefAttrs>;
export interface ClaimRefNode {
  type: typeof CLAIM_REF_NODE;
  attrs: ClaimRefAttrs;
}

/** An empty tiptap document. */
export const EMPTY_BODY = '{"type":"doc","content":[]}';

const Title = z.string().trim().min(1, 'an argument needs a title').max(500);
const Thesis = z.string().max(20_000);
/** Tiptap JSON as a string; parsed and checked by the core (a doc node at the root). */
const Body = z.string().min(2).max(10_000_000);

export const NewArgument = z.object({ title: Title, thesis: Thesis.default('') }).strict();
export const ArgumentPatch = z
  .object({
    title: Title,
    thesis: Thesis,
    body: Body,
    /** The editor's plain text (editor.getText()); derived from `body` when left out. */
    bodyText: z.string().max(10_000_000),
  })
  .partial()
  .strict();
export type ArgumentPatch = z.output<typeof ArgumentPatch>;
export const ArgumentUpdate = z.object({ uid: Uid, patch: ArgumentPatch }).strict();
export const ArgumentGet = z.object({ uid: Uid }).strict();
export const ArgumentQuery = z.object({ text: z.string().max(500).optional() }).strict();

export const ArgumentSummary = z.object({
  uid: z.string(),
  title: z.string(),
  thesis: z.string(),
  /** Distinct claims cited. */
  claimCount: z.number().int(),
  /** Cited claims that no longer exist. */
  brokenCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ArgumentSummary = z.infer<typeof ArgumentSummary>;

/** One cited claim, numbered by first appearance; `claim` is null when it was deleted. */
export const ArgumentCitation = z.object({
  number: z.number().int(),
  claimUid: z.string(),
  broken: z.boolean(),
  /** The stances it is cited with, in order of appearance, without repeats. */
  stances: z.array(Stance),
  claim: ClaimDetail.nullable(),
});
export type ArgumentCitation = z.infer<typeof ArgumentCitation>;

export const ArgumentDetail = ArgumentSummary.extend({
  body: z.string(),
  bodyText: z.string(),
  /** Every claimRef node in document order, with its citation number. */
  references: z.array(z.object({ position: z.number().int(), number: z.number().int(), claimUid: z.string(), stance: Stance, broken: z.boolean() })),
  citations: z.array(ArgumentCitation),
  /** The side panel: cited claims by the stance they are cited with (a claim may sit in two). */
  supporting: z.array(ArgumentCitation),
  opposing: z.array(ArgumentCitation),
  context: z.array(ArgumentCitation),
});
export type ArgumentDetail = z.infer<typeof ArgumentDetail>;
