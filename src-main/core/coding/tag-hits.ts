import type { TagHitsRequest, TagPreview, TagResult } from '@common/api/schemas/coding';
import { createAnnotationsAt, deleteAnnotation } from '../annotate/annotations';
import type { Project } from '../session';
import { themeRow } from '../themes/themes';
import { hitPassages, type HitPassage } from './hit-passages';
import { prepared } from '../data/statements';

const SAMPLES = 20;

/** The passages to tag and those with the same range that carry the theme already. */
function plan(p: Project, req: TagHitsRequest): { todo: HitPassage[]; already: number; capped: boolean; themeId: number } {
  const theme = themeRow(p, req.theme);
  const { passages, capped } = hitPassages(p, req.search, req.spread);
  const tagged = prepared(p, 
    `SELECT 1 FROM annotations a JOIN annotation_themes at ON at.annotation_id = a.id
     WHERE a.document_id = ? AND a.start = ? AND a."end" = ? AND at.theme_id = ? LIMIT 1`,
  );
  const todo = passages.filter((x) => !tagged.get(x.documentId, x.start, x.end, theme.id));
  return { todo, already: passages.length - todo.length, capped, themeId: theme.id };
}

/** What "Tag all hits" would do: how many passages, how many are tagged already, the first ones. */
export function previewTagging(p: Project, req: TagHitsRequest): TagPreview {
  const { todo, already, capped } = plan(p, req);
  const samples = todo.slice(0, SAMPLES).map(({ documentUid, documentTitle, start, end, exact }) => ({ documentUid, documentTitle, start, end, exact }));
  return { toTag: todo.length, alreadyTagged: already, samples, capped };
}

/**
 * Tags every passage of a search's hits with one theme, in one transaction: a new annotation
 * per passage, written in one batch (a range that carries the theme already is left alone). The uids it returns are
 * what undo deletes, and nothing else.
 */
export function tagHits(p: Project, req: TagHitsRequest): TagResult {
  return p.db.transaction(() => {
    const { todo, already, capped, themeId } = plan(p, req);
    return { created: createAnnotationsAt(p, todo, [themeId]), alreadyTagged: already, capped };
  })();
}

/** Undo of tagHits: deletes the annotations it made that still exist. */
export function untagHits(p: Project, uids: readonly string[]): { removed: number } {
  return p.db.transaction(() => {
    const exists = prepared(p, 'SELECT 1 FROM annotations WHERE uid = ?');
    let removed = 0;
    for (const uid of uids) {
      if (!exists.get(uid)) continue;
      deleteAnnotation(p, uid);
      removed++;
    }
    return { removed };
  })();
}
