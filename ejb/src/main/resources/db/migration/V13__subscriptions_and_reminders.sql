-- Global Hub schema, version 13: agents subscribe to tool categories (told when a new tool appears) and ask for
-- reminders of events.
CREATE TABLE tool_subscription (
    owner   VARCHAR(254) NOT NULL,
    purpose VARCHAR(40)  NOT NULL,
    PRIMARY KEY (owner, purpose)
);

CREATE TABLE event_reminder (
    owner    VARCHAR(254) NOT NULL,
    event_id BIGINT       NOT NULL REFERENCES hub_event (id),
    sent_at  TIMESTAMP,
    PRIMARY KEY (owner, event_id)
);
