-- Global Hub schema, version 19: a counter that goes up whenever some open sessions must end (a suspension, a
-- role, password or second-factor change, "log out everywhere", an erasure). Each server reads it at most once a
-- second; a session checks its account again only when the counter moved, so that the next request of an ended
-- session is refused on every server without a query per request.
CREATE TABLE session_epoch (
    id    INTEGER PRIMARY KEY,
    epoch BIGINT  NOT NULL
);
INSERT INTO session_epoch (id, epoch) VALUES (1, 0);
