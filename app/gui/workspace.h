// The agent's workspace: the inbox, the selected conversation, the assistant and the draft.
#pragma once

#include "coach/coach.h"
#include "feedback/scorefeedback.h"
#include "storage/conversationstore.h"

#include <QSet>
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
    QPushButton *claimButton() const { return m_claim; }
    QLabel *ownerLabel() const { return m_owner; }
    void setNow(qint64 nowMs); // for tests; 0: the clock

    // After this many hostile messages within the window, the agent is offered a short break.
    static constexpr int kHostileStreak = 5;
    static constexpr qint64 kStreakWindowMs = 30 * 60 * 1000;

signals:
    void breakSuggested(const QString &message);
    void statusMessage(const QString &message);

private:
    void showThread(const QList<StoredMessage> &messages);
    void sendReply(const QString &text);
    void applyFilters();
    void claimConversation();
    void noteHostile(int heat);
    // "This score is wrong" for the message the assistant reads, or for one in the thread.
    void reportLatestScore(FeedbackVerdict verdict);
    void reportThreadScore(const QUrl &link);
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
    HeatChart *m_chart = nullptr;
    QPushButton *m_claim = nullptr;
    QLabel *m_owner = nullptr;
    QTimer *m_clock = nullptr;
    qint64 m_nowMs = 0;
    bool m_sizeColumns = false;
    QList<qint64> m_hostileSeen;     // when the agent opened hostile messages
    qint64 m_lastBreakSuggestion = 0;
    QSet<qint64> m_seenMessages;
    QList<StoredMessage> m_messages;            // the open conversation's
    std::optional<ScoreFeedback> m_latestScore; // what the assistant shows: the latest customer message
    std::optional<ToneDimension> m_latestKind;
    QTextBrowser *m_thread = nullptr;
    AssistantPanel *m_assistant = nullptr;
    DraftEditor *m_draft = nullptr;
};

} // namespace calma::gui
