-- An author is a person or an organisation ("International Crisis Group", "Azernews analysis
-- desk"): citations write an organisation as one literal name, never split into given and
-- family names. NULL means nobody decided yet: the core guesses from the name when it reads.
ALTER TABLE documents ADD COLUMN author_kind TEXT CHECK (author_kind IN ('person', 'organization'));

-- Collections of documents and themes: REFI-QDA Sets (MAXQDA document and code sets) keep
-- their name, description and members through an import and the next export.
CREATE TABLE collections (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE collection_members (
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  document_id   INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  theme_id      INTEGER REFERENCES themes(id) ON DELETE CASCADE,
  CHECK ((document_id IS NULL) <> (theme_id IS NULL))
);
CREATE UNIQUE INDEX collection_members_by_collection ON collection_members(collection_id, ifnull(document_id, 0), ifnull(theme_id, 0));
CREATE INDEX collection_members_by_document ON collection_members(document_id) WHERE document_id IS NOT NULL;

-- Document variables (REFI-QDA Variables with a VariableValue per source): typed values such
-- as "Country" = "Azerbaijan" shown as tags on the document and written back on export.
CREATE TABLE variables (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  type        TEXT NOT NULL DEFAULT 'Text' CHECK (type IN ('Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime')),
  description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE document_variables (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
  value       TEXT NOT NULL,
  PRIMARY KEY (document_id, variable_id)
) WITHOUT ROWID;
CREATE INDEX document_variables_by_variable ON document_variables(variable_id);
