import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { codePointToUtf16 } from '@common/text/offsets';
import { DossierError } from '../errors';
import type { VariableType } from '../export/model';
import { VARIABLE_TYPES } from '../export/model';
import { CLAIM_NOTE_PREFIX } from './qdpx';
import type { ImportedAnnotation, ImportedCollection, ImportedDocument, ImportedProject, ImportedTheme, ImportedVariable } from './import-write';

// Reads a REFI-QDA project (.qdpx): the codebook becomes themes, text sources documents,
// PlainTextSelections annotations (code points → UTF-16) with their codings and notes (the
// selection's Description, else the Notes it refers to), Sets collections, Variables document
// variables (on sources or on the Cases that hold them). Descriptions are kept byte for byte.
// Text comes from sources/<file> (plainTextPath internal://…) or PlainTextContent.

const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

const REPEATED = new Set([
  'User', 'Code', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource',
  'Set', 'MemberCode', 'MemberSource', 'MemberNote', 'Variable', 'VariableValue', 'Case', 'SourceRef',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

type El = Record<string, unknown>;
const fail = (why: string): DossierError => new DossierError('invalid-input', `not a readable REFI-QDA project: ${why}`);
const list = (v: unknown): El[] => (Array.isArray(v) ? (v as El[]) : []);
const attr = (e: El, name: string): string | null => (typeof e[`@_${name}`] === 'string' ? (e[`@_${name}`] as string) : null);
const textOf = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as El)['#text'] === 'string' ? ((v as El)['#text'] as string) : '');

function readCodes(codes: El[], parentKey: string | null, out: ImportedTheme[]): void {
  for (const c of codes) {
    const key = attr(c, 'guid');
    if (!key) throw fail('a Code has no guid');
    out.push({ key, name: attr(c, 'name') ?? 'Untitled code', parentKey, color: attr(c, 'color'), description: textOf(c.Description) });
    readCodes(list(c.Code), key, out);
  }
}

/** "Key: value" lines of Dossier's source Description back into document metadata. */
function describedMeta(description: string): Partial<Record<'outlet' | 'author' | 'url' | 'published' | 'language', string>> {
  const keys = { Outlet: 'outlet', Author: 'author', URL: 'url', Published: 'published', Language: 'language' } as const;
  const out: Partial<Record<(typeof keys)[keyof typeof keys], string>> = {};
  for (const line of description.split('\n')) {
    const m = /^(Outlet|Author|URL|Published|Language): (.+)$/.exec(line.trim());
    if (m) out[keys[m[1] as keyof typeof keys]] = m[2]!.trim();
  }
  return out;
}

function sourceText(src: El, files: Record<string, Uint8Array>): string {
  const inline = src.PlainTextContent;
  if (inline !== undefined) return textOf(inline);
  const path = attr(src, 'plainTextPath');
  if (!path) throw fail(`source "${attr(src, 'name')}" has neither plainTextPath nor PlainTextContent`);
  const name = path.replace(/^internal:\/\//, '');
  const bytes = files[`sources/${name}`] ?? files[name];
  if (!bytes) throw fail(`the text of source "${attr(src, 'name')}" (${path}) is not in the file`);
  return strFromU8(bytes).replace(/^\uFEFF/, '').normalize('NFC');
}

const VALUE_ELEMENTS = VARIABLE_TYPES.map((t) => `${t}Value`);

/** Variable values of a source or a case, by variable guid; a value of no known type is left out. */
function variableValues(holder: El): { key: string; value: string }[] {
  return list(holder.VariableValue).flatMap((v) => {
    const key = attr((v.VariableRef as El | undefined) ?? {}, 'targetGUID');
    const element = VALUE_ELEMENTS.find((e) => v[e] !== undefined);
    return key && element ? [{ key, value: textOf(v[element]) }] : [];
  });
}

function readSets(project: El): ImportedCollection[] {
  return list((project.Sets as El | undefined)?.Set).map((s) => ({
    key: attr(s, 'guid') ?? '',
    name: attr(s, 'name') ?? 'Untitled set',
    description: textOf(s.Description),
    documentKeys: list(s.MemberSource).map((m) => attr(m, 'targetGUID') ?? ''),
    themeKeys: list(s.MemberCode).map((m) => attr(m, 'targetGUID') ?? ''),
  }));
}

function readVariables(project: El): ImportedVariable[] {
  return list((project.Variables as El | undefined)?.Variable).map((v) => {
    const type = attr(v, 'typeOfVariable');
    return {
      key: attr(v, 'guid') ?? '',
      name: attr(v, 'name') ?? 'Untitled variable',
      type: (VARIABLE_TYPES as readonly string[]).includes(type ?? '') ? (type as VariableType) : 'Text',
      description: textOf(v.Description),
    };
  });
}

export function readQdpx(zip: Uint8Array): ImportedProject & { skipped: number } {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    // Only the project and plain texts are read, within limits: a zip bomb never inflates.
    files = unzipSync(zip, {
      filter: (f) => {
        if (f.name !== 'project.qde' && !f.name.toLowerCase().endsWith('.txt')) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw new DossierError('invalid-input', `not a readable REFI-QDA project: ${f.name} is too large`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw fail('the file is not a zip archive');
  }
  const qde = files['project.qde'];
  if (!qde) throw fail('project.qde is missing');
  const xml = strFromU8(qde);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw fail(`project.qde is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let parsed: El;
  try {
    parsed = parser.parse(xml) as El;
  } catch (err) {
    // The parser refuses external entities (XXE) and runaway entity expansion: the file's fault, not ours.
    throw fail(`project.qde cannot be read (${(err as Error).message})`);
  }
  const project = parsed.Project as El | undefined;
  if (!project || typeof project !== 'object') throw fail('project.qde has no Project element');

  const themes: ImportedTheme[] = [];
  readCodes(list(((project.CodeBook as El | undefined)?.Codes as El | undefined)?.Code), null, themes);
  const notes = new Map<string, string>();
  for (const n of list((project.Notes as El | undefined)?.Note)) {
    const guid = attr(n, 'guid');
    // Dossier's claim notes are claims, not passage notes: they stay out of the passages' notes.
    if (guid && !attr(n, 'name')?.startsWith(CLAIM_NOTE_PREFIX)) notes.set(guid, (n.PlainTextContent !== undefined ? textOf(n.PlainTextContent) : sourceText(n, files)).trim());
  }
  // Cases hand their variable values to the sources they hold.
  const caseValues = new Map<string, { key: string; value: string }[]>();
  for (const c of list((project.Cases as El | undefined)?.Case)) {
    for (const ref of list(c.SourceRef)) {
      const src = attr(ref, 'targetGUID');
      if (src) caseValues.set(src, [...(caseValues.get(src) ?? []), ...variableValues(c)]);
    }
  }
  const codeKeys = new Set(themes.map((t) => t.key));
  const documents: ImportedDocument[] = [];
  const annotations: ImportedAnnotation[] = [];
  let skipped = 0;
  for (const src of list((project.Sources as El | undefined)?.TextSource)) {
    const key = attr(src, 'guid');
    if (!key) throw fail('a TextSource has no guid');
    const text = sourceText(src, files);
    const meta = describedMeta(textOf(src.Description));
    documents.push({
      key,
      title: attr(src, 'name') ?? 'Untitled',
      outlet: meta.outlet ?? null,
      author: meta.author ?? null,
      url: meta.url ?? null,
      published: meta.published ?? null,
      language: meta.language ?? null,
      text,
      blocks: null,
      variables: [...(caseValues.get(key) ?? []), ...variableValues(src)],
    });
    for (const sel of list(src.PlainTextSelection)) {
      const s = Number(attr(sel, 'startPosition'));
      const e = Number(attr(sel, 'endPosition'));
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0) throw fail(`a selection in "${attr(src, 'name')}" has no valid positions`);
      const start = codePointToUtf16(text, s);
      const end = codePointToUtf16(text, e);
      if (end <= start || !text.slice(start, end).trim()) {
        skipped++;
        continue;
      }
      const themeKeys = list(sel.Coding)
        .map((c) => attr((c.CodeRef as El | undefined) ?? {}, 'targetGUID'))
        .filter((k): k is string => !!k && codeKeys.has(k));
      // The selection's own Description is its coding memo; the Notes it refers to stand in without one.
      const description = textOf(sel.Description);
      const noteText = description.trim()
        ? description
        : list(sel.NoteRef)
            .map((r) => notes.get(attr(r, 'targetGUID') ?? '') ?? '')
            .filter(Boolean)
            .join('\n\n');
      annotations.push({ documentKey: key, start, end, themeKeys, note: null, noteText });
    }
  }
  return { themes, documents, annotations, skipped, collections: readSets(project), variables: readVariables(project) };
}
