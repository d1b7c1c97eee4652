-- Global Hub schema, version 10: upcoming trainings, webinars and meetings that curators announce.
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('EVENT', 0);

CREATE TABLE hub_event (
    id               BIGINT        PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000),
    kind             VARCHAR(20)   NOT NULL,
    online           BOOLEAN       NOT NULL,
    location         VARCHAR(300),
    starts_at        TIMESTAMP     NOT NULL,
    ends_at          TIMESTAMP     NOT NULL,
    time_zone        VARCHAR(40)   NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    registration_url VARCHAR(500),
    cancelled        BOOLEAN       NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX hub_event_ends_idx ON hub_event (ends_at);
