-- Global Hub schema, version 16: failed logins counted in the database, so that every server of a cluster shares
-- them: per source address (IPv6 by /64) and per source address and account. Replaces the per-server memory.
CREATE TABLE login_failure (
    counter_key   VARCHAR(300) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP
);
CREATE INDEX login_failure_window_idx ON login_failure (window_start);
