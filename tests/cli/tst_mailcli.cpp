// calma-cli mail, run as a user would run it: one JSON line per file in order, error lines in place,
// exit 1 after a bad file and 2 on usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

Run cli(const QStringList &arguments)
{
    QProcess process;
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

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mailcli.moc"
