-- Source independence (issue 12): which documents reprint each other, and which upstream
-- outlet a document states or is known to repeat.

-- Winnowed word-shingle fingerprints of each document's current text: the postings that find
-- candidate copies of a new document without comparing it with every other one.
CREATE TABLE copy_fingerprints (
  hash        INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (hash, document_id)
) WITHOUT ROWID;
CREATE INDEX copy_fingerprints_by_document ON copy_fingerprints(document_id);

-- Two documents of different outlets sharing passages. spans is a JSON array of
-- {aStart, aEnd, bStart, bEnd, words, longestRun}: UTF-16 ranges over each one's current text.
CREATE TABLE copy_links (
  id           INTEGER PRIMARY KEY,
  document_a   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  document_b   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  shared_words INTEGER NOT NULL CHECK (shared_words > 0),
  longest_run  INTEGER NOT NULL,
  share        REAL NOT NULL,
  spans        TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  CHECK (document_a < document_b),
  UNIQUE (document_a, document_b)
);
CREATE INDEX copy_links_by_b ON copy_links(document_b);

-- The outlet a document repeats: stated in its text (pattern, dateline), found by copying
-- (copy: upstream_document_id is the earlier text), or set by the analyst (manual). A manual
-- row with no name says "independent": detection leaves it alone.
CREATE TABLE document_upstreams (
  document_id          INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  outlet_id            INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
  name                 TEXT,
  source               TEXT NOT NULL CHECK (source IN ('pattern', 'dateline', 'copy', 'manual')),
  evidence             TEXT NOT NULL DEFAULT '',
  upstream_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  created_at           TEXT NOT NULL
);
CREATE INDEX document_upstreams_by_outlet ON document_upstreams(outlet_id);
