import { z } from 'zod';
import { Uid, UidRef } from './common';
import { ThemeName } from './themes';

export const ANCHOR_STATUSES = ['exact', 'reanchored', 'orphaned'] as const;
export const AnchorStatus = z.enum(ANCHOR_STATUSES);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const AnnotationTheme = z.object({ uid: z.string(), name: z.string(), color: z.string() });

/** Offsets are UTF-16 code units in the document's current text (JavaScript string indices). */
export const Annotation = z.object({
  uid: z.string(),
  documentUid: z.string(),
  documentTitle: z.string(),
  outlet: z.string().nullable(),
  /** The document version the offsets refer to (an orphan keeps its last placed version). */
  version: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  /** tiptap JSON of the note, '' when there is none. */
  note: z.string(),
  noteText: z.string(),
  themes: z.array(AnnotationTheme),
  anchorStatus: AnchorStatus,
  /** Claims citing this annotation as evidence (deleting it removes that evidence). */
  evidenceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

const Offset = z.number().int().min(0).max(1_000_000_000);
const NoteJson = z.string().max(1_000_000);
const NoteText = z.string().max(200_000);
const ThemeUids = z.array(Uid).max(200);

/**
 * Where: offsets into the current text, or a quote to look up (with the occurrence, counted
 * from 1, when it appears more than once). Themes by uid, or by name (unknown names are
 * created). Note as the editor's tiptap JSON (`note`; its plain text is derived from it, so a
 * `noteText` sent along is not needed and not used), or as plain text alone (`noteText`).
 */
export const AnnotationCreate = z
  .object({
    document: UidRef,
    start: Offset.optional(),
    end: Offset.optional(),
    quote: z.string().min(1).max(100_000).optional(),
    occurrence: z.number().int().min(1).optional(),
    /** Widen the range to whole words (the default). */
    snap: z.boolean().default(true),
    themes: ThemeUids.default([]),
    themeNames: z.array(ThemeName).max(200).default([]),
    note: NoteJson.optional(),
    noteText: NoteText.optional(),
  })
  .strict()
  .refine((v) => (v.quote === undefined) === (v.start !== undefined && v.end !== undefined), {
    message: 'give either start and end, or a quote',
  })
  .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, { message: 'end must be after start' })
  .refine((v) => v.occurrence === undefined || v.quote !== undefined, { message: 'occurrence goes with a quote' });
export type AnnotationCreate = z.output<typeof AnnotationCreate>;

/** A new annotation, with the themes its `themeNames` made (undo of the create deletes them too). */
export const AnnotationCreated = Annotation.extend({ createdThemes: z.array(z.string()) });
export type AnnotationCreated = z.infer<typeof AnnotationCreated>;

export const AnnotationGet = z.object({ uid: Uid }).strict();

export const AnnotationQuery = z
  .object({
    /** One document's annotations, in text order. */
    document: UidRef.optional(),
    /** Annotations carrying any of these themes (and, by default, their sub-themes). */
    themes: ThemeUids.optional(),
    includeSubthemes: z.boolean().default(true),
    status: z.array(AnchorStatus).min(1).optional(),
    /** 'text': by document, then position; 'recent': last edited first. */
    sort: z.enum(['text', 'recent']).default('text'),
    limit: z.number().int().min(1).max(10_000).default(1000),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type AnnotationQuery = z.output<typeof AnnotationQuery>;

export const AnnotationPage = z.object({ items: z.array(Annotation), total: z.number().int() });
export type AnnotationPage = z.infer<typeof AnnotationPage>;

/**
 * Every field is optional. A new range re-reads the quote from the current text and sets the
 * status to exact: that re-attaches an orphan, or confirms a re-anchored place. Undo of an
 * edit is an update with the previous values (the range with snap: false, themes, note).
 * Undo of create is delete; undo of delete is restore with the snapshot delete returned.
 */
export const AnnotationUpdate = z
  .object({
    uid: Uid,
    start: Offset.optional(),
    end: Offset.optional(),
    snap: z.boolean().default(true),
    /** Replaces the theme set. */
    themes: ThemeUids.optional(),
    addThemes: ThemeUids.optional(),
    removeThemes: ThemeUids.optional(),
    note: NoteJson.optional(),
    noteText: NoteText.optional(),
  })
  .strict()
  .refine((v) => (v.start === undefined) === (v.end === undefined), { message: 'give start and end together' })
  .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, { message: 'end must be after start' })
  .refine((v) => v.themes === undefined || (v.addThemes === undefined && v.removeThemes === undefined), {
    message: 'give themes (the whole set) or addThemes/removeThemes, not both',
  });
export type AnnotationUpdate = z.output<typeof AnnotationUpdate>;

/** Where an annotation sits: the version its range refers to, the range, the quote with its context, the status. */
const AnchorFields = z.object({
  uid: Uid,
  version: z.number().int().min(1),
  start: Offset,
  end: Offset,
  exact: z.string().min(1).max(20_000_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
  anchorStatus: AnchorStatus,
});
const endAfterStart = [(v: { start: number; end: number }) => v.end > v.start, { message: 'end must be after start' }] as const;

/** Everything a deleted annotation had, so undo can bring it back whole (same uid). */
export const AnnotationSnapshot = AnchorFields
  .extend({
    documentUid: Uid,
    note: NoteJson,
    themes: ThemeUids,
    evidence: z
      .array(
        z
          .object({
            claimUid: Uid,
            stance: z.enum(['supports', 'contradicts', 'context']),
            note: z.string().max(200_000),
            position: z.number().int(),
          })
          .strict(),
      )
      .max(10_000),
    createdAt: z.iso.datetime(),
  })
  .strict()
  .refine(...endAfterStart);
export type AnnotationSnapshot = z.output<typeof AnnotationSnapshot>;

export const AnnotationDeleted = z.object({ restore: AnnotationSnapshot });

/**
 * Where an annotation sat, as `annotations.get` answered before a re-attach: undo of the
 * re-attach puts it back exactly so (an orphan stays an orphan of its old version).
 */
export const AnnotationAnchor = AnchorFields.strict().refine(...endAfterStart);
export type AnnotationAnchor = z.output<typeof AnnotationAnchor>;
