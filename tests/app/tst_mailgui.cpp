// The app's mail, offscreen, against the fixture's servers (.ci/mailserver): the Settings Mail page keeps
// the account (never the password in the settings file) and tests the connection on a worker, naming what
// fails; in the workspace a reply to a mail conversation is mailed, a failed mail shows its error with a
// Retry link beside the reply, and Retry sends it once; on a Spanish screen the servers' errors are said
// in Spanish, with the server's own words quoted after.
#include "mail/mailinbox.h"
#include "application.h"
#include "drafteditor.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestMailGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_server;
    std::shared_ptr<const Coach> m_coach;

    MailAccount account(quint16 smtpPort = 0) const
    {
        MailAccount a;
        a.imapServer = u"imaps://127.0.0.1:%1/INBOX"_s.arg(m_server.value(u"imaps_port"_s));
        a.smtpServer = u"smtp://127.0.0.1:%1"_s.arg(smtpPort ? QString::number(smtpPort) : m_server.value(u"smtp_port"_s));
        a.smtpLogin = false; // the test SMTP server takes mail without a login
        a.user = m_server.value(u"user"_s);
        a.teamAddress = u"Soporte <soporte@calma.test>"_s;
        a.caCertificateFile = m_server.value(u"certificate"_s);
        return a;
    }

    int received(const QString &messageId) const
    {
        int n = 0;
        const QDir dir(m_server.value(u"smtp_maildir"_s) + u"/new"_s);
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            n += f.open(QIODevice::ReadOnly) && f.readAll().contains(QByteArray("Message-Id: <" + messageId.toUtf8() + ">"));
        }
        return n;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(u"CalmaMailTest"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QFile file(qEnvironmentVariable("CALMA_TEST_MAIL_STATE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the mailserver fixture's state (CALMA_TEST_MAIL_STATE) is missing");
        for (const QByteArray &line : file.readAll().split('\n'))
            m_server.insert(QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
        m_coach = Coach::load().coach;
        QVERIFY(m_coach);
    }

    void settingsKeepTheAccountNotThePassword()
    {
        AppSettings settings;
        settings.mail = account();
        SettingsDialog dialog(settings, nullptr, u"stored-secret"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"smtpServer"_s)->text(), settings.mail.smtpServer);
        QVERIFY(!dialog.typedMailPassword()); // left as it was
        QLineEdit *password = dialog.findChild<QLineEdit *>(u"mailPassword"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->text().isEmpty()); // never shown
        QTest::keyClicks(password, u"new-secret"_s);
        QCOMPARE(dialog.typedMailPassword().value_or(QString()), u"new-secret"_s);
        dialog.findChild<QLineEdit *>(u"teamAddress"_s)->setText(u"Ayuda <ayuda@calma.test>"_s);
        const AppSettings edited = dialog.settings();
        QCOMPARE(edited.mail.teamAddress, u"Ayuda <ayuda@calma.test>"_s);
        QCOMPARE(edited.mail.imapServer, settings.mail.imapServer);
        QVERIFY(!edited.mail.smtpLogin);
        edited.save();
        QCOMPARE(AppSettings::load().mail.teamAddress, u"Ayuda <ayuda@calma.test>"_s);
        QFile ini(QSettings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(written.contains("ayuda@calma.test"));
        QVERIFY(!written.contains("secret"));
    }

    void testConnectionRunsOffTheUiThread()
    {
        AppSettings settings;
        settings.mail = account();
        SettingsDialog dialog(settings, nullptr, m_server.value(u"password"_s));
        dialog.show();
        QElapsedTimer clicked;
        clicked.start();
        QTest::mouseClick(dialog.mailTestButton(), Qt::LeftButton);
        QVERIFY(clicked.elapsed() < 200); // the click returns at once
        QVERIFY(!dialog.mailTestButton()->isEnabled());
        QCOMPARE(dialog.mailTestResult()->text(), u"Connecting…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.mailTestButton()->isEnabled(), 15000);
        const QString result = dialog.mailTestResult()->text();
        QVERIFY2(result.contains(u"IMAP: working"_s) && result.contains(u"SMTP: working"_s), qPrintable(result));

        // A wrong password and a server that is not there: each named.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"mailPassword"_s), u"wrong"_s);
        dialog.findChild<QLineEdit *>(u"smtpServer"_s)->setText(u"smtp://127.0.0.1:%1"_s.arg(closedPort()));
        QTest::mouseClick(dialog.mailTestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.mailTestButton()->isEnabled(), 20000);
        const QString failed = dialog.mailTestResult()->text();
        QVERIFY2(failed.contains(u"IMAP: not working"_s) && failed.contains(u"wrong user or password"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"SMTP: not working"_s) && failed.contains(u"cannot connect"_s), qPrintable(failed));
    }

    void workspaceMailsRepliesAndRetries()
    {
        QString error;
        const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(u"mail.sqlite"_s), &error));
        QVERIFY(opened.database);
        const QString customerId = u"gui-%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray raw = "From: =?UTF-8?Q?Luc=C3=ADa?= <lucia@example.com>\r\nSubject: Pedido 5520\r\nMessage-ID: <" + customerId.toUtf8() +
                               ">\r\n\r\nNo ha llegado nada.\r\n";
        QVERIFY(MailInbox(opened.database, m_coach->analyzerShared()).deliver(*parseMail(raw).message, 1000, {}, &error));

        Workspace workspace(m_coach);
        workspace.setAgentName(u"Ana"_s);
        MailAccount sendOnly = account(closedPort());
        sendOnly.imapServer.clear(); // this test is about sending; the shared INBOX is not synced here
        workspace.setMailAccount(sendOnly, {});
        workspace.resize(1200, 800);
        workspace.show();
        workspace.setStore(std::make_shared<ConversationStore>(opened.database));
        QTRY_VERIFY(workspace.currentConversation() > 0);
        QTRY_VERIFY(!workspace.isOpening());
        workspace.draft()->editor()->setPlainText(u"Hola Lucía, el envío sale mañana."_s);
        QTest::mouseClick(workspace.draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!workspace.isWorking());
        QTRY_COMPARE(workspace.mailOfReplies().size(), 1);
        OutboxEntry mail = workspace.mailOfReplies().begin().value();
        QCOMPARE(mail.state, SendState::Failed);
        QVERIFY2(workspace.thread()->toPlainText().contains(u"mail not sent (attempt 1): “cannot connect"_s), qPrintable(workspace.thread()->toPlainText()));
        QVERIFY(workspace.thread()->toHtml().contains(u"calma-retry:%1"_s.arg(mail.id)));
        QCOMPARE(received(mail.rfcMessageId), 0);

        // The server is back: Retry (the link beside the reply) sends it, once.
        sendOnly = account();
        sendOnly.imapServer.clear();
        workspace.setMailAccount(sendOnly, {});
        emit workspace.thread()->anchorClicked(QUrl(u"calma-retry:%1"_s.arg(mail.id)));
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.mailOfReplies().isEmpty() && workspace.mailOfReplies().begin().value().state == SendState::Sent, 10000);
        QTRY_VERIFY(workspace.thread()->toPlainText().contains(u"mail sent to lucia@example.com"_s));
        QCOMPARE(received(mail.rfcMessageId), 1);
        QVERIFY(!workspace.thread()->toHtml().contains(u"calma-retry:"_s));

        // A reply queued elsewhere (calma-cli conversation reply --from, without --send) goes out by itself.
        OutboxEntry queued;
        QString holder;
        QCOMPARE(Outbox(opened.database).queueReply(workspace.currentConversation(), u"Ana"_s, u"Y el número de seguimiento es ES-5520."_s,
                                                    {u"Soporte"_s, u"soporte@calma.test"_s}, QDateTime::currentMSecsSinceEpoch(), &queued,
                                                    &holder, &error),
                 QueueResult::Queued);
        workspace.setOutboxPollMs(100);
        QTRY_VERIFY_WITH_TIMEOUT(received(queued.rfcMessageId) == 1, 10000);
        QTRY_VERIFY(workspace.mailOfReplies().value(queued.messageId).state == SendState::Sent);
        QTest::qWait(500); // more passes find nothing more to send
        QCOMPARE(received(queued.rfcMessageId), 1);
        QCOMPARE(received(mail.rfcMessageId), 1);
    }

    // A single agent on SQLite: the app syncs the mailbox itself, off the UI thread, and says so.
    void workspaceSyncsTheMailbox()
    {
        const QString mailbox = u"GuiSync%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        MailAccount a = account();
        a.imapServer = u"imaps://127.0.0.1:%1/%2"_s.arg(m_server.value(u"imaps_port"_s), mailbox);
        QString error;
        {
            ImapSession session({a.caCertificateFile, 10000});
            QVERIFY2(session.open(*a.imapUrl(&error), m_server.value(u"password"_s)), qPrintable(session.error()));
            QVERIFY2(session.create(mailbox), qPrintable(session.error()));
            const QByteArray raw = "From: Tom <tom@example.com>\r\nSubject: Where is my refund?\r\nDate: " +
                                   QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <" +
                                   mailbox.toUtf8() + "@example.com>\r\n\r\nI returned it two weeks ago.\r\n";
            QVERIFY2(session.append(mailbox, raw), qPrintable(session.error()));
        }
        const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(u"sync.sqlite"_s), &error));
        QVERIFY(opened.database);
        Workspace workspace(m_coach);
        QSignalSpy states(&workspace, &Workspace::mailSyncState);
        workspace.setStore(std::make_shared<ConversationStore>(opened.database));
        workspace.setOutboxPollMs(200);
        workspace.setMailAccount(a, m_server.value(u"password"_s));
        QVERIFY(workspace.syncsMailbox());
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10000);
        QVERIFY2(states.first().first().toString().startsWith(u"Mail: 1 new at"_s), qPrintable(states.first().first().toString()));
        QTRY_COMPARE(ConversationStore(opened.database).conversationCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 10000);
        QVERIFY2(states.last().first().toString().startsWith(u"Mail: 0 new at"_s), qPrintable(states.last().first().toString()));
        QCOMPARE(ConversationStore(opened.database).conversationCount(), 1); // nothing twice

        // A wrong password: said, not hidden.
        workspace.setMailAccount(a, u"wrong"_s);
        states.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().first().toString().contains(u"not synced"_s), 15000);
        QVERIFY2(states.last().first().toString().contains(u"wrong user or password"_s), qPrintable(states.last().first().toString()));
    }

    // With the Spanish translation: what failed in Spanish, then the server's or libcurl's own words.
    void spanishScreenSaysServerErrorsInSpanish()
    {
        QVERIFY(installTranslation(u"es"_s));
        AppSettings settings;
        settings.mail = account();
        {
            SettingsDialog dialog(settings, nullptr, m_server.value(u"password"_s));
            dialog.show();
            QTest::mouseClick(dialog.mailTestButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.mailTestButton()->isEnabled(), 15000);
            const QString working = dialog.mailTestResult()->text();
            QVERIFY2(working.contains(u"IMAP: funciona (sesión iniciada en 127.0.0.1 como calma; carpeta INBOX encontrada)"_s), qPrintable(working));
            QVERIFY2(working.contains(u"SMTP: funciona (acepta correo)"_s), qPrintable(working));

            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"mailPassword"_s), u"wrong"_s);
            dialog.findChild<QLineEdit *>(u"smtpServer"_s)->setText(u"smtp://127.0.0.1:%1"_s.arg(closedPort()));
            QTest::mouseClick(dialog.mailTestButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.mailTestButton()->isEnabled(), 20000);
            const QString failed = dialog.mailTestResult()->text();
            QVERIFY2(failed.contains(u"IMAP: no funciona: El servidor de correo ha rechazado el usuario o la contraseña. Detalle: «"_s), qPrintable(failed));
            QVERIFY2(failed.contains(u"refused the login of calma"_s), qPrintable(failed)); // the server's words, kept
            QVERIFY2(failed.contains(u"SMTP: no funciona: No se puede conectar con el servidor de correo. Detalle: «cannot connect to the SMTP server"_s),
                     qPrintable(failed));

            dialog.findChild<QLineEdit *>(u"mailCertificate"_s)->clear(); // the fixture's self-signed certificate, not trusted
            dialog.findChild<QLineEdit *>(u"smtpServer"_s)->setText(settings.mail.smtpServer);
            QTest::mouseClick(dialog.mailTestButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.mailTestButton()->isEnabled(), 20000);
            const QString untrusted = dialog.mailTestResult()->text();
            QVERIFY2(untrusted.contains(u"IMAP: no funciona: Ha fallado la conexión segura (TLS) con el servidor de correo"_s), qPrintable(untrusted));
            QVERIFY2(untrusted.contains(u"self-signed"_s), qPrintable(untrusted));
        }

        // A reply whose mail cannot go: the status bar and the thread say so in Spanish.
        QString error;
        const auto opened = Database::open(*DatabaseUrl::parse(m_dir.filePath(u"mail-es.sqlite"_s), &error));
        QVERIFY(opened.database);
        const QByteArray raw = "From: Pablo <pablo@example.com>\r\nSubject: Factura\r\nMessage-ID: <gui-es-" +
                               QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "@example.com>\r\n\r\nLa factura es incorrecta.\r\n";
        QVERIFY(MailInbox(opened.database, m_coach->analyzerShared()).deliver(*parseMail(raw).message, 1000, {}, &error));
        Workspace workspace(m_coach);
        workspace.setAgentName(u"Ana"_s);
        MailAccount sendOnly = account(closedPort());
        sendOnly.imapServer.clear();
        workspace.setMailAccount(sendOnly, {});
        QSignalSpy messages(&workspace, &Workspace::statusMessage);
        workspace.resize(1200, 800);
        workspace.show();
        workspace.setStore(std::make_shared<ConversationStore>(opened.database));
        QTRY_VERIFY(workspace.currentConversation() > 0);
        QTRY_VERIFY(!workspace.isOpening());
        workspace.draft()->editor()->setPlainText(u"Hola Pablo, ya está corregida."_s);
        QTest::mouseClick(workspace.draft()->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!workspace.isWorking());
        QTRY_VERIFY(!messages.isEmpty());
        const QString said = messages.last().first().toString();
        QVERIFY2(said.startsWith(u"Su respuesta está guardada, pero su correo no se ha enviado: No se puede conectar con el servidor de correo. "
                                 u"Detalle: «cannot connect to the SMTP server 127.0.0.1:"_s), qPrintable(said));
        QVERIFY2(said.endsWith(u"» Queda en la bandeja de salida: «Reintentar» está junto a la respuesta."_s), qPrintable(said));
        QTRY_VERIFY(workspace.thread()->toPlainText().contains(u"correo no enviado (intento 1): «cannot connect"_s));

        // The app's own sync with a wrong password: in the status bar, in Spanish.
        MailAccount wrong = account();
        QSignalSpy states(&workspace, &Workspace::mailSyncState);
        workspace.setOutboxPollMs(200);
        workspace.setMailAccount(wrong, u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 15000);
        const QString state = states.last().first().toString();
        QVERIFY2(state.startsWith(u"Correo: sin sincronizar a las "_s) &&
                     state.contains(u"El servidor de correo ha rechazado el usuario o la contraseña. Detalle: «"_s) &&
                     state.contains(u"wrong user or password"_s),
                 qPrintable(state));
        QVERIFY(installTranslation(u"en"_s));
    }
};

QTEST_MAIN(TestMailGui)
#include "tst_mailgui.moc"
