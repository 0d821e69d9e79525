-- The extraction stage: claims and the mentions they were built from.

CREATE TABLE claims (
  id                TEXT PRIMARY KEY,
  document          TEXT NOT NULL REFERENCES documents (id),
  event             TEXT NOT NULL,
  event_type        TEXT NOT NULL,
  trigger           TEXT NOT NULL,
  property          TEXT NOT NULL,
  value             TEXT NOT NULL,
  quantity_kind     TEXT,
  quantity_value    INTEGER,
  quantity_low      INTEGER,
  quantity_high     INTEGER,
  quantity_estimate INTEGER,
  value_start       INTEGER NOT NULL,
  value_end         INTEGER NOT NULL,
  value_text        TEXT NOT NULL,
  sentence_start    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  quote             TEXT NOT NULL,
  speaker           TEXT,
  polarity          TEXT NOT NULL,
  segment           TEXT NOT NULL,
  extractor         TEXT NOT NULL,
  version           TEXT NOT NULL
);
CREATE INDEX claims_by_document ON claims (document, sentence_start);
CREATE INDEX claims_by_property ON claims (property);

-- Typed pieces of text with their normalised value: time (ISO, precision), quantity, place, actor.
CREATE TABLE mentions (
  document TEXT NOT NULL REFERENCES documents (id),
  start    INTEGER NOT NULL,
  "end"    INTEGER NOT NULL,
  type     TEXT NOT NULL,
  text     TEXT NOT NULL,
  value    TEXT NOT NULL,
  note     TEXT NOT NULL,
  PRIMARY KEY (document, start, "end", type)
) WITHOUT ROWID;

-- Which extractor version last extracted each document, so unchanged documents are skipped.
CREATE TABLE extractions (
  document  TEXT NOT NULL REFERENCES documents (id),
  extractor TEXT NOT NULL,
  version   TEXT NOT NULL,
  at        TEXT NOT NULL,
  claims    INTEGER NOT NULL,
  PRIMARY KEY (document, extractor)
) WITHOUT ROWID;
