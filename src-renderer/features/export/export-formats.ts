import { EXPORT_EXTENSIONS, type ExportFormat } from '@common/api/schemas/export';

/** One entry of the format list: CSV appears twice, once per table. */
export interface FormatChoice {
  value: string;
  format: ExportFormat;
  csv?: 'annotations' | 'claims';
  label: string;
  hint: string;
  /** What the file holds, in its suggested name ("-annotations.csv", "-claims.csv"), so two exports never share a name. */
  content: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { value: 'md', content: 'notes', format: 'md', label: 'Markdown notes (Obsidian)', hint: 'Front matter, themes as #tags, quotes with your notes, footnote citations.' },
  { value: 'html', content: 'notes', format: 'html', label: 'HTML (printable)', hint: 'One self-contained page that prints well.' },
  { value: 'pdf', content: 'notes', format: 'pdf', label: 'PDF', hint: 'The printable HTML, printed to PDF.' },
  { value: 'docx', content: 'notes', format: 'docx', label: 'Word (DOCX) with comments', hint: 'Annotations as Word comments on the quoted text; arguments with footnotes.' },
  { value: 'csv-annotations', content: 'annotations', format: 'csv', csv: 'annotations', label: 'CSV of annotations', hint: 'One row per annotation (UTF-8, opens in Excel).' },
  { value: 'csv-claims', content: 'claims', format: 'csv', csv: 'claims', label: 'CSV of claims', hint: 'One row per claim with its evidence count and credibility.' },
  { value: 'w3c', content: 'annotations', format: 'w3c', label: 'W3C Web Annotation JSON-LD', hint: 'An AnnotationCollection with text-quote and position selectors.' },
  {
    value: 'qdpx',
    content: 'project',
    format: 'qdpx',
    label: 'REFI-QDA project (.qdpx) for NVivo/ATLAS.ti/MAXQDA/QualCoder',
    hint: 'Themes as the codebook, annotations as codings, texts as sources.',
  },
  { value: 'csl', content: 'sources', format: 'csl', label: 'CSL-JSON', hint: 'The documents as citation records (Zotero, pandoc).' },
  {
    value: 'bibtex',
    content: 'sources',
    format: 'bibtex',
    label: 'BibTeX',
    hint: 'The documents as BibTeX entries (year, month, day; builds with plain, alpha and natbib styles).',
  },
  {
    value: 'biblatex',
    content: 'sources-biblatex',
    format: 'biblatex',
    label: 'BibLaTeX',
    hint: 'The documents as BibLaTeX entries (ISO dates, journaltitle, urldate) for biber.',
  },
];

export const choiceFor = (format: ExportFormat, csv?: string): FormatChoice =>
  FORMAT_CHOICES.find((c) => c.format === format && (format !== 'csv' || c.csv === csv)) ?? FORMAT_CHOICES[0]!;

export const choiceByValue = (value: string | null): FormatChoice => FORMAT_CHOICES.find((c) => c.value === value) ?? FORMAT_CHOICES[0]!;

export const extensionOf = (c: FormatChoice): string => EXPORT_EXTENSIONS[c.format];
