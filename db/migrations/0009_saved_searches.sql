-- Saved searches: a name, the query in the query language and its filters (the search call's
-- kinds, theme, outlet, dates and credibility as a JSON object), listed in the sidebar and the
-- palette with a count taken afresh each time they are listed.
CREATE TABLE saved_searches (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  query       TEXT NOT NULL,
  filters     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
