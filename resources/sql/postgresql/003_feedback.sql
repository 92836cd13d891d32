-- "This score is wrong": feedback also on text that is not a stored message (the tone check), so
-- message_id becomes optional and each row keeps the text, language and heat it is about. Earlier rows
-- had only an expected level, and become "wrong_kind" with their message's text (which leaves their
-- expected level as the label).
ALTER TABLE score_feedback ALTER COLUMN message_id DROP NOT NULL;

ALTER TABLE score_feedback
    ADD COLUMN verdict TEXT NOT NULL DEFAULT 'wrong_kind' CHECK (verdict IN ('too_high', 'too_low', 'wrong_kind')),
    ADD COLUMN expected_kind TEXT,
    ADD COLUMN text TEXT,
    ADD COLUMN language TEXT CHECK (language IN ('es', 'en')),
    ADD COLUMN heat INTEGER CHECK (heat BETWEEN 0 AND 100);

-- The default only fills the earlier rows: every new row says its verdict.
ALTER TABLE score_feedback ALTER COLUMN verdict DROP DEFAULT;

UPDATE score_feedback f SET text = m.body, language = COALESCE(m.language, 'en'), heat = COALESCE(m.heat, 0)
    FROM messages m WHERE m.id = f.message_id;

ALTER TABLE score_feedback
    ALTER COLUMN text SET NOT NULL,
    ALTER COLUMN language SET NOT NULL,
    ALTER COLUMN heat SET NOT NULL;

-- calma-cli feedback export reads the feedback in the order it was given.
CREATE INDEX score_feedback_created ON score_feedback(created_ms, id);
