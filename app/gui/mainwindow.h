// Calma's main window: the inbox, the tone check and training (practice and the trainer's dashboard),
// with menus and remembered geometry.
#pragma once

#include "coach/coach.h"
#include "roleplay/scenario.h"
#include "storage/changewatcher.h"
#include "storage/conversationstore.h"

#include <QMainWindow>

class QLabel;
class QSystemTrayIcon;
#include <memory>

namespace calma::gui {

class ToneCheckWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Coach> coach, QWidget *parent = nullptr);

    ToneCheckWidget *toneCheck() const { return m_toneCheck; }
    class Workspace *workspace() const { return m_workspace; }
    class TrainingPanel *trainingPanel() const { return m_training; }
    class TrainerDashboard *dashboard() const { return m_dashboard; }
    // Shows a tab by name: inbox, tone, practice, dashboard.
    bool showTab(const QString &name);
    // A desktop notification (where the desktop has a tray, and unless Settings turned them off).
    void notify(const QString &title, const QString &text);
    const QString &lastNotification() const { return m_lastNotification; } // for tests
    // The trainer's window for a live role-play (created on first use).
    class TrainerWindow *openTrainerWindow();
    void setDatabase(std::shared_ptr<Database> database);
    // Shown in the status bar once the database is open (or why it is not).
    void showDatabaseStatus(const QString &location, qint64 conversations, const QString &error);
    // Help → Keyboard shortcuts: a table of every shortcut, translated.
    class QDialog *showShortcuts();
    // The shortcuts the table lists: the keys, as the platform writes them, and what they do.
    static QList<std::pair<QString, QString>> shortcutList();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void importConversations();
    void editSettings();
    void exportConversations();
    void updateConversationCount();

    ToneCheckWidget *m_toneCheck = nullptr;
    class Workspace *m_workspace = nullptr;
    class QTabWidget *m_tabs = nullptr;
    class QTabWidget *m_trainingTabs = nullptr;
    class TrainingPanel *m_training = nullptr;
    class TrainerDashboard *m_dashboard = nullptr;
    class TrainerWindow *m_trainerWindow = nullptr;
    std::shared_ptr<const ScenarioLibrary> m_scenarios;
    QAction *m_liveAction = nullptr;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<calma::ChangeWatcher> m_changes;
    QSystemTrayIcon *m_tray = nullptr;        // made on the first notification, where the desktop has a tray
    QString m_lastNotification; // another agent's or process's writes, for the live inbox
    std::shared_ptr<const Coach> m_coach;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QString m_databaseLocation;
    QString m_mailPassword; // from the system keychain, read once at start
    void loadMailAccount();
};

} // namespace calma::gui
