-- The corpus schema, one for SQLite and PostgreSQL. ${id} is an auto-increment primary key in each
-- database's own words; ids are never reused. Dates are ISO 8601 text (a date may be partial:
-- 2016-05, 2015-SU), instants are ISO 8601 UTC text.

CREATE TABLE store_info (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id         ${id},
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- The cross-document person registry: one person who speaks in many articles. Filled by a later
-- resolution step; speakers and entities point here when resolved.
CREATE TABLE persons (
    id         ${id},
    canonical  TEXT NOT NULL,
    country    TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    id                  ${id},
    source_id           BIGINT NOT NULL REFERENCES sources (id),
    input_key           TEXT NOT NULL UNIQUE,
    uri                 TEXT,
    title               TEXT,
    outlet              TEXT,
    published           TEXT,
    published_inferred  BOOLEAN NOT NULL,
    language            TEXT NOT NULL,
    language_confidence DOUBLE PRECISION NOT NULL CHECK (language_confidence BETWEEN 0 AND 1),
    language_declared   BOOLEAN NOT NULL,
    text                TEXT NOT NULL,
    text_hash           TEXT NOT NULL,
    chars               INTEGER NOT NULL CHECK (chars >= 0),
    ingested_at         TEXT NOT NULL,
    duplicate_of        BIGINT REFERENCES documents (id),
    duplicate_kind      TEXT CHECK (duplicate_kind IN ('exact', 'near')),
    similarity          DOUBLE PRECISION CHECK (similarity BETWEEN 0 AND 1),
    minhash             TEXT,
    CHECK ((duplicate_of IS NULL) = (duplicate_kind IS NULL))
);
CREATE INDEX documents_text_hash ON documents (text_hash);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_language ON documents (language);

-- Locality-sensitive hashing buckets of canonical documents, where near copies meet.
CREATE TABLE lsh_buckets (
    bucket      BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, document_id)
);

CREATE TABLE sentences (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    language    TEXT,
    PRIMARY KEY (document_id, ord),
    CHECK (span_end >= span_start)
);

CREATE TABLE entities (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
    canonical   TEXT NOT NULL,
    role        TEXT,
    country     TEXT,
    person_id   BIGINT REFERENCES persons (id),
    UNIQUE (document_id, local_id)
);

CREATE TABLE entity_aliases (
    entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE mentions (
    id         ${id},
    entity_id  BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'pronoun', 'description')),
    CHECK (span_end >= span_start)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE speakers (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id   BIGINT REFERENCES entities (id),
    person_id   BIGINT REFERENCES persons (id),
    name        TEXT,
    description TEXT,
    role        TEXT,
    voice       TEXT NOT NULL CHECK (voice IN ('defector', 'returnee', 'official', 'researcher', 'journalist',
                                               'relative', 'recruiter', 'organisation', 'other', 'unknown'))
);
CREATE INDEX speakers_document ON speakers (document_id);

CREATE TABLE quotes (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    partial     BOOLEAN NOT NULL,
    parent_id   BIGINT REFERENCES quotes (id),
    language    TEXT,
    attribution TEXT NOT NULL CHECK (attribution IN ('cued', 'contextual', 'unattributed')),
    speaker_id  BIGINT REFERENCES speakers (id),
    cue_start   INTEGER,
    cue_end     INTEGER,
    cue_text    TEXT,
    UNIQUE (document_id, local_id),
    CHECK (span_end >= span_start),
    CHECK ((attribution = 'unattributed') = (speaker_id IS NULL)),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL))
);
CREATE INDEX quotes_document ON quotes (document_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE figures (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    low         DOUBLE PRECISION,
    high        DOUBLE PRECISION,
    approximate BOOLEAN NOT NULL,
    counts      TEXT,
    place       TEXT,
    ref_date    TEXT,
    stated_by   TEXT,
    CHECK (span_end >= span_start),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
);
CREATE INDEX figures_document ON figures (document_id);

CREATE TABLE dates (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'season', 'year', 'decade')),
    CHECK (span_end >= span_start)
);
CREATE INDEX dates_document ON dates (document_id);

CREATE TABLE codebooks (
    id      ${id},
    name    TEXT NOT NULL,
    version TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE codes (
    id          ${id},
    codebook_id BIGINT NOT NULL REFERENCES codebooks (id),
    code        TEXT NOT NULL,
    label       TEXT,
    UNIQUE (codebook_id, code)
);

CREATE TABLE coders (
    id   ${id},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('rules', 'model', 'human', 'other'))
);

CREATE TABLE codings (
    id          ${id},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    code_id     BIGINT NOT NULL REFERENCES codes (id),
    coder_id    BIGINT NOT NULL REFERENCES coders (id),
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL,
    quote_id    BIGINT REFERENCES quotes (id),
    holder      TEXT,
    reported_by TEXT,
    confidence  DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    evidence    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    created_at  TEXT NOT NULL,
    CHECK (span_end >= span_start)
);
CREATE INDEX codings_document ON codings (document_id);
CREATE INDEX codings_code ON codings (code_id);
