// The trainer's dashboard, offscreen: trainees and their sessions from a SQLite database, the progress
// chart, flagged phrases, reports with notes, exports, an empty database, stale answers and errors.
// With CALMA_DASHBOARD_SCREENSHOT=/path.png it also saves a picture of the dashboard as a trainer sees it.
#include "application.h"
#include "progresschart.h"
#include "reportprint.h"
#include "roleplay/replyjudge.h"
#include "roleplay/scorer.h"
#include "roleplay/session.h"
#include "storage/roleplaystore.h"
#include "trainerdashboard.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QThreadPool>
#include <QTreeWidget>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStart = 1'800'000'000'000;
constexpr qint64 kDay = 24 * 3600 * 1000;

struct Reply
{
    QString text;
    int seconds = 30;
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void constructs();
    void emptyDatabase();
    void traineesChartAndPhrases();
    void reportAndNotes();
    void progressComparesOneScenario();
    void reportKeepsTurnsOnOnePage();
    void exports();
    void followsTheLanguage();
    void staleAnswersAndEarlyDestruction();
    void databaseErrorsAreShown();
    void screenshot();
    void cleanupTestCase();

private:
    // Plays `replies` against the late-delivery customer as `trainee` and stores the scored session.
    qint64 storeSession(const std::shared_ptr<Database> &database, const QString &trainee, qint64 startMs,
                        const QList<Reply> &replies, quint32 seed, std::shared_ptr<const Scenario> scenario = {});
    std::shared_ptr<Database> openDatabase(const QString &name);
    // Ana: three sessions, two of them with "Calm down"; Ben: one.
    std::shared_ptr<Database> trainingDatabase(const QString &name);
    static QStringList column(const QTreeWidget *tree, int column);

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<const Scenario> m_scenario;
    QTemporaryDir m_dir;
    QList<qint64> m_anaSessions; // oldest first
    QList<int> m_anaScores;      // oldest first
};

void TestDashboard::initTestCase()
{
    QApplication::setOrganizationName(u"CalmaTest"_s);
    installTranslation(u"en"_s);
    QVERIFY(m_dir.isValid());
    const auto coach = Coach::load();
    QVERIFY(coach.coach);
    m_coach = coach.coach;
    const auto library = ScenarioLibrary::load();
    QVERIFY(library.library);
    m_scenario = library.library->find(u"en-late-delivery"_s);
    QVERIFY(m_scenario);
}

void TestDashboard::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

std::shared_ptr<Database> TestDashboard::openDatabase(const QString &name)
{
    QString error;
    const auto url = DatabaseUrl::parse(m_dir.filePath(name), &error);
    if (!url) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const auto opened = Database::open(*url);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.error));
    return opened.database;
}

qint64 TestDashboard::storeSession(const std::shared_ptr<Database> &database, const QString &trainee, qint64 startMs,
                                   const QList<Reply> &replies, quint32 seed, std::shared_ptr<const Scenario> scenario)
{
    if (!scenario)
        scenario = m_scenario;
    SessionSetup setup;
    setup.trainee = trainee;
    setup.trainer = u"Marta"_s;
    setup.scenario = scenario;
    setup.seed = seed;
    QList<RoleplaySession::ScriptedReply> script;
    for (const Reply &r : replies)
        script.append({r.text, r.seconds * 1000});
    const RoleplaySession session = RoleplaySession::replay(setup, m_coach, startMs, script);
    const RoleplayStore store(database);
    QString error;
    const auto id = store.createSession(session.setup(), startMs, &error);
    if (!id) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    for (const RoleplayTurn &t : session.turns()) {
        if (!store.appendTurn(*id, t, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
    }
    const ScoreCard card = SessionScorer::score(*scenario, session.turns(), session.outcome());
    if (!store.finishSession(*id, session.outcome(), session.endedMs(), card, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return *id;
}

std::shared_ptr<Database> TestDashboard::trainingDatabase(const QString &name)
{
    auto database = openDatabase(name);
    if (!database)
        return nullptr;
    const QList<QList<Reply>> ana{
        {{u"Calm down, as I already said it's on its way."_s, 40}, {u"Calm down. There is nothing I can do."_s, 200}},
        {{u"Calm down, please."_s, 30}, {u"I understand, sorry. I'm checking the tracking now and I'll email you by 5 pm today."_s, 40}},
        {{u"I'm really sorry your order is late, I understand how frustrating that is. I'm checking with the courier now "
          "and I'll email you the new delivery date within the hour."_s, 30}},
    };
    m_anaSessions.clear();
    for (int i = 0; i < ana.size(); ++i) {
        const qint64 id = storeSession(database, u"Ana"_s, kStart + i * kDay, ana.at(i), quint32(7 + i));
        if (!id)
            return nullptr;
        m_anaSessions << id;
    }
    if (!storeSession(database, u"Ben"_s, kStart + kDay / 2,
                      {{u"Sorry about that. I'll check the tracking and email you an update by 5 pm today."_s, 30}}, 3))
        return nullptr;
    m_anaScores.clear();
    for (qint64 id : std::as_const(m_anaSessions))
        m_anaScores << RoleplayStore(database).session(id)->score;
    return database;
}

QStringList TestDashboard::column(const QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(column);
    return texts;
}

void TestDashboard::constructs()
{
    TrainerDashboard dashboard;
    QVERIFY(!dashboard.isVisible());
    QVERIFY(!dashboard.isLoading());
    // Without a database nothing can be acted on.
    for (const char *name : {"refreshButton", "exportHtmlButton", "exportPdfButton", "exportCsvButton", "saveNoteButton"})
        QVERIFY2(!dashboard.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
    dashboard.refresh();
    QVERIFY(!dashboard.statusLabel()->text().isEmpty());
}

void TestDashboard::emptyDatabase()
{
    const auto database = openDatabase(u"empty.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.resize(1000, 700);
    dashboard.show();
    dashboard.setDatabase(database);
    QTRY_VERIFY(!dashboard.isLoading());
    auto *chart = dashboard.findChild<ProgressChart *>(u"progressChart"_s);
    QVERIFY(chart);
    QVERIFY(chart->isEmpty());
    QCOMPARE(chart->placeholderText(), u"No scored sessions yet"_s);
    QCOMPARE(chart->accessibleDescription(), u"No scored sessions yet"_s);
    QCOMPARE(dashboard.findChild<QTreeWidget *>(u"traineeList"_s)->topLevelItemCount(), 0);
    QVERIFY(dashboard.findChild<QLabel *>(u"noTrainees"_s)->isVisible());
    QCOMPARE(dashboard.findChild<QTreeWidget *>(u"sessionTable"_s)->topLevelItemCount(), 0);
    QVERIFY(dashboard.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
    QVERIFY(!dashboard.findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
    QVERIFY(!dashboard.findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());
    QVERIFY(!dashboard.findChild<QPushButton *>(u"saveNoteButton"_s)->isEnabled());
    QVERIFY(!dashboard.findChild<QPlainTextEdit *>(u"noteEdit"_s)->isEnabled());
    // Nothing to export, and saying so rather than writing an empty file.
    QString error;
    QVERIFY(!dashboard.exportCsv(m_dir.filePath(u"empty.csv"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!dashboard.exportReportPdf(m_dir.filePath(u"empty.pdf"_s), &error));
    QVERIFY(!dashboard.exportReportHtml(m_dir.filePath(u"empty.html"_s), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(u"empty.pdf"_s)));
    QVERIFY(!dashboard.selectTrainee(u"Ana"_s));
    dashboard.saveNote(); // nothing selected: nothing happens
    QVERIFY(!dashboard.isLoading());
    // Painting the empty chart is fine.
    QVERIFY(!chart->grab().isNull());
    dashboard.refresh();
    QTRY_VERIFY(!dashboard.isLoading());
    QCOMPARE(dashboard.trainees().size(), 0);
    // The empty state, pictured next to the screenshot when one is asked for.
    if (const QString path = qEnvironmentVariable("CALMA_DASHBOARD_SCREENSHOT"); !path.isEmpty()) {
        dashboard.resize(1300, 800);
        QString emptyPath = path;
        emptyPath.insert(path.endsWith(u".png"_s) ? path.size() - 4 : path.size(), u"-empty"_s);
        QVERIFY(dashboard.grab().save(emptyPath));
    }
}

void TestDashboard::traineesChartAndPhrases()
{
    const auto database = trainingDatabase(u"trainees.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.resize(1200, 800);
    dashboard.show();
    QSignalSpy messages(&dashboard, &TrainerDashboard::statusMessage);
    dashboard.setDatabase(database);
    auto *trainees = dashboard.findChild<QTreeWidget *>(u"traineeList"_s);
    auto *sessions = dashboard.findChild<QTreeWidget *>(u"sessionTable"_s);
    auto *phrases = dashboard.findChild<QTreeWidget *>(u"flaggedPhrases"_s);
    auto *chart = dashboard.findChild<ProgressChart *>(u"progressChart"_s);
    QVERIFY(trainees && sessions && phrases && chart);
    QTRY_COMPARE(trainees->topLevelItemCount(), 2);
    QTRY_VERIFY(!dashboard.isLoading());
    QCOMPARE(column(trainees, 0), (QStringList{u"Ana"_s, u"Ben"_s}));
    QCOMPARE(trainees->topLevelItem(0)->text(1), u"3"_s);
    QVERIFY(!trainees->topLevelItem(0)->text(3).isEmpty());
    // Nobody selected: every session, and a chart that asks for a trainee.
    QCOMPARE(sessions->topLevelItemCount(), 4);
    QVERIFY(!sessions->isColumnHidden(1));
    QVERIFY(chart->isEmpty());
    QVERIFY(dashboard.findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());

    // Selecting Ana, as a click would.
    trainees->setCurrentItem(trainees->topLevelItem(0));
    QTRY_COMPARE(sessions->topLevelItemCount(), 3);
    QTRY_VERIFY(!dashboard.isLoading());
    QVERIFY(sessions->isColumnHidden(1)); // the trainee column: all Ana
    QCOMPARE(dashboard.shownSessions().size(), 3);
    // One point per scored session, oldest first, with the scenario as each point's tooltip.
    QCOMPARE(chart->scores(), m_anaScores);
    QCOMPARE(chart->points().first().title, m_scenario->title);
    QVERIFY(chart->accessibleDescription().contains(QString::number(m_anaScores.first())));
    QCOMPARE(chart->pointAt(QPoint(-50, -50)), -1);
    // The table is newest first, with what the trainer wants to compare.
    QCOMPARE(sessions->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong(), m_anaSessions.last());
    QCOMPARE(sessions->topLevelItem(0)->text(2), m_scenario->title);
    QCOMPARE(sessions->topLevelItem(0)->text(3), u"English"_s);
    QCOMPARE(sessions->topLevelItem(0)->text(4), u"Simulated"_s);
    QCOMPARE(sessions->topLevelItem(0)->text(5), u"On"_s);
    QCOMPARE(sessions->topLevelItem(0)->text(7), QString::number(m_anaScores.last()));
    const auto newest = RoleplayStore(database).session(m_anaSessions.last());
    QCOMPARE(sessions->topLevelItem(0)->text(6), SessionScorer::outcomeTitle(newest->outcome));
    // "Calm down" was flagged, described for people.
    QVERIFY(phrases->topLevelItemCount() > 0);
    const QStringList flagged = column(phrases, 0);
    QVERIFY2(flagged.contains(u"calm down"_s), qPrintable(flagged.join(u" | "_s)));
    const qsizetype calm = flagged.indexOf(u"calm down"_s);
    QCOMPARE(phrases->topLevelItem(int(calm))->text(1), triggerDescription(u"feelings"_s));
    QVERIFY(phrases->topLevelItem(int(calm))->text(2).toInt() >= 2);
    QVERIFY(dashboard.findChild<QLabel *>(u"traineeHeading"_s)->text() == u"Ana"_s);
    QVERIFY(dashboard.findChild<QLabel *>(u"traineeSummary"_s)->text().contains(u"3 scored session"_s));

    // Ben: one session; "Show all" goes back to everyone.
    QVERIFY(dashboard.selectTrainee(u"Ben"_s));
    QTRY_COMPARE(sessions->topLevelItemCount(), 1);
    QTRY_COMPARE(chart->scores().size(), 1);
    dashboard.showAllTrainees();
    QCOMPARE(dashboard.currentTraineeId(), 0);
    QTRY_COMPARE(sessions->topLevelItemCount(), 4);
    QVERIFY(chart->isEmpty());
    QCOMPARE(chart->placeholderText(), u"Select a trainee to see their scores over time"_s);

    // Refresh keeps the selection.
    QVERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_COMPARE(sessions->topLevelItemCount(), 3);
    QTRY_VERIFY(!dashboard.isLoading());
    storeSession(database, u"Ana"_s, kStart + 5 * kDay, {{u"Sorry for the wait, I'll email you the tracking by 5 pm."_s, 30}}, 11);
    QTest::mouseClick(dashboard.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_COMPARE(sessions->topLevelItemCount(), 4);
    QTRY_VERIFY(!dashboard.isLoading());
    QCOMPARE(trainees->currentItem()->text(0), u"Ana"_s);
    QCOMPARE(chart->scores().size(), 4);
    QCOMPARE(messages.count(), 0); // no errors along the way
}

void TestDashboard::reportAndNotes()
{
    const auto database = trainingDatabase(u"notes.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.resize(1200, 800);
    dashboard.show();
    dashboard.setDatabase(database);
    QTRY_VERIFY(dashboard.selectTrainee(u"Ana"_s));
    auto *sessions = dashboard.findChild<QTreeWidget *>(u"sessionTable"_s);
    auto *report = dashboard.findChild<QTextBrowser *>(u"sessionReport"_s);
    auto *turns = dashboard.findChild<QTreeWidget *>(u"turnList"_s);
    auto *note = dashboard.findChild<QPlainTextEdit *>(u"noteEdit"_s);
    auto *save = dashboard.findChild<QPushButton *>(u"saveNoteButton"_s);
    QVERIFY(sessions && report && turns && note && save);
    QTRY_COMPARE(sessions->topLevelItemCount(), 3);
    QVERIFY(report->toPlainText().isEmpty());
    QVERIFY(!dashboard.findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());

    // The oldest session: the report, and its turns.
    const qint64 id = m_anaSessions.first();
    QVERIFY(dashboard.selectSession(id));
    QTRY_VERIFY(report->toPlainText().contains(u"Score: "_s));
    QTRY_VERIFY(!dashboard.isLoading());
    QCOMPARE(dashboard.currentSession()->id, id);
    QVERIFY(report->toPlainText().contains(u"Score: %1 / 100"_s.arg(m_anaScores.first())));
    QVERIFY(report->toPlainText().contains(u"Calm down"_s));
    const QList<RoleplayTurn> stored = RoleplayStore(database).turns(id);
    QCOMPARE(turns->topLevelItemCount(), stored.size());
    QCOMPARE(turns->topLevelItem(1)->text(1), u"Trainee"_s);
    // The heat column is the customer's: only their messages carry a heat and its colour.
    for (int i = 0; i < turns->topLevelItemCount(); ++i) {
        const bool customer = stored.at(i).fromCustomer();
        QCOMPARE(turns->topLevelItem(i)->text(3).isEmpty(), !customer);
        QCOMPARE(turns->topLevelItem(i)->data(3, Qt::DecorationRole).isValid(), customer);
        if (customer)
            QCOMPARE(turns->topLevelItem(i)->text(3), QString::number(stored.at(i).heat));
    }
    QVERIFY(turns->topLevelItem(1)->text(2).startsWith(u"Calm down"_s));
    QVERIFY(dashboard.findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());
    QVERIFY(!note->isEnabled());
    QVERIFY(!save->isEnabled());

    // A note on the trainee's first reply.
    QVERIFY(dashboard.selectTurn(1));
    QVERIFY(note->isEnabled());
    QVERIFY(dashboard.findChild<QLabel *>(u"turnDetail"_s)->text().contains(u"Telling them how to feel"_s));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    const QString text = u"Name the delay & say what you'll do <instead>."_s;
    note->setPlainText(text);
    QVERIFY(save->isEnabled());
    QSignalSpy messages(&dashboard, &TrainerDashboard::statusMessage);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(RoleplayStore(database).turns(id).at(1).annotation, text);
    QTRY_VERIFY(report->toPlainText().contains(u"Trainer's note: "_s + text));
    QTRY_VERIFY(!dashboard.isLoading());
    QCOMPARE(turns->topLevelItem(1)->text(4), text);
    QCOMPARE(dashboard.currentTurnIndex(), 1); // still on the same turn
    QCOMPARE(note->toPlainText(), text);
    QVERIFY(!save->isEnabled());
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), u"Note saved."_s);
    QVERIFY(dashboard.reportHtml().contains(u"&lt;instead&gt;"_s));

    // Editing it (Ctrl+Return saves too), and clearing it, work the same way.
    dashboard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dashboard));
    note->setFocus();
    note->setPlainText(u"Better: name the delay."_s);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(RoleplayStore(database).turns(id).at(1).annotation, u"Better: name the delay."_s);
    QTRY_VERIFY(!dashboard.isLoading());
    QVERIFY(!report->toPlainText().contains(text));
    note->clear();
    QVERIFY(save->isEnabled());
    dashboard.saveNote();
    QTRY_VERIFY(RoleplayStore(database).turns(id).at(1).annotation.isEmpty());
    QTRY_VERIFY(!report->toPlainText().contains(u"Trainer's note"_s));

    // Another session: the turn selection and the editor start afresh.
    QVERIFY(dashboard.selectSession(m_anaSessions.last()));
    QTRY_COMPARE(dashboard.currentSession()->id, m_anaSessions.last());
    QCOMPARE(dashboard.currentTurnIndex(), -1);
    QVERIFY(!note->isEnabled());
}

void TestDashboard::progressComparesOneScenario()
{
    const auto database = trainingDatabase(u"scenarios.sqlite"_s);
    QVERIFY(database);
    const auto library = ScenarioLibrary::load();
    const auto other = library.library->find(u"en-double-charge"_s);
    QVERIFY(other);
    TrainerDashboard dashboard;
    dashboard.resize(1200, 800);
    dashboard.show();
    dashboard.setDatabase(database);
    QTRY_VERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 3);
    auto *summary = dashboard.findChild<QLabel *>(u"traineeSummary"_s);
    // Three sessions of one scenario: the change from its first to its latest, naming it.
    const int change = m_anaScores.last() - m_anaScores.first();
    const QString changeText = change > 0 ? u"+%1"_s.arg(change) : change < 0 ? u"−%1"_s.arg(-change) : u"±0"_s;
    QVERIFY2(summary->text().contains(u"%1 since the first session of “%2”"_s.arg(changeText, m_scenario->title)), qPrintable(summary->text()));

    // A session of another scenario is the latest: it has no first session to compare with, and the
    // scores of the other scenario are not compared with it.
    const qint64 otherFirst = storeSession(database, u"Ana"_s, kStart + 6 * kDay, {{u"Calm down, it's our policy."_s, 200}}, 5, other);
    QVERIFY(otherFirst);
    dashboard.refresh();
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 4);
    QVERIFY2(!summary->text().contains(u"since the first session"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"4 scored sessions"_s));

    // A second session of it: compared with its own first only.
    const qint64 otherSecond = storeSession(database, u"Ana"_s, kStart + 7 * kDay,
                                            {{u"I'm sorry you were charged twice. I've refunded the second charge today; "
                                              "you'll see it within 3 working days and I'll email you the receipt now."_s, 30}}, 5, other);
    QVERIFY(otherSecond);
    dashboard.refresh();
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 5);
    const int a = RoleplayStore(database).session(otherFirst)->score;
    const int b = RoleplayStore(database).session(otherSecond)->score;
    const QString otherChange = b > a ? u"+%1"_s.arg(b - a) : b < a ? u"−%1"_s.arg(a - b) : u"±0"_s;
    QVERIFY2(summary->text().contains(u"%1 since the first session of “%2”"_s.arg(otherChange, other->title)), qPrintable(summary->text()));
    QCOMPARE(summary->text().count(u"since the first session"_s), 1);

    // The chart joins only sessions of one scenario: a line each, named in the legend, on a date axis
    // and a 0–100 score axis; each point's tooltip names its scenario and score.
    ProgressChart *chart = dashboard.progressChart();
    QCOMPARE(chart->points().size(), 5);
    QCOMPARE(chart->scenarioLines().size(), 2);
    QCOMPARE(chart->scenarioLines().at(0)->name(), m_scenario->title);
    QCOMPARE(chart->scenarioLines().at(0)->count(), 3);
    QCOMPARE(chart->scenarioLines().at(1)->name(), other->title);
    QCOMPARE(chart->scenarioLines().at(1)->count(), 2);
    QCOMPARE(int(chart->scenarioLines().at(1)->at(1).y()), b);
    QVERIFY(chart->chart()->legend()->isVisible());
    QCOMPARE(chart->scoreAxis()->min(), 0.0);
    QCOMPARE(chart->scoreAxis()->max(), 100.0);
    QVERIFY(chart->dateAxis()->isVisible());
    QVERIFY(chart->dateAxis()->min().toMSecsSinceEpoch() < kStart);
    QVERIFY(chart->dateAxis()->max().toMSecsSinceEpoch() > kStart + 7 * kDay);
    const QString tip = chart->pointToolTip(4);
    QVERIFY2(tip.contains(other->title) && tip.contains(u"score %1 / 100"_s.arg(b)), qPrintable(tip));
    QTRY_VERIFY(chart->viewport()->width() > 100);
    for (int i = 0; i < chart->points().size(); ++i) {
        const QList<QLineSeries *> &lines = chart->scenarioLines();
        QLineSeries *line = chart->points().at(i).title == other->title ? lines.at(1) : lines.at(0);
        const QPointF value(double(chart->points().at(i).startedMs), chart->points().at(i).score);
        const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(chart->chart()->mapToPosition(value, line)));
        QCOMPARE(chart->pointAt(at), i);
    }
}

void TestDashboard::reportKeepsTurnsOnOnePage()
{
    const auto database = trainingDatabase(u"pages.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.setDatabase(database);
    QTRY_VERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading());
    QVERIFY(dashboard.selectSession(m_anaSessions.first()));
    QTRY_VERIFY(!dashboard.isLoading() && !dashboard.reportHtml().isEmpty());
    const QString html = dashboard.reportHtml();
    QVERIFY(html.contains(u"page-break-inside:avoid"_s));
    QVERIFY(!html.contains(m_scenario->id)); // no internal ids
    // Laid out on small pages, some turns are cut by a page break; the printer moves each to the next page.
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(QSizeF(420, 260));
    const int pagesBefore = document.pageCount();
    QVERIFY(ReportPrint::tablesAcrossPages(document) > 0);
    ReportPrint::keepTablesOnOnePage(document);
    QCOMPARE(ReportPrint::tablesAcrossPages(document), 0);
    QVERIFY(document.pageCount() >= pagesBefore);
    QVERIFY(document.toPlainText().contains(u"Calm down"_s)); // nothing lost
}

void TestDashboard::exports()
{
    const auto database = trainingDatabase(u"exports.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.setDatabase(database);
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.trainees().size() == 2);
    // Nobody selected: every session.
    QString error;
    const QString all = m_dir.filePath(u"all.csv"_s);
    QVERIFY2(dashboard.exportCsv(all, &error), qPrintable(error));
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    QCOMPARE(allFile.readAll().trimmed().split('\n').size(), 5);

    QVERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 3);
    const QString csvPath = m_dir.filePath(u"ana.csv"_s);
    QVERIFY2(dashboard.exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).startsWith("session,trainee,scenario"));
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i).contains(",Ana,en-late-delivery,"));

    QVERIFY(dashboard.selectSession(m_anaSessions.first()));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.currentSession());
    const QString htmlPath = m_dir.filePath(u"report.html"_s);
    QVERIFY2(dashboard.exportReportHtml(htmlPath, &error), qPrintable(error));
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(page.contains(u"Score: %1 / 100"_s.arg(m_anaScores.first())));

    const QString pdfPath = m_dir.filePath(u"report.pdf"_s);
    QVERIFY2(dashboard.exportReportPdf(pdfPath, &error), qPrintable(error));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    // What the buttons do after asking for a path: the same files, written on a worker thread.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QSignalSpy finished(&dashboard, &TrainerDashboard::exportFinished);
    const QString backgroundPdf = m_dir.filePath(u"background.pdf"_s);
    dashboard.exportInBackground(TrainerDashboard::ExportKind::Pdf, backgroundPdf);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), backgroundPdf);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile background(backgroundPdf);
    QVERIFY(background.open(QIODevice::ReadOnly));
    QVERIFY(background.readAll().startsWith("%PDF"));
    dashboard.exportInBackground(TrainerDashboard::ExportKind::Csv, m_dir.filePath(u"background.csv"_s));
    dashboard.exportInBackground(TrainerDashboard::ExportKind::Html, m_dir.filePath(u"background.html"_s));
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(finished.at(1).at(1).toString().isEmpty() && finished.at(2).at(1).toString().isEmpty());
    QVERIFY(dashboard.statusLabel()->text().startsWith(u"Exported to "_s));
    QCOMPARE(QFile(m_dir.filePath(u"background.csv"_s)).size(), QFile(csvPath).size());

    // A folder that is not there: an error, and no file.
    const QString nowhere = m_dir.filePath(u"missing/folder/report.pdf"_s);
    QVERIFY(!dashboard.exportReportPdf(nowhere, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!dashboard.exportCsv(m_dir.filePath(u"missing/folder/ana.csv"_s), &error));
    QVERIFY(!QFile::exists(nowhere));
    dashboard.exportInBackground(TrainerDashboard::ExportKind::Pdf, nowhere);
    QTRY_COMPARE(finished.count(), 4);
    QVERIFY(!finished.last().at(1).toString().isEmpty());
    QVERIFY(dashboard.statusLabel()->text().startsWith(u"Nothing was exported: "_s));
    QVERIFY(!QFile::exists(nowhere));
}

void TestDashboard::followsTheLanguage()
{
    const auto database = trainingDatabase(u"language.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.setDatabase(database);
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.trainees().size() == 2);
    QVERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 3);
    QVERIFY(dashboard.selectSession(m_anaSessions.first()));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.currentSession());
    auto *sessions = dashboard.sessionTable();
    QCOMPARE(sessions->topLevelItem(0)->text(3), u"English"_s);
    // Switching the language while it shows: the cells are written again, the selection stays.
    QVERIFY(installTranslation(u"es"_s));
    QTRY_COMPARE(sessions->topLevelItem(0)->text(3), u"Inglés"_s); // LanguageChange is posted
    QCOMPARE(sessions->topLevelItemCount(), 3);
    QCOMPARE(dashboard.currentSessionId(), m_anaSessions.first());
    QCOMPARE(dashboard.turnList()->topLevelItemCount(), dashboard.currentTurns().size());
    installTranslation(u"en"_s);
    QTRY_COMPARE(sessions->topLevelItem(0)->text(3), u"English"_s);
}

void TestDashboard::staleAnswersAndEarlyDestruction()
{
    const auto database = trainingDatabase(u"stale.sqlite"_s);
    QVERIFY(database);
    {
        TrainerDashboard dashboard;
        dashboard.setDatabase(database);
        QTRY_VERIFY(!dashboard.isLoading() && dashboard.trainees().size() == 2);
        // Ana, then Ben at once: Ana's answer, if it comes last, must not win.
        QVERIFY(dashboard.selectTrainee(u"Ana"_s));
        QVERIFY(dashboard.selectTrainee(u"Ben"_s));
        QTRY_VERIFY(!dashboard.isLoading());
        QCOMPARE(dashboard.shownSessions().size(), 1);
        QCOMPARE(dashboard.shownSessions().first().trainee, u"Ben"_s);
        QCOMPARE(dashboard.progressChart()->scores().size(), 1);
        // Two sessions picked in a row: the report is the second one's.
        QVERIFY(dashboard.selectTrainee(u"Ana"_s));
        QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 3);
        QVERIFY(dashboard.selectSession(m_anaSessions.first()));
        QVERIFY(dashboard.selectSession(m_anaSessions.last()));
        QTRY_VERIFY(!dashboard.isLoading());
        QCOMPARE(dashboard.currentSession()->id, m_anaSessions.last());
        // Another database replaces everything, and what was on its way from the old one is dropped.
        dashboard.refresh();
        dashboard.setDatabase(openDatabase(u"stale-empty.sqlite"_s));
        QTRY_VERIFY(!dashboard.isLoading());
        QVERIFY(dashboard.trainees().isEmpty());
        QVERIFY(!dashboard.currentSession());
        QVERIFY(dashboard.progressChart()->isEmpty());
    }
    // Gone while its readers are still out: their answers reach nobody.
    for (int i = 0; i < 5; ++i) {
        auto *dashboard = new TrainerDashboard;
        dashboard->setDatabase(database);
        dashboard->refresh();
        delete dashboard;
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

void TestDashboard::databaseErrorsAreShown()
{
    const auto database = trainingDatabase(u"broken.sqlite"_s);
    QVERIFY(database);
    TrainerDashboard dashboard;
    dashboard.setDatabase(database);
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.trainees().size() == 2);
    // Someone removed a table under us: the error says what failed, in the database's words.
    QSqlQuery drop(database->connection());
    QVERIFY(drop.exec(u"DROP TABLE roleplay_effects"_s));
    QSignalSpy messages(&dashboard, &TrainerDashboard::statusMessage);
    QVERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading() && !messages.isEmpty());
    const QString message = messages.last().first().toString();
    QVERIFY2(message.startsWith(u"Could not read the trainee's sessions: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"counting flagged phrases: "_s), qPrintable(message));
    QCOMPARE(dashboard.statusLabel()->text(), message);
    QVERIFY(dashboard.flaggedPhrases().isEmpty());
    QCOMPARE(dashboard.progressChart()->placeholderText(), u"Could not read this trainee's sessions."_s);
    QVERIFY(!dashboard.findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
    // Ben's sessions still read (his phrases do not): the same error, not a stale view of Ana.
    messages.clear();
    QVERIFY(dashboard.selectTrainee(u"Ben"_s));
    QTRY_VERIFY(!dashboard.isLoading() && !messages.isEmpty());
    QCOMPARE(dashboard.shownSessions().size(), 0);
}

void TestDashboard::screenshot()
{
    const QString path = qEnvironmentVariable("CALMA_DASHBOARD_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("Set CALMA_DASHBOARD_SCREENSHOT to a .png path to save a picture of the dashboard.");
    const auto database = trainingDatabase(u"screenshot.sqlite"_s);
    QVERIFY(database);
    // A few more trainees, so that the list looks like a team's.
    storeSession(database, u"Carla Jiménez"_s, kStart + 2 * kDay, {{u"I'm sorry it's late. I'll check with the courier and email you by 5 pm."_s, 30}}, 5);
    storeSession(database, u"Dmitri"_s, kStart + 3 * kDay, {{u"As I already said, that's our policy."_s, 90}}, 9);
    QVERIFY(storeSession(database, u"Ana"_s, kStart + 4 * kDay,
                         {{u"I'm sorry your parcel is late. I'm checking with the courier right now and I'll email you by 3 pm today."_s, 25}}, 12));
    TrainerDashboard dashboard;
    dashboard.resize(1300, 800);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setDatabase(database);
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.trainees().size() == 4);
    QVERIFY(dashboard.selectTrainee(u"Ana"_s));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.shownSessions().size() == 4);
    QVERIFY(dashboard.selectSession(m_anaSessions.first()));
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.currentSession());
    QVERIFY(dashboard.selectTurn(1));
    dashboard.noteEdit()->setPlainText(u"Say what you will do instead of telling her how to feel."_s);
    dashboard.saveNote();
    QTRY_VERIFY(!dashboard.isLoading() && dashboard.reportHtml().contains(u"Trainer's note"_s));
    QVERIFY(dashboard.grab().save(path));
    qInfo("Saved %s", qPrintable(path));
    // The report as it prints, next to it.
    QString pdf = path;
    pdf.insert(path.endsWith(u".png"_s) ? path.size() - 4 : path.size(), u"-report"_s);
    pdf = (pdf.endsWith(u".png"_s) ? pdf.chopped(4) : pdf) + u".pdf"_s;
    QString error;
    QVERIFY2(dashboard.exportReportPdf(pdf, &error), qPrintable(error));
    qInfo("Saved %s", qPrintable(pdf));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
