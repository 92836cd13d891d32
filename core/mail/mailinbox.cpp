// SQL for threading received mail and for the mailboxes' sync state (mail_sync_state, mail_messages).
#include "mail/mailinbox.h"

#include "mail/replytext.h"
#include "storage/importjournal.h"
#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calma {
namespace {

using namespace Qt::StringLiterals;
using namespace calma::sql;

QString attachmentsJson(const QList<MailAttachment> &attachments)
{
    QJsonArray list;
    for (const MailAttachment &a : attachments)
        list << QJsonObject{{u"name"_s, a.name}, {u"type"_s, a.type}, {u"size"_s, a.size}};
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KB"_s.arg((bytes + 1023) / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

// The stored text: what the customer wrote, then the attachments they listed (after the text, so that
// the tone report's offsets, which index the customer's text, stay true for the stored body).
QString storedBody(const QString &customerText, const QList<MailAttachment> &attachments)
{
    QString body = customerText;
    for (const MailAttachment &a : attachments)
        body += (body.isEmpty() ? u""_s : u"\n"_s) + u"[attachment: %1, %2, %3]"_s.arg(a.name.isEmpty() ? u"unnamed"_s : a.name, a.type, sizeText(a.size));
    return body;
}

} // namespace

MailInbox::MailInbox(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer)
    : m_database(database), m_analyzer(std::move(analyzer)), m_store(std::move(database))
{
}

std::optional<MailboxState> MailInbox::state(const QString &mailbox, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT uid_validity, last_uid FROM mail_sync_state WHERE mailbox = ?"_s);
    q.addBindValue(mailbox);
    if (!run(q, u"reading the mailbox's sync state"_s, error))
        return std::nullopt;
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return MailboxState{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool MailInbox::saveState(const QString &mailbox, const MailboxState &state, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE mail_sync_state SET uid_validity = ?, last_uid = ?, updated_ms = ? WHERE mailbox = ?"_s);
    bindAll(q, {state.uidValidity, state.lastUid, QDateTime::currentMSecsSinceEpoch(), mailbox});
    if (!run(q, u"saving the mailbox's sync state"_s, error))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    q.prepare(u"INSERT INTO mail_sync_state (mailbox, uid_validity, last_uid, updated_ms) VALUES (?, ?, ?, ?)"_s);
    bindAll(q, {mailbox, state.uidValidity, state.lastUid, QDateTime::currentMSecsSinceEpoch()});
    return run(q, u"saving the mailbox's sync state"_s, error);
}

std::optional<qint64> MailInbox::storedMessage(const QString &rfcMessageId, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT conversation_id FROM messages m WHERE external_id = ? AND "_s + ImportJournal::visible(u"m"_s) + u" ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(rfcMessageId);
    if (!run(q, u"looking up a Message-ID"_s, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void MailInbox::setTeamAddresses(const QStringList &addresses)
{
    m_teamAddresses.clear();
    for (const QString &a : addresses)
        if (const QString address = a.trimmed().toLower(); address.contains(u'@') && !m_teamAddresses.contains(address))
            m_teamAddresses << address;
}

std::optional<QStringList> MailInbox::outboxSenders(QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT DISTINCT sender FROM mail_outbox"_s);
    if (!run(q, u"reading the team's sending addresses"_s, error))
        return std::nullopt;
    QStringList senders;
    while (q.next())
        senders << q.value(0).toString();
    return senders;
}

std::optional<qint64> MailInbox::conversationFor(const MailMessage &mail, QString *error) const
{
    return conversationFor(mail, mail.fromAddress, error);
}

std::optional<qint64> MailInbox::conversationFor(const MailMessage &mail, const QString &customer, QString *error) const
{
    for (const QString &id : mail.answeredIds()) {
        if (auto conversation = storedMessage(id, error))
            return conversation;
        if (error && !error->isEmpty())
            return std::nullopt;
    }
    // By subject only from the same customer, and never into a closed conversation (closed is final:
    // "Re: Pedido" a year later starts a new one).
    const QString subject = ReplyText::shipped().baseSubject(mail.subject);
    if (subject.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id WHERE c.channel = 'email' AND "
              u"c.subject = ? AND k.email = ? AND c.status <> 'closed' AND "_s + ImportJournal::visible(u"c"_s) + u" ORDER BY c.id DESC LIMIT 1"_s);
    bindAll(q, {subject, customer});
    if (!run(q, u"looking up a conversation by subject"_s, error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Delivered> MailInbox::deliver(const MailMessage &mail, qint64 receivedMs, const MailboxPosition &position,
                                            QString *error) const
{
    WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        *error = u"cannot start a transaction: "_s + transaction.error();
        return std::nullopt;
    }
    QString problem;
    Delivered delivered;
    const std::optional<qint64> existing = storedMessage(mail.messageId, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (existing) {
        delivered.kind = Delivery::Duplicate;
        delivered.conversationId = *existing;
    } else {
        // The team's own mail is about the customer it went to: the first recipient outside the team.
        const bool fromTeam = isTeamAddress(mail.fromAddress);
        QString customerAddress = mail.fromAddress, customerName = mail.fromName;
        if (fromTeam) {
            customerAddress.clear();
            customerName.clear();
            for (qsizetype i = 0; i < mail.recipients.size() && customerAddress.isEmpty(); ++i) {
                if (!isTeamAddress(mail.recipients.at(i))) {
                    customerAddress = mail.recipients.at(i);
                    customerName = mail.recipientNames.value(i);
                }
            }
        }
        std::optional<qint64> conversation = conversationFor(mail, customerAddress, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        const qint64 sentMs = mail.dateMs > 0 ? mail.dateMs : receivedMs;
        delivered.kind = conversation ? Delivery::Threaded : Delivery::NewConversation;
        delivered.fromTeam = fromTeam;
        if (!conversation && fromTeam && customerAddress.isEmpty()) {
            delivered.kind = Delivery::TeamOnly;
        } else if (!conversation) {
            NewConversation c;
            c.externalId = u"mail:"_s + (mail.references.isEmpty() ? mail.messageId : mail.references.first());
            c.customerName = customerName;
            c.customerEmail = customerAddress;
            c.subject = ReplyText::shipped().baseSubject(mail.subject);
            c.channel = u"email"_s;
            c.createdMs = sentMs;
            // A conversation already started under that root (its first message not stored) is that one.
            conversation = m_store.conversationByExternalId(c.externalId, &problem);
            if (!conversation && problem.isEmpty())
                conversation = m_store.addConversation(c, &problem);
            if (!conversation) {
                *error = problem;
                return std::nullopt;
            }
        }
        delivered.conversationId = conversation.value_or(0);
    }
    if (!existing && delivered.kind != Delivery::TeamOnly) {
        const qint64 sentMs = mail.dateMs > 0 ? mail.dateMs : receivedMs;
        // What this mail adds, without the quoted thread and the signature (the team's as the customer's).
        const QString own = ReplyText::shipped().customerText(mail.text);
        NewMessage m;
        m.conversationId = delivered.conversationId;
        m.externalId = mail.messageId;
        // The team's mail is an agent's message: it answers (pending), is not scored, raises no heat.
        m.direction = delivered.fromTeam ? u"agent"_s : u"customer"_s;
        m.author = mail.fromName.isEmpty() ? mail.fromAddress : mail.fromName;
        m.body = storedBody(own, mail.attachments);
        m.sentMs = sentMs;
        if (!delivered.fromTeam)
            m.tone = m_analyzer->analyze(own);
        const std::optional<qint64> messageId = m_store.addMessage(m, &problem);
        if (!messageId) {
            *error = problem;
            return std::nullopt;
        }
        QSqlQuery q(m_database->connection());
        q.prepare(u"INSERT INTO mail_messages (message_id, rfc_message_id, references_list, address, subject, attachments, mailbox, uid) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QStringList chain = mail.references;
        if (!mail.inReplyTo.isEmpty() && !chain.contains(mail.inReplyTo))
            chain << mail.inReplyTo;
        bindAll(q, {*messageId, mail.messageId, text(chain.join(u' ')), mail.fromAddress, text(mail.subject), attachmentsJson(mail.attachments),
                    position.mailbox.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(position.mailbox),
                    position.uid > 0 ? QVariant(position.uid) : QVariant(QMetaType::fromType<qint64>())});
        if (!run(q, u"storing the mail's headers"_s, error))
            return std::nullopt;
        delivered.messageId = *messageId;
        delivered.heat = m.tone ? m.tone->heat : 0;
    }
    if (position.uid > 0 && !saveState(position.mailbox, {position.uidValidity, position.uid}, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = u"cannot store the mail: "_s + transaction.error();
        return std::nullopt;
    }
    return delivered;
}

} // namespace calma
