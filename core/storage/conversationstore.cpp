// SQL for conversations, messages, the inbox, search and claims. Portable between SQLite and
// PostgreSQL except for full-text search, which each engine does its own way.
#include "storage/conversationstore.h"

#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace calma {
namespace {

using namespace Qt::StringLiterals;
using namespace calma::sql;

// One point of priority for every eight minutes the customer has waited, up to 75 (ten hours):
// a long wait weighs as much as a furious message.
constexpr qint64 kMsPerPriorityPoint = 8 * 60 * 1000;
constexpr qint64 kMaxWaitPoints = 75;

// The user's words as a full-text query: every word must appear; FTS5 operators are not interpreted.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_s);
    for (auto it = words.globalMatch(text); it.hasNext();)
        terms << u'"' + it.next().captured() + u'"';
    return terms.join(u' ');
}

} // namespace

QSqlQuery &ConversationStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_database->connection());
        if (!q->prepare(sql)) {
            // exec() would only say "parameter count mismatch": say what the database said.
            qWarning("Calma storage: cannot prepare a statement: %s", qPrintable(q->lastError().text()));
            m_failed = q;
            return *m_failed;
        }
        it = m_statements.insert(sql, q);
    }
    return **it;
}

std::optional<qint64> ConversationStore::agentId(const QString &name, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT id FROM agents WHERE name = ?"_s);
    q.addBindValue(name);
    if (!run(q, u"looking up agent"_s, error))
        return std::nullopt;
    if (q.next())
        return q.value(0).toLongLong();
    q.prepare(u"INSERT INTO agents (name, created_ms) VALUES (?, ?)"_s + returningId(m_database->engine()));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!run(q, u"adding agent"_s, error))
        return std::nullopt;
    return lastId(q, m_database->engine());
}

std::optional<qint64> ConversationStore::conversationByExternalId(const QString &externalId) const
{
    QSqlQuery &q = statement(u"SELECT id FROM conversations WHERE external_id = ?"_s);
    q.bindValue(0, externalId);
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool ConversationStore::hasMessage(qint64 conversationId, const QString &externalId) const
{
    QSqlQuery &q = statement(u"SELECT 1 FROM messages WHERE conversation_id = ? AND external_id = ?"_s);
    bindAll(q, {conversationId, externalId});
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

std::optional<QString> ConversationStore::messageText(qint64 conversationId, const QString &externalId) const
{
    QSqlQuery &q = statement(u"SELECT body FROM messages WHERE conversation_id = ? AND external_id = ?"_s);
    bindAll(q, {conversationId, externalId});
    std::optional<QString> text;
    if (q.exec() && q.next())
        text = q.value(0).toString();
    q.finish();
    return text;
}

std::optional<qint64> ConversationStore::addConversation(const NewConversation &c, QString *error) const
{
    const DatabaseUrl::Engine engine = m_database->engine();
    const qint64 created = c.createdMs ? c.createdMs : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_database->connection());
    std::optional<qint64> contact;
    if (!c.customerEmail.isEmpty()) {
        q.prepare(u"SELECT id FROM contacts WHERE email = ?"_s);
        q.addBindValue(c.customerEmail);
        if (!run(q, u"looking up contact"_s, error))
            return std::nullopt;
        if (q.next())
            contact = q.value(0).toLongLong();
        // The customer's name is the latest one they gave (they sign with their full name later).
        if (contact && !c.customerName.trimmed().isEmpty()) {
            q.prepare(u"UPDATE contacts SET name = ? WHERE id = ?"_s);
            q.addBindValue(c.customerName.trimmed());
            q.addBindValue(*contact);
            if (!run(q, u"updating the contact's name"_s, error))
                return std::nullopt;
        }
    }
    if (!contact) {
        q.prepare(u"INSERT INTO contacts (name, email, phone, created_ms) VALUES (?, ?, ?, ?)"_s + returningId(engine));
        q.addBindValue(text(c.customerName));
        q.addBindValue(c.customerEmail.isEmpty() ? QVariant() : c.customerEmail);
        q.addBindValue(c.customerPhone.isEmpty() ? QVariant() : c.customerPhone);
        q.addBindValue(created);
        if (!run(q, u"adding contact"_s, error))
            return std::nullopt;
        contact = lastId(q, engine);
    }
    q.prepare(u"INSERT INTO conversations (external_id, contact_id, subject, channel, status, created_ms, waiting_since_ms) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s + returningId(engine));
    q.addBindValue(c.externalId.isEmpty() ? QVariant() : c.externalId);
    q.addBindValue(*contact);
    q.addBindValue(text(c.subject));
    q.addBindValue(text(c.channel.isEmpty() ? u"email"_s : c.channel));
    q.addBindValue(text(c.status.isEmpty() ? u"open"_s : c.status));
    q.addBindValue(created);
    q.addBindValue(created);
    if (!run(q, u"adding conversation"_s, error))
        return std::nullopt;
    return lastId(q, engine);
}

std::optional<qint64> ConversationStore::addMessage(const NewMessage &m, QString *error) const
{
    const DatabaseUrl::Engine engine = m_database->engine();
    QSqlQuery &q = statement(u"INSERT INTO messages (conversation_id, external_id, direction, author, body, sent_ms, language, heat, level, "
                             u"tone_report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s + returningId(engine));
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noNumber(QMetaType::fromType<int>());
    bindAll(q, {m.conversationId, m.externalId.isEmpty() ? noText : m.externalId, m.direction, text(m.author), text(m.body),
                m.sentMs, m.tone ? QVariant(languageCode(m.tone->language)) : noText, m.tone ? QVariant(m.tone->heat) : noNumber,
                m.tone ? QVariant(levelName(m.tone->level)) : noText,
                m.tone ? QVariant(QString::fromLatin1(m.tone->toStoredJson())) : noText});
    if (!run(q, u"adding message"_s, error))
        return std::nullopt;
    const std::optional<qint64> id = lastId(q, engine);
    q.finish();
    if (id && !m.deferIndexing && !indexMessages(*id - 1, error))
        return std::nullopt;
    // The conversation's heat is its latest customer message's; its peak, the highest so far.
    if (m.direction == u"customer") {
        QSqlQuery &update = statement(
            u"UPDATE conversations SET last_customer_ms = ?, waiting_since_ms = ?, last_message_ms = CASE WHEN last_message_ms IS NULL OR "
            u"last_message_ms < ? THEN ? ELSE last_message_ms END, heat = ?, peak_heat = CASE WHEN peak_heat < ? "
            u"THEN ? ELSE peak_heat END, language = COALESCE(?, language) WHERE id = ? AND "
            u"(last_customer_ms IS NULL OR last_customer_ms <= ?)"_s);
        const int heat = m.tone ? m.tone->heat : 0;
        bindAll(update, {m.sentMs, m.sentMs, m.sentMs, m.sentMs, heat, heat, heat, m.tone ? QVariant(languageCode(m.tone->language)) : noText,
                         m.conversationId, m.sentMs});
        if (!run(update, u"updating conversation"_s, error))
            return std::nullopt;
    } else {
        QSqlQuery &update = statement(u"UPDATE conversations SET last_message_ms = CASE WHEN last_message_ms IS NULL OR "
                                      u"last_message_ms < ? THEN ? ELSE last_message_ms END WHERE id = ?"_s);
        bindAll(update, {m.sentMs, m.sentMs, m.conversationId});
        if (!run(update, u"updating conversation"_s, error))
            return std::nullopt;
    }
    return id;
}

bool ConversationStore::indexMessages(qint64 afterId, QString *error) const
{
    // PostgreSQL keeps its search column up to date by itself (a generated tsvector).
    if (m_database->engine() != DatabaseUrl::Engine::SQLite)
        return true;
    QSqlQuery &q = statement(u"INSERT INTO messages_fts(rowid, body) SELECT id, body FROM messages WHERE id > ?"_s);
    q.bindValue(0, afterId);
    return run(q, u"indexing messages for search"_s, error);
}

qint64 ConversationStore::lastMessageId() const
{
    QSqlQuery q(m_database->connection());
    return q.exec(u"SELECT COALESCE(MAX(id), 0) FROM messages"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ConversationSummary> ConversationStore::inbox(const InboxQuery &query, QString *error) const
{
    const qint64 now = query.nowMs ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 capMs = kMsPerPriorityPoint * kMaxWaitPoints;
    const QString select = u"SELECT c.id, c.external_id, COALESCE(ct.name, ''), c.subject, c.channel, COALESCE(c.language, ''), c.status, "
                           u"COALESCE(a.name, ''), c.heat, COALESCE(c.last_customer_ms, 0), COALESCE(c.last_message_ms, 0), "
                           u"c.heat + CASE WHEN ? - c.waiting_since_ms >= ? THEN ? ELSE (? - c.waiting_since_ms) / ? END AS priority "
                           u"FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN agents a ON a.id = c.assignee_id "_s;
    const QVariantList priorityValues{now, capMs, kMaxWaitPoints, now, double(kMsPerPriorityPoint)};
    QList<ConversationSummary> rows;
    auto read = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery &q = statement(sql);
        bindAll(q, priorityValues + values);
        if (!run(q, u"reading the inbox"_s, error))
            return false;
        while (q.next()) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                         q.value(8).toInt(), q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toDouble()});
        }
        q.finish();
        return true;
    };
    const bool plain = query.minimumHeat == 0 && query.waitingAtLeastMs == 0 && query.text.trimmed().isEmpty() && !query.statuses.isEmpty();
    if (plain) {
        // Priority is heat plus the wait, capped. Those who waited past the cap rank by heat alone, and
        // the rest are few: each group comes straight from its index, and the two are merged here.
        const qint64 wanted = qint64(query.offset) + query.limit;
        for (const QString &status : query.statuses) {
            if (!read(select + u"WHERE c.status = ? AND c.waiting_since_ms <= ? ORDER BY c.heat DESC, c.id LIMIT ?"_s, {status, now - capMs, wanted})
                || !read(select + u"WHERE c.status = ? AND c.waiting_since_ms > ? ORDER BY priority DESC, c.id LIMIT ?"_s, {status, now - capMs, wanted}))
                return {};
        }
        std::sort(rows.begin(), rows.end(), [](const ConversationSummary &x, const ConversationSummary &y) {
            return x.priority != y.priority ? x.priority > y.priority : x.id < y.id;
        });
        return rows.mid(query.offset, query.limit);
    }
    QString sql = select + u"WHERE c.heat >= ?"_s;
    QVariantList values{query.minimumHeat};
    if (!query.statuses.isEmpty()) {
        sql += u" AND c.status IN ("_s + QStringList(query.statuses.size(), u"?"_s).join(u", ") + u')';
        for (const QString &s : query.statuses)
            values << s;
    }
    if (query.waitingAtLeastMs > 0) {
        sql += u" AND c.last_customer_ms IS NOT NULL AND c.last_customer_ms <= ?"_s;
        values << now - query.waitingAtLeastMs;
    }
    if (!query.text.trimmed().isEmpty()) {
        if (m_database->engine() == DatabaseUrl::Engine::SQLite) {
            sql += u" AND c.id IN (SELECT m.conversation_id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                   u"WHERE messages_fts MATCH ?)"_s;
            values << ftsQuery(query.text);
        } else {
            sql += u" AND c.id IN (SELECT conversation_id FROM messages WHERE body_search @@ (plainto_tsquery('spanish', ?) "
                   u"|| plainto_tsquery('english', ?)))"_s;
            values << query.text << query.text;
        }
    }
    sql += u" ORDER BY priority DESC, c.id LIMIT ? OFFSET ?"_s;
    values << query.limit << query.offset;
    read(sql, values);
    return rows;
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT id, conversation_id, COALESCE(external_id, ''), direction, author, body, sent_ms, COALESCE(language, ''), "
              u"COALESCE(heat, -1), COALESCE(level, ''), COALESCE(tone_report, '') FROM messages WHERE conversation_id = ? "
              u"ORDER BY sent_ms, id"_s);
    q.addBindValue(conversationId);
    QList<StoredMessage> rows;
    if (!q.exec()) {
        if (error)
            *error = u"reading the messages of conversation %1: %2"_s.arg(QString::number(conversationId), q.lastError().text());
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                     q.value(8).toInt(), q.value(9).toString(), q.value(10).toString()});
    }
    if (q.lastError().isValid() && error)
        *error = u"reading the messages of conversation %1: %2"_s.arg(QString::number(conversationId), q.lastError().text());
    return rows;
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit, QString *error) const
{
    QSqlQuery q(m_database->connection());
    if (m_database->engine() == DatabaseUrl::Engine::SQLite) {
        q.prepare(u"SELECT m.id, m.conversation_id, snippet(messages_fts, 0, '[', ']', '…', 12) FROM messages_fts "
                  u"JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?"_s);
        q.addBindValue(ftsQuery(text));
    } else {
        q.prepare(u"SELECT id, conversation_id, ts_headline(CASE WHEN language = 'es' THEN 'spanish'::regconfig ELSE "
                  u"'english'::regconfig END, body, plainto_tsquery('spanish', ?) || plainto_tsquery('english', ?), "
                  u"'StartSel=[, StopSel=], MaxWords=12, MinWords=4') FROM messages WHERE body_search @@ "
                  u"(plainto_tsquery('spanish', ?) || plainto_tsquery('english', ?)) ORDER BY ts_rank(body_search, "
                  u"plainto_tsquery('spanish', ?) || plainto_tsquery('english', ?)) DESC LIMIT ?"_s);
        for (int i = 0; i < 6; ++i)
            q.addBindValue(text);
    }
    q.addBindValue(limit);
    QList<SearchHit> hits;
    if (ftsQuery(text).isEmpty() || !run(q, u"searching"_s, error))
        return hits;
    while (q.next())
        hits.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return hits;
}

ClaimResult ConversationStore::claim(qint64 conversationId, const QString &agent, qint64 nowMs, qint64 staleAfterMs,
                                     QString *holder) const
{
    const std::optional<qint64> me = agentId(agent, nullptr);
    if (!me)
        return ClaimResult::NotFound;
    // One conditional UPDATE: the database serialises concurrent claims on the row, so exactly one wins.
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE conversations SET assignee_id = ?, claimed_ms = ? WHERE id = ? AND "
              u"(assignee_id IS NULL OR claimed_ms IS NULL OR claimed_ms < ?)"_s);
    q.addBindValue(*me);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    q.addBindValue(nowMs - staleAfterMs);
    if (q.exec() && q.numRowsAffected() == 1)
        return ClaimResult::Claimed;
    q.prepare(u"SELECT c.assignee_id, COALESCE(a.name, '') FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id "
              u"WHERE c.id = ?"_s);
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return ClaimResult::NotFound;
    if (holder)
        *holder = q.value(1).toString();
    if (q.value(0).toLongLong() == *me) {
        QSqlQuery renew(m_database->connection());
        renew.prepare(u"UPDATE conversations SET claimed_ms = ? WHERE id = ? AND assignee_id = ?"_s);
        renew.addBindValue(nowMs);
        renew.addBindValue(conversationId);
        renew.addBindValue(*me);
        renew.exec();
        return ClaimResult::AlreadyYours;
    }
    return ClaimResult::Taken;
}

bool ConversationStore::release(qint64 conversationId, const QString &agent) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE conversations SET assignee_id = NULL, claimed_ms = NULL WHERE id = ? AND assignee_id = "
              u"(SELECT id FROM agents WHERE name = ?)"_s);
    q.addBindValue(conversationId);
    q.addBindValue(agent);
    return q.exec() && q.numRowsAffected() == 1;
}

qint64 ConversationStore::conversationCount() const
{
    QSqlQuery q(m_database->connection());
    return q.exec(u"SELECT COUNT(*) FROM conversations"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ConversationStore::messageCount() const
{
    QSqlQuery q(m_database->connection());
    return q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace calma
