// The agent's workspace: the inbox, the selected conversation, the assistant and the draft.
#pragma once

#include "coach/coach.h"
#include "storage/conversationstore.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QTextBrowser;

namespace calma::gui {

class AssistantPanel;
class DraftEditor;
class InboxModel;

class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(std::shared_ptr<const Coach> coach, QWidget *parent = nullptr);

    void setStore(std::shared_ptr<ConversationStore> store);
    void setAgentName(const QString &name) { m_agentName = name; }
    void openConversation(qint64 id);
    qint64 currentConversation() const { return m_conversation; }

    InboxModel *inbox() const { return m_inbox; }
    QTableView *inboxView() const { return m_inboxView; }
    AssistantPanel *assistant() const { return m_assistant; }
    DraftEditor *draft() const { return m_draft; }
    QTextBrowser *thread() const { return m_thread; }

private:
    void showThread(const QList<StoredMessage> &messages);
    void sendReply(const QString &text);
    void applySearch();

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<ConversationStore> m_store;
    QString m_agentName;
    qint64 m_conversation = 0;
    InboxModel *m_inbox = nullptr;
    QTableView *m_inboxView = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_thread = nullptr;
    AssistantPanel *m_assistant = nullptr;
    DraftEditor *m_draft = nullptr;
};

} // namespace calma::gui
