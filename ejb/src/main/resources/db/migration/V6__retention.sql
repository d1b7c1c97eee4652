-- Global Hub schema, version 6: the retention policy as data, the purge job's reports, and what the purge
-- needs to know about accounts (last login, when an application was decided, when the inactivity warning went).

CREATE TABLE retention_rule (
    category   VARCHAR(40)  PRIMARY KEY,
    days       INTEGER      NOT NULL,
    changed_by VARCHAR(254) NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    version    BIGINT       NOT NULL
);
INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES
    ('UNVERIFIED_REGISTRATION', 7, 'system', CURRENT_TIMESTAMP, 1),
    ('REJECTED_APPLICATION', 90, 'system', CURRENT_TIMESTAMP, 1),
    ('INACTIVE_ACCOUNT', 730, 'system', CURRENT_TIMESTAMP, 1),
    ('EXPIRED_LINK', 7, 'system', CURRENT_TIMESTAMP, 1),
    ('IMPORT_REPORT', 365, 'system', CURRENT_TIMESTAMP, 1),
    ('AUDIT_EVENT', 730, 'system', CURRENT_TIMESTAMP, 1);

ALTER TABLE account ADD COLUMN last_login_at TIMESTAMP;
ALTER TABLE account ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE account ADD COLUMN inactivity_warned_at TIMESTAMP;
-- The last sign of life (registration, confirmation, approval, re-verification, login): inactivity counts from it.
ALTER TABLE account ADD COLUMN last_active_at TIMESTAMP;
UPDATE account SET last_active_at = COALESCE(last_confirmed_at, email_verified_at, created_at);
UPDATE account SET decided_at = created_at WHERE status IN ('ACTIVE', 'SUSPENDED', 'REJECTED', 'INFO_REQUESTED');
ALTER TABLE account ALTER COLUMN last_active_at SET NOT NULL;
CREATE INDEX account_created_idx ON account (status, created_at);
CREATE INDEX account_active_idx ON account (status, last_active_at);

-- The purge deletes audit events by age and rewrites the actor of an erased person.
CREATE INDEX audit_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_actor_idx ON audit_entry (actor);
CREATE INDEX feedback_author_idx ON feedback (author);
CREATE INDEX concern_reporter_idx ON concern (reporter);

-- One row per purge run (scheduled, from the admin page or the CLI) and its counts per category and action:
-- numbers only, never the personal data itself.
CREATE TABLE purge_run (
    execution_id BIGINT       PRIMARY KEY,
    dry_run      BOOLEAN      NOT NULL,
    as_of        TIMESTAMP    NOT NULL,
    started_by   VARCHAR(254) NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    outcome      VARCHAR(30)
);
CREATE TABLE purge_count (
    execution_id BIGINT      NOT NULL REFERENCES purge_run (execution_id),
    category     VARCHAR(40) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    item_count   BIGINT      NOT NULL,
    PRIMARY KEY (execution_id, category, action)
);

-- At most one purge at a time, across server nodes: a run holds this lease while it works. A run killed with
-- its server leaves a lease that expires.
CREATE TABLE purge_lease (
    id         INTEGER   PRIMARY KEY,
    holder     BIGINT,
    expires_at TIMESTAMP
);
INSERT INTO purge_lease (id, holder, expires_at) VALUES (1, NULL, NULL);
