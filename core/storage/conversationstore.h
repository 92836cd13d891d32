// Conversations, their messages and the inbox, over either engine, with prepared statements only.
#pragma once

#include "storage/database.h"
#include "tone/tonereport.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace calma {

struct NewConversation
{
    QString externalId{};  // the help desk's id: importing the same conversation twice adds nothing
    QString customerName{};
    QString customerEmail{};
    QString customerPhone{};
    QString subject{};
    QString channel = QStringLiteral("email");
    QString status = QStringLiteral("open");
    qint64 createdMs = 0;
};

struct NewMessage
{
    qint64 conversationId = 0;
    QString externalId{};
    QString direction = QStringLiteral("customer"); // customer, agent, note
    QString author{};
    QString body{};
    qint64 sentMs = 0;
    std::optional<ToneReport> tone{}; // customer messages are stored with their tone report
    bool deferIndexing = false;       // a bulk writer indexes for search once, with indexMessages()
};

struct ConversationSummary
{
    qint64 id = 0;
    QString externalId{};
    QString customer{};
    QString subject{};
    QString channel{};
    QString language{};
    QString status{};
    QString assignee{};
    int heat = 0;
    qint64 lastCustomerMs = 0; // 0 when the customer has not written
    qint64 lastMessageMs = 0;
    double priority = 0;       // heat plus waiting: what the inbox sorts by
};

struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString externalId{};
    QString direction{};
    QString author{};
    QString body{};
    qint64 sentMs = 0;
    QString language{};
    int heat = -1;             // -1 when not scored (agent replies, notes)
    QString level{};
    QString toneReport{};        // the stored report, as JSON
};

struct InboxQuery
{
    QStringList statuses{QStringLiteral("open"), QStringLiteral("pending")};
    int minimumHeat = 0;
    qint64 waitingAtLeastMs = 0;
    QString text{};              // full-text search over the conversation's messages
    int limit = 100;
    int offset = 0;
    qint64 nowMs = 0;          // 0: the current time
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString snippet{};
};

enum class ClaimResult { Claimed, AlreadyYours, Taken, NotFound };

// Keeps its prepared statements: use one store per thread (each thread has its own connection).
class ConversationStore
{
public:
    explicit ConversationStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    // Each write returns the new row's id, or std::nullopt with `error` set.
    std::optional<qint64> addConversation(const NewConversation &conversation, QString *error) const;
    std::optional<qint64> addMessage(const NewMessage &message, QString *error) const;
    std::optional<qint64> conversationByExternalId(const QString &externalId) const;
    bool hasMessage(qint64 conversationId, const QString &externalId) const;
    // The text of the message with that id in the conversation, when there is one.
    std::optional<QString> messageText(qint64 conversationId, const QString &externalId) const;
    // Adds the messages after `afterId` to the full-text index (for writers that deferred it).
    bool indexMessages(qint64 afterId, QString *error) const;
    qint64 lastMessageId() const;

    QList<ConversationSummary> inbox(const InboxQuery &query, QString *error = nullptr) const;
    // A conversation's messages in order; a read that fails part way (a damaged page) sets `error`
    // rather than returning fewer rows as if they were all.
    QList<StoredMessage> messages(qint64 conversationId, QString *error = nullptr) const;
    QList<SearchHit> search(const QString &text, int limit, QString *error = nullptr) const;

    // Takes a conversation for an agent, atomically: of two agents claiming at once, one gets it and
    // the other sees it taken. A claim older than `staleAfterMs` may be taken over.
    ClaimResult claim(qint64 conversationId, const QString &agent, qint64 nowMs, qint64 staleAfterMs = 30 * 60 * 1000,
                      QString *holder = nullptr) const;
    bool release(qint64 conversationId, const QString &agent) const;
    std::optional<qint64> agentId(const QString &name, QString *error) const; // created when new

    qint64 conversationCount() const;
    qint64 messageCount() const;

    Database &database() const { return *m_database; }
    const std::shared_ptr<Database> &sharedDatabase() const { return m_database; }

private:
    QSqlQuery &statement(const QString &sql) const; // prepared once per store

    std::shared_ptr<Database> m_database;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable std::shared_ptr<QSqlQuery> m_failed; // a statement that could not be prepared, not kept
};

} // namespace calma
