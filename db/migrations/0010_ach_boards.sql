-- Analysis of Competing Hypotheses (Heuer): a board per question, hypotheses as its columns,
-- claims of the project as its rows, and a rating with a note where a claim meets a hypothesis.
CREATE TABLE ach_boards (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  question    TEXT NOT NULL CHECK (length(trim(question)) > 0),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE ach_hypotheses (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  board_id    INTEGER NOT NULL REFERENCES ach_boards(id) ON DELETE CASCADE,
  label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
  position    INTEGER NOT NULL
);
CREATE INDEX ach_hypotheses_by_board ON ach_hypotheses(board_id, position);

CREATE TABLE ach_claims (
  board_id    INTEGER NOT NULL REFERENCES ach_boards(id) ON DELETE CASCADE,
  claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  PRIMARY KEY (board_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX ach_claims_by_claim ON ach_claims(claim_id);

CREATE TABLE ach_ratings (
  hypothesis_id INTEGER NOT NULL REFERENCES ach_hypotheses(id) ON DELETE CASCADE,
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  rating        TEXT NOT NULL CHECK (rating IN ('consistent', 'inconsistent', 'neutral', 'na')),
  note          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (hypothesis_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX ach_ratings_by_claim ON ach_ratings(claim_id);
