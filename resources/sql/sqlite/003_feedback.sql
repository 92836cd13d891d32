-- "This score is wrong": feedback also on text that is not a stored message (the tone check), so
-- message_id becomes optional and each row keeps the text, language and heat it is about. SQLite
-- cannot drop NOT NULL, so the table is rebuilt; earlier rows had only an expected level, and become
-- "wrong_kind" with their message's text (which leaves their expected level as the label).
CREATE TABLE score_feedback_new (
    id INTEGER PRIMARY KEY,
    message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('too_high', 'too_low', 'wrong_kind')),
    expected_level TEXT CHECK (expected_level IN ('calm', 'tense', 'heated', 'hostile')),
    expected_kind TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('es', 'en')),
    heat INTEGER NOT NULL CHECK (heat BETWEEN 0 AND 100),
    comment TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL
);

INSERT INTO score_feedback_new (id, message_id, agent_id, verdict, expected_level, text, language, heat, comment, created_ms)
    SELECT f.id, f.message_id, f.agent_id, 'wrong_kind', f.expected_level, m.body, COALESCE(m.language, 'en'),
           COALESCE(m.heat, 0), f.comment, f.created_ms
    FROM score_feedback f JOIN messages m ON m.id = f.message_id;

DROP TABLE score_feedback;

ALTER TABLE score_feedback_new RENAME TO score_feedback;

-- calma-cli feedback export reads the feedback in the order it was given.
CREATE INDEX score_feedback_created ON score_feedback(created_ms, id);
