// calma-cli's mail replies against the fixture's SMTP server (.ci/mailserver), on SQLite and PostgreSQL:
// conversation reply --from --send, a server that cannot be reached (exit 1, the reply kept in the
// outbox with the error), mail outbox, mail retry and mail send, two mail send processes at once sending
// each reply once, a sender killed in the middle of a send whose mail another takes over within the
// lease (sent again with the same Message-ID), and the usage errors that stop before anything is opened.
#include "mail/mailinbox.h"
#include "../core/testdatabases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QByteArray out, err;
};

QProcess *start(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->start(QStringLiteral(CALMA_CLI), arguments);
    return process;
}

Run finish(QProcess *process)
{
    process->waitForFinished(60000);
    Run r{process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1, process->readAllStandardOutput(), process->readAllStandardError()};
    delete process;
    return r;
}

Run cli(const QStringList &arguments)
{
    return finish(start(arguments));
}

QJsonObject json(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

class TestMailSendCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_server;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);

    QString smtpUrl() const { return u"smtp://127.0.0.1:"_s + m_server.value(u"smtp_port"_s); }
    QStringList smtp() const { return {u"--smtp"_s, smtpUrl(), u"--ca-cert"_s, m_server.value(u"certificate"_s)}; }

    int received(const QString &messageId) const
    {
        int n = 0;
        for (const char *sub : {"new", "cur"}) {
            const QDir dir(m_server.value(u"smtp_maildir"_s) + u'/' + QLatin1StringView(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                n += f.open(QIODevice::ReadOnly) && f.readAll().contains(QByteArray("Message-Id: <" + messageId.toUtf8() + ">"));
            }
        }
        return n;
    }

    // A database with one mail conversation per id; its URL.
    QString withMail(const QString &engine, const QStringList &ids, const QByteArray &from = "Lucia <lucia@example.com>")
    {
        QString error;
        const QString url = test::databaseUrl(engine, m_dir.path(), true, &error);
        const auto db = test::openDatabase(url);
        if (!db)
            qFatal("no database: %s", qPrintable(error));
        for (const QString &id : ids) {
            const QByteArray raw = "From: " + from + "\r\nSubject: Pedido " + id.toUtf8() + "\r\nMessage-ID: <" + id.toUtf8() +
                                   ">\r\n\r\nHola\r\n";
            if (!MailInbox(db, m_analyzer).deliver(*parseMail(raw).message, 1000, {}, &error))
                qFatal("deliver: %s", qPrintable(error));
        }
        return url;
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("CALMA_TEST_MAIL_STATE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the mailserver fixture's state (CALMA_TEST_MAIL_STATE) is missing");
        for (const QByteArray &line : file.readAll().split('\n'))
            m_server.insert(QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
        m_analyzer = ToneAnalyzer::load().analyzer;
        QVERIFY(m_analyzer);
    }

    void replySends_data() { test::addEngines(); }
    void replySends()
    {
        QFETCH(QString, engine);
        const QString url = withMail(engine, {u"sends-%1-%2@example.com"_s.arg(engine, m_run)});
        const Run r = cli(QStringList{u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"Sale mañana."_s,
                                      u"--from"_s, u"Soporte <soporte@calma.test>"_s, u"--send"_s, u"--json"_s, u"--database"_s, url} + smtp());
        QVERIFY2(r.status == 0, r.err.constData());
        const QJsonObject line = json(r.out);
        QCOMPARE(line.value(u"status"_s).toString(), u"pending"_s);
        const QJsonObject mail = line.value(u"mail"_s).toObject();
        QCOMPARE(mail.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(mail.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(mail.value(u"to"_s).toString(), u"lucia@example.com"_s);
        QCOMPARE(received(mail.value(u"message_id"_s).toString()), 1);
    }

    void failedThenRetried_data() { test::addEngines(); }
    void failedThenRetried()
    {
        QFETCH(QString, engine);
        const QString url = withMail(engine, {u"retried-%1-%2@example.com"_s.arg(engine, m_run)});
        quint16 closed = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            closed = probe.serverPort();
        }
        Run r = cli({u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"Hola"_s, u"--from"_s, u"soporte@calma.test"_s,
                     u"--send"_s, u"--smtp"_s, u"smtp://127.0.0.1:%1"_s.arg(closed), u"--database"_s, url});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("not sent") && r.err.contains(u"127.0.0.1:%1"_s.arg(closed).toUtf8()) && r.err.contains("mail send"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        r = cli({u"mail"_s, u"outbox"_s, u"--json"_s, u"--database"_s, url});
        QCOMPARE(r.status, 0);
        QJsonObject entry = json(r.out.trimmed());
        QCOMPARE(entry.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(entry.value(u"attempts"_s).toInt(), 1);
        QVERIFY(entry.value(u"error"_s).toString().contains(u"cannot connect"_s));
        QVERIFY(entry.value(u"sent"_s).isNull());
        const QString messageId = entry.value(u"message_id"_s).toString();
        // The reply itself is stored: the conversation shows it.
        r = cli({u"conversation"_s, u"show"_s, u"1"_s, u"--json"_s, u"--database"_s, url});
        const QJsonArray shown = json(r.out).value(u"messages"_s).toArray();
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.at(0).toObject().value(u"mail"_s).isNull());
        QCOMPARE(shown.at(1).toObject().value(u"mail"_s).toObject().value(u"state"_s).toString(), u"failed"_s);
        r = cli({u"conversation"_s, u"show"_s, u"1"_s, u"--database"_s, url});
        QVERIFY2(r.out.contains("mail to lucia@example.com failed (attempt 1: cannot connect"), r.out.constData());

        // Before its back-off: nothing is sent. After mail retry: sent, once.
        r = cli(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
        QCOMPARE(r.status, 0);
        QCOMPARE(json(r.out.trimmed()).value(u"sent"_s).toInt(), 0);
        QCOMPARE(received(messageId), 0);
        QCOMPARE(cli({u"mail"_s, u"retry"_s, u"1"_s, u"--database"_s, url}).status, 0);
        r = cli(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
        QVERIFY2(r.status == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(json(lines.at(0)).value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(json(lines.at(0)).value(u"attempts"_s).toInt(), 2);
        QCOMPARE(json(lines.at(1)).value(u"sent"_s).toInt(), 1);
        QCOMPARE(received(messageId), 1);
        r = cli({u"mail"_s, u"retry"_s, u"1"_s, u"--database"_s, url});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("not a failed mail"));
        r = cli({u"mail"_s, u"outbox"_s, u"--state"_s, u"failed"_s, u"--json"_s, u"--database"_s, url});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.isEmpty());
    }

    void twoProcessesSendEachOnce_data() { test::addEngines(); }
    void twoProcessesSendEachOnce()
    {
        QFETCH(QString, engine);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << u"procs-%1-%2-%3@example.com"_s.arg(engine, m_run).arg(i);
        const QString url = withMail(engine, ids);
        for (int i = 1; i <= 6; ++i)
            QCOMPARE(cli({u"conversation"_s, u"reply"_s, QString::number(i), u"--agent"_s, u"Ana"_s, u"--text"_s, u"Hola"_s, u"--from"_s,
                          u"soporte@calma.test"_s, u"--database"_s, url}).status, 0);
        QProcess *a = start(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
        QProcess *b = start(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
        const Run ra = finish(a), rb = finish(b);
        QVERIFY2(ra.status == 0 && rb.status == 0, QByteArray(ra.err + rb.err).constData());
        const int sent = json(ra.out.trimmed().split('\n').last()).value(u"sent"_s).toInt() +
                         json(rb.out.trimmed().split('\n').last()).value(u"sent"_s).toInt();
        QCOMPARE(sent, 6);
        const Run outbox = cli({u"mail"_s, u"outbox"_s, u"--json"_s, u"--database"_s, url});
        for (const QByteArray &line : outbox.out.trimmed().split('\n')) {
            QCOMPARE(json(line).value(u"state"_s).toString(), u"sent"_s);
            QCOMPARE(received(json(line).value(u"message_id"_s).toString()), 1);
        }
    }

    // A sender killed while the server holds its mail (the fixture's SMTP server takes mail to "stall-"
    // recipients, then waits before its "250"): while it lives its heartbeat keeps the mail; once it is
    // dead another sender takes the mail over within the lease and sends it again, the same message.
    void killedSenderIsTakenOver_data() { test::addEngines(); }
    void killedSenderIsTakenOver()
    {
        QFETCH(QString, engine);
        const QString url = withMail(engine, {u"killed-%1-%2@example.com"_s.arg(engine, m_run)},
                                     "Lucia <stall-" + engine.toUtf8() + '-' + m_run.toUtf8() + "@example.com>");
        QCOMPARE(cli({u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"Sale hoy."_s, u"--from"_s,
                      u"soporte@calma.test"_s, u"--database"_s, url}).status, 0);
        auto outboxEntry = [&] { return json(cli({u"mail"_s, u"outbox"_s, u"--json"_s, u"--database"_s, url}).out.trimmed()); };
        const QString messageId = outboxEntry().value(u"message_id"_s).toString();
        QVERIFY(!messageId.isEmpty());
        QProcess *first = start(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
        QTRY_COMPARE_WITH_TIMEOUT(received(messageId), 1, 20000); // the server has it; the sender waits for its answer
        QCOMPARE(outboxEntry().value(u"state"_s).toString(), u"sending"_s);
        if (engine == u"sqlite") {
            // Longer than the lease: the living sender's heartbeat keeps the mail its own.
            QTest::qWait(17000);
            const Run other = cli(QStringList{u"mail"_s, u"send"_s, u"--database"_s, url} + smtp());
            QVERIFY2(other.status == 0, other.err.constData());
            QCOMPARE(json(other.out.trimmed().split('\n').last()).value(u"sent"_s).toInt(), 0);
            QCOMPARE(received(messageId), 1);
        }
        first->kill(); // SIGKILL: nothing recorded, the mail left 'sending'
        first->waitForFinished(5000);
        delete first;
        QElapsedTimer sinceDeath;
        sinceDeath.start();
        QProcess *second = start(QStringList{u"mail"_s, u"send"_s, u"--watch"_s, u"--poll"_s, u"1"_s, u"--database"_s, url} + smtp());
        QTRY_COMPARE_WITH_TIMEOUT(outboxEntry().value(u"state"_s).toString(), u"sent"_s, 30000);
        const qint64 takenOverMs = sinceDeath.elapsed();
        second->terminate();
        const Run watched = finish(second);
        qInfo("%s: a killed sender's mail sent by another %lld ms after its death", qPrintable(engine), static_cast<long long>(takenOverMs));
        QVERIFY2(takenOverMs < 15000 + 5000, qPrintable(QString::number(takenOverMs)));
        QVERIFY2(watched.err.contains("was left sending by") && watched.err.contains("same Message-ID"), watched.err.constData());
        const QJsonObject entry = outboxEntry();
        QCOMPARE(entry.value(u"attempts"_s).toInt(), 2);
        QCOMPARE(entry.value(u"message_id"_s).toString(), messageId);
        // The customer's server has it twice: the same message, byte for byte, with the same Message-ID.
        QCOMPARE(received(messageId), 2);
        QList<QByteArray> copies;
        for (const char *sub : {"new", "cur"}) {
            const QDir dir(m_server.value(u"smtp_maildir"_s) + u'/' + QLatin1StringView(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    if (const QByteArray raw = f.readAll(); raw.contains(QByteArray("Message-Id: <" + messageId.toUtf8() + ">"))) {
                        QByteArray mail; // without the headers aiosmtpd adds (X-Peer names the client's port)
                        for (const QByteArray &line : raw.split('\n'))
                            if (!line.startsWith("X-Peer:") && !line.startsWith("X-MailFrom:") && !line.startsWith("X-RcptTo:"))
                                mail += line + '\n';
                        copies << mail;
                    }
            }
        }
        QCOMPARE(copies.size(), 2);
        QCOMPARE(copies.at(0), copies.at(1));
    }

    void refusals()
    {
        const QString url = withMail(u"sqlite"_s, {u"refusals-%1@example.com"_s.arg(m_run)});
        const QString open = m_dir.filePath(u"open-password"_s);
        QFile f(open);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const QList<std::pair<QStringList, QByteArray>> cases{
            {{u"mail"_s, u"send"_s, u"--smtp"_s, u"smtp://calma@127.0.0.1:1"_s, u"--password-file"_s, open, u"--database"_s, url}, "read or written by others"},
            {{u"mail"_s, u"send"_s, u"--smtp"_s, u"smtp://calma:pw@127.0.0.1:1"_s, u"--database"_s, url}, "holds a password"},
            {{u"mail"_s, u"send"_s, u"--database"_s, url}, "--smtp"},
            {{u"mail"_s, u"send"_s, u"--smtp"_s, u"http://x"_s, u"--database"_s, url}, "not an SMTP URL"},
            {{u"mail"_s, u"outbox"_s, u"--state"_s, u"lost"_s, u"--database"_s, url}, "--state must be"},
            {{u"mail"_s, u"retry"_s, u"x"_s, u"--database"_s, url}, "which mail"},
            {{u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"x"_s, u"--send"_s, u"--database"_s, url}, "needs --from"},
            {{u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"x"_s, u"--from"_s, u"a@b.test"_s, u"--smtp"_s,
              smtpUrl(), u"--database"_s, url}, "--smtp is for --send"},
            {{u"conversation"_s, u"reply"_s, u"1"_s, u"--agent"_s, u"Ana"_s, u"--text"_s, u"x"_s, u"--from"_s, u"nobody"_s, u"--database"_s, url},
             "not a mail address"},
        };
        for (const auto &[arguments, message] : cases) {
            const Run r = cli(arguments);
            QVERIFY2(r.status == 2, qPrintable(arguments.join(u' ') + u" → "_s + QString::number(r.status)));
            QVERIFY2(r.err.contains(message), r.err.constData());
        }
        // None of the refused commands stored anything.
        const Run imported = cli({u"conversation"_s, u"show"_s, u"1"_s, u"--json"_s, u"--database"_s, url});
        QCOMPARE(json(imported.out).value(u"messages"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMailSendCli)
#include "tst_mailsendcli.moc"
