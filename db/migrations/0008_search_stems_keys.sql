-- Multilingual search: beside the folded words, the index holds each word's stem (column
-- stems, only where it differs from the word) and the name key of each capitalised word
-- (column keys), so inflected forms and other scripts and spellings of a name are found.
-- Each passage's language (metadata or detected) is kept with its row, for stemming and for
-- showing how a hit matched. The FTS table is contentless and its forms are computed in
-- TypeScript: the rows are emptied and the core rebuilds them (core/search/rebuild.ts).
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  body, title, stems, keys,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
ALTER TABLE search_items ADD COLUMN lang TEXT;
DELETE FROM search_items;
INSERT OR REPLACE INTO settings (key, value) VALUES ('search.rebuild', '1');
-- Alias groups: names that mean one thing (Turkey = Türkiye = Türkei = Турция), applied when a
-- search runs. The region's starter set (resources/search/aliases.json) is added by the core
-- when it opens the project and finds 'aliases.seed' (core/search/aliases.ts).
CREATE TABLE alias_groups (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE aliases (
  group_id INTEGER NOT NULL REFERENCES alias_groups(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  folded   TEXT NOT NULL,
  UNIQUE (group_id, folded)
);
CREATE INDEX aliases_by_folded ON aliases(folded);
INSERT OR REPLACE INTO settings (key, value) VALUES ('aliases.seed', '1');
