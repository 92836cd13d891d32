// export --redact: a corpus of personal data in both languages (tests/data/personal_data.jsonl) must
// come out clean, and what is not personal (order numbers, dates, amounts, ordinary words) must stay.
#include "io/exporter.h"
#include "io/redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void corpusComesOutClean();
    void checks_data();
    void checks();
};

void TestRedactor::corpusComesOutClean()
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/personal_data.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList known;
    int rows = 0, withSecrets = 0;
    QStringList leaks;
    std::optional<Redactor> redactor;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.contains(u"known")) {
            for (const QJsonValue &v : row.value(u"known").toArray())
                known << v.toString();
            redactor.emplace(known);
            continue;
        }
        QVERIFY(redactor);
        ++rows;
        const QString text = row.value(u"text").toString();
        const QString out = redactor->redact(text);
        const QJsonArray secrets = row.value(u"secrets").toArray();
        withSecrets += secrets.isEmpty() ? 0 : 1;
        for (const QJsonValue &secret : secrets) {
            if (out.contains(secret.toString(), Qt::CaseInsensitive))
                leaks << u"left \"%1\": %2  →  %3"_s.arg(secret.toString(), text, out);
        }
        for (const QJsonValue &keep : row.value(u"keep").toArray()) {
            if (!out.contains(keep.toString()))
                leaks << u"took \"%1\": %2  →  %3"_s.arg(keep.toString(), text, out);
        }
    }
    for (const QString &leak : std::as_const(leaks))
        qInfo().noquote() << leak;
    qInfo("%d lines, %d with personal data, %lld problems", rows, withSecrets, static_cast<long long>(leaks.size()));
    QVERIFY(withSecrets >= 100);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestRedactor::checks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IBAN, any case and spacing") << u"es91 2100 0418 4502 0005 1332."_s << u"[iban]."_s;
    QTest::newRow("an IBAN mistyped is still an IBAN") << u"ES00 2100 0418 4502 0005 1332"_s << u"[iban]"_s;
    QTest::newRow("part of a longer number is not a card") << u"ref 00 2100 0418 4502 0005 1332 9"_s << u"ref 00 2100 0418 4502 0005 1332 9"_s;
    QTest::newRow("DNI") << u"DNI 12345678Z"_s << u"DNI [id]"_s;
    QTest::newRow("not a DNI: wrong letter") << u"ref 12345678A"_s << u"ref 12345678A"_s;
    QTest::newRow("NIE") << u"NIE X-1234567-L"_s << u"NIE [id]"_s;
    QTest::newRow("e-mail with accents") << u"josé@correo.es"_s << u"[email]"_s;
    QTest::newRow("a date is not a phone") << u"el 2026-03-12"_s << u"el 2026-03-12"_s;
    QTest::newRow("an order number is not a phone") << u"order 45001234567"_s << u"order 45001234567"_s;
    QTest::newRow("old entry point") << u"IBAN ES91 2100 0418 4502 0005 1332, mail x.y@example.com"_s << u"IBAN [iban], mail [email]"_s;
}

void TestRedactor::checks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Exporter::redact(text), expected);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
