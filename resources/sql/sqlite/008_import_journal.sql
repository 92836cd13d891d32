-- Imports that write in batches: each batch is committed on its own, so that an agent's reply or a
-- role-play save never waits for a whole import, and the rows stay invisible until the import ends.
-- An import is 'running' while it writes, 'done' once its last step made its rows visible (in one
-- short transaction), 'failed' when it stopped, was cancelled or its process died (its rows are being
-- removed). The conversations, contacts and messages an import writes carry its id; every reader skips
-- the rows of imports that are not done. The owner (process id, the process's start time, the boot and
-- PID namespace it ran in) and a heartbeat tell whether a running import's process is still there.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    source TEXT NOT NULL DEFAULT '',
    owner_pid INTEGER NOT NULL,
    owner_started INTEGER NOT NULL, -- the process's start time, clock ticks after boot (0: unknown)
    owner_system TEXT NOT NULL,     -- boot id and PID namespace: where owner_pid means that process
    first_message_id INTEGER NOT NULL, -- its messages have larger ids
    started_ms INTEGER NOT NULL,
    heartbeat_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    messages INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX imports_unfinished ON imports(state) WHERE state <> 'done';

ALTER TABLE conversations ADD COLUMN import_id INTEGER;
ALTER TABLE contacts ADD COLUMN import_id INTEGER;
ALTER TABLE messages ADD COLUMN import_id INTEGER;

CREATE INDEX conversations_import ON conversations(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX contacts_import ON contacts(import_id) WHERE import_id IS NOT NULL;
