// The trainer's window for a live role-play: the trainer writes as the customer while the trainee
// answers from their own window (on the same database, possibly on another machine), sees what each
// reply did, and ends the session with its outcome, which scores it.
#pragma once

#include "livesessionfollower.h"

#include "coach/coach.h"
#include "roleplay/scorer.h"
#include "storage/roleplaystore.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace calma::gui {

class TrainerWindow : public QWidget
{
    Q_OBJECT
public:
    TrainerWindow(std::shared_ptr<const Coach> coach, std::shared_ptr<const ScenarioLibrary> library,
                  std::shared_ptr<Database> database, const QString &trainerName, QWidget *parent = nullptr);

    // Starts a live session; false (and a message) when it cannot.
    bool startLive(const QString &trainee, const QString &scenarioId, bool assistantOn);
    // Writes as the customer.
    void sendAsCustomer(const QString &text);
    // Ends the session with this outcome and scores it.
    void endWith(Outcome outcome);
    // Reads what the trainee wrote since the last look (a timer does this every second).
    void poll();
    void liveUpdate(const RoleplayStore::LiveUpdate &update);

    const RoleplaySession *session() const { return m_session ? &*m_session : nullptr; }
    const std::optional<ScoreCard> &scoreCard() const { return m_card; }
    qint64 sessionId() const { return m_sessionId; }

signals:
    void statusMessage(const QString &message);
    void sessionFinished(qint64 sessionId);

private:
    void finishWith(Outcome outcome); // once the last turns are in: score, show, save off the UI thread
    void render();
    void showLines();
    void store(qsizetype position); // the session's turn at `position`

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<const ScenarioLibrary> m_library;
    std::shared_ptr<Database> m_database;
    std::optional<RoleplayStore> m_store;
    QString m_trainerName;
    std::optional<RoleplaySession> m_session;
    std::optional<ScoreCard> m_card;
    bool m_ending = false; // the last read or the save of an ended session is running
    qint64 m_sessionId = 0;
    LiveSessionFollower *m_follower = nullptr; // reads the trainee's replies off the UI thread

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_trainee = nullptr;
    QComboBox *m_scenario = nullptr;
    QCheckBox *m_assistantOn = nullptr;
    QTextBrowser *m_setupInfo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QListWidget *m_lines = nullptr;
    QTextBrowser *m_info = nullptr;
    QWidget *m_endButtons = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace calma::gui
