// Received mail into the inbox: threaded into its conversation (Message-ID, In-Reply-To, References,
// then the subject without "Re:" from the same sender), scored, stored through ConversationStore (which
// reopens the conversation), with how far each mailbox has been read.
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

enum class Delivery { NewConversation, Threaded, Duplicate };

struct Delivered
{
    Delivery kind = Delivery::NewConversation;
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
    bool saveState(const QString &mailbox, const MailboxState &state, QString *error) const;

    // Stores one mail, and the mailbox's new position (when it has one), in one transaction: the mail
    // and "read up to here" are both written or neither. A Message-ID already stored is a Duplicate
    // (only the position moves). `receivedMs` stands for a missing Date.
    std::optional<Delivered> deliver(const MailMessage &mail, qint64 receivedMs, const MailboxPosition &position, QString *error) const;
    // The conversation a mail belongs to, std::nullopt when it starts one (or on error, with `error` set).
    std::optional<qint64> conversationFor(const MailMessage &mail, QString *error) const;

    const ConversationStore &store() const { return m_store; }

private:
    std::optional<qint64> storedMessage(const QString &rfcMessageId, QString *error) const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    ConversationStore m_store;
};

} // namespace calma
