-- Calma schema, version 1 (SQLite). Times are milliseconds since 1970-01-01 UTC.
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT,
    created_ms INTEGER NOT NULL
);

CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'email',
    language TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
    assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    claimed_ms INTEGER,
    last_customer_ms INTEGER,
    waiting_since_ms INTEGER NOT NULL, -- the customer's last message, or the conversation's start
    last_message_ms INTEGER,
    heat INTEGER NOT NULL DEFAULT 0,
    peak_heat INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL
);

-- The inbox reads the hottest of those waiting long enough to have reached the waiting cap, and the
-- most recent waits, from these two indexes (ConversationStore::inbox).
CREATE INDEX conversations_heat ON conversations(status, heat DESC, id);
CREATE INDEX conversations_waiting ON conversations(status, waiting_since_ms);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    external_id TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('customer', 'agent', 'note')),
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    sent_ms INTEGER NOT NULL,
    language TEXT,
    heat INTEGER,
    level TEXT,
    tone_report TEXT,
    UNIQUE (conversation_id, external_id)
);

CREATE INDEX messages_conversation ON messages(conversation_id, sent_ms);

CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

-- New messages are indexed by the code that adds them (ConversationStore::indexMessages): an import
-- indexes its messages in one statement, which FTS5 does far faster than row by row.
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE reply_templates (
    id INTEGER PRIMARY KEY,
    template_id TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('es', 'en')),
    strategy TEXT NOT NULL CHECK (strategy IN ('calm', 'apologetic', 'topic-shift')),
    situations TEXT NOT NULL,
    body TEXT NOT NULL,
    principle TEXT NOT NULL,
    created_by INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    created_ms INTEGER NOT NULL,
    UNIQUE (template_id, language)
);

CREATE TABLE score_feedback (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    expected_level TEXT CHECK (expected_level IN ('calm', 'tense', 'heated', 'hostile')),
    comment TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL
);

CREATE TABLE trainees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    created_ms INTEGER NOT NULL
);

CREATE TABLE roleplay_sessions (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('simulated', 'live')),
    seed INTEGER,
    assistant_on INTEGER NOT NULL DEFAULT 1,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    outcome TEXT,
    score INTEGER,
    breakdown TEXT
);

CREATE TABLE roleplay_turns (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES roleplay_sessions(id) ON DELETE CASCADE,
    turn_index INTEGER NOT NULL,
    speaker TEXT NOT NULL CHECK (speaker IN ('customer', 'trainee', 'trainer')),
    body TEXT NOT NULL,
    sent_ms INTEGER NOT NULL,
    response_ms INTEGER,
    heat INTEGER,
    annotation TEXT,
    UNIQUE (session_id, turn_index)
);
