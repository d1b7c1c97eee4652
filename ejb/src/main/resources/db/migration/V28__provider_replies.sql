-- Global Hub schema, version 28: a provider's right of reply. Once per decision (a suspension or removal of its tool,
-- or a rejected version) the provider may reply; curators decide on the reply (the decision stands, or is reversed)
-- and the provider hears the outcome. Kept in the tool's history.
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('PROVIDER_REPLY', 0);
CREATE TABLE provider_reply (
    id            BIGINT        PRIMARY KEY,
    tool_id       BIGINT        NOT NULL REFERENCES tool (id),
    decision      VARCHAR(20)   NOT NULL,
    decided_at    TIMESTAMP     NOT NULL,
    decision_note VARCHAR(2000),
    reply_text    VARCHAR(4000) NOT NULL,
    author        VARCHAR(254)  NOT NULL,
    written_at    TIMESTAMP     NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    curator_note  VARCHAR(2000),
    answered_by   VARCHAR(254),
    answered_at   TIMESTAMP,
    version       BIGINT        NOT NULL,
    CONSTRAINT provider_reply_once UNIQUE (tool_id, decision, decided_at)
);
CREATE INDEX provider_reply_outcome_idx ON provider_reply (outcome);
