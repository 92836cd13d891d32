// The agent's workspace: the inbox, the selected conversation, the assistant and the draft.
#pragma once

#include "coach/coach.h"
#include "feedback/scorefeedback.h"
#include "mail/mailaccount.h"
#include "mail/outboxsender.h"
#include "storage/conversationstore.h"

#include <QPoint>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTimer;
class QTableView;
class QTextBrowser;
class QUrl;

namespace calma::gui {

class AssistantPanel;
class HeatChart;
class DraftEditor;
class InboxModel;

class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(std::shared_ptr<const Coach> coach, QWidget *parent = nullptr);

    void setStore(std::shared_ptr<ConversationStore> store);
    void setAgentName(const QString &name) { m_agentName = name; }
    // The name that signs suggested replies; empty: the reply language's team signature.
    void setSignature(const QString &name) { m_signature = name; }
    // The team's mail account: a reply to a mail conversation is then mailed to the customer (through the
    // outbox, on a worker). Without one, replies are stored and not mailed.
    void setMailAccount(const MailAccount &account, const QString &password);
    // The open conversation's mailed replies, by message id, as last read.
    const QHash<qint64, OutboxEntry> &mailOfReplies() const { return m_mail; }
    // Tries a failed reply's mail again now (the thread's Retry link).
    void retryMail(qint64 outboxId);
    // With an account, what is due in the outbox (queued, or failed and past its back-off) is sent on a
    // worker every so often (60 s by default), so a failed mail goes out once the server is back.
    void setOutboxPollMs(int ms);
    // For a single agent on SQLite with an IMAP server in the account: the mailbox is synced into the
    // inbox on a worker at the same pace (mail of the last 7 days on its first connection), unless
    // another process (calma-cli mail sync --watch) already syncs it. The state goes to mailSyncState.
    bool syncsMailbox() const;
    void openConversation(qint64 id);
    qint64 currentConversation() const { return m_conversation; }

    InboxModel *inbox() const { return m_inbox; }
    QTableView *inboxView() const { return m_inboxView; }
    AssistantPanel *assistant() const { return m_assistant; }
    DraftEditor *draft() const { return m_draft; }
    QTextBrowser *thread() const { return m_thread; }
    HeatChart *heatChart() const { return m_chart; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *waitingFilter() const { return m_waiting; }
    QComboBox *orderChoice() const { return m_order; }
    QLineEdit *searchField() const { return m_search; }
    // The workflow, as on the conversation's toolbar and in the inbox's context menu.
    QPushButton *claimButton() const { return m_claim; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *solveButton() const { return m_solve; }
    QPushButton *reopenButton() const { return m_reopen; }
    QLabel *ownerLabel() const { return m_owner; }
    // The open conversation's stored state, as last read (std::nullopt while it is being read).
    const std::optional<ConversationState> &state() const { return m_state; }
    bool isWorking() const { return m_working > 0; } // a workflow action or a send is being stored
    // Puts suggestion `index` (0-based) in the draft, asking before it replaces what the agent typed.
    void useSuggestion(int index);
    // Ctrl+Up / Ctrl+Down: the previous or next conversation in the inbox.
    void moveConversation(int step);
    void setNow(qint64 nowMs); // for tests; 0: the clock

    // After this many hostile messages within the window, the agent is offered a short break.
    static constexpr int kHostileStreak = 5;
    static constexpr qint64 kStreakWindowMs = 30 * 60 * 1000;
    static constexpr int kReadEnoughMs = 20 * 1000; // a hostile message kept open this long was read
    void setReadEnoughMs(int ms) { m_readEnoughMs = ms; } // for tests

    bool isOpening() const { return m_opening; } // the open conversation is still being read
    // Another agent or process changed the database: the inbox and the open conversation follow.
    void followChanges();

signals:
    void breakSuggested(const QString &message);
    void statusMessage(const QString &message);
    void mailSyncState(const QString &state); // for the status bar: "Mail: … at 10:02", or what failed
    void conversationShown(qint64 id); // its messages, highlights and the assistant's suggestions are in
    // Something the agent should know even with the window in the background: a hostile message came
    // in, or a customer's wait went past red. Shown as a desktop notification unless turned off.
    void alert(const QString &title, const QString &text);

private:
    void showThread(const QList<StoredMessage> &messages, const QHash<qint64, ToneReport> &reports);
    void sendReply(const QString &text);
    void applyFilters();
    enum class Action { Claim, Release, Solve, Reopen };
    void runAction(Action action, qint64 conversationId);
    void refreshState();
    void applyState(const ConversationState &state);
    void updateActions();
    void clearConversation(const QString &why);
    void showMessages(qint64 id);
    void chooseSuggestionText(const QString &text);
    void showInboxMenu(const QPoint &pos);
    qint64 now() const;
    void noteHostile(int heat);
    void countHandled();
    void checkAlerts();
    void showFilterCounts();
    InboxQuery currentQuery() const;
    void setFacets(const InboxQuery &query);
    // "This score is wrong" for the message the assistant reads, or for one in the thread.
    void reportLatestScore(FeedbackVerdict verdict);
    void reportThreadScore(const QUrl &link);
    void followThreadLink(const QUrl &link);
    static QString mailStateHtml(const OutboxEntry &mail);
    // Where a mail whose sender died mid-send is looked for before it goes again: the account's IMAP server, when it has one.
    static std::optional<SentCheck> sentCheck(const MailAccount &account, const QString &password);
    void askFeedback(ScoreFeedback subject, std::optional<FeedbackVerdict> verdict, std::optional<ToneDimension> calmaKind);

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<ConversationStore> m_store;
    QString m_agentName;
    QString m_signature;
    qint64 m_conversation = 0;
    InboxModel *m_inbox = nullptr;
    QTableView *m_inboxView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_waiting = nullptr;
    QComboBox *m_order = nullptr;
    HeatChart *m_chart = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_solve = nullptr;
    QPushButton *m_reopen = nullptr;
    QLabel *m_owner = nullptr;
    std::optional<ConversationState> m_state;
    quint64 m_stateGeneration = 0; // a newer read (another conversation) makes an older one obsolete
    int m_working = 0;
    qint64 m_expiryMs = kDefaultClaimExpiryMs; // the team's claim expiry, read with the state
    QString m_insertedSuggestion; // the suggestion last put in the draft, as it was
    QTimer *m_clock = nullptr;
    qint64 m_nowMs = 0;
    bool m_sizeColumns = false;
    QList<qint64> m_hostileSeen;     // when the agent opened hostile messages
    qint64 m_lastBreakSuggestion = 0;
    QSet<qint64> m_seenMessages;
    // The open conversation's hostile latest message, until it is handled (answered or read long enough).
    struct Handling
    {
        qint64 message = 0;
        int heat = 0;
        qint64 conversation = 0;
    } m_handling;
    QTimer m_readEnough;
    bool m_alertsPrimed = false;              // what was there at the first look is not news
    qint64 m_alertsSince = 0;
    QSet<std::pair<qint64, qint64>> m_toldHostile; // (conversation, its customer's message time) already told
    QSet<std::pair<qint64, qint64>> m_toldWaiting; // (conversation, the wait's start) already told
    int m_readEnoughMs = kReadEnoughMs;
    QList<StoredMessage> m_messages;            // the open conversation's
    QHash<qint64, OutboxEntry> m_mail;          // its mailed replies, by message id
    MailAccount m_mailAccount;
    QString m_mailPassword;
    QTimer m_outboxPoll;
    bool m_outboxSending = false; // one pass at a time
    bool m_syncing = false;
    void sendOutbox();
    void syncMailbox();
    void pollMail();
    quint64 m_openGeneration = 0;               // a conversation opened later makes an earlier reading obsolete
    bool m_opening = false;                     // its messages are being read and scored on a worker
    qint64 m_shownLastMessageId = -1;           // the newest message shown; -1 before the first is shown
    bool m_reselecting = false;                 // selecting the open conversation's row after a reload
    std::optional<ScoreFeedback> m_latestScore; // what the assistant shows: the latest customer message
    std::optional<ToneDimension> m_latestKind;
    QTextBrowser *m_thread = nullptr;
    AssistantPanel *m_assistant = nullptr;
    DraftEditor *m_draft = nullptr;
};

} // namespace calma::gui
