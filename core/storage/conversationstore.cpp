// SQL for conversations, messages, the inbox, search and claims. Portable between SQLite and
// PostgreSQL except for full-text search, which each engine does its own way.
#include "storage/conversationstore.h"

#include "storage/importjournal.h"
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

// Rows of an import that is not done are nobody's to see (ImportJournal).
QString visible(const QString &alias)
{
    return ImportJournal::visible(alias);
}

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

// Prepares, binds and runs `sql`; a statement the database cannot prepare (a table that is not there)
// is reported with the database's reason, not exec()'s "parameter count mismatch".
bool runSql(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = u"%1: %2"_s.arg(what, q.lastError().text());
        return false;
    }
    bindAll(q, values);
    return run(q, what, error);
}

} // namespace

const QStringList &conversationStatuses()
{
    static const QStringList statuses{u"open"_s, u"pending"_s, u"solved"_s, u"closed"_s};
    return statuses;
}

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

std::optional<qint64> ConversationStore::conversationByExternalId(const QString &externalId, QString *error) const
{
    QSqlQuery &q = statement(u"SELECT id FROM conversations c WHERE external_id = ? AND "_s + visible(u"c"_s));
    q.bindValue(0, externalId);
    std::optional<qint64> id;
    if (run(q, u"looking up conversation %1"_s.arg(externalId), error) && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool ConversationStore::hasMessage(qint64 conversationId, const QString &externalId, QString *error) const
{
    QSqlQuery &q = statement(u"SELECT 1 FROM messages m WHERE conversation_id = ? AND external_id = ? AND "_s + visible(u"m"_s));
    bindAll(q, {conversationId, externalId});
    const bool found = run(q, u"looking up message %1"_s.arg(externalId), error) && q.next();
    q.finish();
    return found;
}

std::optional<QString> ConversationStore::messageText(qint64 conversationId, const QString &externalId, QString *error) const
{
    QSqlQuery &q = statement(u"SELECT body FROM messages m WHERE conversation_id = ? AND external_id = ? AND "_s + visible(u"m"_s));
    bindAll(q, {conversationId, externalId});
    std::optional<QString> text;
    if (run(q, u"looking up message %1"_s.arg(externalId), error) && q.next())
        text = q.value(0).toString();
    q.finish();
    return text;
}

std::optional<qint64> ConversationStore::addConversation(const NewConversation &c, QString *error) const
{
    // Prepared once per store: an importer adds conversations by the thousand.
    const DatabaseUrl::Engine engine = m_database->engine();
    const qint64 created = c.createdMs ? c.createdMs : QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> contact;
    if (!c.customerEmail.isEmpty()) {
        QSqlQuery &q = statement(u"SELECT id FROM contacts ct WHERE email = ? AND "_s + visible(u"ct"_s));
        bindAll(q, {c.customerEmail});
        if (!run(q, u"looking up contact"_s, error))
            return std::nullopt;
        if (q.next())
            contact = q.value(0).toLongLong();
        q.finish();
        // The customer's name is the latest one they gave (they sign with their full name later).
        if (contact && !c.customerName.trimmed().isEmpty()) {
            QSqlQuery &update = statement(u"UPDATE contacts SET name = ? WHERE id = ?"_s);
            bindAll(update, {c.customerName.trimmed(), *contact});
            if (!run(update, u"updating the contact's name"_s, error))
                return std::nullopt;
        }
    }
    if (!contact) {
        QSqlQuery &q = statement(u"INSERT INTO contacts (name, email, phone, created_ms) VALUES (?, ?, ?, ?)"_s + returningId(engine));
        bindAll(q, {text(c.customerName), c.customerEmail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : c.customerEmail,
                    c.customerPhone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : c.customerPhone, created});
        if (!run(q, u"adding contact"_s, error))
            return std::nullopt;
        contact = lastId(q, engine);
        q.finish();
    }
    QSqlQuery &q = statement(u"INSERT INTO conversations (external_id, contact_id, subject, channel, status, created_ms, waiting_since_ms) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s + returningId(engine));
    const QString status = c.status.isEmpty() ? u"open"_s : c.status;
    bindAll(q, {c.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : c.externalId, *contact, text(c.subject),
                text(c.channel.isEmpty() ? u"email"_s : c.channel), status, created,
                status == u"open" ? QVariant(created) : QVariant(QMetaType::fromType<qint64>())}); // only open ones wait
    if (!run(q, u"adding conversation"_s, error))
        return std::nullopt;
    const std::optional<qint64> id = lastId(q, engine);
    q.finish();
    return id;
}

std::optional<qint64> ConversationStore::addMessage(const NewMessage &m, QString *error) const
{
    const DatabaseUrl::Engine engine = m_database->engine();
    // The message and what it does to the conversation are one write (inside an importer's own
    // transaction, part of that one).
    sql::WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        if (error)
            *error = u"cannot start a transaction: "_s + transaction.error();
        return std::nullopt;
    }
    QSqlQuery &q = statement(u"INSERT INTO messages (conversation_id, external_id, direction, author, body, sent_ms, language, heat, level, "
                             u"tone_report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s + returningId(engine));
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noNumber(QMetaType::fromType<int>());
    std::optional<StoredTone> tone = m.storedTone;
    if (m.tone)
        tone = StoredTone{languageCode(m.tone->language), m.tone->heat, levelName(m.tone->level), QString::fromLatin1(m.tone->toStoredJson())};
    bindAll(q, {m.conversationId, m.externalId.isEmpty() ? noText : m.externalId, m.direction, text(m.author), text(m.body),
                m.sentMs, tone ? QVariant(tone->language) : noText, tone ? QVariant(tone->heat) : noNumber,
                tone ? QVariant(tone->level) : noText, tone ? QVariant(tone->report) : noText});
    if (!run(q, u"adding message"_s, error))
        return std::nullopt;
    const std::optional<qint64> id = lastId(q, engine);
    q.finish();
    if (id && !m.deferIndexing && !indexMessages(*id - 1, error))
        return std::nullopt;
    if (!applyToConversation(m, tone, error))
        return std::nullopt;
    if (!transaction.commit()) {
        if (error)
            *error = u"cannot store the message: "_s + transaction.error();
        return std::nullopt;
    }
    return id;
}

bool ConversationStore::applyImportedMessage(qint64 messageId, QString *error) const
{
    QSqlQuery &q = statement(u"SELECT conversation_id, direction, author, sent_ms, language, heat FROM messages WHERE id = ?"_s);
    q.bindValue(0, messageId);
    if (!run(q, u"reading imported message %1"_s.arg(messageId), error))
        return false;
    if (!q.next()) {
        if (error)
            *error = u"reading imported message %1: it is not there"_s.arg(messageId);
        return false;
    }
    NewMessage m{q.value(0).toLongLong(), {}, q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toLongLong()};
    std::optional<StoredTone> tone;
    if (!q.value(5).isNull())
        tone = StoredTone{q.value(4).toString(), q.value(5).toInt(), {}, {}};
    q.finish();
    return applyToConversation(m, tone, error);
}

bool ConversationStore::applyToConversation(const NewMessage &m, const std::optional<StoredTone> &tone, QString *error) const
{
    const QVariant noText(QMetaType::fromType<QString>());
    // The conversation's heat is its latest customer message's; its peak, the highest so far.
    if (m.direction == u"customer") {
        QSqlQuery &update = statement(
            u"UPDATE conversations SET last_customer_ms = ?, last_message_ms = CASE WHEN last_message_ms IS NULL OR "
            u"last_message_ms < ? THEN ? ELSE last_message_ms END, heat = ?, peak_heat = CASE WHEN peak_heat < ? "
            u"THEN ? ELSE peak_heat END, language = COALESCE(?, language) WHERE id = ? AND "
            u"(last_customer_ms IS NULL OR last_customer_ms <= ?)"_s);
        const int heat = tone ? tone->heat : 0;
        bindAll(update, {m.sentMs, m.sentMs, m.sentMs, heat, heat, heat, tone ? QVariant(tone->language) : noText,
                         m.conversationId, m.sentMs});
        if (!run(update, u"updating conversation"_s, error))
            return false;
        // Newer than our last reply: the customer is waiting again (since this message, unless they
        // already were since earlier), whatever the status was: a customer who writes after a
        // conversation was solved or closed is never left unseen in a hidden conversation.
        QSqlQuery &reopen = statement(
            u"UPDATE conversations SET status = 'open', waiting_since_ms = CASE WHEN waiting_since_ms IS NOT NULL AND "
            u"waiting_since_ms <= ? THEN waiting_since_ms ELSE ? END WHERE id = ? AND NOT EXISTS "
            u"(SELECT 1 FROM messages m WHERE conversation_id = ? AND direction = 'agent' AND sent_ms > ? AND "_s + visible(u"m"_s) + u")"_s);
        bindAll(reopen, {m.sentMs, m.sentMs, m.conversationId, m.conversationId, m.sentMs});
        if (!run(reopen, u"reopening conversation"_s, error))
            return false;
    } else if (m.direction == u"agent") {
        // Newer than the customer's last message: answered, so pending and nobody waiting (a closed
        // conversation stays closed). The holder's reply is activity that keeps their claim.
        QSqlQuery &update = statement(
            u"UPDATE conversations SET last_message_ms = CASE WHEN last_message_ms IS NULL OR last_message_ms < ? THEN ? "
            u"ELSE last_message_ms END, status = CASE WHEN status <> 'closed' AND (last_customer_ms IS NULL OR last_customer_ms <= ?) "
            u"THEN 'pending' ELSE status END, waiting_since_ms = CASE WHEN last_customer_ms IS NULL OR last_customer_ms <= ? "
            u"THEN NULL ELSE waiting_since_ms END, claimed_ms = CASE WHEN assignee_id = (SELECT id FROM agents WHERE name = ?) AND "
            u"claimed_ms < ? THEN ? ELSE claimed_ms END WHERE id = ?"_s);
        bindAll(update, {m.sentMs, m.sentMs, m.sentMs, m.sentMs, text(m.author), m.sentMs, m.sentMs, m.conversationId});
        if (!run(update, u"updating conversation"_s, error))
            return false;
    } else {
        // A note is for colleagues: the workflow (status, wait, claim) stays as it was.
        QSqlQuery &update = statement(u"UPDATE conversations SET last_message_ms = CASE WHEN last_message_ms IS NULL OR "
                                      u"last_message_ms < ? THEN ? ELSE last_message_ms END WHERE id = ?"_s);
        bindAll(update, {m.sentMs, m.sentMs, m.conversationId});
        if (!run(update, u"updating conversation"_s, error))
            return false;
    }
    return true;
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

qint64 ConversationStore::lastMessageId(qint64 conversationId, QString *error) const
{
    QSqlQuery &q = statement(u"SELECT COALESCE(MAX(id), 0) FROM messages m WHERE conversation_id = ? AND "_s + visible(u"m"_s));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

// The WHERE clause of an inbox query (filters, status, search) and its values.
QString ConversationStore::inboxWhere(const InboxQuery &query, qint64 now, QVariantList *values) const
{
    QString sql = u"WHERE c.heat >= ? AND "_s + visible(u"c"_s);
    *values << query.minimumHeat;
    if (!query.statuses.isEmpty()) {
        sql += u" AND c.status IN ("_s + QStringList(query.statuses.size(), u"?"_s).join(u", ") + u')';
        for (const QString &s : query.statuses)
            *values << s;
    }
    if (query.waitingAtLeastMs > 0) {
        // Waiting as the inbox shows it (since the customer's last message), and only those still waiting.
        sql += u" AND c.waiting_since_ms IS NOT NULL AND c.last_customer_ms IS NOT NULL AND c.last_customer_ms <= ?"_s;
        *values << now - query.waitingAtLeastMs;
    }
    if (!query.text.trimmed().isEmpty()) {
        if (m_database->engine() == DatabaseUrl::Engine::SQLite) {
            sql += u" AND c.id IN (SELECT m.conversation_id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                   u"WHERE messages_fts MATCH ? AND "_s + visible(u"m"_s) + u")"_s;
            *values << ftsQuery(query.text);
        } else {
            sql += u" AND c.id IN (SELECT conversation_id FROM messages m WHERE body_search @@ (plainto_tsquery('spanish', ?) "
                   u"|| plainto_tsquery('english', ?)) AND "_s + visible(u"m"_s) + u")"_s;
            *values << query.text << query.text;
        }
    }
    return sql;
}

QList<ConversationSummary> ConversationStore::inbox(const InboxQuery &query, QString *error) const
{
    const qint64 now = query.nowMs ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 capMs = kMsPerPriorityPoint * kMaxWaitPoints;
    QString problem;
    const qint64 expiry = claimExpiryMs(&problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const QString select = u"SELECT c.id, c.external_id, COALESCE(ct.name, ''), c.subject, c.channel, COALESCE(c.language, ''), c.status, "
                           u"COALESCE(a.name, ''), c.heat, COALESCE(c.last_customer_ms, 0), COALESCE(c.last_message_ms, 0), "
                           u"c.heat + CASE WHEN c.waiting_since_ms IS NULL THEN 0 WHEN ? - c.waiting_since_ms >= ? THEN ? "
                           u"ELSE (? - c.waiting_since_ms) / ? END AS priority, COALESCE(c.waiting_since_ms, 0), COALESCE(c.claimed_ms, 0) "
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
                         q.value(8).toInt(), q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toDouble(),
                         q.value(12).toLongLong(), q.value(13).toLongLong()});
            ConversationSummary &row = rows.last();
            if (row.claimedMs == 0 || row.claimedMs < now - expiry) // as conversation() says: anyone may take it
                row.assignee.clear();
        }
        q.finish();
        return true;
    };
    const bool plain = query.order == InboxOrder::NeedsAttention && query.minimumHeat == 0 && query.waitingAtLeastMs == 0
        && query.text.trimmed().isEmpty() && !query.statuses.isEmpty();
    if (plain) {
        // Priority is heat plus the wait, capped. Those who waited past the cap rank by heat alone, those
        // not waiting (pending) by heat alone too, and the rest are few: each group comes straight from
        // its index, and the three are merged here.
        const qint64 wanted = qint64(query.offset) + query.limit;
        const QString where = u"WHERE "_s + visible(u"c"_s) + u" AND "_s;
        for (const QString &status : query.statuses) {
            if (!read(select + where + u"c.status = ? AND c.waiting_since_ms <= ? ORDER BY c.heat DESC, c.id LIMIT ?"_s, {status, now - capMs, wanted})
                || !read(select + where + u"c.status = ? AND c.waiting_since_ms > ? ORDER BY priority DESC, c.id LIMIT ?"_s, {status, now - capMs, wanted})
                || !read(select + where + u"c.status = ? AND c.waiting_since_ms IS NULL ORDER BY c.heat DESC, c.id LIMIT ?"_s, {status, wanted}))
                return {};
        }
        std::sort(rows.begin(), rows.end(), [](const ConversationSummary &x, const ConversationSummary &y) {
            return x.priority != y.priority ? x.priority > y.priority : x.id < y.id;
        });
        return rows.mid(query.offset, query.limit);
    }
    QVariantList values;
    QString sql = select + inboxWhere(query, now, &values);
    switch (query.order) {
    case InboxOrder::NeedsAttention: sql += u" ORDER BY priority DESC, c.id"_s; break;
    // The longest wait first, as the inbox shows it and filters by it (since the customer's last
    // message); those nobody waits on last.
    case InboxOrder::LongestWaiting:
        sql += u" ORDER BY CASE WHEN c.waiting_since_ms IS NULL THEN 1 ELSE 0 END, COALESCE(c.last_customer_ms, 0), priority DESC, c.id"_s;
        break;
    case InboxOrder::Hottest: sql += u" ORDER BY c.heat DESC, priority DESC, c.id"_s; break;
    case InboxOrder::Newest: sql += u" ORDER BY COALESCE(c.last_message_ms, 0) DESC, c.id DESC"_s; break;
    }
    sql += u" LIMIT ? OFFSET ?"_s;
    values << query.limit << query.offset;
    read(sql, values);
    return rows;
}

qint64 ConversationStore::inboxCount(const InboxQuery &query, QString *error) const
{
    const qint64 now = query.nowMs ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    QVariantList values;
    const QString sql = u"SELECT COUNT(*) FROM conversations c "_s + inboxWhere(query, now, &values);
    QSqlQuery &q = statement(sql);
    bindAll(q, values);
    if (!run(q, u"counting the inbox"_s, error) || !q.next())
        return -1;
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    return count;
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT id, conversation_id, COALESCE(external_id, ''), direction, author, body, sent_ms, COALESCE(language, ''), "
              u"COALESCE(heat, -1), COALESCE(level, ''), COALESCE(tone_report, '') FROM messages m WHERE conversation_id = ? AND "_s
              + visible(u"m"_s) + u" ORDER BY sent_ms, id"_s);
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
                  u"JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? AND "_s + visible(u"m"_s)
                  + u" ORDER BY rank LIMIT ?"_s);
        q.addBindValue(ftsQuery(text));
    } else {
        q.prepare(u"SELECT id, conversation_id, ts_headline(CASE WHEN language = 'es' THEN 'spanish'::regconfig ELSE "
                  u"'english'::regconfig END, body, plainto_tsquery('spanish', ?) || plainto_tsquery('english', ?), "
                  u"'StartSel=[, StopSel=], MaxWords=12, MinWords=4') FROM messages m WHERE "_s + visible(u"m"_s) + u" AND body_search @@ "
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
                                     QString *holder, QString *error) const
{
    if (staleAfterMs < 0) {
        QString problem;
        staleAfterMs = claimExpiryMs(&problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return ClaimResult::Failed;
        }
    }
    const std::optional<qint64> me = agentId(agent, error);
    if (!me)
        return ClaimResult::Failed;
    // One conditional UPDATE: the database serialises concurrent claims on the row, so exactly one wins.
    QSqlQuery q(m_database->connection());
    if (!runSql(q, u"UPDATE conversations SET assignee_id = ?, claimed_ms = ? WHERE id = ? AND "_s + visible(u"conversations"_s)
              + u" AND (assignee_id IS NULL OR claimed_ms IS NULL OR claimed_ms < ?)"_s, {*me, nowMs, conversationId, nowMs - staleAfterMs}, u"claiming conversation %1"_s.arg(conversationId), error))
        return ClaimResult::Failed;
    if (q.numRowsAffected() == 1)
        return ClaimResult::Claimed;
    if (!runSql(q, u"SELECT c.assignee_id, COALESCE(a.name, '') FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id "
              u"WHERE c.id = ? AND "_s + visible(u"c"_s), {conversationId}, u"reading conversation %1"_s.arg(conversationId), error))
        return ClaimResult::Failed;
    if (!q.next()) {
        if (q.lastError().isValid()) {
            if (error)
                *error = u"reading conversation %1: %2"_s.arg(QString::number(conversationId), q.lastError().text());
            return ClaimResult::Failed;
        }
        return ClaimResult::NotFound;
    }
    if (holder)
        *holder = q.value(1).toString();
    if (q.value(0).toLongLong() == *me) {
        QSqlQuery renew(m_database->connection());
        return runSql(renew, u"UPDATE conversations SET claimed_ms = ? WHERE id = ? AND assignee_id = ?"_s, {nowMs, conversationId, *me}, u"renewing the claim on conversation %1"_s.arg(conversationId), error) ? ClaimResult::AlreadyYours
                      : ClaimResult::Failed;
    }
    return ClaimResult::Taken;
}

ReleaseResult ConversationStore::release(qint64 conversationId, const QString &agent, QString *holder, QString *error) const
{
    QSqlQuery q(m_database->connection());
    if (!runSql(q, u"UPDATE conversations SET assignee_id = NULL, claimed_ms = NULL WHERE id = ? AND "_s + visible(u"conversations"_s)
              + u" AND assignee_id = (SELECT id FROM agents WHERE name = ?)"_s, {conversationId, agent}, u"releasing conversation %1"_s.arg(conversationId), error))
        return ReleaseResult::Failed;
    if (q.numRowsAffected() == 1)
        return ReleaseResult::Released;
    if (!runSql(q, u"SELECT COALESCE(a.name, '') FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id WHERE c.id = ? AND "_s + visible(u"c"_s), {conversationId}, u"reading conversation %1"_s.arg(conversationId), error))
        return ReleaseResult::Failed;
    if (!q.next())
        return ReleaseResult::NotFound;
    if (holder)
        *holder = q.value(0).toString();
    return ReleaseResult::NotYours;
}

ReplyResult ConversationStore::reply(qint64 conversationId, const QString &agent, const QString &body, qint64 nowMs, QString *holder,
                                     QString *error, std::optional<qint64> *messageId) const
{
    if (body.trimmed().isEmpty()) {
        if (error)
            *error = u"the reply is empty"_s;
        return ReplyResult::Failed;
    }
    // The claim, the message and the conversation's new state are one write: a refused reply leaves nothing.
    sql::WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        if (error)
            *error = u"cannot start a transaction: "_s + transaction.error();
        return ReplyResult::Failed;
    }
    switch (claim(conversationId, agent, nowMs, -1, holder, error)) {
    case ClaimResult::Claimed:
    case ClaimResult::AlreadyYours:
        break;
    case ClaimResult::Taken:
        return ReplyResult::Taken;
    case ClaimResult::NotFound:
        return ReplyResult::NotFound;
    case ClaimResult::Failed:
        return ReplyResult::Failed;
    }
    const std::optional<qint64> id = addMessage({conversationId, {}, u"agent"_s, agent, body, nowMs, std::nullopt}, error);
    if (!id)
        return ReplyResult::Failed;
    if (!transaction.commit()) {
        if (error)
            *error = u"cannot store the reply: "_s + transaction.error();
        return ReplyResult::Failed;
    }
    if (messageId)
        *messageId = id;
    return ReplyResult::Sent;
}

StatusResult ConversationStore::setStatus(qint64 conversationId, const QString &status, qint64 nowMs, QString *error) const
{
    if (!conversationStatuses().contains(status)) {
        if (error)
            *error = u"\"%1\" is not a status (use %2)"_s.arg(status, conversationStatuses().join(u", "_s));
        return StatusResult::BadStatus;
    }
    QSqlQuery q(m_database->connection());
    const QString what = u"setting the status of conversation %1"_s.arg(conversationId);
    const QString shown = u" AND "_s + visible(u"conversations"_s);
    bool ok = false;
    if (status == u"open") {
        ok = runSql(q, u"UPDATE conversations SET status = 'open', waiting_since_ms = COALESCE(waiting_since_ms, ?) WHERE id = ?"_s + shown,
                    {nowMs, conversationId}, what, error);
    } else if (status == u"pending") {
        ok = runSql(q, u"UPDATE conversations SET status = 'pending', waiting_since_ms = NULL WHERE id = ?"_s + shown, {conversationId}, what, error);
    } else {
        // Solved and closed are done: nobody waits and nobody holds them.
        ok = runSql(q, u"UPDATE conversations SET status = ?, waiting_since_ms = NULL, assignee_id = NULL, claimed_ms = NULL WHERE id = ?"_s + shown,
                    {status, conversationId}, what, error);
    }
    if (!ok)
        return StatusResult::Failed;
    return q.numRowsAffected() == 1 ? StatusResult::Changed : StatusResult::NotFound;
}

std::optional<ConversationState> ConversationStore::conversation(qint64 conversationId, qint64 nowMs, QString *error) const
{
    QString problem;
    const qint64 expiry = claimExpiryMs(&problem);
    QSqlQuery q(m_database->connection());
    if (!problem.isEmpty() || !runSql(q, u"SELECT c.id, COALESCE(c.external_id, ''), c.subject, c.status, COALESCE(a.name, ''), COALESCE(c.claimed_ms, 0), "
              u"COALESCE(c.waiting_since_ms, 0), c.heat FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id WHERE c.id = ? AND "_s + visible(u"c"_s), {conversationId}, u"reading conversation %1"_s.arg(conversationId), &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = q.lastError().isValid() ? u"reading conversation %1: %2"_s.arg(QString::number(conversationId), q.lastError().text())
                                             : QString();
        return std::nullopt;
    }
    ConversationState state{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt()};
    if (state.claimedMs == 0 || state.claimedMs < nowMs - expiry) // nobody's, or expired: anyone may take it
        state.assignee.clear();
    if (error)
        error->clear();
    return state;
}

qint64 ConversationStore::claimExpiryMs(QString *error) const
{
    QSqlQuery q(m_database->connection());
    if (!runSql(q, u"SELECT value FROM team_settings WHERE name = 'claim_expiry_minutes'"_s, {}, u"reading the team's settings"_s, error))
        return kDefaultClaimExpiryMs;
    if (!q.next())
        return kDefaultClaimExpiryMs;
    bool ok = false;
    const double minutes = q.value(0).toString().toDouble(&ok);
    return ok && minutes > 0 ? qint64(minutes * 60 * 1000) : kDefaultClaimExpiryMs;
}

bool ConversationStore::setClaimExpiryMs(qint64 ms, QString *error) const
{
    if (ms <= 0) {
        if (error)
            *error = u"the claim expiry must be more than zero"_s;
        return false;
    }
    QSqlQuery q(m_database->connection());
    return runSql(q, u"INSERT INTO team_settings (name, value) VALUES ('claim_expiry_minutes', ?) "
                     u"ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                  {QString::number(double(ms) / 60000.0, 'g', 10)}, u"saving the claim expiry"_s, error);
}

qint64 ConversationStore::conversationCount(QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT COUNT(*) FROM conversations c WHERE "_s + visible(u"c"_s));
    return run(q, u"counting conversations"_s, error) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 ConversationStore::messageCount(QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT COUNT(*) FROM messages m WHERE "_s + visible(u"m"_s));
    return run(q, u"counting messages"_s, error) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace calma
