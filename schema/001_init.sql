-- 001: the initial schema of the event store (DuckDB).
-- The events table follows coder.models.EVENT_COLUMNS exactly, in that order (contract v1 plus
-- the columns added beyond v1). Timestamps are UTC, stored without a time zone.

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    manifest    JSON NOT NULL
);

CREATE TABLE articles (
    article_id       VARCHAR PRIMARY KEY,
    title            VARCHAR,
    url              VARCHAR,
    source_name      VARCHAR,
    publication_date DATE,
    text_sha256      VARCHAR NOT NULL,
    n_chars          INTEGER NOT NULL,
    n_sentences      INTEGER NOT NULL,
    source_file      VARCHAR,
    line             INTEGER,
    run_id           VARCHAR NOT NULL,
    coded_at         TIMESTAMP NOT NULL
);

CREATE TABLE events (
    -- identity
    event_id         VARCHAR PRIMARY KEY,
    run_id           VARCHAR NOT NULL,
    article_id       VARCHAR NOT NULL,
    sentence_index   INTEGER NOT NULL,
    codebook         VARCHAR NOT NULL,
    codebook_version VARCHAR NOT NULL,
    rule_id          VARCHAR NOT NULL,
    -- what
    event_type       VARCHAR NOT NULL,
    sub_event_type   VARCHAR NOT NULL,
    disorder_type    VARCHAR,
    cameo_code       VARCHAR,
    -- who
    actor1             VARCHAR,
    assoc_actor_1      VARCHAR,
    inter1             INTEGER,
    actor2             VARCHAR,
    assoc_actor_2      VARCHAR,
    inter2             INTEGER,
    interaction        VARCHAR,
    actor1_code        VARCHAR,
    actor2_code        VARCHAR,
    civilian_targeting VARCHAR,
    -- where
    country          VARCHAR,
    iso3             VARCHAR,
    admin1           VARCHAR,
    admin2           VARCHAR,
    location         VARCHAR,
    latitude         DOUBLE,
    longitude        DOUBLE,
    geo_precision    INTEGER,
    geonameid        BIGINT,
    -- when
    event_date       DATE,
    year             INTEGER,
    time_precision   INTEGER,
    -- how bad
    fatalities       INTEGER,
    -- evidence
    source           VARCHAR,
    source_url       VARCHAR,
    publication_date DATE,
    sentence         VARCHAR NOT NULL,
    trigger          VARCHAR NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    -- beyond v1
    modality         VARCHAR NOT NULL,
    actor1_text      VARCHAR,
    actor2_text      VARCHAR,
    location_text    VARCHAR,
    date_text        VARCHAR,
    fatalities_text  VARCHAR,
    evidence         VARCHAR
);

CREATE TABLE quarantine (
    run_id      VARCHAR NOT NULL,
    source_file VARCHAR NOT NULL,
    line        INTEGER,
    record_id   VARCHAR,
    reason      VARCHAR NOT NULL,
    raw         VARCHAR,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE places (
    article_id    VARCHAR NOT NULL,
    "start"       INTEGER,
    "end"         INTEGER,
    text          VARCHAR,
    name          VARCHAR NOT NULL,
    geonameid     BIGINT,
    feature_class VARCHAR,
    feature_code  VARCHAR,
    country       VARCHAR,
    iso3          VARCHAR,
    admin1        VARCHAR,
    admin2        VARCHAR,
    latitude      DOUBLE,
    longitude     DOUBLE,
    geo_precision INTEGER,
    score         DOUBLE,
    reason        VARCHAR,
    run_id        VARCHAR NOT NULL
);

-- Great-circle distance in kilometres (mean Earth radius); NULL when any argument is NULL.
CREATE MACRO haversine_km(lat1, lon1, lat2, lon2) AS
    2 * 6371.0088 * asin(sqrt(
        pow(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * pow(sin(radians(lon2 - lon1) / 2), 2)
    ));
