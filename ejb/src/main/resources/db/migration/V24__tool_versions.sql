-- Global Hub schema, version 24: versions of a tool's description and answers. A change is a new version
-- (draft → submitted → published by a curator, or sent back, or rejected); published versions are kept unchanged
-- with their date. Free-text answers can be given in several languages, one of them the original. The answer table
-- keeps the published originals for the finder and the comparison. Version 25 (a Java migration) turns each
-- existing tool's answers into its version 1.
CREATE TABLE tool_version (
    id                  BIGINT        PRIMARY KEY,
    tool_id             BIGINT        NOT NULL REFERENCES tool (id),
    version_number      INTEGER       NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    author              VARCHAR(254)  NOT NULL,
    import_run          BIGINT,
    name                VARCHAR(200)  NOT NULL,
    summary             VARCHAR(1000) NOT NULL,
    purposes            VARCHAR(500)  NOT NULL,
    technologies        VARCHAR(200)  NOT NULL,
    phases              VARCHAR(200)  NOT NULL,
    interface_languages VARCHAR(500)  NOT NULL,
    analysed_languages  VARCHAR(500)  NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    submitted_at        TIMESTAMP,
    decided_at          TIMESTAMP,
    decided_by          VARCHAR(254),
    decision_note       VARCHAR(2000),
    published_at        TIMESTAMP,
    version             BIGINT        NOT NULL,
    CONSTRAINT tool_version_number_uq UNIQUE (tool_id, version_number)
);
CREATE INDEX tool_version_state_idx ON tool_version (state, tool_id);

CREATE TABLE tool_version_answer (
    id               BIGINT        PRIMARY KEY,
    tool_version_id  BIGINT        NOT NULL REFERENCES tool_version (id),
    question_id      VARCHAR(60)   NOT NULL REFERENCES question (id),
    language         VARCHAR(8)    NOT NULL,
    question_version INTEGER       NOT NULL,
    answer_text      VARCHAR(4000) NOT NULL,
    is_original      BOOLEAN       NOT NULL,
    CONSTRAINT tool_version_answer_uq UNIQUE (tool_version_id, question_id, language)
);

CREATE TABLE tool_version_comment (
    tool_version_id BIGINT        NOT NULL REFERENCES tool_version (id),
    question_id     VARCHAR(60)   NOT NULL,
    comment_text    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (tool_version_id, question_id)
);

-- Version 25 numbers the existing tools' first versions with the tools' ids: new ids start above them.
INSERT INTO hub_sequence (seq_name, seq_count) SELECT 'TOOL_VERSION', COALESCE(MAX(id), 0) FROM tool;

-- A version cannot be submitted without answers to these.
ALTER TABLE question ADD COLUMN required BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE question SET required = TRUE WHERE id IN ('tech.intended-purpose', 'tech.out-of-scope', 'tech.input-data',
    'tech.deployment', 'tech.development-stage', 'tech.availability', 'tech.limitations', 'eth.lawful-training-data',
    'eth.human-oversight', 'eth.privacy-by-design', 'eth.redress');
