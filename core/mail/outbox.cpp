// SQL of the mail outbox (mail_outbox), on SQLite and PostgreSQL.
#include "mail/outbox.h"

#include "storage/sqlsupport.h"

#include <QSqlQuery>

namespace calma {
namespace {

using namespace Qt::StringLiterals;
using namespace calma::sql;

const QString kEntryColumns =
    u"SELECT o.id, o.message_id, m.conversation_id, o.rfc_message_id, o.sender, o.recipient, o.subject, o.state, o.attempts, "
    u"o.last_error, o.queued_ms, o.next_attempt_ms, o.sent_ms, o.raw FROM mail_outbox o JOIN messages m ON m.id = o.message_id "_s;

struct StateName
{
    SendState state;
    const char16_t *name;
};
constexpr StateName kStateNames[] = {
    {SendState::Queued, u"queued"}, {SendState::Sending, u"sending"}, {SendState::Sent, u"sent"}, {SendState::Failed, u"failed"}};

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.messageId = q.value(1).toLongLong();
    e.conversationId = q.value(2).toLongLong();
    e.rfcMessageId = q.value(3).toString();
    e.sender = q.value(4).toString();
    e.recipient = q.value(5).toString();
    e.subject = q.value(6).toString();
    e.state = sendStateFromName(q.value(7).toString()).value_or(SendState::Failed);
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.queuedMs = q.value(10).toLongLong();
    e.nextAttemptMs = q.value(11).toLongLong();
    e.sentMs = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    return e;
}

// The customer's last mail in a conversation: what the reply answers.
struct AnsweredMail
{
    QString messageId;
    QStringList references;
    QString address;
    QString subject;
    QString name;
};

std::optional<AnsweredMail> lastCustomerMail(const Database &database, qint64 conversationId, QString *error)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT mm.rfc_message_id, mm.references_list, mm.address, mm.subject, COALESCE(k.name, '') FROM messages m "
              u"JOIN mail_messages mm ON mm.message_id = m.id JOIN conversations c ON c.id = m.conversation_id "
              u"LEFT JOIN contacts k ON k.id = c.contact_id WHERE m.conversation_id = ? AND m.direction = 'customer' "
              u"ORDER BY m.sent_ms DESC, m.id DESC LIMIT 1"_s);
    q.addBindValue(conversationId);
    if (!run(q, u"looking up the customer's last mail"_s, error) || !q.next())
        return std::nullopt;
    return AnsweredMail{q.value(0).toString(), q.value(1).toString().split(u' ', Qt::SkipEmptyParts), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()};
}

} // namespace

QString sendStateName(SendState state)
{
    for (const StateName &s : kStateNames)
        if (s.state == state)
            return QString::fromUtf16(s.name);
    return {};
}

std::optional<SendState> sendStateFromName(const QString &name)
{
    for (const StateName &s : kStateNames)
        if (name == QStringView(s.name))
            return s.state;
    return std::nullopt;
}

Outbox::Outbox(std::shared_ptr<Database> database) : m_database(database), m_store(std::move(database)) {}

qint64 Outbox::retryDelayMs(int attempts)
{
    qint64 delay = 30 * 1000;
    for (int i = 1; i < attempts && delay < 60 * 60 * 1000; ++i)
        delay *= 2;
    return std::min<qint64>(delay, 60 * 60 * 1000);
}

QueueResult Outbox::queueReply(qint64 conversationId, const QString &agent, const QString &text, const MailAddress &from, qint64 nowMs,
                               OutboxEntry *queued, QString *holder, QString *error) const
{
    WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        *error = u"cannot start a transaction: "_s + transaction.error();
        return QueueResult::Failed;
    }
    QString problem;
    const std::optional<AnsweredMail> answered = lastCustomerMail(*m_database, conversationId, &problem);
    if (!answered) {
        if (!problem.isEmpty()) {
            *error = problem;
            return QueueResult::Failed;
        }
        if (!m_store.conversation(conversationId, nowMs, &problem)) {
            *error = problem;
            return problem.isEmpty() ? QueueResult::NotFound : QueueResult::Failed;
        }
        *error = u"conversation %1 has no mail from the customer to answer"_s.arg(conversationId);
        return QueueResult::NotMail;
    }
    std::optional<qint64> messageId;
    switch (m_store.reply(conversationId, agent, text, nowMs, holder, error, &messageId)) {
    case ReplyResult::Sent:
        break;
    case ReplyResult::Taken:
        return QueueResult::Taken;
    case ReplyResult::NotFound:
        return QueueResult::NotFound;
    case ReplyResult::Failed:
        return QueueResult::Failed;
    }
    OutgoingMail mail;
    mail.from = {from.name.isEmpty() ? agent : from.name, from.address};
    mail.to = {answered->name, answered->address};
    mail.subject = replySubject(answered->subject);
    mail.messageId = newMessageId(from.domain());
    mail.inReplyTo = answered->messageId;
    mail.references = answered->references;
    if (!mail.references.contains(answered->messageId))
        mail.references << answered->messageId;
    mail.dateMs = nowMs;
    mail.text = text;
    const QByteArray raw = renderMail(mail);

    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE messages SET external_id = ? WHERE id = ?"_s);
    bindAll(q, {mail.messageId, *messageId});
    if (!run(q, u"storing the reply's Message-ID"_s, error))
        return QueueResult::Failed;
    q.prepare(u"INSERT INTO mail_outbox (message_id, rfc_message_id, sender, recipient, subject, raw, state, attempts, last_error, queued_ms, "
              u"next_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, '', ?, ?)"_s + returningId(m_database->engine()));
    bindAll(q, {*messageId, mail.messageId, from.address, answered->address, mail.subject, QString::fromLatin1(raw), nowMs, nowMs});
    if (!run(q, u"queueing the reply's mail"_s, error))
        return QueueResult::Failed;
    const std::optional<qint64> outboxId = lastId(q, m_database->engine());
    if (!outboxId) {
        *error = u"queueing the reply's mail: no id came back"_s;
        return QueueResult::Failed;
    }
    if (!transaction.commit()) {
        *error = u"cannot store the reply: "_s + transaction.error();
        return QueueResult::Failed;
    }
    if (queued)
        *queued = {*outboxId, *messageId, conversationId, mail.messageId, from.address, answered->address, mail.subject,
                   SendState::Queued, 0, {}, nowMs, nowMs, 0};
    return QueueResult::Queued;
}

std::optional<QList<ClaimedMail>> Outbox::claimDue(const QString &sender, qint64 nowMs, int limit, qint64 onlyId, QString *error) const
{
    WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        *error = u"cannot start a transaction: "_s + transaction.error();
        return std::nullopt;
    }
    const bool postgres = m_database->engine() == DatabaseUrl::Engine::PostgreSQL;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT id, CASE WHEN state = 'sending' THEN claimed_by ELSE NULL END FROM mail_outbox WHERE ((state IN ('queued', 'failed') AND next_attempt_ms <= ?) OR "
              u"(state = 'sending' AND claimed_ms < ?))"_s +
              (onlyId > 0 ? u" AND id = ?"_s : QString()) + u" ORDER BY id LIMIT ?"_s + (postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString()));
    QVariantList values{nowMs, nowMs - kSendLeaseMs};
    if (onlyId > 0)
        values << onlyId;
    values << limit;
    bindAll(q, values);
    if (!run(q, u"looking for mail to send"_s, error))
        return std::nullopt;
    QList<std::pair<qint64, QString>> ids; // with the sender that abandoned it
    while (q.next())
        ids.append({q.value(0).toLongLong(), q.value(1).toString()});
    QList<ClaimedMail> claimed;
    QSqlQuery update(m_database->connection());
    // The state is checked again: a row another sender claimed since the SELECT is left to it.
    update.prepare(u"UPDATE mail_outbox SET state = 'sending', claimed_by = ?, claimed_ms = ?, attempts = attempts + 1 WHERE id = ? AND "
                   u"((state IN ('queued', 'failed') AND next_attempt_ms <= ?) OR (state = 'sending' AND claimed_ms < ?))"_s);
    QSqlQuery read(m_database->connection());
    read.prepare(kEntryColumns + u"WHERE o.id = ?"_s);
    for (const auto &[id, abandonedBy] : ids) {
        bindAll(update, {sender, nowMs, id, nowMs, nowMs - kSendLeaseMs});
        if (!run(update, u"claiming mail to send"_s, error))
            return std::nullopt;
        if (update.numRowsAffected() != 1)
            continue;
        read.bindValue(0, id);
        if (!run(read, u"reading mail to send"_s, error))
            return std::nullopt;
        if (!read.next()) {
            *error = u"reading mail to send: mail %1 is gone"_s.arg(id);
            return std::nullopt;
        }
        claimed.append({readEntry(read), read.value(13).toString().toLatin1(), abandonedBy});
    }
    if (!transaction.commit()) {
        *error = u"cannot claim mail to send: "_s + transaction.error();
        return std::nullopt;
    }
    return claimed;
}

bool Outbox::renewClaim(qint64 id, const QString &sender, qint64 nowMs, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE mail_outbox SET claimed_ms = ? WHERE id = ? AND claimed_by = ? AND state = 'sending'"_s);
    bindAll(q, {nowMs, id, sender});
    if (!run(q, u"renewing the claim on mail %1"_s.arg(id), error))
        return false;
    error->clear();
    return q.numRowsAffected() == 1;
}

bool Outbox::markSent(qint64 id, const QString &sender, qint64 nowMs, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE mail_outbox SET state = 'sent', sent_ms = ?, last_error = '', claimed_by = NULL, claimed_ms = NULL "
              u"WHERE id = ? AND claimed_by = ? AND state = 'sending'"_s);
    bindAll(q, {nowMs, id, sender});
    if (!run(q, u"recording mail %1 as sent"_s.arg(id), error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = u"recording mail %1 as sent: another sender had taken it over (this one could not renew its claim for %2 s)"_s.arg(id).arg(kSendLeaseMs / 1000);
        return false;
    }
    return true;
}

bool Outbox::markFailed(qint64 id, const QString &sender, const QString &why, int attempts, qint64 nowMs, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE mail_outbox SET state = 'failed', last_error = ?, next_attempt_ms = ?, claimed_by = NULL, claimed_ms = NULL "
              u"WHERE id = ? AND claimed_by = ? AND state = 'sending'"_s);
    bindAll(q, {text(why), nowMs + retryDelayMs(attempts), id, sender});
    if (!run(q, u"recording mail %1 as failed"_s.arg(id), error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = u"recording mail %1 as failed: another sender had taken it over"_s.arg(id);
        return false;
    }
    return true;
}

bool Outbox::retryNow(qint64 id, qint64 nowMs, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE mail_outbox SET next_attempt_ms = ? WHERE id = ? AND state = 'failed'"_s);
    bindAll(q, {nowMs, id});
    if (!run(q, u"making mail %1 due"_s.arg(id), error))
        return false;
    error->clear();
    return q.numRowsAffected() == 1;
}

std::optional<QList<OutboxEntry>> Outbox::entries(const QList<SendState> &states, int limit, QString *error) const
{
    QStringList names;
    for (const SendState s : states)
        names << u"'"_s + sendStateName(s) + u"'"_s; // from the fixed table above, never from input
    QSqlQuery q(m_database->connection());
    q.prepare(kEntryColumns + (names.isEmpty() ? QString() : u"WHERE o.state IN (%1) "_s.arg(names.join(u", "_s))) +
              u"ORDER BY o.id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!run(q, u"reading the outbox"_s, error))
        return std::nullopt;
    QList<OutboxEntry> list;
    while (q.next())
        list << readEntry(q);
    return list;
}

std::optional<QHash<qint64, OutboxEntry>> Outbox::entriesOfConversation(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(kEntryColumns + u"WHERE m.conversation_id = ?"_s);
    q.addBindValue(conversationId);
    if (!run(q, u"reading the conversation's mail"_s, error))
        return std::nullopt;
    QHash<qint64, OutboxEntry> byMessage;
    while (q.next()) {
        const OutboxEntry e = readEntry(q);
        byMessage.insert(e.messageId, e);
    }
    return byMessage;
}

} // namespace calma
