-- Each theme tag carries its passage's document, outlet and publication date, how many themes
-- its passage has (tags) and whether it is the passage's first (lowest theme id) tag, so a
-- matrix of themes against outlets or time reads one narrow table and its indexes instead of
-- joining every coded passage to its annotation and document. Triggers keep the copies in step
-- in the same transaction as any write: a new or removed tag updates its passage's tags, and a
-- document's new outlet or date reaches its tags.
ALTER TABLE annotation_themes ADD COLUMN document_id INTEGER;
ALTER TABLE annotation_themes ADD COLUMN outlet_id INTEGER;
ALTER TABLE annotation_themes ADD COLUMN published TEXT;
ALTER TABLE annotation_themes ADD COLUMN tags INTEGER NOT NULL DEFAULT 1;
ALTER TABLE annotation_themes ADD COLUMN is_first INTEGER NOT NULL DEFAULT 1;

UPDATE annotation_themes SET (document_id, outlet_id, published) =
  (SELECT d.id, d.outlet_id, d.published FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.id = annotation_themes.annotation_id);
UPDATE annotation_themes SET
  tags = (SELECT count(*) FROM annotation_themes x WHERE x.annotation_id = annotation_themes.annotation_id),
  is_first = theme_id = (SELECT min(x.theme_id) FROM annotation_themes x WHERE x.annotation_id = annotation_themes.annotation_id);

CREATE INDEX annotation_themes_by_theme_facts ON annotation_themes(theme_id, outlet_id, published, document_id, tags);
CREATE INDEX annotation_themes_first_facts ON annotation_themes(outlet_id, published, document_id) WHERE is_first = 1;

CREATE TRIGGER annotation_themes_added AFTER INSERT ON annotation_themes BEGIN
  UPDATE annotation_themes SET (document_id, outlet_id, published) =
    (SELECT d.id, d.outlet_id, d.published FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.id = NEW.annotation_id)
  WHERE annotation_id = NEW.annotation_id AND theme_id = NEW.theme_id;
  UPDATE annotation_themes SET
    tags = (SELECT count(*) FROM annotation_themes x WHERE x.annotation_id = NEW.annotation_id),
    is_first = theme_id = (SELECT min(x.theme_id) FROM annotation_themes x WHERE x.annotation_id = NEW.annotation_id)
  WHERE annotation_id = NEW.annotation_id;
END;

CREATE TRIGGER annotation_themes_removed AFTER DELETE ON annotation_themes BEGIN
  UPDATE annotation_themes SET
    tags = (SELECT count(*) FROM annotation_themes x WHERE x.annotation_id = OLD.annotation_id),
    is_first = theme_id = (SELECT min(x.theme_id) FROM annotation_themes x WHERE x.annotation_id = OLD.annotation_id)
  WHERE annotation_id = OLD.annotation_id;
END;

CREATE TRIGGER documents_facts_to_tags AFTER UPDATE OF outlet_id, published ON documents
WHEN NEW.outlet_id IS NOT OLD.outlet_id OR NEW.published IS NOT OLD.published BEGIN
  UPDATE annotation_themes SET outlet_id = NEW.outlet_id, published = NEW.published
  WHERE annotation_id IN (SELECT id FROM annotations WHERE document_id = NEW.id);
END;
