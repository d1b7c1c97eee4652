-- Global Hub schema, version 15: when an event last changed, so that calendar files carry LAST-MODIFIED (with
-- SEQUENCE from the row version) and a calendar applies a cancellation over the copy it already has.
ALTER TABLE hub_event ADD COLUMN changed_at TIMESTAMP;
UPDATE hub_event SET changed_at = CURRENT_TIMESTAMP;
ALTER TABLE hub_event ALTER COLUMN changed_at SET NOT NULL;
