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

// A tone report as it is stored: for a writer that scored the message earlier and kept only this.
struct StoredTone
{
    QString language{};
    int heat = 0;
    QString level{};
    QString report{}; // ToneReport::toStoredJson()
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
    std::optional<StoredTone> storedTone{}; // instead of `tone`, when the report was stored already
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
    qint64 waitingSinceMs = 0; // 0 when the customer is not waiting (pending, solved, closed)
    qint64 claimedMs = 0;      // the assignee's last activity (claim or reply); 0 when unclaimed
};

// One conversation's workflow state.
struct ConversationState
{
    qint64 id = 0;
    QString externalId{};
    QString subject{};
    QString status{};
    QString assignee{};        // the holder of a claim that has not expired; empty when none
    qint64 claimedMs = 0;
    qint64 waitingSinceMs = 0; // 0 when the customer is not waiting
    int heat = 0;
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

// The inbox's orders. NeedsAttention: priority, heat plus the wait (capped), the default.
enum class InboxOrder { NeedsAttention, LongestWaiting, Hottest, Newest };

struct InboxQuery
{
    QStringList statuses{QStringLiteral("open"), QStringLiteral("pending")};
    int minimumHeat = 0;
    qint64 waitingAtLeastMs = 0;
    QString text{};              // full-text search over the conversation's messages
    InboxOrder order = InboxOrder::NeedsAttention;
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

// Failed: the database could not say (the error says why); never reported as NotFound.
enum class ClaimResult { Claimed, AlreadyYours, Taken, NotFound, Failed };
enum class ReleaseResult { Released, NotYours, NotFound, Failed };
enum class ReplyResult { Sent, Taken, NotFound, Failed };
enum class StatusResult { Changed, NotFound, BadStatus, Failed };

// The workflow's statuses, help-desk style: open (the customer is waiting for us), pending (we answered
// and wait for the customer), solved, closed.
const QStringList &conversationStatuses();
// How long a claim lasts without the holder's activity (a reply or a claim) when the team has not set it.
constexpr qint64 kDefaultClaimExpiryMs = 30 * 60 * 1000;

// Keeps its prepared statements: use one store per thread (each thread has its own connection).
class ConversationStore
{
public:
    explicit ConversationStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    // Each write returns the new row's id, or std::nullopt with `error` set.
    std::optional<qint64> addConversation(const NewConversation &conversation, QString *error) const;
    // Stores a message and, in the same transaction, what it means for the workflow (whoever writes it:
    // the importer, the demo loader, a reply): a customer message that is newer than our last reply
    // reopens the conversation (open, the customer waiting since that message unless they were already
    // waiting since earlier); an agent reply newer than the customer's last message makes it pending
    // (nobody waiting) and refreshes its author's claim; a note changes nothing but the last activity.
    // A closed conversation stays closed (help-desk style: closed is final; solved reopens).
    std::optional<qint64> addMessage(const NewMessage &message, QString *error) const;
    // An agent's reply: refused (Taken, with `holder`) when another agent holds a live claim; an
    // unclaimed conversation (or an expired claim) is claimed by the replier. One transaction.
    ReplyResult reply(qint64 conversationId, const QString &agent, const QString &text, qint64 nowMs, QString *holder,
                      QString *error, std::optional<qint64> *messageId = nullptr) const;
    // Sets the status: pending clears the wait, open starts it (now, unless it had started), solved and
    // closed also release the claim. BadStatus for anything but conversationStatuses().
    StatusResult setStatus(qint64 conversationId, const QString &status, qint64 nowMs, QString *error) const;
    // The conversation's state, std::nullopt when there is none (and `error` empty) or on a failed read
    // (`error` set). An expired claim has no assignee.
    std::optional<ConversationState> conversation(qint64 conversationId, qint64 nowMs, QString *error) const;
    // Not found and a failed read are told apart: on a database error `error` is set (and nothing is returned).
    std::optional<qint64> conversationByExternalId(const QString &externalId, QString *error = nullptr) const;
    bool hasMessage(qint64 conversationId, const QString &externalId, QString *error = nullptr) const;
    // The text of the message with that id in the conversation, when there is one.
    std::optional<QString> messageText(qint64 conversationId, const QString &externalId, QString *error = nullptr) const;
    // What a message an import wrote into a conversation that was already there does to it, as
    // addMessage() would have done (the import applies them in its last step, in the order it wrote them).
    bool applyImportedMessage(qint64 messageId, QString *error) const;
    // Adds the messages after `afterId` to the full-text index (for writers that deferred it).
    bool indexMessages(qint64 afterId, QString *error) const;
    qint64 lastMessageId() const;
    // The newest message of one conversation (0 when none); `error` set when it cannot be read.
    qint64 lastMessageId(qint64 conversationId, QString *error) const;

    // A page of the inbox in the query's order. A claim that has expired (claimExpiryMs()) shows no
    // assignee, as in conversation().
    QList<ConversationSummary> inbox(const InboxQuery &query, QString *error = nullptr) const;
    // How many conversations the query matches (limit and offset aside); -1 with `error` set on failure.
    qint64 inboxCount(const InboxQuery &query, QString *error = nullptr) const;
    // A conversation's messages in order; a read that fails part way (a damaged page) sets `error`
    // rather than returning fewer rows as if they were all.
    QList<StoredMessage> messages(qint64 conversationId, QString *error = nullptr) const;
    QList<SearchHit> search(const QString &text, int limit, QString *error = nullptr) const;

    // Takes a conversation for an agent, atomically: of two agents claiming at once, one gets it and
    // the other sees it taken (with `holder`). A claim whose holder has been inactive for longer than
    // `staleAfterMs` (-1: the team's setting, claimExpiryMs()) may be taken over; claiming one's own
    // refreshes it. A database error is Failed with `error` set.
    ClaimResult claim(qint64 conversationId, const QString &agent, qint64 nowMs, qint64 staleAfterMs = -1,
                      QString *holder = nullptr, QString *error = nullptr) const;
    // Gives a claim back; NotYours (with `holder`, empty when nobody holds it) when `agent` does not hold it.
    ReleaseResult release(qint64 conversationId, const QString &agent, QString *holder = nullptr, QString *error = nullptr) const;
    std::optional<qint64> agentId(const QString &name, QString *error) const; // created when new

    // The team's claim expiry (team_settings.claim_expiry_minutes), kDefaultClaimExpiryMs when unset.
    qint64 claimExpiryMs(QString *error = nullptr) const;
    bool setClaimExpiryMs(qint64 ms, QString *error) const;

    // How many there are; -1 on a failed read, with `error` set when given.
    qint64 conversationCount(QString *error = nullptr) const;
    qint64 messageCount(QString *error = nullptr) const;

    Database &database() const { return *m_database; }
    const std::shared_ptr<Database> &sharedDatabase() const { return m_database; }

private:
    QSqlQuery &statement(const QString &sql) const; // prepared once per store
    QString inboxWhere(const InboxQuery &query, qint64 now, QVariantList *values) const;
    bool applyToConversation(const NewMessage &message, const std::optional<StoredTone> &tone, QString *error) const;

    std::shared_ptr<Database> m_database;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable std::shared_ptr<QSqlQuery> m_failed; // a statement that could not be prepared, not kept
};

} // namespace calma
