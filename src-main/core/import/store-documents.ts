import type { ImportFileResult, ImportRequest } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import { addVersion, documentRow, findByUrl, findDuplicate, insertDocument, outletOfNew } from '../library/documents';
import type { Project } from '../session';
import { analyseDocument } from '../copies/analyse';
import type { Prepared } from './prepare-document';

function store(p: Project, { file, doc }: Prepared, overrides: ImportRequest['overrides']): ImportFileResult {
  const target = overrides.versionOf ? documentRow(p, overrides.versionOf) : doc.url ? findByUrl(p, doc.url) : undefined;
  // A new version keeps its document's outlet. An outlet created here is new, so nothing can
  // repeat it: the document is then stored under it.
  const outletId = target ? target.outlet_id : outletOfNew(p, doc);
  const dup = findDuplicate(p, doc, outletId);
  if (dup) return { file, status: 'duplicate', existing: dup.uid, title: dup.title };
  if (target) {
    addVersion(p, target.id, doc);
    analyseDocument(p, target.id);
    return { file, status: 'version', uid: target.uid, title: doc.title, passages: doc.blocks.length };
  }
  const { id, uid } = insertDocument(p, doc, outletId);
  analyseDocument(p, id);
  return { file, status: 'imported', uid, title: doc.title, passages: doc.blocks.length };
}

export function importFailure(file: string, err: unknown, p: Pick<Project, 'log'>): ImportFileResult {
  if (!(err instanceof DossierError)) p.log.error(`import of ${file} failed`, err);
  const reason = err instanceof DossierError ? err.message : `unexpected error: ${(err as Error).message}`;
  return { file, status: 'failed', reason };
}

/**
 * Stores prepared documents in one transaction, each in its own savepoint: a document that
 * fails rolls back alone, and a kill before the commit leaves none of them. One commit per
 * group instead of per file is what makes large imports fast (a commit is a disk sync).
 */
export function storeGroup(p: Project, group: Prepared[], overrides: ImportRequest['overrides']): ImportFileResult[] {
  try {
    return p.db
      .transaction(() =>
        group.map((g) => {
          try {
            return p.db.transaction(() => store(p, g, overrides))();
          } catch (err) {
            return importFailure(g.file, err, p);
          }
        }),
      )
      .immediate();
  } catch (err) {
    return group.map((g) => importFailure(g.file, err, p));
  }
}
