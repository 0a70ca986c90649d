import { z } from 'zod';
import { Annotation } from './annotations';
import { PartialDate } from './common';
import { OutletKind } from './outlets';

/** What a matrix's rows or columns are: every coded passage falls in one value of each (themes: one per theme it carries). */
export const MATRIX_AXES = ['themes', 'outlets', 'kinds', 'countries', 'languages', 'documents', 'months', 'quarters', 'years'] as const;
export const MatrixAxis = z.enum(MATRIX_AXES);
export type MatrixAxis = z.infer<typeof MatrixAxis>;

/** What a cell counts: passages, the documents they are in, or their words (whitespace-separated). */
export const MATRIX_MEASURES = ['annotations', 'documents', 'words'] as const;
export const MatrixMeasure = z.enum(MATRIX_MEASURES);
export type MatrixMeasure = z.infer<typeof MatrixMeasure>;

export const MatrixFilter = z
  .object({
    /** Only passages of documents from outlets of these kinds. */
    kinds: z.array(OutletKind).max(10).optional(),
    /** By the document's publication date. */
    from: PartialDate.optional(),
    to: PartialDate.optional(),
  })
  .strict();
export type MatrixFilter = z.output<typeof MatrixFilter>;

export const MatrixSpec = z
  .object({
    rows: MatrixAxis,
    cols: MatrixAxis,
    measure: MatrixMeasure.default('annotations'),
    /** 'rollup': a theme counts its passages and those of every theme below it; 'own': only passages tagged with it. */
    themeLevel: z.enum(['rollup', 'own']).default('rollup'),
    /** Themes × themes: two themes co-occur on the same passage, or in the same paragraph (the cell then counts paragraphs). */
    cooccurrence: z.enum(['passage', 'paragraph']).default('passage'),
    filter: MatrixFilter.default({}),
  })
  .strict()
  .refine((s) => s.rows !== s.cols || s.rows === 'themes', { message: 'rows and columns must differ (themes × themes is co-occurrence)' })
  .refine((s) => !(s.rows === 'themes' && s.cols === 'themes' && s.cooccurrence === 'paragraph' && s.measure === 'words'), {
    message: 'paragraph co-occurrence counts paragraphs or documents, not words',
  });
export type MatrixSpec = z.output<typeof MatrixSpec>;

export const MatrixRequest = z
  .object({
    spec: MatrixSpec,
    /** At most this many rows and columns; the largest by total are kept, in their order. */
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const MatrixHeader = z.object({
  /** Stable key: a theme, outlet or document uid, an outlet kind, a country, a language or a period; '' for none. */
  key: z.string(),
  label: z.string(),
  /** Themes: their colour and depth in the tree. */
  color: z.string().nullable(),
  depth: z.number().int(),
});
export type MatrixHeader = z.infer<typeof MatrixHeader>;

export const Matrix = z.object({
  spec: MatrixSpec,
  rows: z.array(MatrixHeader),
  cols: z.array(MatrixHeader),
  cells: z.array(z.array(z.number())),
  /**
   * Each row's own count: the passages (documents, words) in any column, counted once. It is the
   * row's sum only where a passage falls in one column (not themes: one passage, two themes).
   */
  rowTotals: z.array(z.number()),
  colTotals: z.array(z.number()),
  total: z.number(),
  /** Rows and columns left out by the limit (the smallest). */
  rowsOmitted: z.number().int(),
  colsOmitted: z.number().int(),
});
export type Matrix = z.infer<typeof Matrix>;

export const MatrixCellRequest = z
  .object({
    spec: MatrixSpec,
    /** A row's key; null for the column's total. */
    row: z.string().max(200).nullable(),
    /** A column's key; null for the row's total. */
    col: z.string().max(200).nullable(),
    limit: z.number().int().min(1).max(10_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type MatrixCellRequest = z.output<typeof MatrixCellRequest>;

export const MatrixCellPassages = z.object({ items: z.array(Annotation), total: z.number().int() });
export type MatrixCellPassages = z.infer<typeof MatrixCellPassages>;
