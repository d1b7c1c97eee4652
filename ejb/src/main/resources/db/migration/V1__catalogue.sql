-- Global Hub schema, version 1: the catalogue and the audit trail.
-- Written to run unchanged on H2 2.x and PostgreSQL 15: portable types only, no vendor functions.

CREATE TABLE hub_sequence (
    seq_name  VARCHAR(50) PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('PROVIDER', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('TOOL', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('ANSWER', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('FEEDBACK', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('CONCERN', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('AUDIT', 0);

CREATE TABLE provider (
    id            BIGINT       PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    provider_type VARCHAR(20)  NOT NULL,
    country_code  VARCHAR(2)   NOT NULL,
    region        VARCHAR(40)  NOT NULL,
    website       VARCHAR(500),
    version       BIGINT       NOT NULL
);

CREATE TABLE tool (
    id                BIGINT        PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    summary           VARCHAR(1000) NOT NULL,
    provider_id       BIGINT        NOT NULL REFERENCES provider (id),
    status            VARCHAR(20)   NOT NULL,
    status_reason     VARCHAR(2000),
    status_changed_at TIMESTAMP,
    created_at        TIMESTAMP     NOT NULL,
    shuffle_key       BIGINT        NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX tool_status_idx ON tool (status);
CREATE INDEX tool_provider_idx ON tool (provider_id);

CREATE TABLE tool_purpose (
    tool_id BIGINT      NOT NULL REFERENCES tool (id),
    purpose VARCHAR(40) NOT NULL,
    PRIMARY KEY (tool_id, purpose)
);
CREATE INDEX tool_purpose_idx ON tool_purpose (purpose, tool_id);

CREATE TABLE tool_technology (
    tool_id    BIGINT      NOT NULL REFERENCES tool (id),
    technology VARCHAR(20) NOT NULL,
    PRIMARY KEY (tool_id, technology)
);
CREATE INDEX tool_technology_idx ON tool_technology (technology, tool_id);

CREATE TABLE tool_phase (
    tool_id BIGINT      NOT NULL REFERENCES tool (id),
    phase   VARCHAR(20) NOT NULL,
    PRIMARY KEY (tool_id, phase)
);
CREATE INDEX tool_phase_idx ON tool_phase (phase, tool_id);

CREATE TABLE tool_interface_language (
    tool_id       BIGINT     NOT NULL REFERENCES tool (id),
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (tool_id, language_code)
);

CREATE TABLE tool_analysed_language (
    tool_id       BIGINT     NOT NULL REFERENCES tool (id),
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (tool_id, language_code)
);
CREATE INDEX tool_analysed_language_idx ON tool_analysed_language (language_code, tool_id);

CREATE TABLE question (
    id               VARCHAR(60)  PRIMARY KEY,
    questionnaire    VARCHAR(20)  NOT NULL,
    section          VARCHAR(40)  NOT NULL,
    ordinal          INTEGER      NOT NULL,
    answer_type      VARCHAR(20)  NOT NULL,
    options          VARCHAR(500),
    question_version INTEGER      NOT NULL
);

CREATE TABLE answer (
    id               BIGINT        PRIMARY KEY,
    tool_id          BIGINT        NOT NULL REFERENCES tool (id),
    question_id      VARCHAR(60)   NOT NULL REFERENCES question (id),
    question_version INTEGER       NOT NULL,
    answer_text      VARCHAR(4000) NOT NULL,
    answered_at      TIMESTAMP     NOT NULL,
    CONSTRAINT answer_tool_question_uq UNIQUE (tool_id, question_id)
);

CREATE TABLE feedback (
    id              BIGINT        PRIMARY KEY,
    tool_id         BIGINT        NOT NULL REFERENCES tool (id),
    author          VARCHAR(100)  NOT NULL,
    rating          INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment_text    VARCHAR(2000),
    status          VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    moderated_by    VARCHAR(100),
    moderated_at    TIMESTAMP,
    moderation_note VARCHAR(500),
    version         BIGINT        NOT NULL
);
CREATE INDEX feedback_tool_idx ON feedback (tool_id, status);

CREATE TABLE concern (
    id              BIGINT        PRIMARY KEY,
    tool_id         BIGINT        NOT NULL REFERENCES tool (id),
    reporter        VARCHAR(100)  NOT NULL,
    reason          VARCHAR(30)   NOT NULL,
    details         VARCHAR(4000) NOT NULL,
    evidence        VARCHAR(2000),
    reported_at     TIMESTAMP     NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    decision_reason VARCHAR(2000),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    version         BIGINT        NOT NULL
);
CREATE INDEX concern_decision_idx ON concern (decision);

CREATE TABLE audit_entry (
    id           BIGINT        PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   VARCHAR(60)   NOT NULL,
    details      VARCHAR(2000)
);
CREATE INDEX audit_subject_idx ON audit_entry (subject_type, subject_id);
