import type { ExportCounts, ExportFormat, ExportRequest } from '@common/api/schemas/export';
import { plural } from '@common/text/plural';
import { countsOf, type ExportBundle } from './model';

// What each format can carry, and what one export actually wrote: the summary counts only what
// is in the file ("5 claims" for a .qdpx that holds none was the bug), and names what the
// scope had that the format could not take.

export const REACH: Record<ExportFormat, { can: string; cannot: string }> = {
  md: {
    can: 'documents with their quoted passages, notes and themes as #tags; claims with their evidence; arguments with numbered claim references; footnote citations',
    cannot: 'the full source texts and passage positions',
  },
  html: {
    can: 'documents with their quoted passages, notes and themes; claims with their evidence; arguments with numbered claim references; notes with citations',
    cannot: 'the full source texts and passage positions',
  },
  pdf: {
    can: 'the printable HTML: passages, notes, themes, claims, arguments and citations',
    cannot: 'anything another program can read back (positions, the theme tree)',
  },
  docx: {
    can: 'each document’s text with passages as Word comments; claims and arguments with one footnote per reference',
    cannot: 'the theme tree as structure (themes are named in the comments) and passage positions for re-import',
  },
  csv: {
    can: 'one table: annotations (quote, note, themes, code-point positions) or claims (status, credibility, evidence counts, sources)',
    cannot: 'the other table, rich-text formatting, arguments',
  },
  w3c: {
    can: 'source texts, annotations with quote and code-point position selectors, notes, themes with their tree and colours',
    cannot: 'claims and arguments (the Web Annotation model has no such thing)',
  },
  qdpx: {
    can: 'source texts, the theme tree as codes, passages as coded selections with their notes, claims as notes linked to their passages, collections as sets, document variables',
    cannot: 'claims as such (REFI-QDA has no claims: they become notes) and arguments; passages no longer found in the text',
  },
  csl: { can: 'one CSL-JSON item per source document', cannot: 'passages, notes, themes, claims and arguments' },
  bibtex: { can: 'one BibTeX entry per source document', cannot: 'passages, notes, themes, claims and arguments' },
  biblatex: { can: 'one BibLaTeX entry per source document', cannot: 'passages, notes, themes, claims and arguments' },
};

const NONE: ExportCounts = { documents: 0, themes: 0, annotations: 0, claims: 0, arguments: 0 };

const distinct = <T>(xs: T[]): number => new Set(xs).size;

/** What a format writes of a bundle; formats whose writer decides (REFI-QDA) pass their own counts. */
export function writtenCounts(format: ExportFormat, b: ExportBundle, req: Pick<ExportRequest, 'csv'>, own?: ExportCounts): ExportCounts {
  if (own) return own;
  switch (format) {
    case 'md':
    case 'html':
    case 'pdf':
    case 'docx':
      return countsOf(b);
    case 'csv':
      return req.csv === 'claims'
        ? { ...NONE, claims: b.claims.length, documents: distinct(b.claims.flatMap((c) => c.evidence.map((e) => e.documentUid))) }
        : {
            ...NONE,
            annotations: b.annotations.length,
            documents: distinct(b.annotations.map((a) => a.documentUid)),
            themes: distinct(b.annotations.flatMap((a) => a.themeUids)),
          };
    case 'w3c':
      return { ...NONE, documents: b.documents.length, themes: b.themes.length, annotations: b.annotations.length };
    case 'qdpx':
    case 'csl':
    case 'bibtex':
    case 'biblatex':
      return { ...NONE, documents: b.documents.length };
  }
}

const NOUNS: Record<keyof ExportCounts, string> = { documents: 'document', themes: 'theme', annotations: 'annotation', claims: 'claim', arguments: 'argument' };

/** What the scope had that the file does not: "2 arguments", with the format's reason once. */
export function omittedOf(format: ExportFormat, scope: ExportCounts, written: ExportCounts): string[] {
  return (Object.keys(NOUNS) as (keyof ExportCounts)[])
    .filter((k) => scope[k] > written[k])
    .map((k) => `${plural(scope[k] - written[k], NOUNS[k])} not in the file (${format} cannot carry ${REACH[format].cannot})`);
}
