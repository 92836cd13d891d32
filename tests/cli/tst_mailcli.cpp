// calma-cli mail, run as a user would run it: one JSON line per file in order, error lines in place,
// exit 1 after a bad file and 2 on usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }
};

Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral(CALMA_TEST_DATA "/mail"));
    process.start(QStringLiteral(CALMA_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestMailCli : public QObject
{
    Q_OBJECT
private slots:
    void readsFilesInOrder();
    void usageErrors_data();
    void usageErrors();
    void syncRefusesBeforeConnecting_data();
    void syncRefusesBeforeConnecting();
};

void TestMailCli::readsFilesInOrder()
{
    const Run run = cli({u"mail"_s, u"read"_s, u"outlook-es-latin1-qp.eml"_s, u"not-a-message.eml"_s, u"missing.eml"_s,
                         u"gmail-es-attachments.eml"_s});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].value(u"from").toString(), u"jmnunez@ejemplo.es"_s);
    QCOMPARE(lines[0].value(u"name").toString(), u"José María Núñez"_s);
    QCOMPARE(lines[0].value(u"thread_subject").toString(), u"Devolución del pedido 7731"_s);
    QCOMPARE(lines[0].value(u"answers").toArray().first().toString(), u"soporte-7731-1@calma.test"_s);
    QVERIFY(lines[0].value(u"text").toString().endsWith(u"Un saludo,\nJosé María Núñez"_s));
    QVERIFY(!lines[0].value(u"text").toString().contains(u"Enviado:"_s));
    QCOMPARE(lines[1].value(u"file").toString(), u"not-a-message.eml"_s);
    QCOMPARE(lines[1].value(u"error").toString(), u"not a mail message: it does not start with headers"_s);
    QVERIFY(lines[2].value(u"error").toString().startsWith(u"cannot open: "_s));
    const QJsonArray attachments = lines[3].value(u"attachments").toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[0].toObject().value(u"name").toString(), u"factura_marzo.pdf"_s);
    QCOMPARE(attachments[0].toObject().value(u"size").toInteger(), 3320);
    QVERIFY(run.out.startsWith("{\"file\":\"outlook-es-latin1-qp.eml\",\"from\":"));
    QVERIFY2(run.err.contains("calma-cli mail read: not-a-message.eml: not a mail message"), run.err.constData());
}

void TestMailCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no action") << QStringList{u"mail"_s} << QByteArray("usage: calma-cli mail");
    QTest::newRow("unknown action") << QStringList{u"mail"_s, u"fetch"_s} << QByteArray("unknown action 'fetch'");
    QTest::newRow("read without files") << QStringList{u"mail"_s, u"read"_s} << QByteArray("which files?");
}

void TestMailCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QFETCH(QByteArray, says);
    QVERIFY2(run.err.contains(says), run.err.constData());
}

void TestMailCli::syncRefusesBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("passwordMode"); // the password file's permissions: "600", "644", or "none" (no file, no variable)
    QTest::addColumn<QByteArray>("says");
    const QStringList imap{u"mail"_s, u"sync"_s, u"--imap"_s, u"imaps://calma@127.0.0.1:1/INBOX"_s};
    QTest::newRow("no --imap") << QStringList{u"mail"_s, u"sync"_s} << u"600"_s << QByteArray("--imap imaps://USER@HOST:PORT/MAILBOX is required");
    QTest::newRow("not IMAP") << QStringList{u"mail"_s, u"sync"_s, u"--imap"_s, u"http://x/INBOX"_s} << u"600"_s << QByteArray("not an IMAP URL");
    QTest::newRow("a password in the URL") << QStringList{u"mail"_s, u"sync"_s, u"--imap"_s, u"imaps://calma:secret@h/INBOX"_s} << u"600"_s
                                           << QByteArray("the IMAP URL carries a password");
    QTest::newRow("a password file others can read") << imap << u"644"_s << QByteArray("can be read or written by others: chmod 600 it first");
    QTest::newRow("no password") << imap << u"none"_s << QByteArray("no password: give --password-file FILE (readable only by you) or set CALMA_IMAP_PASSWORD");
    QTest::newRow("bad --since") << imap + QStringList{u"--since"_s, u"-3"_s} << u"600"_s << QByteArray("--since must be a whole number of days");
    QTest::newRow("missing --ca-cert") << imap + QStringList{u"--ca-cert"_s, u"/nonexistent.pem"_s} << u"600"_s << QByteArray("--ca-cert /nonexistent.pem does not exist");
}

void TestMailCli::syncRefusesBeforeConnecting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, passwordMode);
    QTemporaryDir dir;
    const QString database = dir.filePath(u"never.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"CALMA_IMAP_PASSWORD"_s);
    if (passwordMode != u"none") {
        QFile file(dir.filePath(u"password"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret\n");
        file.close();
        QVERIFY(file.setPermissions(passwordMode == u"600" ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                           : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        arguments << u"--password-file"_s << file.fileName();
    }
    arguments << u"--database"_s << database;
    const Run run = cli(arguments, environment);
    QCOMPARE(run.exitCode, 2);
    QFETCH(QByteArray, says);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(!QFile::exists(database)); // refused before anything was opened
}

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mailcli.moc"
