-- The LSH buckets of recently stored documents, moved into lsh_buckets in bucket order once they are
-- many. Bucket keys are hashes, so each document's keys land on pages all over lsh_buckets; inserted
-- a transaction at a time they changed thousands of its pages per transaction once the corpus was
-- large. This small table takes them instead, and a merge in key order changes each page of
-- lsh_buckets at most once. Lookups read both tables.
CREATE TABLE lsh_recent (
    bucket      BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, document_id)
) ${without_rowid};
