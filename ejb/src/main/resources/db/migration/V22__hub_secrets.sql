-- Global Hub schema, version 22: secrets the Hub makes for itself on first use (one row each, random, never shown),
-- such as the key that turns a feedback author into a pseudonym stable for that person on that tool only.
CREATE TABLE hub_secret (
    name       VARCHAR(40)  PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
