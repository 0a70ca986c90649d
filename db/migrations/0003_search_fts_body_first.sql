-- The search index, body column first. FTS5 marks every (term, row) entry of any column but
-- the first with the column number (two bytes); nearly all rows are passages whose text is
-- in the body, so with the body first the index shrinks by about a third (bench: search).
-- The FTS table is contentless and its text folded in TypeScript, so it cannot be copied
-- here: the rows are emptied and the 'search.rebuild' setting makes the core rebuild them
-- when it opens the project (core/search/rebuild.ts).
-- search_items_by_kind_date goes too: the FTS match always drives a search and looks
-- search_items up by key, so the index was never used and cost space on every row.
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  body, title,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
DROP INDEX search_items_by_kind_date;
DELETE FROM search_items;
INSERT OR REPLACE INTO settings (key, value) VALUES ('search.rebuild', '1');
