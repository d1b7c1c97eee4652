-- Global Hub schema, version 5: bulk questionnaire import.
-- A tool's import key (provider name and the provider's own tool id) makes re-imports update, not duplicate.
ALTER TABLE tool ADD COLUMN import_key VARCHAR(300);
CREATE UNIQUE INDEX tool_import_key_uq ON tool (import_key);

-- Who started which import run, and the rows each run skipped (row, field, value, message).
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('IMPORT_PROBLEM', 0);

CREATE TABLE import_run (
    execution_id BIGINT       PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    publish      BOOLEAN      NOT NULL,
    started_by   VARCHAR(254) NOT NULL,
    started_at   TIMESTAMP    NOT NULL
);

CREATE TABLE import_problem (
    id           BIGINT       PRIMARY KEY,
    execution_id BIGINT       NOT NULL,
    line_number  BIGINT       NOT NULL,
    field        VARCHAR(60),
    cell_value   VARCHAR(300),
    message_key  VARCHAR(60)  NOT NULL,
    message_arg  VARCHAR(300)
);
CREATE INDEX import_problem_run_idx ON import_problem (execution_id, line_number);
