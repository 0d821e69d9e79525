-- The case store: what ingest read out of every preserved original.
-- Offsets are character offsets into documents.text; ids are SHA-256 hex of the original bytes.

CREATE TABLE documents (
  id                 TEXT PRIMARY KEY,
  size               INTEGER NOT NULL,
  media_type         TEXT NOT NULL,
  charset            TEXT,
  title              TEXT,
  text               TEXT NOT NULL,
  language           TEXT NOT NULL,
  published          TEXT,
  published_origin   TEXT,
  published_evidence TEXT,
  source_kind        TEXT NOT NULL,
  url                TEXT,
  publisher          TEXT,
  ingested_at        TEXT NOT NULL,
  custody_seq        INTEGER NOT NULL,
  custody_hash       TEXT NOT NULL
);

CREATE TABLE document_names (
  document TEXT NOT NULL REFERENCES documents (id),
  name     TEXT NOT NULL,
  ord      INTEGER NOT NULL,
  PRIMARY KEY (document, name)
) WITHOUT ROWID;
CREATE INDEX document_names_by_name ON document_names (name);

CREATE TABLE segments (
  document  TEXT NOT NULL REFERENCES documents (id),
  ord       INTEGER NOT NULL,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  PRIMARY KEY (document, ord)
) WITHOUT ROWID;

-- MinHash signatures and their LSH band keys find near-duplicate documents;
-- winnowed shingle keys find shared passages. Both are looked up by key, never compared all-pairs.
CREATE TABLE minhash (
  document  TEXT PRIMARY KEY REFERENCES documents (id),
  signature BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE band_keys (
  key      INTEGER NOT NULL,
  document TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (key, document)
) WITHOUT ROWID;

CREATE TABLE passage_keys (
  key      INTEGER NOT NULL,
  document TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (key, document)
) WITHOUT ROWID;

-- How many documents hold each passage key, so keys of boilerplate found in very many
-- documents can be passed over without reading their rows.
CREATE TABLE passage_key_counts (
  key       INTEGER PRIMARY KEY,
  documents INTEGER NOT NULL
);

CREATE TABLE links (
  from_doc   TEXT NOT NULL REFERENCES documents (id),
  from_start INTEGER NOT NULL,
  from_end   INTEGER NOT NULL,
  to_doc     TEXT NOT NULL REFERENCES documents (id),
  to_start   INTEGER NOT NULL,
  to_end     INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  words      INTEGER NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (from_doc, to_doc, kind, from_start, to_start)
) WITHOUT ROWID;
CREATE INDEX links_by_to ON links (to_doc);

-- Files that could not be ingested, with the reason and what to do; sha256 is '' when the
-- bytes could not be read at all.
CREATE TABLE failures (
  name         TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  reason       TEXT NOT NULL,
  advice       TEXT NOT NULL,
  at           TEXT NOT NULL,
  custody_seq  INTEGER NOT NULL,
  custody_hash TEXT NOT NULL,
  PRIMARY KEY (name, sha256, reason)
) WITHOUT ROWID;
