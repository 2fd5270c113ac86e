-- Tables whose rows are found by their primary key alone keep only that key's B-tree. In SQLite
-- (${without_rowid} is WITHOUT ROWID there, nothing in PostgreSQL) a table with a composite primary key
-- otherwise stores each row twice, once by row id and once in the key's index, and every insert
-- writes both; the LSH buckets, inserted at random places, cost the most. The rebuild copies the rows.

-- The unique (document_id, local_id) index already finds a document's quotes.
DROP INDEX quotes_document;

CREATE TABLE lsh_buckets_v2 (
    bucket      BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, document_id)
) ${without_rowid};
INSERT INTO lsh_buckets_v2 (bucket, document_id) SELECT bucket, document_id FROM lsh_buckets;
DROP TABLE lsh_buckets;
ALTER TABLE lsh_buckets_v2 RENAME TO lsh_buckets;

CREATE TABLE sentences_v2 (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    language    TEXT,
    PRIMARY KEY (document_id, ord),
    CHECK (span_end >= span_start)
) ${without_rowid};
INSERT INTO sentences_v2 (document_id, ord, span_start, span_end, language)
    SELECT document_id, ord, span_start, span_end, language FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_v2 RENAME TO sentences;

CREATE TABLE entity_aliases_v2 (
    entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) ${without_rowid};
INSERT INTO entity_aliases_v2 (entity_id, alias) SELECT entity_id, alias FROM entity_aliases;
DROP TABLE entity_aliases;
ALTER TABLE entity_aliases_v2 RENAME TO entity_aliases;
