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
#include "roleplayview.h"
#include "toneformat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
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
    void briefStaysAndSeedIsAdvanced();
    void endSessionAsksWithNamedButtons();
    void traineeTurnsHaveNoHeatBadge();
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

void TestTraining::briefStaysAndSeedIsAdvanced()
{
    TrainingPanel panel(m_coach, m_library);
    panel.setCustomerDelay(0);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Choosing: the seed is inside the "Advanced" section, folded away until asked for.
    auto *seed = panel.findChild<QSpinBox *>(u"seed"_s);
    auto *advanced = panel.advancedOptions();
    auto *toggle = panel.findChild<QToolButton *>(u"advancedToggle"_s);
    QVERIFY(seed && advanced && toggle);
    QVERIFY(advanced->isAncestorOf(seed));
    QCOMPARE(toggle->text(), u"Ad&vanced"_s);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!advanced->isVisible());
    QVERIFY(!seed->isVisible());
    QCOMPARE(toggle->arrowType(), Qt::RightArrow);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(advanced->isVisible() && seed->isVisible());
    QCOMPARE(toggle->arrowType(), Qt::DownArrow);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!seed->isVisible());

    // Practising: the brief is on screen beside the conversation, before and after each reply.
    QVERIFY(panel.startSimulated(u"en-late-delivery"_s, 7, true));
    const auto scenario = m_library->find(u"en-late-delivery"_s);
    QTextBrowser *brief = panel.brief();
    QVERIFY(brief);
    QCOMPARE(brief->objectName(), u"scenarioBrief"_s);
    QVERIFY(brief->isVisible());
    QVERIFY(brief->height() >= 50);
    const QString text = brief->toPlainText();
    QVERIFY2(text.contains(scenario->personaName), qPrintable(text));
    QVERIFY(text.contains(scenario->summary));
    QVERIFY(!scenario->facts.isEmpty());
    QVERIFY(text.contains(scenario->facts.first().value));
    panel.sendReply(u"I'm sorry it's late. I'm checking the tracking now."_s);
    QTRY_VERIFY(!panel.customerTyping());
    QVERIFY(brief->isVisible());
    panel.endSession();
    QVERIFY(brief->isVisible()); // and beside the score
}

void TestTraining::endSessionAsksWithNamedButtons()
{
    TrainingPanel panel(m_coach, m_library);
    panel.setCustomerDelay(0);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.startSimulated(u"en-late-delivery"_s, 7, true));
    auto *end = panel.findChild<QPushButton *>(u"endSession"_s);
    QVERIFY(end && end->isVisible());

    // Answers the question once it is up: records what it asked and presses the button named `press`.
    QStringList buttons;
    QString question;
    bool yesOrNo = true;
    auto answer = [&](const QString &press) {
        auto *timer = new QTimer(&panel);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, &panel, [&, timer, press] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            question = box->text();
            buttons.clear();
            QAbstractButton *chosen = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                buttons << b->text();
                if (b->text() == press)
                    chosen = b;
            }
            yesOrNo = box->button(QMessageBox::Yes) || box->button(QMessageBox::No);
            QVERIFY(chosen);
            chosen->click();
        });
        timer->start();
    };

    answer(u"&Keep practising"_s);
    QTest::mouseClick(end, Qt::LeftButton);
    QCOMPARE(question, u"End the session now?"_s);
    QVERIFY(question.endsWith(u'?'));
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.contains(u"&End session"_s));
    QVERIFY(buttons.contains(u"&Keep practising"_s));
    QVERIFY(!yesOrNo);
    QVERIFY(!panel.session()->finished()); // still practising
    QVERIFY(!panel.scoreCard());

    answer(u"&End session"_s);
    QTest::mouseClick(end, Qt::LeftButton);
    QVERIFY(panel.session()->finished());
    QVERIFY(panel.scoreCard());
    QCOMPARE(panel.session()->outcome(), Outcome::Unfinished);
}

void TestTraining::traineeTurnsHaveNoHeatBadge()
{
    TrainingPanel panel(m_coach, m_library);
    panel.setCustomerDelay(0);
    QVERIFY(panel.startSimulated(u"en-late-delivery"_s, 7, true));
    panel.sendReply(u"Calm down, as I already said it's on its way."_s);
    QTRY_VERIFY(!panel.customerTyping());
    const QList<RoleplayTurn> turns = panel.session()->turns();
    QCOMPARE(turns.size(), 3);
    QVERIFY(!turns.at(1).fromCustomer());
    // Each turn is a table of its own: the customer's carry the heat badge (a dot, the level, the
    // number); the trainee's carry none, whatever their own reply's heat.
    const QString html = RoleplayView::transcriptHtml(turns, u"Jordan"_s, u"You"_s, nullptr, true);
    QStringList pieces = html.split(u"<table"_s, Qt::SkipEmptyParts);
    QCOMPARE(pieces.size(), turns.size());
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const bool badge = pieces.at(i).contains(u"&#9679;"_s);
        QVERIFY2(badge == turns.at(i).fromCustomer(), qPrintable(pieces.at(i)));
        if (turns.at(i).fromCustomer())
            QVERIFY(pieces.at(i).contains(ToneFormat::levelText(levelForHeat(turns.at(i).heat))));
    }
    // And on screen: the dot shows once per customer message.
    QCOMPARE(panel.transcript()->toPlainText().count(QChar(0x25CF)), 2);
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

    // The trainer sends with Ctrl+Return from the message box, and the button keeps its Alt letter.
    trainer.show();
    trainer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&trainer));
    auto *sendButton = trainer.findChild<QPushButton *>(u"sendAsCustomer"_s);
    QVERIFY(sendButton);
    QCOMPARE(sendButton->shortcut(), QKeySequence::mnemonic(sendButton->text()));
    auto *message = trainer.findChild<QPlainTextEdit *>(u"customerMessage"_s);
    QVERIFY(message);
    message->setFocus();
    message->setPlainText(u"¡¡Llevo DOS SEMANAS esperando el pedido!! Esto es una vergüenza."_s);
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(panel.session()->turns().size() == 1);
    QVERIFY(message->toPlainText().isEmpty());
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
    QSignalSpy finished(&trainer, &TrainerWindow::sessionFinished);
    trainer.endWith(Outcome::Escalated);
    // The last read and the save run off the UI thread: the window takes no more input meanwhile.
    QVERIFY(!sendButton->isEnabled());
    QTRY_VERIFY(trainer.scoreCard());
    QTRY_COMPARE(finished.size(), 1);
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
