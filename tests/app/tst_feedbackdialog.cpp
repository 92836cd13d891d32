// "This score is wrong", offscreen: from the tone check and from the conversation, the dialog stores
// the agent's feedback off the UI thread and says so, or keeps what they wrote and says why not.
#include "application.h"
#include "assistantpanel.h"
#include "feedbackbutton.h"
#include "feedbackdialog.h"
#include "io/demodata.h"
#include "mainwindow.h"
#include "storage/feedbackstore.h"
#include "tonecheckwidget.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestFeedbackDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void toneCheckTooHigh();
    void saveErrorKeepsTheDialog();
    void cancelStoresNothing();
    void needsADatabaseAndText();
    void conversationWrongKind();
    void spanishDialog();

private:
    std::shared_ptr<Database> emptyDatabase(const QString &name) const;
    static FeedbackDialog *openFromToneCheck(MainWindow &window, FeedbackVerdict verdict);
    static void save(FeedbackDialog *dialog);

    std::shared_ptr<const Coach> m_coach;
    QTemporaryDir m_dir;
};

void TestFeedbackDialog::initTestCase()
{
    QApplication::setOrganizationName(u"CalmaTest"_s);
    QApplication::setApplicationName(u"tst_feedbackdialog"_s);
    QSettings().setValue(u"agent/name"_s, u"Marta"_s);
    m_coach = Coach::load().coach;
    QVERIFY(m_coach);
    installTranslation(u"en"_s);
}

void TestFeedbackDialog::cleanupTestCase()
{
    QSettings().clear();
}

std::shared_ptr<Database> TestFeedbackDialog::emptyDatabase(const QString &name) const
{
    QString error;
    const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(name), &error));
    if (!opened.database)
        qWarning("%s", qPrintable(opened.error));
    return opened.database;
}

FeedbackDialog *TestFeedbackDialog::openFromToneCheck(MainWindow &window, FeedbackVerdict verdict)
{
    auto *button = window.findChild<FeedbackButton *>(u"toneFeedbackButton"_s);
    if (!button || !button->isEnabled())
        return nullptr;
    button->action(verdict)->trigger();
    return window.findChild<FeedbackDialog *>();
}

void TestFeedbackDialog::save(FeedbackDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestFeedbackDialog::toneCheckTooHigh()
{
    const auto database = emptyDatabase(u"tone.sqlite"_s);
    QVERIFY(database);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(database);
    QVERIFY(window.showTab(u"tone"_s));
    const QString text = u"THIS IS THE THIRD TIME I write, you useless idiots!!!"_s;
    window.toneCheck()->setText(text);
    const ToneReport report = window.toneCheck()->report();
    QVERIFY(report.heat >= 50);

    FeedbackDialog *dialog = openFromToneCheck(window, FeedbackVerdict::TooHigh);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(u"verdict-too_high"_s)->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(u"feedbackSummary"_s)->text().contains(u"%1/100"_s.arg(report.heat)));
    // "Too high" offers no higher level, and suggests the one below.
    auto *level = dialog->findChild<QComboBox *>(u"expectedLevel"_s);
    QCOMPARE(level->count(), int(report.level) + 1);
    QCOMPARE(level->currentData().toInt(), int(report.level) - 1);
    QVERIFY(!dialog->findChild<QComboBox *>(u"expectedKind"_s)->isEnabled()); // the kind is for "wrong kind"
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"feedbackComment"_s), u"Venting, not abusive"_s);
    save(dialog);

    // Saved off the UI thread; then the dialog closes and the status bar thanks the agent.
    const FeedbackStore store(database);
    QString error;
    QTRY_COMPARE(store.all(&error).value_or(QList<ScoreFeedback>()).size(), 1);
    const ScoreFeedback f = store.all(&error)->first();
    QCOMPARE(f.verdict, FeedbackVerdict::TooHigh);
    QVERIFY(!f.messageId); // the tone check's text is not a stored message
    QCOMPARE(f.agent, u"Marta"_s);
    QCOMPARE(f.text, text);
    QCOMPARE(f.language, Language::English);
    QCOMPARE(f.heat, report.heat);
    QVERIFY(!f.expectedLevel); // the suggestion, left as it was
    QCOMPARE(f.correctedLevel(), ToneLevel(int(report.level) - 1));
    QCOMPARE(f.comment, u"Venting, not abusive"_s);
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Thanks — feedback saved"_s);
    QTRY_VERIFY(!window.findChild<FeedbackDialog *>());
}

void TestFeedbackDialog::saveErrorKeepsTheDialog()
{
    const auto database = emptyDatabase(u"broken.sqlite"_s);
    QVERIFY(database);
    QSqlQuery q(database->connection());
    QVERIFY(q.exec(u"DROP TABLE score_feedback"_s));
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(database);
    window.toneCheck()->setText(u"I'm a bit disappointed."_s);
    FeedbackDialog *dialog = openFromToneCheck(window, FeedbackVerdict::TooLow);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"feedbackComment"_s), u"She is furious"_s);
    save(dialog);
    auto *status = dialog->findChild<QLabel *>(u"feedbackStatus"_s);
    QTRY_VERIFY2(status->text().startsWith(u"The feedback was not saved: "_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"score_feedback"_s));
    // Still open, with what the agent wrote, ready to try again or cancel.
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isSaving());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"feedbackComment"_s)->toPlainText(), u"She is furious"_s);
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(window.statusBar()->currentMessage() != u"Thanks — feedback saved"_s);
    dialog->reject();
}

void TestFeedbackDialog::cancelStoresNothing()
{
    const auto database = emptyDatabase(u"cancel.sqlite"_s);
    QVERIFY(database);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(database);
    window.toneCheck()->setText(u"Where is my refund?"_s);
    FeedbackDialog *dialog = openFromToneCheck(window, FeedbackVerdict::WrongKind);
    QVERIFY(dialog);
    // Keyboard only: the chosen verdict has the focus, and Escape cancels.
    QTRY_VERIFY(dialog->findChild<QRadioButton *>(u"verdict-wrong_kind"_s)->hasFocus());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<FeedbackDialog *>());
    QString error;
    QCOMPARE(FeedbackStore(database).all(&error)->size(), 0);
}

void TestFeedbackDialog::needsADatabaseAndText()
{
    MainWindow window(m_coach);
    auto *button = window.findChild<FeedbackButton *>(u"toneFeedbackButton"_s);
    QVERIFY(button);
    window.toneCheck()->setText(u"Where is my order?"_s);
    QVERIFY(!button->isEnabled()); // no database yet
    window.setDatabase(emptyDatabase(u"later.sqlite"_s));
    QVERIFY(button->isEnabled());
    window.toneCheck()->setText(u"   "_s);
    QVERIFY(!button->isEnabled()); // nothing scored
}

void TestFeedbackDialog::conversationWrongKind()
{
    const auto database = emptyDatabase(u"workspace.sqlite"_s);
    QVERIFY(database);
    QVERIFY(DemoData::load(database, m_coach->analyzer()).ok);
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(database);
    Workspace *workspace = window.workspace();
    QTRY_VERIFY(workspace->currentConversation() > 0);
    QTRY_VERIFY(!workspace->isOpening()); // read and scored on a worker
    const QList<StoredMessage> messages = ConversationStore(database).messages(workspace->currentConversation());
    qint64 latest = 0;
    for (const StoredMessage &m : messages)
        latest = m.direction == u"customer" ? m.id : latest;
    QVERIFY(latest > 0);

    // From the assistant, next to the customer's heat: the latest customer message.
    auto *button = workspace->assistant()->findChild<FeedbackButton *>(u"assistantFeedbackButton"_s);
    QVERIFY(button && button->isEnabled());
    button->action(FeedbackVerdict::WrongKind)->trigger();
    FeedbackDialog *dialog = window.findChild<FeedbackDialog *>();
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(u"expectedKind"_s);
    QVERIFY(kind->isEnabled());
    kind->setCurrentIndex(kind->findData(int(ToneDimension::Dissatisfaction)));
    save(dialog);
    const FeedbackStore store(database);
    QString error;
    QTRY_COMPARE(store.all(&error).value_or(QList<ScoreFeedback>()).size(), 1);
    const ScoreFeedback f = store.all(&error)->first();
    QCOMPARE(f.verdict, FeedbackVerdict::WrongKind);
    QCOMPARE(f.messageId, std::optional(latest));
    QCOMPARE(f.expectedKind, std::optional(ToneDimension::Dissatisfaction));
    QCOMPARE(f.agent, u"Marta"_s);
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Thanks — feedback saved"_s);
    QTRY_VERIFY(!window.findChild<FeedbackDialog *>());

    // From the thread: each scored customer message has its own link, with the heat shown there.
    QVERIFY(workspace->thread()->toHtml().contains(u"calma-feedback:%1"_s.arg(latest)));
    emit workspace->thread()->anchorClicked(QUrl(u"calma-feedback:%1"_s.arg(messages.first().id)));
    dialog = window.findChild<FeedbackDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // no verdict yet
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"verdict-too_low"_s), Qt::LeftButton);
    QCOMPARE(dialog->feedback().messageId, std::optional(messages.first().id));
    QCOMPARE(dialog->feedback().heat, messages.first().heat);
    save(dialog);
    QTRY_COMPARE(store.all(&error).value_or(QList<ScoreFeedback>()).size(), 2);
    QCOMPARE(store.all(&error)->last().verdict, FeedbackVerdict::TooLow);
}

void TestFeedbackDialog::spanishDialog()
{
    QVERIFY(installTranslation(u"es"_s));
    MainWindow window(m_coach);
    window.show();
    window.setDatabase(emptyDatabase(u"es.sqlite"_s));
    window.toneCheck()->setText(u"Estoy muy decepcionada con el servicio."_s);
    auto *button = window.findChild<FeedbackButton *>(u"toneFeedbackButton"_s);
    QCOMPARE(button->text(), u"Esta puntuación no es &correcta…"_s);
    FeedbackDialog *dialog = openFromToneCheck(window, FeedbackVerdict::WrongKind);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Esta puntuación no es correcta"_s);
    QCOMPARE(dialog->findChild<QRadioButton *>(u"verdict-wrong_kind"_s)->text(),
             u"De &otro tipo: p. ej., dice enfado, pero el cliente está triste"_s);
    auto *kind = dialog->findChild<QComboBox *>(u"expectedKind"_s);
    QCOMPARE(kind->itemText(kind->findData(int(ToneDimension::Dissatisfaction))), u"Descontento"_s);
    QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), u"&Guardar"_s);
    dialog->reject();
    installTranslation(u"en"_s);
}

QTEST_MAIN(TestFeedbackDialog)
#include "tst_feedbackdialog.moc"
