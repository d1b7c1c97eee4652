-- Global Hub schema, version 18: mails the outbox sent or gave up fall under the retention policy (address, kind
-- and subject stay for a while so that administrators can answer "did the Hub mail me?"; the text is already gone).
INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES ('SENT_MAIL', 30, 'system', CURRENT_TIMESTAMP, 1);
