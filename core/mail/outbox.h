// The mail outbox: an agent's reply to a mail conversation is stored with the mail that carries it, in
// one transaction, before anything is sent; senders claim due mail (one sender per mail, across processes:
// FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite), and record what happened. A mail
// is marked sent only after the server took it; a failure keeps the error, counts the attempt and waits
// (30 s, 1, 2, 4 … up to 60 min) before the next one.
#pragma once

#include "mail/outgoingmail.h"
#include "storage/conversationstore.h"

#include <QList>
#include <optional>

namespace calma {

enum class SendState { Queued, Sending, Sent, Failed };

QString sendStateName(SendState state); // "queued", "sending", "sent", "failed": the column's and the CLI's words
std::optional<SendState> sendStateFromName(const QString &name);

struct OutboxEntry
{
    qint64 id = 0;
    qint64 messageId = 0;      // the reply in messages
    qint64 conversationId = 0;
    QString rfcMessageId{};
    QString sender{};
    QString recipient{};
    QString subject{};
    SendState state = SendState::Queued;
    int attempts = 0;
    QString lastError{};       // the last failed attempt's error; cleared once sent
    qint64 queuedMs = 0;
    qint64 nextAttemptMs = 0;  // when a queued or failed mail is due
    qint64 sentMs = 0;         // 0 until sent
};

// A mail claimed for sending: the entry and the bytes to send.
struct ClaimedMail
{
    OutboxEntry entry{};
    QByteArray raw{};
    QString abandonedBy{}; // the sender whose lease ran out in the middle of sending it; empty for a mail due
};

enum class QueueResult { Queued, Taken, NotFound, NotMail, Failed };

// A claim is a lease that its sender renews while it sends (every kSendHeartbeatMs, from inside the SMTP
// transfer); one not renewed for kSendLeaseMs belongs to a sender that died or hangs, and another sender
// takes the mail over. The mail goes again with the same bytes and the same Message-ID, so the one case
// where it reaches the customer twice (the server took it, and its sender died before it could record
// so) is the same message twice, which mail clients and servers show as one. Delivery is at least once.
constexpr qint64 kSendLeaseMs = 15 * 1000;
constexpr qint64 kSendHeartbeatMs = 3 * 1000;

// Keeps prepared statements through its ConversationStore: one per thread.
class Outbox
{
public:
    explicit Outbox(std::shared_ptr<Database> database);

    // Stores the agent's reply (ConversationStore::reply's rules: Taken when another agent holds the
    // conversation) and its mail to the customer's last mail, from `from` (its name, else the agent's),
    // with In-Reply-To and References to that mail, "Re: subject" and a new Message-ID, which is also the
    // reply's external id. NotMail (nothing stored) when the conversation has no mail from the customer.
    QueueResult queueReply(qint64 conversationId, const QString &agent, const QString &text, const MailAddress &from, qint64 nowMs,
                           OutboxEntry *queued, QString *holder, QString *error) const;

    // Claims up to `limit` due mail for `sender` (a name unique to this sender): queued or failed ones whose
    // time has come, and ones whose sender's lease ran out (kSendLeaseMs). `onlyId` > 0: that mail only.
    std::optional<QList<ClaimedMail>> claimDue(const QString &sender, qint64 nowMs, int limit, qint64 onlyId, QString *error) const;
    // Renews this sender's lease on a mail it is sending. False with `error` empty when the mail is no
    // longer this sender's (its lease ran out and another took it over: this one must not send it).
    bool renewClaim(qint64 id, const QString &sender, qint64 nowMs, QString *error) const;
    // What became of a claimed mail. False (with `error`) when the record could not be written.
    bool markSent(qint64 id, const QString &sender, qint64 nowMs, QString *error) const;
    bool markFailed(qint64 id, const QString &sender, const QString &why, int attempts, qint64 nowMs, QString *error) const;
    // Makes a failed mail due now (the Retry action). False with `error` empty when `id` is not a failed mail.
    bool retryNow(qint64 id, qint64 nowMs, QString *error) const;

    // The outbox, newest first; `states` empty: all.
    std::optional<QList<OutboxEntry>> entries(const QList<SendState> &states, int limit, QString *error) const;
    // The mail of each of a conversation's replies, by message id.
    std::optional<QHash<qint64, OutboxEntry>> entriesOfConversation(qint64 conversationId, QString *error) const;

    static qint64 retryDelayMs(int attempts);

private:
    std::shared_ptr<Database> m_database;
    ConversationStore m_store;
};

} // namespace calma
