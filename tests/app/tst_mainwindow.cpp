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
#include "heatmeter.h"
#include "importdialog.h"
#include "settingsdialog.h"
#include "feedbackdialog.h"
#include "trainerwindow.h"
#include "roleplay/scenario.h"
#include "workspace.h"
#include "../core/testdatabases.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTest>
#include <QCheckBox>
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
#include <QAbstractButton>
#include <QDialog>
#include <QGroupBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QDateTimeAxis>
#include <QScatterSeries>
#include <QValueAxis>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingUpdatesMeterAndEvidence();
    void heatMeterSaysLevelAndHeat();
    void highlightsCoverEvidence();
    void spanishInterface();
    void workspaceRanksSuggestsAndSends();
    void workspaceFiltersChartAndBreaks();
    void heatChartAxesAndPoints();
    void importDialog();
    void inboxPagesOffTheUiThread();
    void filtersShowTheirCounts();
    void unknownLocaleGetsEnglishPlurals();
    void anotherAgentsWorkShowsLive_data();
    void anotherAgentsWorkShowsLive();
    void settingsRoundTrip();
    void keyboardPaths();
    void workflowButtons();
    void claimHeldOrExpired();
    void overwriteQuestion();
    void ordersStatusBarAndEmptySearch();
    void shortcutsDialog();
    void noDuplicateMnemonics_data();
    void noDuplicateMnemonics();

private:
    // A window over a fresh demo database, shown and active, with the first conversation's state read.
    std::unique_ptr<MainWindow> openWindow(const std::shared_ptr<Database> &database, const QString &agent);
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
    auto *meter = window.findChild<HeatMeter *>(u"heatMeter"_s);
    auto *evidence = window.findChild<QTreeWidget *>(u"evidenceList"_s);
    QVERIFY(editor && meter && evidence);
    QCOMPARE(meter->heat(), 0);
    QTest::keyClicks(editor, u"Thanks for the quick reply."_s);
    QCOMPARE(window.toneCheck()->report().level, ToneLevel::Calm);
    const int calmHeat = meter->heat();
    QTest::keyClicks(editor, u" But THIS IS THE THIRD TIME, you useless idiots!!!"_s);
    QVERIFY(meter->heat() > calmHeat + 40);
    QCOMPARE(meter->heat(), window.toneCheck()->report().heat);
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
    QVERIFY2(qAbs(points - meter->heat()) <= 1.0, qPrintable(QString::number(points)));
    QVERIFY(meter->badgeText().contains(u"Hostile"_s));
}

void TestMainWindow::heatMeterSaysLevelAndHeat()
{
    installTranslation(u"en"_s);
    HeatMeter meter;
    meter.setSubject(u"The customer's heat"_s);
    meter.setCaption(u"Customer"_s);
    meter.clear(u"Select a conversation."_s);
    QCOMPARE(meter.heat(), -1);
    QCOMPARE(meter.badgeText(), u"Select a conversation."_s);
    meter.setHeat(62, Language::Spanish);
    QCOMPARE(meter.heat(), 62);
    QCOMPARE(meter.accessibleName(), u"The customer's heat"_s);
    QCOMPARE(meter.badgeText(), u"Heated · Spanish"_s);
    auto *bar = meter.findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->text(), u"Customer: 62/100"_s);
    QCOMPARE(bar->accessibleDescription(), u"Heated, heat 62 out of 100 (Spanish)"_s);
    // The badge follows the interface's language as soon as it changes.
    QVERIFY(installTranslation(u"es"_s));
    QTRY_COMPARE(meter.badgeText(), u"Acalorado · Español"_s);
    QCOMPARE(bar->accessibleDescription(), u"Acalorado, tensión 62 de 100 (Español)"_s);
    installTranslation(u"en"_s);
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
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->tabText(2), u"Fo&rmación"_s);
    window.toneCheck()->setText(u"Sois unos inútiles"_s);
    QVERIFY(window.findChild<HeatMeter *>(u"heatMeter"_s)->badgeText().contains(u"Español"_s));
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
    QTRY_VERIFY(!workspace->isOpening()); // read and scored on a worker
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
    QTRY_VERIFY(workspace->claimButton()->isEnabled());
    QTest::mouseClick(workspace->claimButton(), Qt::LeftButton);
    QTRY_VERIFY(workspace->ownerLabel()->text().endsWith(u"You are answering this customer."_s));
    QVERIFY(!workspace->claimButton()->isEnabled());
    QVERIFY(workspace->releaseButton()->isEnabled());
    QString holder;
    QCOMPARE(ConversationStore(opened.database).claim(workspace->currentConversation(), u"Tom"_s, QDateTime::currentMSecsSinceEpoch(),
                                                      30 * 60 * 1000, &holder), ClaimResult::Taken);
    QCOMPARE(holder, u"Marta"_s);
    const qint64 id = workspace->currentConversation();
    const qsizetype before = ConversationStore(opened.database).messages(id).size();
    QTest::mouseClick(workspace->draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(ConversationStore(opened.database).messages(id).size(), before + 1);
    QTRY_VERIFY(!workspace->isWorking());
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
    QTRY_COMPARE(workspace->draft()->text(), u"I'm checking your order now and will write to you today."_s);
    QTRY_VERIFY(!workspace->isWorking());
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
    QTRY_VERIFY(!workspace->isOpening()); // read and scored on a worker
    const int all = inbox->rowCount();
    // Filter by heat: only hostile conversations remain.
    workspace->levelFilter()->setCurrentIndex(3);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0 && inbox->rowCount() < all);
    for (int row = 0; row < inbox->rowCount(); ++row)
        QVERIFY(inbox->data(inbox->index(row, 0), InboxModel::HeatRole).toInt() >= 75);
    // Filter by status and by waiting time.
    workspace->levelFilter()->setCurrentIndex(0);
    workspace->statusFilter()->setCurrentIndex(workspace->statusFilter()->findData(QStringList{u"closed"_s}));
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
    QTRY_VERIFY(!workspace->isOpening()); // read and scored on a worker
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
    // A streak of hostile messages handled suggests a short break, once. Scrolling past them is not
    // handling them: each is read for long enough (here 50 ms) or answered.
    QSignalSpy breaks(workspace, &Workspace::breakSuggested);
    workspace->levelFilter()->setCurrentIndex(3);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() > 0);
    for (int row = 0; row < std::min(inbox->rowCount(), Workspace::kHostileStreak + 2); ++row) {
        workspace->openConversation(inbox->conversation(row).id);
        QTRY_VERIFY(!workspace->isOpening());
    }
    QCOMPARE(breaks.count(), 0); // opened and left at once: not read
    workspace->setReadEnoughMs(50);
    for (int row = 0; row < std::min(inbox->rowCount(), Workspace::kHostileStreak + 2); ++row) {
        workspace->openConversation(inbox->conversation(row).id);
        QTRY_VERIFY(!workspace->isOpening());
        QTest::qWait(80);
    }
    QCOMPARE(breaks.count(), 1);
    QVERIFY(breaks.first().first().toString().contains(u"break"_s));
}

void TestMainWindow::heatChartAxesAndPoints()
{
    installTranslation(u"en"_s);
    HeatChart chart;
    chart.resize(420, 90);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Short, as the workspace shows it above the conversation, with no legend.
    QVERIFY(chart.sizeHint().height() >= 56 && chart.sizeHint().height() <= 100);
    QVERIFY(chart.maximumHeight() <= 100);
    QVERIFY(!chart.chart()->legend()->isVisible());

    // Each message's time and heat: a heat axis 0–100 with the level bands, a time axis, one point each.
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 30));
    const QList<std::pair<qint64, int>> messages{{start.toMSecsSinceEpoch(), 82},
                                                 {start.addSecs(240).toMSecsSinceEpoch(), 55},
                                                 {start.addSecs(900).toMSecsSinceEpoch(), 18}};
    chart.setPoints(messages);
    QCOMPARE(chart.heats(), (QList<int>{82, 55, 18}));
    QVERIFY(chart.hasTimes());
    QValueAxis *heat = chart.heatAxis();
    QVERIFY(heat && heat->isVisible());
    QCOMPARE(heat->min(), 0.0);
    QCOMPARE(heat->max(), 100.0);
    // Labels at 0, 50, 100 and a grid line at every band's edge: calm <25, tense <50, heated <75, hostile.
    QCOMPARE(heat->tickInterval(), 50.0);
    QCOMPARE(heat->minorTickCount(), 1);
    QCOMPARE(chart.chart()->axes(Qt::Vertical).size(), 1);
    auto *time = qobject_cast<QDateTimeAxis *>(chart.timeAxis());
    QVERIFY(time && time->isVisible());
    QVERIFY(time->min() <= start && time->max() >= start.addSecs(900));
    QVERIFY(!time->format().contains(u"ss"_s)); // hours and minutes, no seconds
    int areas = 0;
    for (QAbstractSeries *series : chart.chart()->series())
        areas += series->type() == QAbstractSeries::SeriesTypeArea;
    QCOMPARE(areas, 4);
    QScatterSeries *points = chart.pointSeries();
    QVERIFY(points->attachedAxes().contains(heat) && points->attachedAxes().contains(time));
    QCOMPARE(points->count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(qint64(points->at(i).x()), messages.at(i).first);
        QCOMPARE(int(points->at(i).y()), messages.at(i).second);
        QCOMPARE(points->pointConfiguration(i).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                 ToneFormat::levelColor(levelForHeat(messages.at(i).second)));
    }
    // A tooltip per point, with its time and heat; found where the point is drawn.
    QVERIFY(chart.pointToolTip(0).contains(u"heat 82, %1"_s.arg(ToneFormat::levelText(ToneLevel::Hostile))));
    QVERIFY(chart.pointToolTip(2).contains(u"heat 18, %1"_s.arg(ToneFormat::levelText(ToneLevel::Calm))));
    QVERIFY(chart.pointToolTip(1).contains(u"9:34"_s)); // its time
    for (int i = 0; i < 3; ++i) {
        const QPointF at = chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->mapToPosition(points->at(i), points)));
        QVERIFY(chart.viewport()->rect().contains(at.toPoint()));
        QCOMPARE(chart.pointAt(at.toPoint()), i);
    }
    QCOMPARE(chart.pointAt(QPoint(-40, -40)), -1);
    QVERIFY(chart.accessibleDescription().contains(u"82, 55, 18"_s));

    // The heats alone (the interface callers had): the messages are numbered instead.
    chart.setHeats({40, 90});
    QVERIFY(!chart.hasTimes());
    auto *number = qobject_cast<QValueAxis *>(chart.timeAxis());
    QVERIFY(number && number->isVisible());
    QVERIFY(!time->isVisible());
    QCOMPARE(points->count(), 2);
    QCOMPARE(points->at(0), QPointF(1, 40));
    QCOMPARE(points->at(1), QPointF(2, 90));
    QVERIFY(points->attachedAxes().contains(number) && !points->attachedAxes().contains(time));
    QCOMPARE(chart.pointToolTip(1), u"Message 2 · heat 90, %1"_s.arg(ToneFormat::levelText(ToneLevel::Hostile)));
    chart.setHeats({});
    QCOMPARE(points->count(), 0);
    QVERIFY(!chart.grab().isNull());
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
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY(dialog.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"bad.csv:3: column 3"_s));
    }
    QFile badDate(m_dir.filePath(u"baddate.csv"_s));
    QVERIFY(badDate.open(QIODevice::WriteOnly));
    badDate.write("Ticket ID,Description,Created\n1,fine,2026-01-01\n2,hola,ayer\n");
    badDate.close();
    {
        ImportDialog dialog(opened.database, m_coach->analyzerShared());
        dialog.setFile(badDate.fileName());
        QTRY_VERIFY(!dialog.isReading());
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
    QTRY_VERIFY(!dialog.isReading());
    dialog.startImport();
    QTRY_VERIFY(!dialog.isRunning() && dialog.report().ok);
    QCOMPARE(dialog.reportText(), u"Imported 2 messages in 2 new conversations; 0 were already there."_s);
    QCOMPARE(store.messageCount(), 2);

    // The path typed in, times in seconds since 1970 said in "Dates", and bad rows left out and listed.
    QFile mixed(m_dir.filePath(u"mixed.csv"_s));
    QVERIFY(mixed.open(QIODevice::WriteOnly));
    mixed.write("Ticket ID,Description,Created\n10,Sigue sin llegar,1767225600\n11,,1767229200\n12,Where is it?,ayer\n13,Thanks,1767232800\n");
    mixed.close();
    ImportDialog typed(opened.database, m_coach->analyzerShared());
    typed.show();
    auto *path = typed.findChild<QLineEdit *>(u"importFile"_s);
    QVERIFY(path && !path->isReadOnly());
    path->setFocus();
    QTest::keyClicks(path, mixed.fileName());
    QTest::keyClick(path, Qt::Key_Return);
    QTRY_VERIFY(!typed.isReading());
    QVERIFY2(typed.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"4 rows"_s), qPrintable(typed.findChild<QLabel *>(u"importStatus"_s)->text()));
    auto *dates = typed.findChild<QComboBox *>(u"importDateFormat"_s);
    dates->setCurrentIndex(dates->findData(int(DateFormat::EpochSeconds)));
    typed.findChild<QCheckBox *>(u"importSkipBadRows"_s)->setChecked(true);
    typed.startImport();
    QTRY_VERIFY(!typed.isRunning() && typed.report().ok);
    QCOMPARE(typed.report().messagesAdded, 2);
    QCOMPARE(typed.report().skipped.size(), 2);
    QVERIFY2(typed.reportText().endsWith(u"2 rows with errors left out, listed below."_s), qPrintable(typed.reportText()));
    auto *skipped = typed.findChild<QPlainTextEdit *>(u"importSkipped"_s);
    QVERIFY(skipped->isVisible());
    QVERIFY(skipped->toPlainText().contains(u"mixed.csv:3 (Description): empty message text"_s));
    QVERIFY(skipped->toPlainText().contains(u"mixed.csv:4 (Created)"_s));
    if (const QString shot = qEnvironmentVariable("CALMA_IMPORT_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(typed.grab().save(shot));
    QCOMPARE(store.messageCount(), 4);
}

void TestMainWindow::inboxPagesOffTheUiThread()
{
    // The first page and every further one are read on a worker: fetchMore returns at once and the
    // rows come in afterwards; a reload meanwhile drops the stale page.
    const auto db = demoDatabase(u"pages.sqlite"_s);
    QVERIFY(db);
    InboxModel model;
    InboxQuery all;
    all.statuses = {u"open"_s, u"pending"_s, u"solved"_s, u"closed"_s};
    model.setQuery(all);
    model.setStore(std::make_shared<ConversationStore>(db));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy fetched(&model, &InboxModel::fetched);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);   // not read on the UI thread
    QVERIFY(!model.canFetchMore({}));  // one page at a time
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    model.reload();                    // the page asked for belongs to the old query
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    // A live update reads again as many whole pages as the agent had loaded, not the first page only.
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 200);
    const qint64 last = model.conversation(199).id;
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.conversation(199).id, last);
    QVERIFY(model.canFetchMore({}));
    const int total = int(model.matchingCount());
    QVERIFY(total > 200);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > before);
    }
    QCOMPARE(model.rowCount(), total);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
}

void TestMainWindow::filtersShowTheirCounts()
{
    // Each filter's options say how many conversations they would show, with the other filters as
    // they are, and the counts follow the other filters.
    installTranslation(u"en"_s);
    const auto db = demoDatabase(u"counts.sqlite"_s);
    QVERIFY(db);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(db);
    InboxModel *inbox = window.workspace()->inbox();
    QTRY_VERIFY(!inbox->isLoading() && !inbox->facetCounts().isEmpty());
    auto *status = window.findChild<QComboBox *>(u"statusFilter"_s);
    auto *level = window.findChild<QComboBox *>(u"levelFilter"_s);
    QVERIFY(status && level);
    ConversationStore store(db);
    const auto count = [&](QStringList statuses, int minimumHeat) {
        InboxQuery q;
        q.statuses = std::move(statuses);
        q.minimumHeat = minimumHeat;
        return store.inboxCount(q);
    };
    const qint64 open = count({u"open"_s}, 0);
    QVERIFY(open > 0);
    const int openRow = status->findData(QStringList{u"open"_s});
    QVERIFY(openRow >= 0);
    QCOMPARE(status->itemText(openRow), u"Open (%1)"_s.arg(QLocale().toString(open)));
    QCOMPARE(inbox->matchingCount(), count({u"open"_s, u"pending"_s}, 0));
    // Hostile only: the status counts are the hostile conversations in each status.
    level->setCurrentIndex(level->findData(levelThreshold(ToneLevel::Hostile)));
    const qint64 hostileOpen = count({u"open"_s}, levelThreshold(ToneLevel::Hostile));
    QVERIFY(hostileOpen < open);
    QTRY_COMPARE(status->itemText(openRow), u"Open (%1)"_s.arg(QLocale().toString(hostileOpen)));
    QVERIFY(level->currentText().startsWith(u"Hostile ("_s));
}

void TestMainWindow::unknownLocaleGetsEnglishPlurals()
{
    // A desktop in a language Calma does not speak (or the C locale) shows English, plurals included.
    QVERIFY(installTranslation(u"fr"_s));
    QCOMPARE(interfaceLanguage(), Language::English);
    QCOMPARE(MainWindow::tr("%1 of %n conversation(s)", nullptr, 2).arg(1), u"1 of 2 conversations"_s);
    QVERIFY(installTranslation(u"es"_s));
    QCOMPARE(interfaceLanguage(), Language::Spanish);
    installTranslation(u"en"_s);
}

void TestMainWindow::anotherAgentsWorkShowsLive_data()
{
    calma::test::addEngines();
}

void TestMainWindow::anotherAgentsWorkShowsLive()
{
    // Another agent (another connection, as another process would have) claims and answers the
    // conversation this window shows, and the customer writes again: the inbox row and the thread
    // follow without a reload, and the open conversation stays open.
    // On SQLite another process's write is seen through PRAGMA data_version, on PostgreSQL through NOTIFY.
    QFETCH(QString, engine);
    installTranslation(u"en"_s);
    QString urlError;
    const QString url = calma::test::databaseUrl(engine, m_dir.path(), true, &urlError);
    QVERIFY2(!url.isEmpty(), qPrintable(urlError));
    const auto mine = calma::test::openDatabase(url);
    QVERIFY(mine);
    QVERIFY(DemoData::load(mine, m_coach->analyzer()).ok);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(mine);
    Workspace *workspace = window.workspace();
    InboxModel *inbox = workspace->inbox();
    QTRY_VERIFY(!inbox->isLoading() && workspace->currentConversation() > 0);
    QTRY_VERIFY(!workspace->isOpening());
    const qint64 id = workspace->currentConversation();
    const auto theirs = Database::open(mine->url()).database;
    QVERIFY(theirs);
    ConversationStore other(theirs);
    QString error, holder;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(other.reply(id, u"Tom"_s, u"Tom here: I'm on it."_s, now, &holder, &error), ReplyResult::Sent);
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(inbox->rowOf(id) >= 0 && inbox->conversation(inbox->rowOf(id)).assignee == u"Tom"_s, 5000);
    qInfo("another agent's reply reached the inbox after %lld ms", static_cast<long long>(clock.elapsed()));
    QCOMPARE(inbox->conversation(inbox->rowOf(id)).status, u"pending"_s);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->thread()->toPlainText().contains(u"Tom here: I'm on it."_s), 5000);
    QCOMPARE(workspace->currentConversation(), id);
    const QString text = u"Still nothing. This is ridiculous."_s;
    QVERIFY(other.addMessage({id, {}, u"customer"_s, {}, text, now + 1000, m_coach->analyzer().analyze(text)}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(workspace->thread()->toPlainText().contains(text), 5000);
    QCOMPARE(workspace->currentConversation(), id);
    // Reopened: the inbox row says so (if the conversation is still on the first page).
    QTRY_VERIFY_WITH_TIMEOUT(inbox->rowOf(id) < 0 || inbox->conversation(inbox->rowOf(id)).status == u"open"_s, 5000);
    // What was there at the first look is not news; a hostile message that arrives is.
    QVERIFY2(window.lastNotification().isEmpty(), qPrintable(window.lastNotification()));
    const auto fresh = other.addConversation({u"live-hostile"_s, u"Ruth Pike"_s, {}, {}, u"Refund"_s, u"email"_s, u"open"_s, now}, &error);
    QVERIFY(fresh);
    const QString abuse = u"You useless thieving idiots, GIVE ME MY MONEY BACK NOW!!!"_s;
    QVERIFY(other.addMessage({*fresh, {}, u"customer"_s, u"Ruth Pike"_s, abuse, now + 2000, m_coach->analyzer().analyze(abuse)}, &error));
    // The demo fills more than a page of hostile, long-waiting conversations: the alert comes whether
    // or not the new one is on the page loaded.
    QVERIFY(inbox->rowCount() >= 100);
    QTRY_VERIFY2_WITH_TIMEOUT(window.lastNotification().contains(u"1 hostile message"_s), qPrintable(window.lastNotification()), 5000);
    QVERIFY(window.lastNotification().contains(u"Ruth Pike"_s));
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

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const std::shared_ptr<Database> &database, const QString &agent)
{
    auto window = std::make_unique<MainWindow>(m_coach);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    window->setDatabase(database);
    window->workspace()->setAgentName(agent);
    InboxModel *inbox = window->workspace()->inbox();
    if (!QTest::qWaitFor([&] { return !inbox->isLoading() && inbox->rowCount() > 0 && window->workspace()->state().has_value(); }))
        return nullptr;
    return window;
}

// The workspace answers to the keyboard: search, moving through the inbox, suggestions, sending.
void TestMainWindow::keyboardPaths()
{
    installTranslation(u"en"_s);
    const auto database = demoDatabase(u"keys.sqlite"_s);
    QVERIFY(database);
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    Workspace *workspace = window->workspace();
    InboxModel *inbox = workspace->inbox();
    QPlainTextEdit *editor = workspace->draft()->editor();
    // Ctrl+F from the draft focuses the search field.
    editor->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(workspace->searchField()));
    // Ctrl+Down and Ctrl+Up move through the inbox, from wherever the focus is.
    const qint64 first = inbox->conversation(0).id;
    QCOMPARE(workspace->currentConversation(), first);
    QTest::keyClick(workspace->searchField(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(workspace->currentConversation(), inbox->conversation(1).id);
    QTest::keyClick(workspace->searchField(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(workspace->currentConversation(), first);
    QTest::keyClick(workspace->searchField(), Qt::Key_Down, Qt::ControlModifier);
    const qint64 id = workspace->currentConversation();
    QCOMPARE(id, inbox->conversation(1).id);
    QTRY_VERIFY(workspace->state() && workspace->state()->id == id);
    QCOMPARE(workspace->state()->status, u"open"_s);
    // Alt+2 and Alt+1 put a suggestion in the empty draft, and the focus in the draft.
    QVERIFY(workspace->assistant()->suggestions().size() >= 2);
    QVERIFY(workspace->draft()->text().isEmpty());
    QTest::keyClick(workspace->searchField(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(workspace->draft()->text(), workspace->assistant()->suggestions().at(1).text);
    QTest::keyClick(editor, Qt::Key_1, Qt::AltModifier); // replaces a suggestion as it was: nothing typed
    QCOMPARE(workspace->draft()->text(), workspace->assistant()->suggestions().at(0).text);
    QCOMPARE(QApplication::focusWidget(), editor);
    QVERIFY(workspace->draft()->review().verdict != Verdict::Rewrite);
    // Tab leaves the draft instead of inserting a tab.
    const QString text = workspace->draft()->text();
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(workspace->draft()->text(), text);
    QVERIFY(QApplication::focusWidget() != editor);
    // Ctrl+Return sends: the conversation turns pending, the clock stops, the agent keeps it.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!workspace->isWorking() && workspace->draft()->text().isEmpty());
    const auto stored = ConversationStore(database).conversation(id, QDateTime::currentMSecsSinceEpoch(), nullptr);
    QVERIFY(stored);
    QCOMPARE(stored->status, u"pending"_s);
    QCOMPARE(stored->waitingSinceMs, qint64(0));
    QCOMPARE(stored->assignee, u"Marta"_s);
    QCOMPARE(ConversationStore(database).messages(id).last().body, text);
    // The inbox row and the toolbar say so, without a reload.
    const int row = inbox->rowOf(id);
    QCOMPARE(row, 1);
    QTRY_COMPARE(inbox->data(inbox->index(row, InboxModel::Status), Qt::DisplayRole).toString(), u"Pending · Marta"_s);
    QCOMPARE(inbox->data(inbox->index(row, InboxModel::Assignee), Qt::DisplayRole).toString(), u"Marta"_s);
    QVERIFY(inbox->data(inbox->index(row, InboxModel::Waiting), Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(workspace->ownerLabel()->text(), u"Pending · You are answering this customer."_s);
    QVERIFY(!workspace->claimButton()->isEnabled());
    QVERIFY(workspace->releaseButton()->isEnabled());
    QVERIFY(workspace->solveButton()->isEnabled());
    QVERIFY(!workspace->reopenButton()->isEnabled());
}

// Release, Solve and Reopen change the stored state, and the buttons follow it.
void TestMainWindow::workflowButtons()
{
    installTranslation(u"en"_s);
    const auto database = demoDatabase(u"workflow.sqlite"_s);
    QVERIFY(database);
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    Workspace *workspace = window->workspace();
    const qint64 id = workspace->currentConversation();
    const ConversationStore store(database);
    auto stored = [&] { return *store.conversation(id, QDateTime::currentMSecsSinceEpoch(), nullptr); };
    QVERIFY(stored().assignee.isEmpty());
    QVERIFY(workspace->claimButton()->isEnabled());
    QVERIFY(!workspace->releaseButton()->isEnabled());
    QVERIFY(!workspace->reopenButton()->isEnabled());
    QTest::mouseClick(workspace->claimButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().assignee, u"Marta"_s);
    QTRY_VERIFY(workspace->releaseButton()->isEnabled());
    QTest::mouseClick(workspace->releaseButton(), Qt::LeftButton);
    QTRY_VERIFY(stored().assignee.isEmpty());
    QTRY_VERIFY(workspace->claimButton()->isEnabled() && !workspace->releaseButton()->isEnabled());
    QTest::mouseClick(workspace->solveButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().status, u"solved"_s);
    QTRY_VERIFY(workspace->reopenButton()->isEnabled());
    QVERIFY(!workspace->solveButton()->isEnabled());
    QVERIFY(!workspace->claimButton()->isEnabled());
    QVERIFY(workspace->ownerLabel()->text().startsWith(u"Solved"_s));
    InboxModel *inbox = workspace->inbox();
    QCOMPARE(inbox->data(inbox->index(inbox->rowOf(id), InboxModel::Status), Qt::DisplayRole).toString(), u"Solved"_s);
    QTest::mouseClick(workspace->reopenButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().status, u"open"_s);
    QVERIFY(stored().waitingSinceMs > 0);
    QTRY_VERIFY(workspace->claimButton()->isEnabled() && !workspace->reopenButton()->isEnabled());
    // Solving what one holds releases it too.
    QTest::mouseClick(workspace->claimButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().assignee, u"Marta"_s);
    QTRY_VERIFY(workspace->solveButton()->isEnabled() && !workspace->isWorking());
    QTest::mouseClick(workspace->solveButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().status, u"solved"_s);
    QVERIFY(stored().assignee.isEmpty());
}

// Another agent's live claim: named, and nothing offers to take it; an expired one (as after a
// restart the next day): nobody is named and it may be taken.
void TestMainWindow::claimHeldOrExpired()
{
    installTranslation(u"en"_s);
    const auto database = demoDatabase(u"claims.sqlite"_s);
    QVERIFY(database);
    const ConversationStore store(database);
    QList<ConversationSummary> rows = store.inbox(InboxQuery{});
    QVERIFY(rows.size() >= 2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(store.claim(rows.at(0).id, u"Tom"_s, now), ClaimResult::Claimed);
    QCOMPARE(store.claim(rows.at(1).id, u"Tom"_s, now - 2 * 3600 * 1000), ClaimResult::Claimed); // two hours ago
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    Workspace *workspace = window->workspace();
    InboxModel *inbox = workspace->inbox();
    const int held = inbox->rowOf(rows.at(0).id), expired = inbox->rowOf(rows.at(1).id);
    QVERIFY(held >= 0 && expired >= 0);
    workspace->inboxView()->selectRow(held);
    QTRY_VERIFY(workspace->state() && workspace->state()->id == rows.at(0).id);
    QCOMPARE(workspace->ownerLabel()->text(), u"Open · Tom is answering this customer."_s);
    QVERIFY(!workspace->claimButton()->isEnabled());
    QVERIFY(workspace->claimButton()->toolTip().contains(u"Tom"_s));
    QVERIFY(!workspace->releaseButton()->isEnabled());
    QVERIFY(!workspace->solveButton()->isEnabled());
    QCOMPARE(inbox->data(inbox->index(held, InboxModel::Assignee), Qt::DisplayRole).toString(), u"Tom"_s);
    workspace->inboxView()->selectRow(expired);
    QTRY_VERIFY(workspace->state() && workspace->state()->id == rows.at(1).id);
    QCOMPARE(workspace->ownerLabel()->text(), u"Open · No one is answering this customer yet."_s);
    QVERIFY(workspace->claimButton()->isEnabled());
    QVERIFY(inbox->data(inbox->index(expired, InboxModel::Assignee), Qt::DisplayRole).toString().isEmpty());
}

// "Use this reply" asks before it replaces what the agent typed, with named buttons.
void TestMainWindow::overwriteQuestion()
{
    installTranslation(u"en"_s);
    const auto database = demoDatabase(u"overwrite.sqlite"_s);
    QVERIFY(database);
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    Workspace *workspace = window->workspace();
    auto *use = workspace->assistant()->findChild<QPushButton *>(u"useSuggestion0"_s);
    QVERIFY(use);
    const QString typed = u"Let me look into this for you right away."_s;
    workspace->draft()->setText(typed);
    auto answer = [](const QString &button, QString *question) {
        QTimer::singleShot(0, [button, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *question = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button)
                    b->click();
            }
        });
    };
    QString question;
    answer(u"&Keep my draft"_s, &question);
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY2(question.contains(u"Replace it with the suggested reply?"_s), qPrintable(question));
    QCOMPARE(workspace->draft()->text(), typed);
    question.clear();
    answer(u"&Replace the draft"_s, &question);
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(!question.isEmpty());
    QCOMPARE(workspace->draft()->text(), workspace->assistant()->suggestions().at(0).text);
    // A suggestion as it was put in is replaced without asking.
    question.clear();
    answer(u"&Keep my draft"_s, &question);
    workspace->useSuggestion(1);
    QVERIFY(question.isEmpty());
    QCOMPARE(workspace->draft()->text(), workspace->assistant()->suggestions().at(1).text);
    QTest::qWait(0); // the unused answer finds no box
    // A draft the coach says to rewrite asks before it goes, with the reason and named buttons.
    workspace->draft()->setText(u"Calm down, it is not our fault."_s);
    QCOMPARE(workspace->draft()->review().verdict, Verdict::Rewrite);
    answer(u"&Keep editing"_s, &question);
    const qsizetype before = ConversationStore(database).messages(workspace->currentConversation()).size();
    QTest::mouseClick(workspace->draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY2(question.contains(workspace->draft()->review().reason.toHtmlEscaped()), qPrintable(question));
    QCOMPARE(workspace->draft()->text(), u"Calm down, it is not our fault."_s);
    QTest::qWait(50);
    QCOMPARE(ConversationStore(database).messages(workspace->currentConversation()).size(), before);
}

// The orders, the status bar's count (the database's location in its tooltip) and an empty search.
void TestMainWindow::ordersStatusBarAndEmptySearch()
{
    installTranslation(u"en"_s);
    const auto database = demoDatabase(u"orders.sqlite"_s);
    QVERIFY(database);
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    window->showDatabaseStatus(u"/tmp/where/calma.sqlite"_s, 224, {});
    Workspace *workspace = window->workspace();
    InboxModel *inbox = workspace->inbox();
    const ConversationStore store(database);
    auto *status = window->findChild<QLabel *>(u"databaseStatus"_s);
    QVERIFY(status);
    const qint64 total = store.conversationCount();
    const qint64 open = store.inboxCount(InboxQuery{});
    QVERIFY(open > 0 && open < total);
    workspace->statusFilter()->setCurrentIndex(workspace->statusFilter()->count() - 1); // all
    QTRY_VERIFY(!inbox->isLoading() && inbox->matchingCount() == total);
    QCOMPARE(status->text(), u"%1 of %2 conversations"_s.arg(total).arg(total));
    workspace->statusFilter()->setCurrentIndex(0);
    QTRY_VERIFY(!inbox->isLoading() && inbox->matchingCount() == open);
    QCOMPARE(status->text(), u"%1 of %2 conversations"_s.arg(open).arg(total));
    QVERIFY(!status->text().contains(u"sqlite"_s));
    QCOMPARE(status->toolTip(), u"Database: /tmp/where/calma.sqlite"_s);
    // The default order says what it combines; the others sort as they say.
    QCOMPARE(workspace->orderChoice()->currentText(), u"Needs attention"_s);
    QVERIFY(workspace->orderChoice()->toolTip().contains(u"Heat plus the wait"_s));
    workspace->orderChoice()->setCurrentIndex(2); // hottest
    QTRY_VERIFY(!inbox->isLoading() && workspace->currentConversation() > 0);
    QCOMPARE(inbox->rowCount(), 100);
    for (int row = 1; row < inbox->rowCount(); ++row)
        QVERIFY(inbox->conversation(row - 1).heat >= inbox->conversation(row).heat);
    workspace->orderChoice()->setCurrentIndex(1); // longest waiting
    QTRY_VERIFY(!inbox->isLoading() && workspace->currentConversation() > 0);
    bool answered = false;
    for (int row = 0; row < inbox->rowCount(); ++row) {
        const ConversationSummary &c = inbox->conversation(row);
        answered = answered || c.waitingSinceMs == 0;
        QVERIFY(!answered || c.waitingSinceMs == 0); // those waiting first
        if (row > 0 && c.waitingSinceMs && inbox->conversation(row - 1).waitingSinceMs)
            QVERIFY(inbox->conversation(row - 1).lastCustomerMs <= c.lastCustomerMs);
    }
    workspace->orderChoice()->setCurrentIndex(3); // newest
    QTRY_VERIFY(!inbox->isLoading() && workspace->currentConversation() > 0);
    for (int row = 1; row < inbox->rowCount(); ++row)
        QVERIFY(inbox->conversation(row - 1).lastMessageMs >= inbox->conversation(row).lastMessageMs);
    // A search that finds nothing leaves nothing on screen as if it matched.
    QVERIFY(!workspace->thread()->toPlainText().isEmpty());
    workspace->searchField()->setText(u"xylophonequux"_s);
    QTest::keyClick(workspace->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!inbox->isLoading() && inbox->rowCount() == 0);
    QCOMPARE(workspace->currentConversation(), qint64(0));
    QVERIFY(workspace->thread()->toPlainText().isEmpty());
    QVERIFY(workspace->assistant()->suggestions().isEmpty());
    QVERIFY(workspace->heatChart()->heats().isEmpty());
    QVERIFY(!workspace->claimButton()->isEnabled() && !workspace->solveButton()->isEnabled());
    QCOMPARE(workspace->ownerLabel()->text(), u"No conversation matches “xylophonequux”."_s);
    QCOMPARE(status->text(), u"0 of %1 conversations"_s.arg(total));
}

// Help → Keyboard shortcuts lists them all, in the interface's language.
void TestMainWindow::shortcutsDialog()
{
    for (const QString &language : {u"en"_s, u"es"_s}) {
        QVERIFY(installTranslation(language));
        MainWindow window(m_coach);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s)) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QVERIFY(table);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row) {
            keys << table->item(row, 0)->text();
            QVERIFY(!table->item(row, 1)->text().isEmpty());
        }
        // As the platform writes them, in the interface's language.
        for (const QString &k : {u"Ctrl+F"_s, u"Ctrl+Up"_s, u"Ctrl+Down"_s, u"Alt+1"_s, u"Alt+2"_s, u"Alt+3"_s, u"Ctrl+Return"_s, u"Ctrl+I"_s,
                                 u"Ctrl+Shift+E"_s, u"F1"_s, u"F5"_s}) {
            const QString native = QKeySequence(k).toString(QKeySequence::NativeText);
            QVERIFY2(keys.contains(native), qPrintable(native + u" in "_s + keys.join(u", ")));
        }
        if (language == u"es")
            QVERIFY2(keys.contains(u"Control+Abajo"_s), qPrintable(keys.join(u", ")));
        QCOMPARE(table->rowCount(), MainWindow::shortcutList().size());
        QCOMPARE(table->horizontalHeaderItem(0)->text(), language == u"es" ? u"Teclas"_s : u"Keys"_s);
        QCOMPARE(dialog->windowTitle(), language == u"es" ? u"Atajos de teclado"_s : u"Keyboard shortcuts"_s);
        if (language == u"es")
            QCOMPARE(table->item(0, 1)->text(), u"Buscar en los mensajes"_s);
        dialog->close();
    }
    installTranslation(u"en"_s);
}

void TestMainWindow::noDuplicateMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

namespace {
// The Alt letter of a text ("Re&lease": L), empty when it has none.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}

// Every Alt letter that works at once in `window` as it is shown now (menu bar, tabs, buttons, labels
// with a buddy, group boxes), and each menu's own; the clashes, described.
QStringList clashes(QWidget *window, const QString &where)
{
    QStringList problems;
    QHash<QString, QString> seen;
    auto add = [&](const QString &text, const QString &what) {
        const QString key = mnemonicOf(text);
        if (key.isEmpty())
            return;
        if (seen.contains(key))
            problems << u"%1: %2 is “%3” and “%4”"_s.arg(where, key, seen.value(key), text);
        else
            seen.insert(key, text);
        Q_UNUSED(what);
    };
    auto visible = [window](QWidget *w) { return w->isVisibleTo(window); };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            add(menuAction->text(), u"menu"_s);
            if (QMenu *menu = menuAction->menu()) {
                QHash<QString, QString> items;
                for (QAction *item : menu->actions()) {
                    const QString key = mnemonicOf(item->text());
                    if (key.isEmpty())
                        continue;
                    if (items.contains(key))
                        problems << u"%1, menu %2: %3 is “%4” and “%5”"_s.arg(where, menuAction->text(), key, items.value(key), item->text());
                    items.insert(key, item->text());
                }
            }
        }
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!visible(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i), u"tab"_s);
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (visible(button))
            add(button->text(), u"button"_s);
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (visible(label) && label->buddy() && !Qt::mightBeRichText(label->text()))
            add(label->text(), u"label"_s);
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (visible(box))
            add(box->title(), u"group"_s);
    }
    return problems;
}
} // namespace

// No Alt letter means two things in one window, on any of its tabs, in either language.
void TestMainWindow::noDuplicateMnemonics()
{
    QFETCH(QString, language);
    QVERIFY(installTranslation(language));
    const auto database = demoDatabase(u"mnemonics-%1.sqlite"_s.arg(language));
    QVERIFY(database);
    const auto window = openWindow(database, u"Marta"_s);
    QVERIFY(window);
    QStringList problems;
    for (const QString &tab : {u"inbox"_s, u"tone"_s, u"practice"_s, u"dashboard"_s}) {
        QVERIFY(window->showTab(tab));
        QCoreApplication::processEvents();
        problems += clashes(window.get(), tab);
    }
    // The dialogs, each a window of its own, with every verdict the feedback dialog offers.
    const auto check = [&](QWidget *dialog, const QString &name) {
        dialog->show();
        QCoreApplication::processEvents();
        problems += clashes(dialog, name);
        dialog->close();
    };
    SettingsDialog settings(AppSettings::load(), window.get());
    check(&settings, u"settings"_s);
    settings.findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentIndex(1); // the Mail page
    check(&settings, u"settings, mail"_s);
    ImportDialog import(database, m_coach->analyzerShared(), window.get());
    check(&import, u"import"_s);
    for (const FeedbackVerdict verdict : {FeedbackVerdict::TooHigh, FeedbackVerdict::TooLow, FeedbackVerdict::WrongKind}) {
        ScoreFeedback subject;
        subject.text = u"Where is my parcel?"_s;
        subject.heat = 40;
        FeedbackDialog feedback(subject, verdict, ToneDimension::Anger, database, window.get());
        check(&feedback, u"feedback"_s);
    }
    if (QDialog *shortcuts = window->showShortcuts())
        check(shortcuts, u"shortcuts"_s);
    // The trainer's window, before a session and during one.
    const auto library = ScenarioLibrary::load();
    QVERIFY(library.library);
    TrainerWindow trainer(m_coach, library.library, database, u"Marta"_s);
    check(&trainer, u"trainer"_s);
    QVERIFY(trainer.startLive(u"Tom"_s, language == u"es" ? u"es-late-delivery"_s : u"en-outage"_s, true));
    check(&trainer, u"trainer, live"_s);
    trainer.endWith(Outcome::Resolved);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    installTranslation(u"en"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
