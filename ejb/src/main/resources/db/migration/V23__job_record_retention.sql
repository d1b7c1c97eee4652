-- Global Hub schema, version 23: the batch job repository (JBeret's tables in the Hub's database) falls under the
-- retention policy: ended job executions, with their parameters and steps, are deleted after the period.
INSERT INTO retention_rule (category, days, changed_by, changed_at, version) VALUES ('JOB_RECORD', 365, 'system', CURRENT_TIMESTAMP, 1);
