-- Live updates for a team on one server: every statement that changes the conversations, their
-- messages or the team's settings announces itself on the calma_changes channel when it commits
-- (LISTEN/NOTIFY), so that every agent's inbox and open conversation follow within a second or two.
-- (SQLite needs no schema for this: PRAGMA data_version tells another connection's commits.)
CREATE OR REPLACE FUNCTION calma_announce_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('calma_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER conversations_announce AFTER INSERT OR UPDATE OR DELETE ON conversations
    FOR EACH STATEMENT EXECUTE FUNCTION calma_announce_change();

CREATE OR REPLACE TRIGGER messages_announce AFTER INSERT OR UPDATE OR DELETE ON messages
    FOR EACH STATEMENT EXECUTE FUNCTION calma_announce_change();

CREATE OR REPLACE TRIGGER team_settings_announce AFTER INSERT OR UPDATE OR DELETE ON team_settings
    FOR EACH STATEMENT EXECUTE FUNCTION calma_announce_change();
