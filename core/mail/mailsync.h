// Syncing a support mailbox into the inbox: one pass (new mail since the last UID stored, or the last N
// days when the mailbox is first connected), or watching it (IDLE, or polling when the server has no
// IDLE) with reconnection after drops. Resumes where it stopped: each mail and the mailbox's position are
// one transaction, so a drop mid-way neither loses nor repeats a mail. Never marks mail read unless asked.
#pragma once

#include "mail/imapsession.h"
#include "mail/mailinbox.h"

#include <QLockFile>
#include <functional>

namespace calma {

struct MailSyncOptions
{
    ImapUrl url{};
    QString password{};
    QString caCertificateFile{};
    int sinceDays = -1;     // on first connection: take the last N days; -1: only mail that comes from now on
    bool markSeen = false;  // mark each stored mail read on the server
    int timeoutMs = 30000;
    int pollMs = 60000;     // watch: how often to look when the server has no IDLE (and the longest IDLE)
    // The team's own addresses: their mail is stored as the team's (agent) messages. The IMAP user, when it
    // is an address, and the addresses the outbox sends from count too.
    QStringList teamAddresses{};
};

struct SkippedMail
{
    qint64 uid = 0;
    QString error{};
};

struct SyncReport
{
    bool ok = false;
    MailError errorKind = MailError::None;
    QString error{};
    QString mailbox{};            // ImapUrl::key()
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
    bool firstConnection = false;
    bool uidValidityChanged = false;
    qint64 fetched = 0;
    qint64 added = 0;             // stored messages (new conversations + threaded)
    qint64 newConversations = 0;
    qint64 threaded = 0;
    qint64 duplicates = 0;
    qint64 fromTeam = 0;          // of `added`: the team's own mail, stored as agent messages
    qint64 teamOnly = 0;          // the team's mail to the team alone: not a conversation, not stored
    QList<SkippedMail> skipped{}; // mail that could not be read: named by UID, never silently dropped
    qint64 elapsedMs = 0;
};

class MailSync
{
public:
    MailSync(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer, MailSyncOptions options);

    // Takes the mailbox for this process (a PostgreSQL advisory lock, or a lock file beside a SQLite
    // database): false, with `error` naming the holder where known, when another process syncs it.
    bool lock(QString *error);
    // One pass; reconnects when the session is not open.
    SyncReport syncOnce();
    // Syncs, then waits for new mail and syncs again, until `stop`; after a drop it reconnects, waiting
    // 1, 2, 4 … up to 60 s. Each pass is reported to `onPass` (also failed ones, with the error).
    void watch(const std::atomic_bool &stop, const std::function<void(const SyncReport &)> &onPass);

private:
    bool ensureOpen(SyncReport &report);
    bool fetchAll(const QList<qint64> &uids, qint64 uidValidity, SyncReport &report);

    std::shared_ptr<Database> m_database;
    MailInbox m_inbox;
    MailSyncOptions m_options;
    ImapSession m_session;
    std::unique_ptr<QLockFile> m_lockFile;
};

} // namespace calma
