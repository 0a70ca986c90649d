-- The whole Dossier domain (DESIGN §5) and the search tables (§6).
-- Later migrations add to this; shipped files never change.

CREATE TABLE outlets (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  homepage    TEXT,
  country     TEXT,
  language    TEXT,
  kind        TEXT NOT NULL DEFAULT 'other'
              CHECK (kind IN ('news_agency','state_media','private_media','think_tank','government','ngo','other')),
  grade       TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A','B','C','D','E','F')),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE documents (
  id              INTEGER PRIMARY KEY,
  uid             TEXT NOT NULL UNIQUE,
  title           TEXT NOT NULL,
  outlet_id       INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
  author          TEXT,
  url             TEXT,
  published       TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]*'),
  retrieved_at    TEXT,
  language        TEXT,
  origin          TEXT NOT NULL,
  current_version INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX documents_by_outlet ON documents(outlet_id);
CREATE INDEX documents_by_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_by_published ON documents(published);

-- Canonical text is evidence: a version row is written once and never updated.
CREATE TABLE document_versions (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  text          TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  origin        TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  UNIQUE (document_id, version)
);
CREATE INDEX document_versions_by_hash ON document_versions(content_hash);

-- Block structure as UTF-16 ranges over the version's text.
CREATE TABLE blocks (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('heading','paragraph','list_item','caption')),
  level       INTEGER,
  start       INTEGER NOT NULL CHECK (start >= 0),
  "end"       INTEGER NOT NULL CHECK ("end" >= start),
  credit      TEXT,
  UNIQUE (version_id, position)
);

CREATE TABLE themes (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  parent_id   INTEGER REFERENCES themes(id) ON DELETE CASCADE,
  color       TEXT NOT NULL DEFAULT '#868e96' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0,1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX themes_by_parent_name ON themes(ifnull(parent_id, 0), name COLLATE NOCASE);

CREATE TABLE annotations (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version       INTEGER NOT NULL,
  start         INTEGER NOT NULL CHECK (start >= 0),
  "end"         INTEGER NOT NULL CHECK ("end" > start),
  exact         TEXT NOT NULL,
  prefix        TEXT NOT NULL DEFAULT '',
  suffix        TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  note_text     TEXT NOT NULL DEFAULT '',
  anchor_status TEXT NOT NULL DEFAULT 'exact' CHECK (anchor_status IN ('exact','reanchored','orphaned')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX annotations_by_document ON annotations(document_id, start);

CREATE TABLE annotation_themes (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  theme_id      INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX annotation_themes_by_theme ON annotation_themes(theme_id, annotation_id);

CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE,
  statement    TEXT NOT NULL CHECK (length(trim(statement)) > 0),
  event_date   TEXT CHECK (event_date IS NULL OR event_date GLOB '[0-9][0-9][0-9][0-9]*'),
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','corroborated','disputed','refuted')),
  credibility  INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX claims_by_event_date ON claims(event_date);

CREATE TABLE claim_evidence (
  id            INTEGER PRIMARY KEY,
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  stance        TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports','contradicts','context')),
  note          TEXT NOT NULL DEFAULT '',
  position      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (claim_id, annotation_id)
);
CREATE INDEX claim_evidence_by_annotation ON claim_evidence(annotation_id);

CREATE TABLE arguments (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  thesis      TEXT NOT NULL DEFAULT '',
  body        TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}',
  body_text   TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- Claim references inside an argument body, kept in step with the body on every save.
-- No foreign key to claims: a deleted claim leaves a reference that renders as broken.
CREATE TABLE argument_claims (
  argument_id INTEGER NOT NULL REFERENCES arguments(id) ON DELETE CASCADE,
  claim_uid   TEXT NOT NULL,
  stance      TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports','contradicts','context')),
  position    INTEGER NOT NULL,
  PRIMARY KEY (argument_id, position)
) WITHOUT ROWID;
CREATE INDEX argument_claims_by_claim ON argument_claims(claim_uid);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Search: one row per searchable item; its folded text lives in the contentless FTS table
-- under the same rowid. Folded text has the original's offsets, so hits map back for
-- highlighting from the original text held by the item's own table.
CREATE TABLE search_items (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('document','passage','annotation','claim','argument')),
  ref_id      INTEGER NOT NULL,
  document_id INTEGER,
  outlet_id   INTEGER,
  date        TEXT,
  credibility INTEGER,
  start       INTEGER,
  UNIQUE (kind, ref_id)
);
CREATE INDEX search_items_by_document ON search_items(document_id);

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
