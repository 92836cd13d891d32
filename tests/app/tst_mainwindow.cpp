// The first window, offscreen: typing updates the heat meter and the evidence, and the Spanish UI
// shows Spanish strings.
#include "application.h"
#include "toneformat.h"
#include "mainwindow.h"
#include "assistantpanel.h"
#include "drafteditor.h"
#include "inboxmodel.h"
#include "io/demodata.h"
#include "tonecheckwidget.h"
#include "heatchart.h"
#include "importdialog.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTest>
#include <QComboBox>
#include <QSettings>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextBrowser>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QPushButton>
#include <QPlainTextEdit>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingUpdatesMeterAndEvidence();
    void highlightsCoverEvidence();
    void spanishInterface();
    void workspaceRanksSuggestsAndSends();
    void workspaceFiltersChartAndBreaks();
    void importDialog();
    void settingsRoundTrip();

private:
    // A new SQLite database in the test's folder, with the demo conversations.
    std::shared_ptr<Database> demoDatabase(const QString &name) const;

    std::shared_ptr<const Coach> m_coach;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QApplication::setOrganizationName(u"CalmaTest"_s);
    m_coach = Coach::load().coach;
    QVERIFY(m_coach);
}

std::shared_ptr<Database> TestMainWindow::demoDatabase(const QString &name) const
{
    QString error;
    const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(name), &error));
    if (!opened.database || !DemoData::load(opened.database, m_coach->analyzer()).ok)
        return nullptr;
    return opened.database;
}

void TestMainWindow::typingUpdatesMeterAndEvidence()
{
    installTranslation(u"en"_s);
    MainWindow window(m_coach);
    window.show();
    auto *editor = window.findChild<QPlainTextEdit *>(u"messageEditor"_s);
    auto *meter = window.findChild<QProgressBar *>(u"heatMeter"_s);
    auto *evidence = window.findChild<QTreeWidget *>(u"evidenceList"_s);
    QVERIFY(editor && meter && evidence);
    QCOMPARE(meter->value(), 0);
    QTest::keyClicks(editor, u"Thanks for the quick reply."_s);
    QCOMPARE(window.toneCheck()->report().level, ToneLevel::Calm);
    const int calmHeat = meter->value();
    QTest::keyClicks(editor, u" But THIS IS THE THIRD TIME, you useless idiots!!!"_s);
    QVERIFY(meter->value() > calmHeat + 40);
    QCOMPARE(meter->value(), window.toneCheck()->report().heat);
    QVERIFY(evidence->topLevelItemCount() >= 3);
    bool insultListed = false;
    for (int i = 0; i < evidence->topLevelItemCount(); ++i)
        insultListed = insultListed || evidence->topLevelItem(i)->text(1) == u"Insult"_s;
    QVERIFY(insultListed);
    // The list's points, the start included, add up to the heat shown.
    QCOMPARE(evidence->topLevelItem(0)->text(1), u"Start"_s);
    double points = 0;
    for (int i = 0; i < evidence->topLevelItemCount(); ++i)
        points += evidence->topLevelItem(i)->text(0).toDouble();
    QVERIFY2(qAbs(points - meter->value()) <= 1.0, qPrintable(QString::number(points)));
    QVERIFY(window.findChild<QLabel *>(u"levelLabel"_s)->text().contains(u"Hostile"_s));
}

void TestMainWindow::highlightsCoverEvidence()
{
    MainWindow window(m_coach);
    auto *editor = window.findChild<QPlainTextEdit *>(u"messageEditor"_s);
    window.toneCheck()->setText(u"Es la tercera vez que llamo, sois unos inútiles"_s);
    const auto selections = editor->extraSelections();
    QCOMPARE(selections.size(), window.toneCheck()->report().evidence.size());
    QVERIFY(!selections.isEmpty());
    QStringList highlighted;
    for (const auto &s : selections)
        highlighted << s.cursor.selectedText();
    QVERIFY2(highlighted.join(u'|').contains(u"inútiles"_s), qPrintable(highlighted.join(u'|')));
}

void TestMainWindow::spanishInterface()
{
    QVERIFY(installTranslation(u"es"_s));
    MainWindow window(m_coach);
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->tabText(1), u"Análisis de &tono"_s);
    window.toneCheck()->setText(u"Sois unos inútiles"_s);
    QVERIFY(window.findChild<QLabel *>(u"levelLabel"_s)->text().contains(u"Español"_s));
    auto *evidence = window.findChild<QTreeWidget *>(u"evidenceList"_s);
    QCOMPARE(evidence->headerItem()->text(3), u"Por qué"_s);
    QCOMPARE(evidence->topLevelItemCount(), 2);
    QCOMPARE(evidence->topLevelItem(0)->text(1), u"Inicio"_s);
    QVERIFY2(evidence->topLevelItem(1)->text(3).contains(u"insulto o palabrota"_s), qPrintable(evidence->topLevelItem(1)->text(3)));
    installTranslation(u"en"_s);
}

void TestMainWindow::workspaceRanksSuggestsAndSends()
{
    installTranslation(u"en"_s);
    const Database::Opened opened{demoDatabase(u"gui.sqlite"_s), {}};
    QVERIFY(opened.database);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(opened.database);
    Workspace *workspace = window.workspace();
    InboxModel *inbox = workspace->inbox();
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() >= 100);
    QTRY_VERIFY(workspace->currentConversation() > 0);
    // Ranked by priority: heat and waiting.
    for (int row = 1; row < inbox->rowCount(); ++row)
        QVERIFY(inbox->data(inbox->index(row - 1, 0), InboxModel::PriorityRole).toDouble()
                >= inbox->data(inbox->index(row, 0), InboxModel::PriorityRole).toDouble());
    QVERIFY(inbox->data(inbox->index(0, InboxModel::Heat), Qt::DisplayRole).toString().contains(u"Hostile"_s)
            || inbox->data(inbox->index(0, InboxModel::Heat), Qt::DisplayRole).toString().contains(u"Heated"_s));
    // The first conversation is open, with suggestions.
    QVERIFY(workspace->currentConversation() > 0);
    QVERIFY(!workspace->thread()->toPlainText().isEmpty());
    // Each highlight carries its reason, shown as a tooltip.
    bool reasoned = false;
    for (QTextBlock block = workspace->thread()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            reasoned = reasoned || !it.fragment().charFormat().toolTip().isEmpty();
    }
    QVERIFY(reasoned);
    QVERIFY(workspace->assistant()->suggestions().size() >= 2);
    // One click puts a suggestion into the draft.
    auto *use = workspace->assistant()->findChild<QPushButton *>(u"useSuggestion0"_s);
    QVERIFY(use);
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(workspace->draft()->text(), workspace->assistant()->suggestions().first().text);
    QCOMPARE(workspace->draft()->review().verdict == Verdict::Rewrite, false);
    // Typing an escalating phrase is caught as it is typed.
    QPlainTextEdit *editor = workspace->draft()->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u" Calm down."_s);
    bool flagged = false;
    for (const DraftFlag &f : workspace->draft()->review().flags)
        flagged = flagged || f.category == u"feelings";
    QVERIFY(flagged);
    QCOMPARE(workspace->draft()->review().verdict, Verdict::Rewrite);
    // …and underlined in the editor.
    bool underlined = false;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            underlined = underlined || range.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    }
    QVERIFY(underlined);
    // Applying the rewrite removes the flag; sending stores the reply in the conversation.
    for (int i = 0; i < workspace->draft()->review().flags.size(); ++i) {
        if (workspace->draft()->review().flags.at(i).category == u"feelings") {
            workspace->draft()->applyRewrite(i, 0);
            break;
        }
    }
    for (const DraftFlag &f : workspace->draft()->review().flags)
        QVERIFY(f.category != u"feelings");
    // Taking the conversation records the agent as its assignee, atomically.
    workspace->setAgentName(u"Marta"_s);
    QTest::mouseClick(workspace->claimButton(), Qt::LeftButton);
    QCOMPARE(workspace->ownerLabel()->text(), u"You are answering this customer."_s);
    QString holder;
    QCOMPARE(ConversationStore(opened.database).claim(workspace->currentConversation(), u"Tom"_s, QDateTime::currentMSecsSinceEpoch(),
                                                      30 * 60 * 1000, &holder), ClaimResult::Taken);
    QCOMPARE(holder, u"Marta"_s);
    const qint64 id = workspace->currentConversation();
    const qsizetype before = ConversationStore(opened.database).messages(id).size();
    QTest::mouseClick(workspace->draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(ConversationStore(opened.database).messages(id).size(), before + 1);
    QCOMPARE(ConversationStore(opened.database).messages(id).last().direction, u"agent"_s);
    QVERIFY(workspace->draft()->text().isEmpty());
    // Answered: pending, and the customer is no longer waiting.
    const auto answered = ConversationStore(opened.database).conversation(id, QDateTime::currentMSecsSinceEpoch(), nullptr);
    QVERIFY(answered);
    QCOMPARE(answered->status, u"pending"_s);
    QCOMPARE(answered->waitingSinceMs, qint64(0));
    QCOMPARE(answered->assignee, u"Marta"_s);
    // A reply that cannot be stored stays in the editor with the reason.
    {
        QSqlQuery breakIt(opened.database->connection());
        QVERIFY(breakIt.exec(u"CREATE TRIGGER refuse_replies BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
    }
    workspace->draft()->setText(u"I'm checking your order now and will write to you today."_s);
    QTest::mouseClick(workspace->draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(workspace->draft()->text(), u"I'm checking your order now and will write to you today."_s);
    QCOMPARE(ConversationStore(opened.database).messages(id).size(), before + 1);
    auto *verdict = workspace->draft()->findChild<QLabel *>(u"draftVerdict"_s);
    QVERIFY(verdict);
    QVERIFY2(verdict->text().contains(u"disk I/O error"_s), qPrintable(verdict->text()));
    QVERIFY(QSqlQuery(opened.database->connection()).exec(u"DROP TRIGGER refuse_replies"_s));
    // Search filters the inbox.
    auto *search = workspace->findChild<QLineEdit *>(u"inboxSearch"_s);
    search->setText(u"reembolso"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0 && inbox->rowCount() < 100);
}

void TestMainWindow::workspaceFiltersChartAndBreaks()
{
    installTranslation(u"en"_s);
    const Database::Opened opened{demoDatabase(u"filters.sqlite"_s), {}};
    QVERIFY(opened.database);
    MainWindow window(m_coach);
    window.setDatabase(opened.database);
    Workspace *workspace = window.workspace();
    InboxModel *inbox = workspace->inbox();
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0);
    QTRY_VERIFY(workspace->currentConversation() > 0);
    const int all = inbox->rowCount();
    // Filter by heat: only hostile conversations remain.
    workspace->levelFilter()->setCurrentIndex(3);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0 && inbox->rowCount() < all);
    for (int row = 0; row < inbox->rowCount(); ++row)
        QVERIFY(inbox->data(inbox->index(row, 0), InboxModel::HeatRole).toInt() >= 75);
    // Filter by status and by waiting time.
    workspace->levelFilter()->setCurrentIndex(0);
    workspace->statusFilter()->setCurrentIndex(3); // closed
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0);
    for (int row = 0; row < inbox->rowCount(); ++row)
        QCOMPARE(inbox->conversation(row).status, u"closed"_s);
    workspace->statusFilter()->setCurrentIndex(0);
    workspace->waitingFilter()->setCurrentIndex(3); // 8 h or more
    QTRY_VERIFY(!inbox->isLoading());
    for (int row = 0; row < inbox->rowCount(); ++row)
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - inbox->conversation(row).lastCustomerMs >= 8 * 3600 * 1000);
    workspace->waitingFilter()->setCurrentIndex(0);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0);
    QTRY_VERIFY(workspace->currentConversation() > 0);
    // Long waits are coloured, and the text still says how long.
    inbox->setWaitThresholds(1, 2);
    const QModelIndex waiting = inbox->index(0, InboxModel::Waiting);
    QCOMPARE(inbox->data(waiting, Qt::ForegroundRole).value<QColor>(), ToneFormat::levelColor(ToneLevel::Hostile));
    QVERIFY(!inbox->data(waiting, Qt::DisplayRole).toString().isEmpty());
    // The chart shows the customer's heat, message by message.
    QVERIFY(!workspace->heatChart()->heats().isEmpty());
    const auto messages = ConversationStore(opened.database).messages(workspace->currentConversation());
    QCOMPARE(workspace->heatChart()->heats().last(), [&] {
        int last = -1;
        for (const StoredMessage &m : messages)
            last = m.direction == u"customer" ? m.heat : last;
        return last;
    }());
    // A streak of hostile messages suggests a short break, once.
    QSignalSpy breaks(workspace, &Workspace::breakSuggested);
    workspace->levelFilter()->setCurrentIndex(3);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0);
    for (int row = 0; row < std::min(inbox->rowCount(), Workspace::kHostileStreak + 2); ++row)
        workspace->openConversation(inbox->conversation(row).id);
    QCOMPARE(breaks.count(), 1);
    QVERIFY(breaks.first().first().toString().contains(u"break"_s));
}

void TestMainWindow::importDialog()
{
    installTranslation(u"en"_s);
    QString error;
    const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(u"import.sqlite"_s), &error));
    QVERIFY(opened.database);
    const ConversationStore store(opened.database);
    // A bad file: the dialog says where the problem is, and nothing is written.
    QFile bad(m_dir.filePath(u"bad.csv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Ticket ID,Description,Created\n1,fine,2026-01-01\n2,\"never closed,2026-01-02\n");
    bad.close();
    {
        ImportDialog dialog(opened.database, m_coach->analyzerShared());
        dialog.setFile(bad.fileName());
        QVERIFY(dialog.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"bad.csv:3: column 3"_s));
    }
    QFile badDate(m_dir.filePath(u"baddate.csv"_s));
    QVERIFY(badDate.open(QIODevice::WriteOnly));
    badDate.write("Ticket ID,Description,Created\n1,fine,2026-01-01\n2,hola,ayer\n");
    badDate.close();
    {
        ImportDialog dialog(opened.database, m_coach->analyzerShared());
        dialog.setFile(badDate.fileName());
        QCOMPARE(dialog.findChild<QComboBox *>(u"column-body"_s)->currentText(), u"Description"_s);
        dialog.startImport();
        QTRY_VERIFY(!dialog.isRunning() && !dialog.report().error.isEmpty());
        QVERIFY(dialog.reportText().startsWith(u"Nothing was imported."_s));
        QVERIFY(dialog.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"baddate.csv:3 (Created)"_s));
    }
    QCOMPARE(store.messageCount(), 0);
    // A good file imports off the UI thread and reports what it did.
    QFile good(m_dir.filePath(u"good.csv"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("Ticket ID,Description,Created\n1,Mi pedido no llega,2026-01-01\n2,Thanks a lot!,2026-01-02\n");
    good.close();
    ImportDialog dialog(opened.database, m_coach->analyzerShared());
    dialog.setFile(good.fileName());
    dialog.startImport();
    QTRY_VERIFY(!dialog.isRunning() && dialog.report().ok);
    QCOMPARE(dialog.reportText(), u"Imported 2 messages in 2 new conversations; 0 were already there."_s);
    QCOMPARE(store.messageCount(), 2);
}

void TestMainWindow::settingsRoundTrip()
{
    AppSettings original;
    original.agentName = u"Marta"_s;
    original.language = u"es"_s;
    original.databaseUrl = u"postgresql://calma@db.example.com:5432/support"_s;
    original.waitWarnMinutes = 30;
    original.waitAlertMinutes = 90;
    original.lexicons = {u"/srv/calma/team-es.tsv"_s};
    original.importTimeZone = u"Europe/Madrid"_s;
    SettingsDialog dialog(original);
    if (const QString shot = qEnvironmentVariable("CALMA_SETTINGS_SCREENSHOT"); !shot.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(shot));
    }
    const AppSettings edited = dialog.settings();
    QCOMPARE(edited.importTimeZone, u"Europe/Madrid"_s);
    QCOMPARE(edited.agentName, original.agentName);
    QCOMPARE(edited.language, original.language);
    QCOMPARE(edited.databaseUrl, original.databaseUrl);
    QCOMPARE(edited.waitAlertMinutes, 90);
    QCOMPARE(edited.lexicons, original.lexicons);
    edited.save();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.agentName, u"Marta"_s);
    QCOMPARE(loaded.waitWarnMinutes, 30);
    QCOMPARE(loaded.lexicons, original.lexicons);
    QCOMPARE(loaded.importTimeZone, u"Europe/Madrid"_s);
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
