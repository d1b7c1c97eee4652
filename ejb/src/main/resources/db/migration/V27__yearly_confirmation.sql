-- Global Hub schema, version 27: providers confirm once a year that their tool's answers still hold. A publication
-- counts as a confirmation; a reminder goes out before the year ends (remembered, so each is sent once, by one
-- server); after it the tool shows "not confirmed since <date>".
ALTER TABLE tool ADD COLUMN answers_confirmed_at TIMESTAMP;
ALTER TABLE tool ADD COLUMN confirmation_reminded_at TIMESTAMP;
UPDATE tool SET answers_confirmed_at = (SELECT MAX(v.published_at) FROM tool_version v
    WHERE v.tool_id = tool.id AND v.state IN ('PUBLISHED', 'SUPERSEDED'));
UPDATE tool SET answers_confirmed_at = created_at WHERE answers_confirmed_at IS NULL;
ALTER TABLE tool ALTER COLUMN answers_confirmed_at SET NOT NULL;
CREATE INDEX tool_confirmed_idx ON tool (answers_confirmed_at);
