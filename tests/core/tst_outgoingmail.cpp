// Outgoing mail as GMime builds it: the headers a reply needs, RFC 2047 for non-ASCII subjects and names,
// a 7-bit body that reads back (through Calma's own reader) as the text that was written, and unique
// Message-IDs; addresses parsed or refused; the SMTP URL read or refused.
#include "mail/mailmessage.h"
#include "mail/outgoingmail.h"
#include "mail/smtpsender.h"

#include <QSet>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestOutgoingMail : public QObject
{
    Q_OBJECT

private:
    static OutgoingMail reply(const QString &text)
    {
        OutgoingMail mail;
        mail.from = {u"Ana Peña (Soporte)"_s, u"soporte@calma.test"_s};
        mail.to = {u"Lucía Fernández"_s, u"lucia@example.com"_s};
        mail.subject = replySubject(u"RE: Envío del pedido 5520"_s);
        mail.messageId = u"calma.1.abc@calma.test"_s;
        mail.inReplyTo = u"cust-2@example.com"_s;
        mail.references = {u"cust-1@example.com"_s, u"cust-2@example.com"_s};
        mail.dateMs = 1772536000000;
        mail.text = text;
        return mail;
    }

private slots:
    void headersAndEncoding()
    {
        const QByteArray raw = renderMail(reply(u"Hola Lucía:\n\nSiento mucho el retraso; el envío sale mañana. ¡Gracias por su paciencia!\n\nAna"_s));
        const QByteArray headers = raw.left(raw.indexOf("\r\n\r\n"));
        for (const char *line : {"Message-Id: <calma.1.abc@calma.test>", "In-Reply-To: <cust-2@example.com>",
                                 "References: <cust-1@example.com> <cust-2@example.com>", "MIME-Version: 1.0"})
            QVERIFY2(headers.contains(line), line);
        QVERIFY(headers.contains("Date: "));
        QVERIFY2(headers.contains("Subject: Re: =?UTF-8?"), headers.constData()); // RFC 2047 in UTF-8
        QVERIFY2(headers.contains("From: Ana =?UTF-8?"), headers.constData());
        QVERIFY2(headers.contains("To: =?UTF-8?"), headers.constData());
        QVERIFY(!headers.contains("iso-8859"));
        QVERIFY(headers.contains("Content-Type: text/plain; charset=utf-8"));
        QVERIFY(headers.contains("Content-Transfer-Encoding: quoted-printable"));
        for (const char c : raw)
            QVERIFY2(uchar(c) < 0x80, "the mail is 7-bit");
        QVERIFY(!raw.contains("\n\n") || raw.contains("\r\n\r\n"));
        QCOMPARE(raw.count('\n'), raw.count("\r\n")); // CRLF only

        // Read back with Calma's own reader, as the customer's mail client would show it.
        const MailParse parsed = parseMail(raw);
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QCOMPARE(parsed.message->subject, u"Re: Envío del pedido 5520"_s);
        QCOMPARE(parsed.message->fromName, u"Ana Peña (Soporte)"_s);
        QCOMPARE(parsed.message->fromAddress, u"soporte@calma.test"_s);
        QCOMPARE(parsed.message->messageId, u"calma.1.abc@calma.test"_s);
        QCOMPARE(parsed.message->inReplyTo, u"cust-2@example.com"_s);
        QCOMPARE(parsed.message->references, (QStringList{u"cust-1@example.com"_s, u"cust-2@example.com"_s}));
        QCOMPARE(parsed.message->dateMs, 1772536000000);
        QCOMPARE(parsed.message->text.trimmed(),
                 u"Hola Lucía:\n\nSiento mucho el retraso; el envío sale mañana. ¡Gracias por su paciencia!\n\nAna"_s);
    }

    void nonLatinTextGoesBase64()
    {
        const QString text = u"Здравствуйте! Ваш заказ отправлен сегодня."_s;
        const QByteArray raw = renderMail(reply(text));
        QVERIFY(raw.contains("Content-Transfer-Encoding: base64"));
        const MailParse parsed = parseMail(raw);
        QVERIFY(parsed.message);
        QCOMPARE(parsed.message->text.trimmed(), text);
    }

    void asciiStaysReadable()
    {
        OutgoingMail mail = reply(u"Thanks, it ships today."_s);
        mail.subject = replySubject(u"Order 12"_s);
        mail.from.name = u"Support"_s;
        const QByteArray raw = renderMail(mail);
        QVERIFY(raw.contains("Subject: Re: Order 12\r\n"));
        QVERIFY(raw.contains("From: Support <soporte@calma.test>\r\n"));
        QVERIFY(raw.contains("\r\n\r\nThanks, it ships today."));
    }

    void replySubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Pedido 7731"_s << u"Re: Pedido 7731"_s;
        QTest::newRow("re") << u"Re: Pedido 7731"_s << u"Re: Pedido 7731"_s;
        QTest::newRow("RE RE") << u"RE: Re: Refund"_s << u"Re: Refund"_s;
        QTest::newRow("RV") << u"RV: Factura"_s << u"Re: Factura"_s;
        QTest::newRow("empty") << QString() << u"Re:"_s;
    }
    void replySubjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        QCOMPARE(replySubject(subject), expected);
    }

    void messageIdsAreUnique()
    {
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newMessageId(u"calma.test"_s);
            QVERIFY(id.endsWith(u"@calma.test"_s));
            QVERIFY(!id.contains(u'<') && !id.contains(u' '));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 1000);
    }

    void addresses()
    {
        QString error;
        auto a = MailAddress::parse(u"Soporte Calma <soporte@calma.test>"_s, &error);
        QVERIFY(a);
        QCOMPARE(a->name, u"Soporte Calma"_s);
        QCOMPARE(a->address, u"soporte@calma.test"_s);
        QCOMPARE(a->domain(), u"calma.test"_s);
        a = MailAddress::parse(u"soporte@calma.test"_s, &error);
        QVERIFY(a && a->name.isEmpty());
        for (const QString &bad : {u"soporte"_s, u""_s, u"a@b.test, c@d.test"_s, u"@calma.test"_s}) {
            QVERIFY2(!MailAddress::parse(bad, &error), qPrintable(bad));
            QVERIFY(error.contains(u"address"_s));
        }
    }

    void smtpUrls()
    {
        QString error;
        auto url = SmtpUrl::parse(u"smtps://ana@mail.example.com"_s, &error);
        QVERIFY(url && url->tls && url->port == 465 && url->user == u"ana"_s);
        url = SmtpUrl::parse(u"smtp://127.0.0.1:2525"_s, &error);
        QVERIFY(url && !url->tls && url->port == 2525 && url->user.isEmpty());
        QCOMPARE(url->display(), u"smtp://127.0.0.1:2525"_s);
        QCOMPARE(SmtpUrl::parse(u"smtp://mail.example.com"_s, &error)->port, 587);
        QVERIFY(!SmtpUrl::parse(u"smtp://ana:secret@mail.example.com"_s, &error));
        QVERIFY(error.contains(u"password"_s));
        QVERIFY(!SmtpUrl::parse(u"imap://mail.example.com"_s, &error));
        QVERIFY(error.contains(u"not an SMTP URL"_s));
        QVERIFY(!SmtpUrl::parse(u"smtp://mail.example.com/INBOX"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMail)
#include "tst_outgoingmail.moc"
