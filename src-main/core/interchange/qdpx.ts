import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { utf16ToCodePoint } from '@common/text/offsets';
import type { ExportCounts } from '@common/api/schemas/export';
import type { ExportBundle, ExportClaim, ExportDocument, ExportTheme, Progress } from '../export/model';
import { STANCE_LABEL, STATUS_LABEL } from '../export/outline';
import { exportTitle } from '../export/outline';
import { xmlSafe } from '../export/xml-text';

// REFI-QDA project exchange (QDA-XML 1.0 / REFI-QDA 1.5): a zip with project.qde and one
// plain-text file per source. Themes are the codebook, annotations are PlainTextSelections
// (code points, end exclusive) coded with their themes. A note is written twice, as the
// selection's Description (where QualCoder and MAXQDA read a coding memo) and as a Note it
// refers to (where NVivo and ATLAS.ti look). REFI-QDA has no claims: each claim becomes a Note
// named "Claim: …" that every passage of its evidence refers to. Collections are Sets,
// document variables Variables with a VariableValue on each source.

export const QDA_NS = 'urn:QDA-XML:project:1.0';

/** A GUID derived from stable parts, so exporting the same project twice gives the same ids. */
export function stableGuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  // Shaped as a version-5 UUID: the variant and version nibbles set as RFC 4122 asks.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
});

type Node = Record<string, unknown>;

function codes(themes: ExportTheme[], parent: string | null): Node[] {
  return themes
    .filter((t) => t.parentUid === parent)
    .map((t) => {
      const children = codes(themes, t.uid);
      return {
        '@_guid': t.uid,
        '@_name': xmlSafe(t.name),
        '@_isCodable': 'true',
        '@_color': t.color,
        ...(t.description.trim() ? { Description: xmlSafe(t.description) } : {}),
        ...(children.length ? { Code: children } : {}),
      };
    });
}

/** Metadata REFI-QDA has no field for, as "Key: value" lines in the source's Description. */
export function describeSource(d: ExportDocument): string {
  const lines: [string, string | null][] = [
    ['Outlet', d.outlet],
    ['Author', d.author],
    ['URL', d.url],
    ['Published', d.published],
    ['Language', d.language],
  ];
  return lines
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${xmlSafe(v!.replace(/\s+/g, ' '))}`)
    .join('\n');
}

const isGuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
const guidOf = (uid: string, kind: string): string => (isGuid(uid) ? uid : stableGuid(kind, uid));

/** A claim as the text of a note: its statement, assessment and evidence with stances. */
export function claimNoteText(c: ExportClaim): string {
  const lines = [c.statement, `Status: ${STATUS_LABEL[c.status]}; credibility ${c.credibility}${c.eventDate ? `; event date ${c.eventDate}` : ''}`];
  if (c.notes.trim()) lines.push(c.notes.trim());
  for (const e of c.evidence) lines.push(`${STANCE_LABEL[e.stance]}: “${e.exact.replace(/\s+/g, ' ')}”${e.note.trim() ? ` (${e.note.trim()})` : ''}`);
  return lines.join('\n');
}

/** The name Dossier gives a claim's note; its import leaves such notes out of passage notes. */
export const CLAIM_NOTE_PREFIX = 'Claim: ';

export function projectQde(b: ExportBundle, progress?: Progress): { xml: string; counts: ExportCounts } {
  const user = stableGuid('user', b.projectName);
  const stamp = { '@_creatingUser': user, '@_creationDateTime': b.exportedAt };
  const known = new Set(b.themes.map((t) => t.uid));
  const byDoc = new Map<string, ExportBundle['annotations']>();
  for (const a of b.annotations) {
    if (!a.positioned) continue;
    const list = byDoc.get(a.documentUid) ?? [];
    list.push(a);
    byDoc.set(a.documentUid, list);
  }
  const written = new Set([...byDoc.values()].flat().map((a) => a.uid));
  const notes: Node[] = [];
  // Claims with at least one passage in the file, as notes the passages refer to.
  const claimNotes = new Map<string, string[]>();
  let claimCount = 0;
  for (const c of b.claims) {
    const linked = c.evidence.filter((e) => written.has(e.annotationUid));
    if (!linked.length) continue;
    claimCount++;
    const guid = stableGuid('claim', c.uid);
    notes.push({ '@_guid': guid, '@_name': xmlSafe(`${CLAIM_NOTE_PREFIX}${c.statement.replace(/\s+/g, ' ').slice(0, 200)}`), ...stamp, PlainTextContent: xmlSafe(claimNoteText(c)) });
    for (const e of linked) claimNotes.set(e.annotationUid, [...(claimNotes.get(e.annotationUid) ?? []), guid]);
  }
  const variableGuids = new Map(b.variables.map((v) => [v.uid, guidOf(v.uid, 'variable')]));
  const variableTypes = new Map(b.variables.map((v) => [v.uid, v.type]));
  const sources = b.documents.map((d, i) => {
    const guid = guidOf(d.uid, 'source');
    const selections = (byDoc.get(d.uid) ?? []).map((a) => {
      const noteGuid = stableGuid('note', a.uid);
      const hasNote = a.noteText.trim() !== '';
      if (hasNote) {
        notes.push({
          '@_guid': noteGuid,
          '@_name': xmlSafe(`Note on “${a.exact.replace(/\s+/g, ' ').slice(0, 60)}”`),
          ...stamp,
          PlainTextContent: xmlSafe(a.noteText),
        });
      }
      const codings = a.themeUids
        .filter((t) => known.has(t))
        .map((t) => ({ '@_guid': stableGuid('coding', a.uid, t), '@_creatingUser': user, '@_creationDateTime': a.createdAt, CodeRef: { '@_targetGUID': t } }));
      const refs = [...(hasNote ? [noteGuid] : []), ...(claimNotes.get(a.uid) ?? [])].map((g) => ({ '@_targetGUID': g }));
      return {
        '@_guid': guidOf(a.uid, 'selection'),
        '@_name': xmlSafe(a.exact.replace(/\s+/g, ' ').slice(0, 100)),
        '@_startPosition': utf16ToCodePoint(d.text, a.start),
        '@_endPosition': utf16ToCodePoint(d.text, a.end),
        '@_creatingUser': user,
        '@_creationDateTime': a.createdAt,
        ...(hasNote ? { Description: xmlSafe(a.noteText) } : {}),
        ...(codings.length ? { Coding: codings } : {}),
        ...(refs.length ? { NoteRef: refs } : {}),
      };
    });
    if (i % 100 === 99) progress?.(i + 1, b.documents.length);
    const description = describeSource(d);
    const values = d.variables
      .filter((v) => variableGuids.has(v.variableUid))
      .map((v) => ({ VariableRef: { '@_targetGUID': variableGuids.get(v.variableUid) }, [`${variableTypes.get(v.variableUid)}Value`]: xmlSafe(v.value) }));
    return {
      '@_guid': guid,
      '@_name': xmlSafe(d.title),
      '@_plainTextPath': `internal://${guid}.txt`,
      ...stamp,
      ...(description ? { Description: description } : {}),
      ...(selections.length ? { PlainTextSelection: selections } : {}),
      ...(values.length ? { VariableValue: values } : {}),
    };
  });
  const project: Node = {
    '@_xmlns': QDA_NS,
    '@_name': xmlSafe(exportTitle(b)),
    '@_origin': 'Dossier',
    '@_creatingUserGUID': user,
    '@_creationDateTime': b.exportedAt,
    Users: { User: [{ '@_guid': user, '@_name': 'Dossier' }] },
  };
  // Each of these needs at least one child in the schema: left out when empty. The order is the schema's.
  if (b.themes.length) project.CodeBook = { Codes: { Code: codes(b.themes, null) } };
  if (b.variables.length) {
    project.Variables = {
      Variable: b.variables.map((v) => ({
        '@_guid': variableGuids.get(v.uid),
        '@_name': xmlSafe(v.name),
        '@_typeOfVariable': v.type,
        ...(v.description ? { Description: xmlSafe(v.description) } : {}),
      })),
    };
  }
  if (sources.length) project.Sources = { TextSource: sources };
  if (notes.length) project.Notes = { Note: notes };
  if (b.collections.length) {
    project.Sets = {
      Set: b.collections.map((c) => ({
        '@_guid': guidOf(c.uid, 'set'),
        '@_name': xmlSafe(c.name),
        ...(c.description ? { Description: xmlSafe(c.description) } : {}),
        ...(c.themeUids.length ? { MemberCode: c.themeUids.map((t) => ({ '@_targetGUID': t })) } : {}),
        ...(c.documentUids.length ? { MemberSource: c.documentUids.map((d) => ({ '@_targetGUID': guidOf(d, 'source') })) } : {}),
      })),
    };
  }
  project.Description = xmlSafe(`Exported from Dossier (${b.scope.kind === 'project' ? 'whole project' : b.scope.label}) on ${b.exportedAt}`);
  const counts = { documents: b.documents.length, themes: b.themes.length, annotations: written.size, claims: claimCount, arguments: 0 };
  return { xml: `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ Project: project })}`, counts };
}

/** The .qdpx zip: flat entry names (fflate writes a nested {'sources/': {}} key as "sources//"). */
export function toQdpx(b: ExportBundle, progress?: Progress): { data: Uint8Array; counts: ExportCounts } {
  const { xml, counts } = projectQde(b, progress);
  const files: Zippable = { 'project.qde': strToU8(xml) };
  for (const d of b.documents) files[`sources/${guidOf(d.uid, 'source')}.txt`] = strToU8(d.text);
  // Level 1: texts still shrink to about a third, at a fraction of level 6's time on large projects.
  return { data: zipSync(files, { level: 1 }), counts };
}
