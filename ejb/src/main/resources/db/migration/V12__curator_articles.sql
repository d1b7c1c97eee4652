-- Global Hub schema, version 12: learning articles that curators write in the Hub (cleaned HTML), in several
-- languages, as drafts until published, every saved version kept.
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('ARTICLE', 0);
INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('ARTICLE_VERSION', 0);

CREATE TABLE learning_article (
    id           BIGINT        PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    language     VARCHAR(8)    NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    version_no   INTEGER       NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL
);

CREATE TABLE learning_article_version (
    id          BIGINT        PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES learning_article (id),
    version_no  INTEGER       NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    saved_by    VARCHAR(254)  NOT NULL,
    saved_at    TIMESTAMP     NOT NULL
);
CREATE INDEX learning_article_version_idx ON learning_article_version (article_id, version_no);
