-- Global Hub schema, version 8: notifications (in the Hub and by e-mail), first the removal notices, and how
-- long they are kept.
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('NOTIFICATION', 0);

CREATE TABLE notification (
    id         BIGINT        PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    tool_id    BIGINT,
    tool_name  VARCHAR(200),
    detail     VARCHAR(2000),
    created_at TIMESTAMP     NOT NULL,
    read_at    TIMESTAMP
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at);
CREATE INDEX notification_created_idx ON notification (created_at);

CREATE TABLE notification_preference (
    owner    VARCHAR(254) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    by_email BOOLEAN      NOT NULL,
    PRIMARY KEY (owner, kind)
);

INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES ('NOTIFICATION', 180, 'system', CURRENT_TIMESTAMP, 1);
