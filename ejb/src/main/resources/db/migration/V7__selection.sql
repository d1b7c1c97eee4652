-- Global Hub schema, version 7: the tool finder. Open source becomes a cost model providers can state; the
-- finder's index notices revised answers through this index; agents keep shortlists, searches and favourites.
UPDATE question SET options = 'free,open-source,one-off-licence,subscription,on-request' WHERE id = 'tech.cost-model';
CREATE INDEX answer_revised_idx ON answer (answered_at);

INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('SAVED_SELECTION', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('FAVOURITE', 0);

-- A named search (facet choices) or guided shortlist (answers), stored as the query string of its page.
CREATE TABLE saved_selection (
    id         BIGINT        PRIMARY KEY,
    owner      VARCHAR(254)  NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    query      VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
CREATE INDEX saved_selection_owner_idx ON saved_selection (owner);

CREATE TABLE favourite_tool (
    id         BIGINT       PRIMARY KEY,
    owner      VARCHAR(254) NOT NULL,
    tool_id    BIGINT       NOT NULL REFERENCES tool (id),
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT favourite_tool_uq UNIQUE (owner, tool_id)
);
