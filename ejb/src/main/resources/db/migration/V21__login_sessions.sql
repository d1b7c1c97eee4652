-- Global Hub schema, version 21: each login is a row, so that a person sees their open sessions (when, from
-- where, which browser) and ends any of them, on whichever server it runs. Only a hash of the session's key is
-- stored. Rows go a day after the session ended or was last seen, and with the account.
CREATE TABLE login_session (
    key_hash     VARCHAR(64)  PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    last_seen_at TIMESTAMP    NOT NULL,
    source       VARCHAR(100),
    browser      VARCHAR(200),
    ended_at     TIMESTAMP
);
CREATE INDEX login_session_account_idx ON login_session (account_id, ended_at);
CREATE INDEX login_session_seen_idx ON login_session (last_seen_at);
