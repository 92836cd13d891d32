-- The conversation workflow: 'solved' joins open, pending and closed, and waiting_since_ms is NULL
-- when the customer is not waiting (we answered, or the conversation is solved or closed). SQLite
-- cannot change a CHECK or drop NOT NULL, so the table is rebuilt with its rows, ids and indexes (the
-- migration runs with foreign keys off, so the messages that reference it stay, and are checked
-- before it commits). The team's settings (claim_expiry_minutes, …) live in team_settings.
CREATE TABLE conversations_new (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'email',
    language TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    claimed_ms INTEGER,
    last_customer_ms INTEGER,
    waiting_since_ms INTEGER, -- since when the customer has waited for us; NULL when they are not waiting
    last_message_ms INTEGER,
    heat INTEGER NOT NULL DEFAULT 0,
    peak_heat INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL
);

INSERT INTO conversations_new (id, external_id, contact_id, subject, channel, language, status, assignee_id, claimed_ms,
                               last_customer_ms, waiting_since_ms, last_message_ms, heat, peak_heat, created_ms)
    SELECT id, external_id, contact_id, subject, channel, language, status, assignee_id, claimed_ms, last_customer_ms,
           CASE WHEN status = 'open' THEN waiting_since_ms END, last_message_ms, heat, peak_heat, created_ms
    FROM conversations;

DROP TABLE conversations;

ALTER TABLE conversations_new RENAME TO conversations;

CREATE INDEX conversations_heat ON conversations(status, heat DESC, id);
CREATE INDEX conversations_waiting ON conversations(status, waiting_since_ms);

CREATE TABLE team_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
