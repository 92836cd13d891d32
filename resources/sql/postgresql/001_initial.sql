-- Calma schema, version 1 (PostgreSQL). Times are milliseconds since 1970-01-01 UTC.
CREATE TABLE contacts (
    id BIGSERIAL PRIMARY KEY,
    external_id TEXT UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT,
    created_ms BIGINT NOT NULL
);

CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE agents (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_ms BIGINT NOT NULL
);

CREATE TABLE conversations (
    id BIGSERIAL PRIMARY KEY,
    external_id TEXT UNIQUE,
    contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'email',
    language TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
    assignee_id BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    claimed_ms BIGINT,
    last_customer_ms BIGINT,
    waiting_since_ms BIGINT NOT NULL, -- the customer's last message, or the conversation's start
    last_message_ms BIGINT,
    heat INTEGER NOT NULL DEFAULT 0,
    peak_heat INTEGER NOT NULL DEFAULT 0,
    created_ms BIGINT NOT NULL
);

-- The inbox reads the hottest of those waiting long enough to have reached the waiting cap, and the
-- most recent waits, from these two indexes (ConversationStore::inbox).
CREATE INDEX conversations_heat ON conversations(status, heat DESC, id);
CREATE INDEX conversations_waiting ON conversations(status, waiting_since_ms);

CREATE TABLE messages (
    id BIGSERIAL PRIMARY KEY,
    conversation_id BIGINT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    external_id TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('customer', 'agent', 'note')),
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    sent_ms BIGINT NOT NULL,
    language TEXT,
    heat INTEGER,
    level TEXT,
    tone_report TEXT,
    body_search TSVECTOR GENERATED ALWAYS AS (
        CASE WHEN language = 'es' THEN to_tsvector('spanish'::regconfig, body)
             ELSE to_tsvector('english'::regconfig, body) END) STORED,
    UNIQUE (conversation_id, external_id)
);

CREATE INDEX messages_conversation ON messages(conversation_id, sent_ms);
CREATE INDEX messages_search ON messages USING GIN (body_search);

CREATE TABLE reply_templates (
    id BIGSERIAL PRIMARY KEY,
    template_id TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('es', 'en')),
    strategy TEXT NOT NULL CHECK (strategy IN ('calm', 'apologetic', 'topic-shift')),
    situations TEXT NOT NULL,
    body TEXT NOT NULL,
    principle TEXT NOT NULL,
    created_by BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    created_ms BIGINT NOT NULL,
    UNIQUE (template_id, language)
);

CREATE TABLE score_feedback (
    id BIGSERIAL PRIMARY KEY,
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    agent_id BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    expected_level TEXT CHECK (expected_level IN ('calm', 'tense', 'heated', 'hostile')),
    comment TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL
);

CREATE TABLE trainees (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    created_ms BIGINT NOT NULL
);

CREATE TABLE roleplay_sessions (
    id BIGSERIAL PRIMARY KEY,
    trainee_id BIGINT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('simulated', 'live')),
    seed BIGINT,
    assistant_on BOOLEAN NOT NULL DEFAULT TRUE,
    started_ms BIGINT NOT NULL,
    ended_ms BIGINT,
    outcome TEXT,
    score INTEGER,
    breakdown TEXT
);

CREATE TABLE roleplay_turns (
    id BIGSERIAL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES roleplay_sessions(id) ON DELETE CASCADE,
    turn_index INTEGER NOT NULL,
    speaker TEXT NOT NULL CHECK (speaker IN ('customer', 'trainee', 'trainer')),
    body TEXT NOT NULL,
    sent_ms BIGINT NOT NULL,
    response_ms BIGINT,
    heat INTEGER,
    annotation TEXT,
    UNIQUE (session_id, turn_index)
);
