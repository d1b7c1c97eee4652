-- Global Hub schema, version 26: providers as members. A provider record is either only listed (made by an import
-- or a curator), applied for by an organisation, or a member organisation whose people log in; a curator links an
-- applying organisation to an existing record, never a name match. A provider's people are accounts that act for
-- one provider record; one of them manages it. They accept the Terms of Engagement for providers (versioned).
ALTER TABLE provider ADD COLUMN membership VARCHAR(20) DEFAULT 'LISTED' NOT NULL;
ALTER TABLE account ADD COLUMN provider_id BIGINT REFERENCES provider (id);
ALTER TABLE account ADD COLUMN provider_manager BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN terms_version VARCHAR(20);
ALTER TABLE account ADD COLUMN terms_accepted_at TIMESTAMP;
CREATE INDEX account_provider_idx ON account (provider_id);
