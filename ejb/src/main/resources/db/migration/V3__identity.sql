-- Global Hub schema, version 3: the Hub's own accounts, vetting and multi-factor login.

INSERT INTO hub_sequence (seq_name, seq_count) VALUES ('ACCOUNT', 0);

CREATE TABLE account (
    id                   BIGINT        PRIMARY KEY,
    email                VARCHAR(254)  NOT NULL,
    full_name            VARCHAR(200)  NOT NULL,
    agency               VARCHAR(200)  NOT NULL,
    unit                 VARCHAR(200),
    country_code         VARCHAR(2)    NOT NULL,
    phone                VARCHAR(40)   NOT NULL,
    referee              VARCHAR(500)  NOT NULL,
    purpose              VARCHAR(2000) NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    status_reason        VARCHAR(2000),
    password_hash        VARCHAR(200)  NOT NULL,
    totp_secret          VARCHAR(64),
    pending_totp_secret  VARCHAR(64),
    totp_last_step       BIGINT        NOT NULL,
    failed_logins        INTEGER       NOT NULL,
    locked_until         TIMESTAMP,
    login_ticket_hash    VARCHAR(64),
    login_ticket_expires TIMESTAMP,
    consent_version      VARCHAR(20)   NOT NULL,
    consent_at           TIMESTAMP     NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    email_verified_at    TIMESTAMP,
    decided_by           VARCHAR(254),
    last_confirmed_at    TIMESTAMP,
    version              BIGINT        NOT NULL,
    CONSTRAINT account_email_uq UNIQUE (email)
);
CREATE INDEX account_status_idx ON account (status);
CREATE INDEX account_ticket_idx ON account (login_ticket_hash);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);

CREATE TABLE account_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    purpose    VARCHAR(30) NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP
);

CREATE TABLE recovery_code (
    code_hash  VARCHAR(64) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    used_at    TIMESTAMP
);

CREATE TABLE agency_domain (
    domain   VARCHAR(200) PRIMARY KEY,
    agency   VARCHAR(200) NOT NULL,
    added_by VARCHAR(254) NOT NULL,
    added_at TIMESTAMP    NOT NULL
);
