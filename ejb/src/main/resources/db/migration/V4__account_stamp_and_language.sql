-- Global Hub schema, version 4: a security stamp per account. It changes with every change that must end
-- the account's open sessions (suspension, roles, password, second factor); sessions carry the stamp of
-- their login and end when it no longer matches.
ALTER TABLE account ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;

-- The language the person used when registering: the Hub's mails to them are written in it.
ALTER TABLE account ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
