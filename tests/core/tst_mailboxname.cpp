// IMAP mailbox names in modified UTF-7 (RFC 3501 §5.1.3): the RFC's own example, names in Spanish and
// Russian, round trips over every kind of character, and what a server must never send refused.
#include "mail/imapsession.h"
#include "mail/mailaccount.h"
#include "mail/mailboxname.h"

#include <QRandomGenerator>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestMailboxName : public QObject
{
    Q_OBJECT
private slots:
    void encodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("wire");
        // RFC 3501 §5.1.3: "~peter/mail/台北/日本語".
        QTest::newRow("rfc3501") << u"~peter/mail/\u53F0\u5317/\u65E5\u672C\u8A9E"_s << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("ascii") << u"INBOX"_s << QByteArray("INBOX");
        QTest::newRow("ampersand") << u"Tom & Jerry"_s << QByteArray("Tom &- Jerry");
        QTest::newRow("spanish") << u"Atención al cliente"_s << QByteArray("Atenci&APM-n al cliente");
        QTest::newRow("russian") << u"Входящие"_s << QByteArray("&BBIERQQ+BDQETwRJBDgENQ-");
        QTest::newRow("german") << u"Entwürfe"_s << QByteArray("Entw&APw-rfe");
        QTest::newRow("two runs") << u"Año/Niño"_s << QByteArray("A&APE-o/Ni&APE-o");
        QTest::newRow("astral") << u"\U0001F600"_s << QByteArray("&2D3eAA-"); // a surrogate pair
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void encodes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, wire);
        QCOMPARE(encodeMailboxName(name), wire);
        QCOMPARE(decodeMailboxName(wire).value_or(u"(refused)"_s), name);
    }

    void roundTrips()
    {
        // Random names over ASCII, "&", Latin, Cyrillic, CJK and astral characters, mixed.
        const QList<char32_t> pool{U'a', U'Z', U' ', U'&', U'-', U'/', U'~', U'ñ', U'é', U'Ж', U'я', U'台', U'語', U'\U0001F600', U'\u00A0'};
        QRandomGenerator random(14);
        for (int n = 0; n < 2000; ++n) {
            QString name;
            for (int i = int(random.bounded(12)); i >= 0; --i)
                name += QString::fromUcs4(&pool.at(random.bounded(int(pool.size()))), 1);
            const QByteArray wire = encodeMailboxName(name);
            for (const char c : wire)
                QVERIFY2(c >= 0x20 && c <= 0x7e, wire.constData());
            QCOMPARE(decodeMailboxName(wire).value_or(u"(refused)"_s), name);
        }
    }

    void refusesWhatIsNotModifiedUtf7_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("8-bit") << QByteArray("Atenci\xc3\xb3n");
        QTest::newRow("unterminated") << QByteArray("&U,BTFw");
        QTest::newRow("not base64") << QByteArray("&U/BTFw-");     // "/" is plain UTF-7's, not IMAP's
        QTest::newRow("bad padding") << QByteArray("&APN-");       // 18 bits: a stray bit set
        QTest::newRow("ascii inside") << QByteArray("&AGE-");      // "a", which must be written as itself
        QTest::newRow("adjacent runs") << QByteArray("&APM-&APM-"); // must be one run
        QTest::newRow("lone surrogate") << QByteArray("&2D0-");
        QTest::newRow("control") << QByteArray("a\tb");
    }
    void refusesWhatIsNotModifiedUtf7()
    {
        QFETCH(QByteArray, wire);
        QVERIFY2(!decodeMailboxName(wire), qPrintable(decodeMailboxName(wire).value_or(QString())));
    }

    void urlsNameNonAsciiMailboxes()
    {
        QString error;
        auto url = ImapUrl::parse(u"imaps://soporte@mail.example.com:993/Atención al cliente"_s, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->mailbox, u"Atención al cliente"_s);
        url = ImapUrl::parse(u"imaps://soporte@mail.example.com/%D0%92%D1%85%D0%BE%D0%B4%D1%8F%D1%89%D0%B8%D0%B5"_s, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->mailbox, u"Входящие"_s);
        QCOMPARE(url->key(), u"soporte@mail.example.com/Входящие"_s);
        // As the app's Mail settings give it: the server with the folder as it reads, and the user apart.
        MailAccount account;
        account.imapServer = u"imaps://mail.example.com:993/Atención al cliente"_s;
        account.user = u"soporte@example.com"_s;
        url = account.imapUrl(&error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->user, u"soporte@example.com"_s);
        QCOMPARE(url->mailbox, u"Atención al cliente"_s);
    }
};

QTEST_GUILESS_MAIN(TestMailboxName)
#include "tst_mailboxname.moc"
