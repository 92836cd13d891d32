-- Role-play: what a session needs to be listed without its scenario file, what each reply set off
-- (for the trainer's "most flagged phrases"), and the indexes the dashboard reads by.
ALTER TABLE roleplay_sessions ADD COLUMN scenario_title TEXT NOT NULL DEFAULT '';
ALTER TABLE roleplay_sessions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE roleplay_sessions ADD COLUMN trainer TEXT NOT NULL DEFAULT '';
ALTER TABLE roleplay_sessions ADD COLUMN start_heat INTEGER;
ALTER TABLE roleplay_sessions ADD COLUMN end_heat INTEGER;

CREATE UNIQUE INDEX trainees_by_name ON trainees(name);
CREATE INDEX roleplay_sessions_by_trainee ON roleplay_sessions(trainee_id, started_ms);
CREATE INDEX roleplay_sessions_open ON roleplay_sessions(mode, ended_ms);

CREATE TABLE roleplay_effects (
    id BIGSERIAL PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES roleplay_sessions(id) ON DELETE CASCADE,
    turn_index INTEGER NOT NULL,
    trigger_name TEXT NOT NULL,
    delta INTEGER NOT NULL,
    phrase TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roleplay_effects_by_session ON roleplay_effects(session_id, turn_index);
