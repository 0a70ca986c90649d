import { z } from 'zod';
import { AnnotationCreated } from './annotations';
import { PartialDate, Uid, UidRef } from './common';
import { Grade, OutletKind } from './outlets';
import { ThemeName } from './themes';

export const CLAIM_STATUSES = ['open', 'corroborated', 'disputed', 'refuted'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1, 'credibility is 1–6').max(6, 'credibility is 1–6');

const Statement = z.string().trim().min(1, 'a claim needs a statement').max(5000);
const Notes = z.string().max(50_000);
const EvidenceNote = z.string().max(10_000);

// ---- inputs ---------------------------------------------------------------------------------

export const EvidenceInput = z
  .object({ annotation: Uid, stance: Stance.default('supports'), note: EvidenceNote.default('') })
  .strict();

export const NewClaim = z
  .object({
    statement: Statement,
    eventDate: PartialDate.nullable().default(null),
    status: ClaimStatus.default('open'),
    credibility: Credibility.default(6),
    notes: Notes.default(''),
    evidence: z.array(EvidenceInput).max(1000).default([]),
  })
  .strict();
export type NewClaim = z.output<typeof NewClaim>;

/** "Make claim" from a passage: the statement defaults to the passage's quote. */
export const ClaimFromAnnotation = z
  .object({
    annotation: Uid,
    statement: Statement.optional(),
    stance: Stance.default('supports'),
    note: EvidenceNote.default(''),
    eventDate: PartialDate.nullable().default(null),
    status: ClaimStatus.default('open'),
    credibility: Credibility.default(6),
    notes: Notes.default(''),
  })
  .strict();
export type ClaimFromAnnotation = z.output<typeof ClaimFromAnnotation>;

export const ClaimPatch = z
  .object({ statement: Statement, eventDate: PartialDate.nullable(), status: ClaimStatus, credibility: Credibility, notes: Notes })
  .partial()
  .strict();
export type ClaimPatch = z.output<typeof ClaimPatch>;
export const ClaimUpdate = z.object({ uid: Uid, patch: ClaimPatch }).strict();
export const ClaimRef = z.object({ uid: Uid }).strict();

export const EvidenceAdd = z
  .object({ claim: Uid, annotation: Uid, stance: Stance.default('supports'), note: EvidenceNote.default('') })
  .strict();
export const EvidenceUpdate = z
  .object({ claim: Uid, annotation: Uid, stance: Stance.optional(), note: EvidenceNote.optional() })
  .strict();
export const EvidenceRemove = z.object({ claim: Uid, annotation: Uid }).strict();
/** The claim's evidence annotations in their new order (every one of them, once). */
export const EvidenceReorder = z.object({ claim: Uid, annotations: z.array(Uid).max(1000) }).strict();

export const CLAIM_SORTS = ['statement', 'eventDate', 'status', 'credibility', 'grade', 'support', 'evidence', 'created', 'updated'] as const;
export const ClaimSort = z.enum(CLAIM_SORTS);

/** Filters shared by the claims table and the timeline. Theme includes its sub-themes. */
export const ClaimFilter = z
  .object({
    theme: Uid.optional(),
    status: z.array(ClaimStatus).max(4).optional(),
    outlet: Uid.optional(),
    /** Claims with a passage from an outlet of one of these kinds (what themes over time filters by). */
    kinds: z.array(OutletKind).max(20).optional(),
    /** Claims citing this document, or this passage (the reader's "evidence for" list). */
    document: Uid.optional(),
    annotation: Uid.optional(),
    credibilityMin: Credibility.optional(),
    credibilityMax: Credibility.optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    text: z.string().max(500).optional(),
  })
  .strict();
export type ClaimFilter = z.output<typeof ClaimFilter>;

export const ClaimQuery = ClaimFilter.extend({
  sort: ClaimSort.default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(100_000).default(10_000),
}).strict();
export type ClaimQuery = z.output<typeof ClaimQuery>;

// ---- outputs --------------------------------------------------------------------------------

export const OutletRef = z.object({ uid: z.string(), name: z.string(), kind: OutletKind, grade: Grade });
export type OutletRef = z.infer<typeof OutletRef>;

export const ORIGIN_BASES = ['own', 'attributed', 'earliest'] as const;

/** One independent origin of a side's evidence: the outlet a group of copies and citations goes back to. */
export const Origin = z.object({
  /** The origin outlet; null for a document with no outlet (or a stated source with no outlet row). */
  outlet: OutletRef.nullable(),
  /** The outlet's name, else the stated name, else the document's title. */
  name: z.string(),
  /** own: no copy or citation links it to another; attributed: the text names it (or the analyst did); earliest: the first to publish the shared text. */
  basis: z.enum(ORIGIN_BASES),
  /** The other outlets of the evidence that repeat it, by name. */
  reprintedBy: z.array(z.string()),
  /** Evidence rows that go back to it. */
  evidence: z.number().int(),
});
export type Origin = z.infer<typeof Origin>;

const SideCount = z.object({
  /** Distinct outlets, most reliable first. */
  outlets: z.array(OutletRef),
  /** Documents with no outlet: each counts as one source of its own. */
  unattributed: z.number().int(),
  /** Evidence rows with this stance. */
  evidence: z.number().int(),
  /** Independent origins: outlets and documents after reprints and stated citations are traced back. */
  independentOrigins: z.number().int(),
  /** The origins, most evidence first. */
  origins: z.array(Origin),
});
export type SideCount = z.infer<typeof SideCount>;

export const Corroboration = z.object({
  supporting: SideCount,
  contradicting: SideCount,
  context: z.number().int(),
  /** Exactly one independent origin supports the claim (reprints and citations of it do not count). */
  singleSource: z.boolean(),
  /** Every supporting origin is state media or government. */
  stateMediaOnly: z.boolean(),
  /** Reliability letter of the most reliable supporting origin outlet (F when none is graded). */
  reliability: Grade,
  /** Combined Admiralty grade: reliability letter + claim credibility, e.g. "B2". */
  grade: z.string(),
});
export type Corroboration = z.infer<typeof Corroboration>;

export const ThemeTag = z.object({ uid: z.string(), name: z.string(), color: z.string() });

export const ClaimSummary = z.object({
  uid: z.string(),
  statement: z.string(),
  eventDate: z.string().nullable(),
  status: ClaimStatus,
  credibility: z.number().int(),
  notes: z.string(),
  evidenceCount: z.number().int(),
  themes: z.array(ThemeTag),
  corroboration: Corroboration,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClaimSummary = z.infer<typeof ClaimSummary>;

/** One evidence passage with everything the claim page shows and needs to jump to it. */
export const Evidence = z.object({
  stance: Stance,
  note: z.string(),
  position: z.number().int(),
  annotation: z.object({
    uid: z.string(),
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    /** UTF-16 offsets in the text of `version` of the document. */
    start: z.number().int(),
    end: z.number().int(),
    version: z.number().int(),
    anchorStatus: z.enum(['exact', 'reanchored', 'orphaned']),
    note: z.string(),
    themes: z.array(ThemeTag),
  }),
  document: z.object({
    uid: z.string(),
    title: z.string(),
    author: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    retrievedAt: z.string().nullable(),
  }),
  outlet: OutletRef.nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ArgumentRef = z.object({ uid: z.string(), title: z.string(), references: z.number().int() });
export type ArgumentRef = z.infer<typeof ArgumentRef>;

export const ClaimDetail = ClaimSummary.extend({
  evidence: z.array(Evidence),
  /** Arguments that cite this claim. */
  arguments: z.array(ArgumentRef),
});
export type ClaimDetail = z.infer<typeof ClaimDetail>;

export const DeleteImpact = z.object({ uid: z.string(), statement: z.string(), arguments: z.array(ArgumentRef) });
export type DeleteImpact = z.infer<typeof DeleteImpact>;

/** Everything a deleted claim had, so undo brings it back whole: same uid, so citing arguments heal. */
export const ClaimSnapshot = z
  .object({
    uid: Uid,
    statement: z.string().min(1).max(100_000),
    eventDate: z.string().max(10).nullable(),
    status: z.enum(['open', 'corroborated', 'disputed', 'refuted']),
    credibility: z.number().int().min(1).max(6),
    notes: z.string().max(1_000_000),
    createdAt: z.iso.datetime(),
    evidence: z
      .array(z.object({ annotationUid: Uid, stance: Stance, note: z.string().max(200_000), position: z.number().int() }).strict())
      .max(10_000),
  })
  .strict();
export type ClaimSnapshot = z.output<typeof ClaimSnapshot>;
export const ClaimDeleted = DeleteImpact.extend({ restore: ClaimSnapshot });
export type ClaimDeleted = z.infer<typeof ClaimDeleted>;

const Offset = z.number().int().min(0).max(1_000_000_000);

/**
 * "Make claim" on a selection nobody has tagged yet: the passage becomes an annotation (with
 * the themes given, or none) and the claim's first evidence, in one transaction.
 */
export const ClaimFromPassage = ClaimFromAnnotation.omit({ annotation: true })
  .extend({
    document: UidRef,
    start: Offset,
    end: Offset,
    themes: z.array(Uid).max(200).default([]),
    themeNames: z.array(ThemeName).max(200).default([]),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be after start' });
export type ClaimFromPassage = z.output<typeof ClaimFromPassage>;

/** The claim, and the annotation made for it (with the themes its names created, for undo). */
export const ClaimFromPassageResult = z.object({ claim: ClaimDetail, annotation: AnnotationCreated });
export type ClaimFromPassageResult = z.infer<typeof ClaimFromPassageResult>;

export const TimelineInput = ClaimFilter;
export const Timeline = z.object({
  /** Periods in date order: "2025-10" for dated months, "2025" for claims dated by year only. */
  groups: z.array(z.object({ period: z.string(), claims: z.array(ClaimSummary) })),
  undated: z.number().int(),
});
export type Timeline = z.infer<typeof Timeline>;

// ---- citations ------------------------------------------------------------------------------

/** Notes: the app's own Chicago-like note; chicago, apa, mla, harvard: the shipped CSL styles; csl-json: the record. */
export const CITATION_STYLES = ['notes', 'chicago', 'apa', 'mla', 'harvard', 'csl-json'] as const;
export const CitationStyle = z.enum(CITATION_STYLES);
export type CitationStyle = z.infer<typeof CitationStyle>;

export const CitationForAnnotation = z.object({ annotation: Uid, style: CitationStyle.default('notes') }).strict();
export const CitationForDocument = z.object({ document: Uid, style: CitationStyle.default('notes') }).strict();

/** CSL-JSON (citationstyles.org): the fields Dossier fills. */
export const CslName = z.union([z.object({ family: z.string(), given: z.string().optional() }), z.object({ literal: z.string() })]);
export const CslDate = z.object({ 'date-parts': z.array(z.array(z.number().int())) });
export const CslItem = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  author: z.array(CslName).optional(),
  'container-title': z.string().optional(),
  publisher: z.string().optional(),
  issued: CslDate.optional(),
  accessed: CslDate.optional(),
  URL: z.string().optional(),
  language: z.string().optional(),
});
export type CslItem = z.infer<typeof CslItem>;

export const Citation = z.object({
  style: CitationStyle,
  document: z.string(),
  annotation: z.string().nullable(),
  /** The passage, for annotation citations. */
  quote: z.string().nullable(),
  /** Plain text for "copy citation" (CSL-JSON: the JSON text). */
  text: z.string(),
  /** The same with italics, for rich-text paste. */
  html: z.string(),
  csl: CslItem,
});
export type Citation = z.infer<typeof Citation>;
