-- Global Hub schema, version 14: every mail leaves from this outbox after its transaction committed, so that no
-- request waits for a mail server and every server of a cluster shares the queue, its retries and its claims.
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('OUTBOX_MAIL', 0);

CREATE TABLE outbox_mail (
    id              BIGINT         PRIMARY KEY,
    recipient       VARCHAR(254)   NOT NULL,
    -- What the per-address limits count (registration, reset) and the admin page shows; never personal.
    kind            VARCHAR(40)    NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    -- Wiped once the mail is sent or given up: the outbox keeps no copy of what people were told.
    body            VARCHAR(20000),
    created_at      TIMESTAMP      NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    -- A server that took the mail to send it holds it until then; after a crash another server takes it over.
    claimed_until   TIMESTAMP,
    claimed_by      VARCHAR(100),
    sent_at         TIMESTAMP,
    failed_at       TIMESTAMP,
    last_error      VARCHAR(500)
);
CREATE INDEX outbox_mail_due_idx ON outbox_mail (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_mail_recipient_idx ON outbox_mail (recipient, kind, created_at);
