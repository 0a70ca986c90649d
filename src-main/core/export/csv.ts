import Papa from 'papaparse';
import { utf16ToCodePoint } from '@common/text/offsets';
import type { ExportBundle } from './model';
import { citation, independentOutlets, themePaths } from './outline';

// Spreadsheet tables. UTF-8 with a BOM so Excel reads non-ASCII names right; a cell starting
// with = + - @ (or tab / CR) gets a leading apostrophe so no spreadsheet runs it as a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection in one text cell. */
export const safeCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

function table(fields: string[], rows: (string | number)[][]): string {
  const data = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeCell(v) : v)));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** One row per annotation; start/end count code points, as W3C and REFI-QDA do. */
export function annotationsCsv(b: ExportBundle): string {
  const paths = themePaths(b.themes);
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const fields = ['annotation', 'document', 'title', 'outlet', 'published', 'url', 'quote', 'note', 'themes', 'start', 'end', 'anchor', 'created', 'updated'];
  const rows = b.annotations.map((a) => {
    const d = docs.get(a.documentUid);
    const text = d?.text ?? '';
    return [
      a.uid,
      a.documentUid,
      d?.title ?? '',
      d?.outlet ?? '',
      d?.published ?? '',
      d?.url ?? '',
      a.exact,
      a.noteText,
      a.themeUids.map((t) => (paths.get(t) ?? []).join(' > ')).join('; '),
      a.positioned ? utf16ToCodePoint(text, a.start) : '',
      a.positioned ? utf16ToCodePoint(text, a.end) : '',
      a.anchorStatus,
      a.createdAt,
      a.updatedAt,
    ];
  });
  return table(fields, rows);
}

/** One row per claim, with its evidence counted by stance and its sources cited. */
export function claimsCsv(b: ExportBundle): string {
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const fields = ['claim', 'statement', 'status', 'credibility', 'event_date', 'independent_outlets', 'supports', 'contradicts', 'context', 'quotes', 'sources', 'notes'];
  const rows = b.claims.map((c) => {
    const count = (stance: string): number => c.evidence.filter((e) => e.stance === stance).length;
    const sources = [...new Set(c.evidence.map((e) => e.documentUid))].map((uid) => docs.get(uid)).filter((d) => !!d);
    return [
      c.uid,
      c.statement,
      c.status,
      c.credibility,
      c.eventDate ?? '',
      independentOutlets(c, docs),
      count('supports'),
      count('contradicts'),
      count('context'),
      c.evidence.map((e) => `[${e.stance}] ${e.exact}`).join(' | '),
      sources.map(citation).join(' | '),
      c.notes,
    ];
  });
  return table(fields, rows);
}
