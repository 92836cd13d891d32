-- reply_templates was never written or read: a team's replies are reply-part files (resources/replies
-- and File → Settings), not rows. It goes, so that the schema says what Calma keeps.
DROP TABLE IF EXISTS reply_templates;
