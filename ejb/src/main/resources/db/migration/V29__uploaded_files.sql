-- Global Hub schema, version 29: uploaded files live in the database, in chunks, so that every server of a
-- cluster can read what another received and no server's disk keeps them; they fall under the retention policy.
CREATE TABLE uploaded_file (
    id          VARCHAR(36)  PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    purpose     VARCHAR(40)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    chunk_count INTEGER      NOT NULL,
    uploaded_at TIMESTAMP    NOT NULL
);
CREATE TABLE uploaded_chunk (
    file_id VARCHAR(36) NOT NULL REFERENCES uploaded_file (id) ON DELETE CASCADE,
    seq     INTEGER     NOT NULL,
    data    BYTEA       NOT NULL,
    PRIMARY KEY (file_id, seq)
);
INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES ('UPLOADED_FILE', 30, 'system', CURRENT_TIMESTAMP, 1);
