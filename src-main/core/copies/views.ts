import type { CopyDocument, CopyList, CopyPair, DocumentSources, DocumentUpstream } from '@common/api/schemas/copies';
import type { z } from 'zod';
import type { UpstreamChoice } from '@common/api/schemas/copies';
import type { Project } from '../session';
import { prepared } from '../data/statements';
import { documentRow } from '../library/documents';
import { ensureOutlet } from '../library/outlets';
import { linksOf, type StoredLink } from './copy-store';
import { clearUpstream, setDatelineUpstream, setManualUpstream, upstreamOf } from './upstreams';
import { analyseDocument } from './analyse';

function documentsById(p: Project, ids: number[]): Map<number, CopyDocument> {
  const rows = prepared(
    p,
    `SELECT d.id, d.uid, d.title, o.name AS outlet, d.published FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
     WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (CopyDocument & { id: number })[];
  return new Map(rows.map(({ id, ...d }) => [id, d]));
}

/** Links as pairs; with `first`, that document is put first (its ranges become the a-ranges). */
function toPairs(p: Project, links: StoredLink[], first?: number): CopyPair[] {
  const docs = documentsById(p, [...new Set(links.flatMap((l) => [l.a, l.b]))]);
  return links.map((l) => {
    const swap = first !== undefined && l.b === first;
    const [x, y] = swap ? [docs.get(l.b)!, docs.get(l.a)!] : [docs.get(l.a)!, docs.get(l.b)!];
    const spans = l.spans.map((s) =>
      swap ? { aStart: s.bStart, aEnd: s.bEnd, bStart: s.aStart, bEnd: s.aEnd, words: s.words, longestRun: s.longestRun } : s,
    );
    return { documents: [x.uid, y.uid], details: [x, y], sharedWords: l.sharedWords, longestRun: l.longestRun, share: l.share, spans };
  });
}

/** Every copy pair of the project, or of one document (that one first in each pair). */
export function listCopies(p: Project, documentRef?: string): CopyList {
  if (documentRef === undefined) return { pairs: toPairs(p, linksOf(p)) };
  const id = documentRow(p, documentRef).id;
  return { pairs: toPairs(p, linksOf(p, id), id).sort((x, y) => y.sharedWords - x.sharedWords) };
}

function upstreamDto(p: Project, documentId: number): DocumentUpstream | null {
  const r = upstreamOf(p, documentId);
  if (!r) return null;
  const outlet = r.outlet_id === null ? undefined : (prepared(p, 'SELECT uid, name FROM outlets WHERE id = ?').get(r.outlet_id) as { uid: string; name: string });
  const upDoc = r.upstream_document_id === null ? undefined : (prepared(p, 'SELECT uid FROM documents WHERE id = ?').get(r.upstream_document_id) as { uid: string });
  return {
    name: outlet?.name ?? r.name,
    outletUid: outlet?.uid ?? null,
    source: r.source,
    evidence: r.source === 'copy' ? '' : r.evidence,
    upstreamDocument: upDoc?.uid ?? null,
  };
}

export function documentSources(p: Project, ref: string): DocumentSources {
  const id = documentRow(p, ref).id;
  return { upstream: upstreamDto(p, id), copies: listCopies(p, ref).pairs };
}

/** The analyst marks a document as a reprint of an outlet, as independent, or leaves it to detection. */
export function setUpstream(p: Project, ref: string, choice: z.output<typeof UpstreamChoice>): DocumentSources {
  const id = documentRow(p, ref).id;
  p.db.transaction(() => {
    if (choice.kind === 'independent') setManualUpstream(p, id, null);
    else if (choice.kind === 'reprint') {
      const outletId = ensureOutlet(p, choice.outlet)!; // the contract refuses an empty name
      setManualUpstream(p, id, outletId);
    } else {
      clearUpstream(p, id);
      setDatelineUpstream(p, id);
      analyseDocument(p, id);
    }
  })();
  return documentSources(p, ref);
}
