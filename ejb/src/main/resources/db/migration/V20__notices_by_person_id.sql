-- Global Hub schema, version 20: notices about a colleague (a message, a contact request) name them by account
-- id, resolved when shown, so that an erased person disappears from other people's notices; the text of a
-- contact request stays with the request (deleted with either person), not copied into the notice.
ALTER TABLE notification ADD COLUMN about_account BIGINT;
UPDATE notification SET tool_name = NULL, detail = NULL WHERE kind IN ('NEW_MESSAGE', 'CONTACT_REQUEST');
