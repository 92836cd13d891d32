// Received mail into the inbox: threaded into its conversation (Message-ID, In-Reply-To, References,
// then the subject without "Re:" from the same sender), scored, stored through ConversationStore (which
// reopens the conversation), with how far each mailbox has been read. Mail from the team's own address (an
// agent answering from a mail client, a copy left in the mailbox) is the team's message, not the customer's.
#pragma once

#include "mail/mailmessage.h"
#include "storage/conversationstore.h"
#include "tone/toneanalyzer.h"

#include <memory>
#include <optional>

namespace calma {

// How far a mailbox has been read: IMAP's UIDVALIDITY and the last UID dealt with (stored or skipped).
struct MailboxState
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
};

// Where a mail was read from; `uid` 0 for a mail that comes from no mailbox (a file).
struct MailboxPosition
{
    QString mailbox{};
    qint64 uidValidity = 0;
    qint64 uid = 0;
};

// TeamOnly: mail from the team to the team alone (no customer among its recipients, no conversation it
// answers): nothing is stored but the mailbox's position.
enum class Delivery { NewConversation, Threaded, Duplicate, TeamOnly };

struct Delivered
{
    Delivery kind = Delivery::NewConversation;
    bool fromTeam = false; // stored as the team's (an agent message: no heat, the customer's contact untouched)
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 for a duplicate
    int heat = 0;
};

// Keeps prepared statements through its ConversationStore: one per thread.
class MailInbox
{
public:
    MailInbox(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer);

    // std::nullopt with `error` empty when the mailbox has never been read.
    std::optional<MailboxState> state(const QString &mailbox, QString *error) const;
    // The team's own addresses (any case): mail from one of them is the team's message.
    void setTeamAddresses(const QStringList &addresses);
    const QStringList &teamAddresses() const { return m_teamAddresses; }
    bool isTeamAddress(const QString &address) const { return m_teamAddresses.contains(address.trimmed().toLower()); }
    // The addresses the outbox has sent from: the team's, whatever the account calls them.
    std::optional<QStringList> outboxSenders(QString *error) const;
    bool saveState(const QString &mailbox, const MailboxState &state, QString *error) const;

    // Stores one mail, and the mailbox's new position (when it has one), in one transaction: the mail
    // and "read up to here" are both written or neither. A Message-ID already stored is a Duplicate
    // (only the position moves). `receivedMs` stands for a missing Date.
    std::optional<Delivered> deliver(const MailMessage &mail, qint64 receivedMs, const MailboxPosition &position, QString *error) const;
    // The conversation a mail belongs to, std::nullopt when it starts one (or on error, with `error` set):
    // by the messages it answers, else by its subject in an open conversation with `customer` (the sender,
    // or for the team's mail its first recipient outside the team).
    std::optional<qint64> conversationFor(const MailMessage &mail, QString *error) const;
    std::optional<qint64> conversationFor(const MailMessage &mail, const QString &customer, QString *error) const;

    const ConversationStore &store() const { return m_store; }

private:
    std::optional<qint64> storedMessage(const QString &rfcMessageId, QString *error) const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    ConversationStore m_store;
    QStringList m_teamAddresses;
};

} // namespace calma
