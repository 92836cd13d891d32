-- The mail outbox: each agent reply to a mail conversation as the mail that goes out, built once when the
-- reply is stored (so every attempt sends the same Message-ID and the same bytes), with its send state:
-- queued, sending (claimed by one sender, claimed_by/claimed_ms), sent, or failed (the error, the
-- attempts so far, and when it is tried again). A reply is never marked sent unless the server took it.
CREATE TABLE mail_outbox (
    id BIGSERIAL PRIMARY KEY,
    message_id BIGINT NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
    rfc_message_id TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL,    -- the team address: envelope sender and From
    recipient TEXT NOT NULL, -- the customer's address
    subject TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL,       -- the whole mail, MIME-encoded in 7 bits, CRLF line ends
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    queued_ms BIGINT NOT NULL,
    next_attempt_ms BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_ms BIGINT,
    sent_ms BIGINT
);

CREATE INDEX mail_outbox_due ON mail_outbox(state, next_attempt_ms);

-- The agents' apps follow the send state live, as they follow the conversations.
CREATE OR REPLACE TRIGGER mail_outbox_announce AFTER INSERT OR UPDATE OR DELETE ON mail_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION calma_announce_change();
