// The trainer's dashboard: trainees, their sessions, progress over time, the phrases each one is most
// often flagged for, a session's transcript with notes, and reports (HTML, PDF) and CSV export.
//
// Every read and write of the database happens on a worker thread with a RoleplayStore of its own;
// results come back through QFutureWatchers owned by the dashboard (so none arrives once it is gone),
// and each kind of request carries a generation number so that a slower, older answer never replaces
// a newer one.
#pragma once

#include "storage/database.h"
#include "storage/roleplaystore.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace calma::gui {

class ProgressChart;

class TrainerDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit TrainerDashboard(QWidget *parent = nullptr);
    ~TrainerDashboard() override;

    void setDatabase(std::shared_ptr<Database> database);
    // Reads trainees and sessions again (off the UI thread), keeping the selection where it can.
    void refresh();
    // True while any read or write is on its way.
    bool isLoading() const { return m_pending > 0; }

    // Selecting as the trainer would by clicking; false when it is not listed (yet).
    bool selectTrainee(qint64 traineeId);
    bool selectTrainee(const QString &name);
    void showAllTrainees(); // no trainee selected: every trainee's sessions
    bool selectSession(qint64 sessionId);
    bool selectTurn(int turnIndex);

    qint64 currentTraineeId() const { return m_traineeId; } // 0: none
    qint64 currentSessionId() const { return m_sessionId; } // 0: none
    int currentTurnIndex() const;                           // -1: none

    // What is on screen.
    const QList<TraineeRecord> &trainees() const { return m_trainees; }
    // The sessions table: the selected trainee's, or everyone's; newest first.
    const QList<SessionRecord> &shownSessions() const;
    const QList<FlaggedPhrase> &flaggedPhrases() const { return m_phrases; }
    const std::optional<SessionRecord> &currentSession() const { return m_session; }
    const QList<RoleplayTurn> &currentTurns() const { return m_turns; }
    const QString &reportHtml() const { return m_reportHtml; }

    ProgressChart *progressChart() const { return m_chart; }
    QTreeWidget *traineeList() const { return m_traineeList; }
    QTreeWidget *sessionTable() const { return m_sessionTable; }
    QTreeWidget *turnList() const { return m_turnList; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QPushButton *saveNoteButton() const { return m_saveNote; }
    QLabel *statusLabel() const { return m_status; }

    // Stores the note editor's text on the selected turn (off the UI thread); the transcript and the
    // report are read again once it is saved.
    void saveNote();

    // Writes what is on screen (no dialogs; the buttons ask for a path, then call these on a worker).
    bool exportReportHtml(const QString &path, QString *error = nullptr) const;
    bool exportReportPdf(const QString &path, QString *error = nullptr) const;
    // The selected trainee's sessions, or every session when no trainee is selected.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    enum class ExportKind { Html, Pdf, Csv };
    // What the export buttons do once they have a path: writes what is on screen now on a worker
    // thread; exportFinished() says how it went (and the status line too).
    void exportInBackground(ExportKind kind, const QString &path);

signals:
    void statusMessage(const QString &message);
    void exportFinished(const QString &path, const QString &error); // error empty: written

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class StatusKind { Progress, Done, Error };

    void buildUi();
    void retranslateUi();
    void updateActions();
    void setStatus(const QString &message, StatusKind kind = StatusKind::Done);

    void loadTrainee(bool reload);
    void loadSession();
    void clearSession();
    void showTraineeDetail();

    void populateTrainees();
    void populateSessions();
    void populatePhrases();
    void populateTurns();
    void populateChart();
    void updateHeading();
    // `loadNote`: put the turn's note in the editor even over the trainer's unsaved changes.
    void showTurnDetail(bool loadNote = false);

    void onTraineeSelectionChanged();
    void onSessionSelectionChanged();
    void onTurnSelectionChanged();

    void exportWithDialog(ExportKind kind);
    QString suggestedFileName(ExportKind kind) const;

    template <typename Result, typename Work, typename Done>
    void runInWorker(Work work, Done done);

    std::shared_ptr<Database> m_database;
    // The files an export must never replace: the open database and its companions.
    QStringList protectedFiles() const;

    // What was read last.
    QList<TraineeRecord> m_trainees;
    QList<SessionRecord> m_allSessions;
    QList<SessionRecord> m_traineeSessions;
    QList<FlaggedPhrase> m_phrases;
    std::optional<SessionRecord> m_session;
    QList<RoleplayTurn> m_turns;
    QString m_reportHtml;
    QString m_noteBase; // the note the editor started from
    bool m_overviewLoaded = false;
    bool m_traineeLoaded = false;
    bool m_traineeFailed = false; // the last read of the selected trainee failed

    // What is selected (kept across refreshes).
    qint64 m_traineeId = 0;
    qint64 m_sessionId = 0;
    int m_turnIndex = -1;

    // Requests in flight; a newer request of a kind makes the older answers of that kind obsolete.
    int m_pending = 0;
    quint64 m_overviewGeneration = 0;
    quint64 m_traineeGeneration = 0;
    quint64 m_sessionGeneration = 0;
    bool m_saving = false;

    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_status = nullptr;

    QLabel *m_traineesTitle = nullptr;
    QToolButton *m_showAll = nullptr;
    QStackedWidget *m_traineeStack = nullptr;
    QTreeWidget *m_traineeList = nullptr;
    QLabel *m_noTrainees = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_progressTitle = nullptr;
    ProgressChart *m_chart = nullptr;
    QLabel *m_phrasesTitle = nullptr;
    QStackedWidget *m_phraseStack = nullptr;
    QTreeWidget *m_phraseList = nullptr;
    QLabel *m_noPhrases = nullptr;
    QLabel *m_sessionsTitle = nullptr;
    QTreeWidget *m_sessionTable = nullptr;

    QLabel *m_reportTitle = nullptr;
    QTextBrowser *m_report = nullptr;
    QLabel *m_turnsTitle = nullptr;
    QTreeWidget *m_turnList = nullptr;
    QLabel *m_turnDetail = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_saveNote = nullptr;
};

} // namespace calma::gui
