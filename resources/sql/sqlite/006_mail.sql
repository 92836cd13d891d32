-- The support mailbox: how far each mailbox has been read (IMAP's UIDVALIDITY and the last UID stored),
-- and what a stored mail message needs for threading and for answering it (its Message-ID, the
-- References chain, the customer's address, the subject and the attachments it listed).
CREATE TABLE mail_sync_state (
    mailbox TEXT PRIMARY KEY, -- imap://user@host:port/MAILBOX, without the password
    uid_validity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);

CREATE TABLE mail_messages (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    rfc_message_id TEXT NOT NULL,
    references_list TEXT NOT NULL DEFAULT '', -- Message-IDs separated by spaces, oldest first
    address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]',   -- [{"name","type","size"}]: listed, not kept
    mailbox TEXT,
    uid INTEGER
);

CREATE INDEX mail_messages_rfc ON mail_messages(rfc_message_id);
CREATE INDEX messages_external ON messages(external_id);
