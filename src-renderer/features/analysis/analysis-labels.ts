import type { MatrixAxis, MatrixMeasure, MatrixSpec } from '@common/api/schemas/analysis';

export const AXIS_LABELS: Record<MatrixAxis, string> = {
  themes: 'Themes',
  outlets: 'Outlets',
  kinds: 'Outlet kinds',
  countries: 'Countries',
  languages: 'Languages',
  documents: 'Documents',
  months: 'Months',
  quarters: 'Quarters',
  years: 'Years',
};

export const MEASURE_LABELS: Record<MatrixMeasure, string> = {
  annotations: 'passages',
  documents: 'documents',
  words: 'words',
};

/** What a cell counts, in words: paragraph co-occurrence counts paragraphs. */
export function unitLabel(spec: MatrixSpec): string {
  const paragraphs = spec.rows === 'themes' && spec.cols === 'themes' && spec.cooccurrence === 'paragraph';
  return paragraphs && spec.measure === 'annotations' ? 'paragraphs' : MEASURE_LABELS[spec.measure];
}
