// Main window.
#include "mainwindow.h"

#include "importdialog.h"

#include <QSystemTrayIcon>
#include "storage/changewatcher.h"
#include "io/exporter.h"
#include "io/outputfile.h"
#include "inboxmodel.h"
#include "settingsdialog.h"
#include "tonecheckwidget.h"
#include "trainerdashboard.h"
#include "trainerwindow.h"
#include "trainingpanel.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include "mailpassword.h"

namespace calma::gui {

MainWindow::MainWindow(std::shared_ptr<const Coach> coach, QWidget *parent)
    : QMainWindow(parent), m_toneCheck(new ToneCheckWidget(coach->analyzerShared(), this)), m_workspace(new Workspace(coach, this))
{
    m_coach = coach;
    setWindowTitle(tr("Calma"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/calma.svg")));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_workspace, tr("&Inbox"));
    m_tabs->addTab(m_toneCheck, tr("T&one check"));
    const QString agent = AppSettings::load().agentName;
    m_workspace->setAgentName(agent.isEmpty() ? tr("Support agent") : agent);
    m_workspace->setSignature(agent);
    m_toneCheck->setAgentName(agent.isEmpty() ? tr("Support agent") : agent); // the same agent as in the inbox
    loadMailAccount();

    // Training: the shipped scenarios plus the team's folders.
    const auto scenarios = ScenarioLibrary::load(AppSettings::load().scenarioFolders);
    m_scenarios = scenarios.library;
    if (!scenarios.errors.isEmpty())
        statusBar()->showMessage(tr("%n team scenario problem(s); those scenarios are left out. First: %1", nullptr, int(scenarios.errors.size()))
                                     .arg(scenarios.errors.first().toString()));
    m_training = new TrainingPanel(coach, m_scenarios, this);
    m_training->setObjectName(QStringLiteral("trainingPanel"));
    m_training->setTraineeName(agent);
    m_dashboard = new TrainerDashboard(this);
    m_dashboard->setObjectName(QStringLiteral("trainerDashboard"));
    m_trainingTabs = new QTabWidget(this);
    m_trainingTabs->setObjectName(QStringLiteral("trainingTabs"));
    m_trainingTabs->addTab(m_training, tr("&Practice"));
    m_trainingTabs->addTab(m_dashboard, tr("Trainer's &dashboard"));
    m_tabs->addTab(m_trainingTabs, tr("Trai&ning"));
    connect(m_training, &TrainingPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_dashboard, &TrainerDashboard::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_training, &TrainingPanel::sessionFinished, m_dashboard, &TrainerDashboard::refresh);
    connect(m_trainingTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_trainingTabs->widget(index) == m_dashboard)
            m_dashboard->refresh();
    });
    setCentralWidget(m_tabs);
    connect(m_workspace, &Workspace::breakSuggested, this, [this](const QString &message) {
        statusBar()->showMessage(message, 60 * 1000);
    });
    connect(m_workspace, &Workspace::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_toneCheck, &ToneCheckWidget::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    createMenus();
    m_databaseStatus = new QLabel(tr("Opening the database…"), this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_databaseStatus);
    auto *mailState = new QLabel(this);
    mailState->setObjectName(QStringLiteral("mailSyncState"));
    statusBar()->addPermanentWidget(mailState);
    connect(m_workspace, &Workspace::mailSyncState, mailState, &QLabel::setText);
    connect(m_workspace->inbox(), &InboxModel::loaded, this, &MainWindow::updateConversationCount);
    // The three columns, the workflow buttons and the draft's heat meter fit from here down.
    setMinimumSize(1080, 640);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 860);
}

void MainWindow::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    m_workspace->setStore(std::make_shared<ConversationStore>(m_database));
    // A team on one server (or several windows on one file) sees the same inbox, live.
    m_changes = std::make_unique<ChangeWatcher>(m_database);
    connect(m_changes.get(), &ChangeWatcher::changed, m_workspace, &Workspace::followChanges);
    connect(m_workspace, &Workspace::alert, this, &MainWindow::notify, Qt::UniqueConnection);
    connect(m_changes.get(), &ChangeWatcher::failed, this, [this](const QString &why) {
        statusBar()->showMessage(tr("Live updates are off: %1").arg(why), 10000);
    });
    m_toneCheck->setDatabase(m_database);
    m_importAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_liveAction->setEnabled(true);
    m_training->setDatabase(m_database);
    m_dashboard->setDatabase(m_database);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    m_lastNotification = title + u": " + text;
    if (!AppSettings::load().notifications || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Calma"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showTab(QStringLiteral("inbox"));
        });
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 8000);
}

bool MainWindow::showTab(const QString &name)
{
    if (name == u"inbox")
        m_tabs->setCurrentWidget(m_workspace);
    else if (name == u"tone")
        m_tabs->setCurrentWidget(m_toneCheck);
    else if (name == u"practice" || name == u"dashboard") {
        m_tabs->setCurrentWidget(m_trainingTabs);
        m_trainingTabs->setCurrentWidget(name == u"practice" ? static_cast<QWidget *>(m_training) : m_dashboard);
    } else
        return false;
    return true;
}

TrainerWindow *MainWindow::openTrainerWindow()
{
    if (!m_database)
        return nullptr;
    if (!m_trainerWindow) {
        const QString agent = AppSettings::load().agentName;
        m_trainerWindow = new TrainerWindow(m_coach, m_scenarios, m_database, agent.isEmpty() ? tr("Trainer") : agent, this);
        connect(m_trainerWindow, &TrainerWindow::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
        connect(m_trainerWindow, &TrainerWindow::sessionFinished, m_dashboard, &TrainerDashboard::refresh);
    }
    m_trainerWindow->show();
    m_trainerWindow->raise();
    m_trainerWindow->activateWindow();
    return m_trainerWindow;
}

void MainWindow::exportConversations()
{
    QString filter;
    QSettings settings;
    QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export conversations"), QDir(folder).filePath(QStringLiteral("calma-export.csv")),
                                                      tr("CSV, one row per message (*.csv);;JSON, one object per conversation (*.json)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    const bool redact = QMessageBox::question(this, tr("Export conversations"),
                                              tr("Replace personal data (e-mail addresses, phone numbers, card numbers, IBANs and names) in the export?"))
        == QMessageBox::Yes;
    const ExportOptions options{path.endsWith(u".json", Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv, redact, {}};
    statusBar()->showMessage(tr("Exporting…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        statusBar()->showMessage(error.isEmpty() ? tr("Exported to %1").arg(path) : tr("Nothing was exported: %1").arg(error), 15000);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, path, options]() -> QString {
        // Never over the open database (or its -wal/-shm), and whole or not at all.
        OutputFile out;
        QString error;
        if (!out.open(path, OutputFile::protectedFiles(database->url()), &error))
            return error;
        if (Exporter(database).write(*out.device(), options, &error) < 0)
            return error;
        return out.commit(&error) ? QString() : error;
    }));
}

void MainWindow::loadMailAccount()
{
    const MailAccount account = AppSettings::load().mail;
    m_workspace->setMailAccount(account, m_mailPassword);
    if (!account.canSend() && account.imapServer.isEmpty())
        return; // no account: the keychain is not asked
    readMailPassword(this, [this](std::optional<QString> password, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The mail password could not be read from the system keychain: %1").arg(error));
        m_mailPassword = password.value_or(QString());
        m_workspace->setMailAccount(AppSettings::load().mail, m_mailPassword);
    });
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(AppSettings::load(), this, m_mailPassword);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings settings = dialog.settings();
    settings.save();
    if (const std::optional<QString> typed = dialog.typedMailPassword()) {
        m_mailPassword = *typed; // used from now on, even if the keychain refuses to keep it
        writeMailPassword(this, *typed, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("The mail password could not be kept in the system keychain (%1); Calma uses it until it closes.").arg(error));
        });
    }
    m_workspace->setMailAccount(settings.mail, m_mailPassword);
    m_workspace->setAgentName(settings.agentName.isEmpty() ? tr("Support agent") : settings.agentName);
    m_workspace->setSignature(settings.agentName);
    m_toneCheck->setAgentName(settings.agentName.isEmpty() ? tr("Support agent") : settings.agentName);
    m_workspace->inbox()->setWaitThresholds(settings.waitWarnMinutes, settings.waitAlertMinutes);
}

void MainWindow::importConversations()
{
    auto *dialog = new ImportDialog(m_database, m_coach->analyzerShared(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportReport &report) {
        if (report.ok)
            m_workspace->setStore(std::make_shared<ConversationStore>(m_database));
    });
    dialog->open();
}

void MainWindow::showDatabaseStatus(const QString &location, qint64 conversations, const QString &error)
{
    m_databaseLocation = location;
    if (!error.isEmpty()) {
        m_databaseStatus->setText(tr("No database: %1").arg(error));
        m_databaseStatus->setToolTip(location);
        return;
    }
    // The location is in Settings and in the tooltip; the bar says what the agent is looking at.
    m_databaseStatus->setText(tr("%n conversation(s)", nullptr, int(conversations)));
    m_databaseStatus->setToolTip(tr("Database: %1").arg(location));
}

void MainWindow::updateConversationCount()
{
    const InboxModel *inbox = m_workspace->inbox();
    m_databaseStatus->setText(tr("%1 of %n conversation(s)", nullptr, int(inbox->totalCount())).arg(inbox->matchingCount()));
    if (!m_databaseLocation.isEmpty())
        m_databaseStatus->setToolTip(tr("Database: %1").arg(m_databaseLocation));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import conversations…"), this, &MainWindow::importConversations);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(tr("&Export conversations…"), this, &MainWindow::exportConversations);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addAction(tr("&Practice with a customer"), this, [this] { showTab(QStringLiteral("practice")); });
    m_liveAction = training->addAction(tr("Play the customer &live (trainer)…"), this, [this] { openTrainerWindow(); });
    m_liveAction->setEnabled(false);
    training->addAction(tr("Trainer's &dashboard"), this, [this] { showTab(QStringLiteral("dashboard")); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Calma"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<std::pair<QString, QString>> MainWindow::shortcutList()
{
    auto keys = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    QList<std::pair<QString, QString>> list{
        {keys(QKeySequence(Qt::CTRL | Qt::Key_F)), tr("Search the messages")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Up)), tr("Previous conversation in the inbox")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Down)), tr("Next conversation in the inbox")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_1)), tr("Put suggested reply 1 in the draft")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_2)), tr("Put suggested reply 2 in the draft")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_3)), tr("Put suggested reply 3 in the draft")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Send the reply")},
        {tr("%1, %2").arg(keys(QKeySequence(Qt::Key_Tab)), keys(QKeySequence(Qt::SHIFT | Qt::Key_Tab))),
         tr("Next or previous field (also out of the inbox and the draft)")},
        {tr("%1, %2").arg(keys(QKeySequence(Qt::Key_Up)), keys(QKeySequence(Qt::Key_Down))), tr("Move in the inbox")},
        {tr("Alt + underlined letter"), tr("The button, tab or menu with that letter")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_I)), tr("Import conversations")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)), tr("Export conversations")},
        {keys(QKeySequence::Preferences), tr("Settings")},
        {keys(QKeySequence::Refresh), tr("Refresh the trainer's dashboard")},
        {keys(QKeySequence::HelpContents), tr("This list of keyboard shortcuts")},
        {keys(QKeySequence::Quit), tr("Quit")},
    };
    // A standard key this platform does not bind (Preferences on some desktops) is not listed.
    list.removeIf([](const std::pair<QString, QString> &row) { return row.first.isEmpty(); });
    return list;
}

QDialog *MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const auto list = shortcutList();
    auto *table = new QTableWidget(int(list.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Calma"),
                       tr("<h3>Calma %1</h3><p>A de-escalation coach for customer-support teams: it shows how heated "
                          "a message is and why, so that the first one to get angry is never you.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace calma::gui
