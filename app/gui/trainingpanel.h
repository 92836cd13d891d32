// Role-play practice for a trainee: choose a scenario (or join a live session a trainer started), talk
// to the customer with the assistant and draft coach on or off, watch their heat, and get the score
// with feedback on every reply. Sessions are stored for the trainer's dashboard.
#pragma once

#include "livesessionfollower.h"

#include "coach/coach.h"
#include "roleplay/scorer.h"
#include "storage/roleplaystore.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace calma::gui {

class AssistantPanel;
class DraftEditor;
class HeatMeter;

class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    TrainingPanel(std::shared_ptr<const Coach> coach, std::shared_ptr<const ScenarioLibrary> library, QWidget *parent = nullptr);

    void setDatabase(std::shared_ptr<Database> database);
    void setTraineeName(const QString &name);
    // How long the simulated customer takes to answer (a short pause reads as a person typing).
    void setCustomerDelay(int ms) { m_customerDelayMs = ms; }
    // A session with the simulated customer; false (and a message) when it cannot start.
    bool startSimulated(const QString &scenarioId, quint32 seed, bool assistantOn);
    // Joins a live session a trainer started.
    bool joinLive(qint64 sessionId);
    // Sends a reply as the Send button does, without the second look.
    void sendReply(const QString &text);
    // The trainee stops: the session is scored as it stands.
    void endSession();
    void newSession(); // back to choosing a scenario
    void refreshLiveSessions();
    // Live sessions: reads what the trainer wrote since the last look (the clock does this every second).
    void poll();
    void liveUpdate(const RoleplayStore::LiveUpdate &update);

    const RoleplaySession *session() const { return m_session ? &*m_session : nullptr; }
    const std::optional<ScoreCard> &scoreCard() const { return m_card; }
    qint64 sessionId() const { return m_sessionId; }
    bool customerTyping() const { return m_pendingTurns > 0; }
    DraftEditor *draftEditor() const { return m_draft; }
    QTextBrowser *transcript() const { return m_transcript; }
    // The scenario's brief, beside the conversation for the whole session.
    QTextBrowser *brief() const { return m_brief; }
    // The seed and other settings a trainee seldom needs, folded away until asked for.
    QWidget *advancedOptions() const { return m_advanced; }

signals:
    void statusMessage(const QString &message);
    void sessionFinished(qint64 sessionId);

private:
    void buildSetupPage();
    void buildSessionPage();
    void showScenario();
    void showAdvanced(bool shown);
    void askToEnd(); // "End session" / "Keep practising"
    void begin();
    void enterSession();
    void render();
    void customerAnswered();
    void tick();
    void showClock(qint64 now);
    void finishAndScore(Outcome outcome);
    void store(qsizetype position); // the session's turn at `position`
    QString traineeName() const;

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<const ScenarioLibrary> m_library;
    std::shared_ptr<Database> m_database;
    std::optional<RoleplayStore> m_store;
    std::optional<RoleplaySession> m_session;
    std::optional<ScoreCard> m_card;
    qint64 m_sessionId = 0;
    int m_customerDelayMs = 1200;
    int m_pendingTurns = 0;      // customer turns written but not shown yet ("typing…")
    LiveSessionFollower *m_follower = nullptr; // live: reads the trainer's turns off the UI thread

    QStackedWidget *m_pages = nullptr;
    // setup
    QComboBox *m_trainee = nullptr;
    QComboBox *m_scenario = nullptr;
    QRadioButton *m_simulated = nullptr;
    QRadioButton *m_live = nullptr;
    QComboBox *m_liveSessions = nullptr;
    QPushButton *m_refreshLive = nullptr;
    QCheckBox *m_assistantOn = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_start = nullptr;
    QTextBrowser *m_scenarioInfo = nullptr;
    // session
    QLabel *m_title = nullptr;
    HeatMeter *m_heat = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_typing = nullptr;
    QTextBrowser *m_brief = nullptr;
    QTextBrowser *m_transcript = nullptr;
    DraftEditor *m_draft = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_replay = nullptr;
    AssistantPanel *m_assistant = nullptr;
    QTextBrowser *m_score = nullptr;
    QStackedWidget *m_side = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace calma::gui
