-- The import journal (as on SQLite, migration 8). On PostgreSQL an import is one transaction (row
-- versions keep it invisible until it commits, and nobody else waits for it), so these columns stay
-- empty; they are here so that both engines read with the same SQL.
CREATE TABLE imports (
    id BIGSERIAL PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    source TEXT NOT NULL DEFAULT '',
    owner_pid BIGINT NOT NULL,
    owner_started BIGINT NOT NULL,
    owner_system TEXT NOT NULL,
    first_message_id BIGINT NOT NULL,
    started_ms BIGINT NOT NULL,
    heartbeat_ms BIGINT NOT NULL,
    finished_ms BIGINT,
    messages BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX imports_unfinished ON imports(state) WHERE state <> 'done';

ALTER TABLE conversations ADD COLUMN import_id BIGINT;
ALTER TABLE contacts ADD COLUMN import_id BIGINT;
ALTER TABLE messages ADD COLUMN import_id BIGINT;
