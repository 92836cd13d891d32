// Role-play in the app, offscreen: a trainee plays a short session against the simulated customer
// (typing, the draft coach, the customer's answers, the score, what is stored), and a trainer and a
// trainee play a live session from two windows on one database (SQLite, and PostgreSQL as two
// machines would share it).
#include "application.h"
#include "assistantpanel.h"
#include "drafteditor.h"
#include "mainwindow.h"
#include "../core/testdatabases.h"
#include "trainerdashboard.h"
#include "trainerwindow.h"
#include "trainingpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestTraining : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void playsASimulatedSession();
    void coachOffMeansAPlainEditor();
    void timeRunsOut();
    void liveSessionFromTwoWindows_data() { test::addEngines(); }
    void liveSessionFromTwoWindows();
    void mainWindowHasTraining();
    void feedbackTranslations();
    void screenshots();

private:
    QString freshUrl(const QString &engine);

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<const ScenarioLibrary> m_library;
    QTemporaryDir m_dir;
};

void TestTraining::initTestCase()
{
    QApplication::setOrganizationName(u"CalmaTest"_s);
    QApplication::setApplicationName(u"calma-training-test"_s);
    installTranslation(u"en"_s);
    m_coach = Coach::load().coach;
    QVERIFY(m_coach);
    const auto library = ScenarioLibrary::load();
    QVERIFY(library.errors.isEmpty());
    m_library = library.library;
}

QString TestTraining::freshUrl(const QString &engine)
{
    QString error;
    const QString url = test::databaseUrl(engine, m_dir.path(), true, &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

void TestTraining::playsASimulatedSession()
{
    const auto db = test::freshDatabase(u"sqlite"_s, m_dir.path());
    QVERIFY(db);
    TrainingPanel panel(m_coach, m_library);
    panel.setDatabase(db);
    panel.setTraineeName(u"Lucía"_s);
    panel.setCustomerDelay(50);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.startSimulated(u"en-late-delivery"_s, 7, true));
    QVERIFY(panel.sessionId() > 0);
    QVERIFY(panel.transcript()->toPlainText().contains(u"A-48213"_s)); // the opening, with its facts filled in
    auto *assistant = panel.findChild<AssistantPanel *>();
    QVERIFY(assistant && assistant->isVisible());
    QVERIFY(assistant->suggestions().size() >= 2);

    // Typing a heated reply: the draft coach flags it as it is typed.
    DraftEditor *draft = panel.draftEditor();
    draft->editor()->setFocus();
    QTest::keyClicks(draft->editor(), u"Calm down, as I already said it's on its way."_s);
    QCOMPARE(draft->review().verdict, Verdict::Rewrite);
    QVERIFY(!draft->review().flags.isEmpty());
    panel.sendReply(draft->text());
    QVERIFY(panel.customerTyping());
    QTRY_VERIFY(!panel.customerTyping());
    const RoleplaySession *session = panel.session();
    QCOMPARE(session->turns().size(), 3);
    QVERIFY(session->turns().at(2).heat > session->turns().at(0).heat);
    QVERIFY(panel.transcript()->toPlainText().contains(u"Telling them how to feel"_s)); // the assistant shows what the reply did

    // A reply taken from the assistant, sent with the Send button.
    draft->setText(u"I'm so sorry order A-48213 hasn't arrived, I understand how stressful that is. I'll send a replacement today "
                   "by next-day delivery so it arrives tomorrow, and email you the tracking number within the hour."_s);
    QVERIFY(draft->review().verdict != Verdict::Rewrite);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!panel.customerTyping());
    QCOMPARE(session->turns().size(), 5);
    QVERIFY(session->turns().at(4).heat < session->turns().at(2).heat);

    panel.endSession();
    QVERIFY(panel.scoreCard());
    const auto *score = panel.findChild<QTextBrowser *>(u"sessionScore"_s);
    QVERIFY(score->isVisible());
    QVERIFY(score->toPlainText().contains(u"Score: %1 / 100"_s.arg(panel.scoreCard()->total)));
    QVERIFY(panel.transcript()->toPlainText().contains(u"raised the heat by"_s));
    QVERIFY(!draft->isEnabled());

    // Stored with every turn, its time and heat, and the score.
    RoleplayStore store(db);
    const auto record = store.session(panel.sessionId());
    QVERIFY(record);
    QCOMPARE(record->trainee, u"Lucía"_s);
    QCOMPARE(record->score, panel.scoreCard()->total);
    QCOMPARE(record->outcome, Outcome::Unfinished);
    const QList<RoleplayTurn> turns = store.turns(panel.sessionId());
    QCOMPARE(turns.size(), 5);
    QVERIFY(turns.at(1).responseMs >= 0);
    QVERIFY(!turns.at(1).effects.isEmpty());
    QStringList flagged;
    for (const FlaggedPhrase &f : store.flaggedPhrases(record->traineeId))
        flagged << f.phrase;
    QVERIFY2(flagged.contains(u"calm down"_s) && flagged.contains(u"as i already said"_s), qPrintable(flagged.join(u", "_s)));

    // Practise again: the same customer from the start.
    QTest::mouseClick(panel.findChild<QPushButton *>(u"replaySession"_s), Qt::LeftButton);
    QVERIFY(panel.sessionId() != record->id);
    QCOMPARE(panel.session()->turns().size(), 1);
    QCOMPARE(panel.session()->setup().seed, 7u);
}

void TestTraining::coachOffMeansAPlainEditor()
{
    TrainingPanel panel(m_coach, m_library);
    panel.setCustomerDelay(0);
    QVERIFY(panel.startSimulated(u"es-late-delivery"_s, 3, false));
    QVERIFY(!panel.findChild<AssistantPanel *>()->isVisibleTo(&panel));
    DraftEditor *draft = panel.draftEditor();
    QVERIFY(!draft->coaching());
    draft->setText(u"Cálmese, como ya le dije."_s);
    QVERIFY(draft->review().flags.isEmpty());
    QCOMPARE(draft->review().verdict, Verdict::Send);
    panel.sendReply(draft->text());
    QTRY_VERIFY(!panel.customerTyping());
    // Without the assistant, what each reply did is only shown with the score.
    QVERIFY(!panel.transcript()->toPlainText().contains(u"Telling them how to feel"_s));
    QVERIFY(!panel.transcript()->toPlainText().contains(u"Diciéndole cómo sentirse"_s));
    QVERIFY(panel.session()->turns().at(1).effects.size() >= 2); // still judged, for the score
}

void TestTraining::timeRunsOut()
{
    TrainingPanel panel(m_coach, m_library);
    QVERIFY(panel.startSimulated(u"en-outage"_s, 1, true));
    RoleplaySession *session = const_cast<RoleplaySession *>(panel.session());
    QVERIFY(session->checkTime(session->startedMs() + 16 * 60'000)); // the clock's tick does this every second
    QVERIFY(session->finished());
    QCOMPARE(session->outcome(), Outcome::Left);
}

void TestTraining::liveSessionFromTwoWindows()
{
    const QString engine = QString::fromLatin1(QTest::currentDataTag());
    const QString url = freshUrl(engine);
    QVERIFY(!url.isEmpty());
    // Two machines: each opens the database itself.
    const auto trainerDb = test::openDatabase(url);
    const auto traineeDb = test::openDatabase(url);
    QVERIFY(trainerDb && traineeDb);
    TrainerWindow trainer(m_coach, m_library, trainerDb, u"Marta"_s);
    QVERIFY(trainer.startLive(u"Pablo"_s, u"es-late-delivery"_s, false));

    TrainingPanel panel(m_coach, m_library);
    panel.setDatabase(traineeDb);
    panel.refreshLiveSessions();
    auto *live = panel.findChild<QComboBox *>(u"liveSessions"_s);
    QCOMPARE(live->count(), 1);
    QVERIFY(live->currentText().contains(u"Marta"_s));
    QVERIFY(panel.joinLive(trainer.sessionId()));
    QVERIFY(!panel.draftEditor()->coaching()); // the trainer turned the assistant off
    QCOMPARE(panel.session()->setup().trainee, u"Pablo"_s);

    trainer.sendAsCustomer(u"¡¡Llevo DOS SEMANAS esperando el pedido!! Esto es una vergüenza."_s);
    QTRY_VERIFY(panel.session()->turns().size() == 1);
    QVERIFY(panel.transcript()->toPlainText().contains(u"DOS SEMANAS"_s));
    QVERIFY(panel.session()->turns().first().heat >= 50);

    panel.sendReply(u"Cálmese, como ya le dije, son las normas."_s);
    trainer.poll(); // read off the UI thread: the turn arrives a moment later
    QTRY_COMPARE(trainer.session()->turns().size(), 2);
    const QStringList effects = [&] {
        QStringList names;
        for (const TurnEffect &e : trainer.session()->turns().at(1).effects)
            names << e.trigger;
        return names;
    }();
    QVERIFY2(effects.contains(u"feelings"_s) && effects.contains(u"repetition"_s), qPrintable(effects.join(u' ')));
    QVERIFY(trainer.findChild<QTextBrowser *>(u"liveTranscript"_s)->toPlainText().contains(u"como ya le dije"_s));

    // Both write before either has read the other: each window still shows every turn, in the database's order.
    trainer.sendAsCustomer(u"¿Me está escuchando?"_s);
    panel.sendReply(u"Perdone, sigo aquí."_s);
    trainer.poll();
    panel.poll();
    QTRY_COMPARE(panel.session()->turns().size(), 4);
    QTRY_COMPARE(trainer.session()->turns().size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(panel.session()->turns().at(i).body, trainer.session()->turns().at(i).body);
        QCOMPARE(panel.session()->turns().at(i).index, int(i));
    }

    trainer.sendAsCustomer(u"Quiero hablar con un supervisor."_s);
    trainer.endWith(Outcome::Escalated);
    QVERIFY(trainer.scoreCard());
    QTRY_VERIFY(panel.scoreCard().has_value());
    QCOMPARE(panel.scoreCard()->total, trainer.scoreCard()->total);
    QCOMPARE(panel.session()->outcome(), Outcome::Escalated);
    QCOMPARE(panel.session()->turns().size(), 5);
    QVERIFY(RoleplayStore(traineeDb).openLiveSessions().isEmpty());
}

void TestTraining::mainWindowHasTraining()
{
    MainWindow window(m_coach);
    QAction *live = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (!a->menu())
            continue;
        for (QAction *item : a->menu()->actions()) {
            if (item->text().contains(u"live"_s))
                live = item;
        }
    }
    QVERIFY(live);
    QVERIFY(!live->isEnabled()); // needs the database
    window.setDatabase(test::freshDatabase(u"sqlite"_s, m_dir.path()));
    QVERIFY(live->isEnabled());
    QVERIFY(window.showTab(u"practice"_s));
    QCOMPARE(window.findChild<QTabWidget *>(u"trainingTabs"_s)->currentWidget(), window.trainingPanel());
    QVERIFY(window.showTab(u"dashboard"_s));
    QVERIFY(!window.showTab(u"nowhere"_s));
    TrainerWindow *trainer = window.openTrainerWindow();
    QVERIFY(trainer && trainer->isVisible());
    trainer->close();
}

// The score's words, with their plural forms, in both languages.
void TestTraining::feedbackTranslations()
{
    const auto note = [](const char *text, int n) { return QCoreApplication::translate("CalmaRoleplay", text, nullptr, n); };
    QCOMPARE(note("%n used: %1.", 1), u"1 used: %1."_s);
    QCOMPARE(note("%n used: %1.", 2), u"2 used: %1."_s);
    QCOMPARE(note("%1 lowered the heat by %n.", 1), u"%1 lowered the heat by 1."_s);
    installTranslation(u"es"_s);
    QCOMPARE(note("%n used: %1.", 1), u"1 usada: %1."_s);
    QCOMPARE(note("%n used: %1.", 2), u"2 usadas: %1."_s);
    QCOMPARE(note("%1 lowered the heat by %n.", 1), u"%1 bajó la tensión 1 punto."_s);
    QCOMPARE(note("Here “%1” raised the heat by %n (%2).", 12), u"Aquí «%1» subió la tensión 12 puntos (%2)."_s);
    installTranslation(u"en"_s);
}

// CALMA_TRAINING_SCREENSHOTS=DIR saves the pictures in the README: a session in English as it goes,
// and a finished one in Spanish with its score.
void TestTraining::screenshots()
{
    const QString dir = qEnvironmentVariable("CALMA_TRAINING_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("Set CALMA_TRAINING_SCREENSHOTS to a folder to save pictures of a session.");
    const auto db = test::freshDatabase(u"sqlite"_s, m_dir.path());
    {
        TrainingPanel panel(m_coach, m_library);
        panel.setDatabase(db);
        panel.setTraineeName(u"Lucía"_s);
        panel.setCustomerDelay(0);
        panel.resize(1360, 800);
        panel.show();
        QVERIFY(panel.startSimulated(u"en-late-delivery"_s, 7, true));
        panel.sendReply(u"Hi Megan, I'm really sorry order A-48213 hasn't arrived, I understand how worrying that is with the birthday on Saturday."_s);
        QTRY_VERIFY(!panel.customerTyping());
        panel.draftEditor()->setText(u"As I already said, the courier is responsible. Calm down."_s);
        QVERIFY(panel.grab().save(dir + u"/training-session-en.png"_s));
    }
    {
        TrainerWindow trainer(m_coach, m_library, db, u"Marta"_s);
        QVERIFY(trainer.startLive(u"Pablo"_s, u"en-outage"_s, true));
        TrainingPanel panel(m_coach, m_library);
        panel.setDatabase(db);
        QVERIFY(panel.joinLive(trainer.sessionId()));
        trainer.sendAsCustomer(trainer.findChild<QPlainTextEdit *>(u"customerMessage"_s)->toPlainText());
        panel.poll();
        QTRY_COMPARE(panel.session()->turns().size(), 1);
        panel.sendReply(u"I understand, that's a terrible time for it to go down. I'm checking the payment gateway now and I'll update you within 15 minutes."_s);
        trainer.poll();
        QTRY_COMPARE(trainer.session()->turns().size(), 2);
        trainer.resize(1300, 760);
        trainer.show();
        QVERIFY(trainer.grab().save(dir + u"/trainer-live-en.png"_s));
    }
    installTranslation(u"es"_s);
    {
        TrainingPanel panel(m_coach, m_library);
        panel.setDatabase(db);
        panel.setTraineeName(u"Pablo"_s);
        panel.setCustomerDelay(0);
        panel.resize(1360, 800);
        panel.show();
        QVERIFY(panel.startSimulated(u"es-late-delivery"_s, 4, true));
        for (const QString &reply : {u"Cálmese, como ya le dije el envío va con retraso."_s,
                                     u"Tiene toda la razón y lo siento mucho: la guía del pedido MH-90417 salió sin el número de apartamento por un error nuestro. Entiendo lo angustioso que es con el alta de su mamá el viernes."_s,
                                     u"Le mando hoy mismo una silla igual desde la tienda de El Poblado con mensajero, entre las 3 y las 7 p. m., sin costo; el mensajero la llama 30 minutos antes."_s,
                                     u"Con gusto. Yo misma reviso a las 3 que el mensajero haya salido y le escribo para confirmárselo."_s}) {
            panel.sendReply(reply);
            QTRY_VERIFY(!panel.customerTyping());
        }
        if (!panel.session()->finished())
            panel.endSession();
        QVERIFY(panel.grab().save(dir + u"/training-score-es.png"_s));
    }
    installTranslation(u"en"_s);
}

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
