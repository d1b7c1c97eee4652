-- Global Hub schema, version 11: the directory of agents who opted in (field by field), contact requests,
-- direct messages with blocking and reports to curators, and how long messages are kept.
CREATE TABLE directory_entry (
    owner          VARCHAR(254)  PRIMARY KEY,
    listed         BOOLEAN       NOT NULL,
    show_name      BOOLEAN       NOT NULL,
    show_agency    BOOLEAN       NOT NULL,
    show_country   BOOLEAN       NOT NULL,
    show_languages BOOLEAN       NOT NULL,
    show_expertise BOOLEAN       NOT NULL,
    show_tools     BOOLEAN       NOT NULL,
    show_contact   BOOLEAN       NOT NULL,
    languages      VARCHAR(200),
    expertise      VARCHAR(500),
    tools_used     VARCHAR(1000),
    consented_at   TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL
);

INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('CONTACT_REQUEST', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('MESSAGE', 0);

CREATE TABLE contact_request (
    id          BIGINT        PRIMARY KEY,
    sender      VARCHAR(254)  NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    note        VARCHAR(500),
    status      VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    decided_at  TIMESTAMP
);
CREATE INDEX contact_request_recipient_idx ON contact_request (recipient, status);
CREATE INDEX contact_request_sender_idx ON contact_request (sender, status);

CREATE TABLE message (
    id          BIGINT        PRIMARY KEY,
    sender      VARCHAR(254)  NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    sent_at     TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    reported    BOOLEAN       NOT NULL
);
CREATE INDEX message_recipient_idx ON message (recipient, sent_at);
CREATE INDEX message_sender_idx ON message (sender, sent_at);
CREATE INDEX message_sent_idx ON message (sent_at);

CREATE TABLE blocked_sender (
    owner   VARCHAR(254) NOT NULL,
    blocked VARCHAR(254) NOT NULL,
    PRIMARY KEY (owner, blocked)
);

INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES ('MESSAGE', 365, 'system', CURRENT_TIMESTAMP, 1);
