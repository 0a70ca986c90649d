-- Outlets go by several names ("Trend", "Trend News Agency", "Trend.az") and web domains; an
-- import matches any of them, and a merge keeps the merged outlet's name as an alias. A
-- dateline ("Gabala, October 7, AZERTAC") is metadata of the document: where and when it was
-- filed and which agency it came from (the upstream outlet, kept as a row and as written).
-- Private independent media is an outlet kind of its own.

-- Widening the kind CHECK needs a new table. Dropping the old one runs its ON DELETE SET NULL
-- on documents (foreign keys cannot be turned off inside the migration's transaction), so
-- each document's outlet is kept aside and put back; ids do not change.
CREATE TEMP TABLE migration_document_outlets AS SELECT id, outlet_id FROM documents WHERE outlet_id IS NOT NULL;

CREATE TABLE outlets_new (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  homepage    TEXT,
  country     TEXT,
  language    TEXT,
  kind        TEXT NOT NULL DEFAULT 'other'
              CHECK (kind IN ('news_agency','state_media','private_media','independent_media','think_tank','government','ngo','other')),
  grade       TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A','B','C','D','E','F')),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
INSERT INTO outlets_new (id, uid, name, homepage, country, language, kind, grade, notes, created_at, updated_at)
  SELECT id, uid, name, homepage, country, language, kind, grade, notes, created_at, updated_at FROM outlets;
DROP TABLE outlets;
ALTER TABLE outlets_new RENAME TO outlets;
UPDATE documents SET outlet_id = (SELECT k.outlet_id FROM migration_document_outlets k WHERE k.id = documents.id)
  WHERE id IN (SELECT id FROM migration_document_outlets);
DROP TABLE migration_document_outlets;

-- Other names of an outlet; `folded` is the comparison key (case, diacritics, spaces and
-- punctuation ignored), unique across outlets so a name never points at two of them.
CREATE TABLE outlet_aliases (
  id        INTEGER PRIMARY KEY,
  outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  folded    TEXT NOT NULL UNIQUE
);
CREATE INDEX outlet_aliases_by_outlet ON outlet_aliases(outlet_id);

-- Web domains of an outlet (lower case, without "www."): a document's URL names its outlet.
CREATE TABLE outlet_domains (
  outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
  domain    TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;
CREATE INDEX outlet_domains_by_outlet ON outlet_domains(outlet_id);

ALTER TABLE documents ADD COLUMN dateline TEXT;
ALTER TABLE documents ADD COLUMN dateline_place TEXT;
ALTER TABLE documents ADD COLUMN dateline_date TEXT CHECK (dateline_date IS NULL OR dateline_date GLOB '[0-9][0-9][0-9][0-9]*');
ALTER TABLE documents ADD COLUMN upstream_outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL;
CREATE INDEX documents_by_upstream_outlet ON documents(upstream_outlet_id) WHERE upstream_outlet_id IS NOT NULL;
