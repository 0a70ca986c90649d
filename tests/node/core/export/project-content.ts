import type { Project } from '../../../../src-main/core/session';

/**
 * What an exchange format must carry over, independent of uids and timestamps: documents'
 * text and metadata, the theme tree by names, and each annotation's document, offsets,
 * quote, themes and note text.
 */
export function projectContent(p: Project): unknown {
  const documents = p.db
    .prepare(
      `SELECT d.title, o.name AS outlet, d.author, d.url, d.published, v.text FROM documents d
       LEFT JOIN outlets o ON o.id = d.outlet_id JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
       ORDER BY d.title`,
    )
    .all();
  const themes = p.db
    .prepare(
      `WITH RECURSIVE path(id, name) AS (
         SELECT id, name FROM themes WHERE parent_id IS NULL
         UNION ALL SELECT t.id, path.name || ' > ' || t.name FROM themes t JOIN path ON t.parent_id = path.id)
       SELECT path.name, t.color, t.description FROM path JOIN themes t ON t.id = path.id ORDER BY path.name`,
    )
    .all();
  const annotations = p.db
    .prepare(
      `SELECT d.title AS document, a.start, a."end", a.exact, a.prefix, a.suffix, a.note_text AS note,
         (SELECT group_concat(name, '|') FROM (SELECT t.name FROM annotation_themes at JOIN themes t ON t.id = at.theme_id
           WHERE at.annotation_id = a.id ORDER BY t.name)) AS themes
       FROM annotations a JOIN documents d ON d.id = a.document_id ORDER BY d.title, a.start, a."end"`,
    )
    .all();
  return { documents, themes, annotations };
}
