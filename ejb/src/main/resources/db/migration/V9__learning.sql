-- Global Hub schema, version 9: each agent's progress in the learning modules (the modules ship with the
-- application, learning/*.xml).
CREATE TABLE lesson_progress (
    owner        VARCHAR(254) NOT NULL,
    lesson_id    VARCHAR(80)  NOT NULL,
    completed_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (owner, lesson_id)
);
