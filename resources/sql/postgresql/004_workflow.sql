-- The conversation workflow: 'solved' joins open, pending and closed, and waiting_since_ms is NULL
-- when the customer is not waiting (we answered, or the conversation is solved or closed). The
-- team's settings (claim_expiry_minutes, …) live in team_settings.
ALTER TABLE conversations DROP CONSTRAINT conversations_status_check;

ALTER TABLE conversations ADD CONSTRAINT conversations_status_check
    CHECK (status IN ('open', 'pending', 'solved', 'closed'));

ALTER TABLE conversations ALTER COLUMN waiting_since_ms DROP NOT NULL;

UPDATE conversations SET waiting_since_ms = NULL WHERE status <> 'open';

CREATE TABLE team_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
