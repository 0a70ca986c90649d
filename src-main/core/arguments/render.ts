import type { Stance } from '@common/api/schemas/claims';
import { citationSource } from '../citations/csl';
import { notesCitation } from '../citations/notes-style';
import type { Project } from '../session';
import { argumentRow } from './arguments';
import { numberedReferences } from './argument-view';
import { bracketMarker, type ClaimMarker } from '@common/richtext/doc';
import { readBody } from './body';
import { prepared } from '../data/statements';

export interface RenderedCitation {
  number: number;
  claimUid: string;
  broken: boolean;
  /** The claim's statement, or a visible marker when the claim was deleted. */
  statement: string;
  stances: Stance[];
  /** Combined Admiralty grade ("B2"); null for a broken reference. */
  grade: string | null;
  /** Notes-style citations of the documents whose passages support the claim, once each. */
  sources: string[];
}

export interface RenderedArgument {
  uid: string;
  title: string;
  thesis: string;
  /** The body as plain text, blocks separated by a blank line, each claim reference written by the marker. */
  text: string;
  citations: RenderedCitation[];
}

export const BROKEN_CLAIM = '[deleted claim]';

/**
 * An argument with its numbered citations, for export. `marker` writes a reference in the text
 * ("[1]" by default; Markdown export passes n => `[^${n}]`).
 */
export function renderArgument(p: Project, uid: string, marker: ClaimMarker = bracketMarker): RenderedArgument {
  const row = argumentRow(p, uid);
  const docId = prepared(p, 'SELECT id FROM documents WHERE uid = ?');
  const citations = numberedReferences(p, row.id).citations.map(({ number, claimUid, broken, stances, claim }) => {
    const docs = new Set((claim?.evidence ?? []).filter((e) => e.stance === 'supports').map((e) => e.document.uid));
    return {
      number,
      claimUid,
      broken,
      statement: claim?.statement ?? BROKEN_CLAIM,
      stances,
      grade: claim?.corroboration.grade ?? null,
      sources: [...docs].map((d) => notesCitation(citationSource(p, (docId.get(d) as { id: number }).id)).text),
    };
  });
  return { uid: row.uid, title: row.title, thesis: row.thesis, text: readBody(row.body, marker).text, citations };
}
