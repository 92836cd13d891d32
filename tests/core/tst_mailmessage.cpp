// Received mail as real clients write it (tests/data/mail/*.eml): headers, charsets, transfer
// encodings, HTML-only mail, attachments, broken MIME, and what is left once quotes and signatures go.
#include "mail/htmltext.h"
#include "mail/mailmessage.h"
#include "mail/replytext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestMailMessage : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void customerText_data();
    void customerText();
    void baseSubject_data();
    void baseSubject();
    void htmlToText_data();
    void htmlToText();
    void largeAttachmentIsListedNotKept();
    void badMarkersSayWhere();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/mail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test mail %s", qPrintable(name));
    return file.readAll();
}

QString attachmentList(const MailMessage &m)
{
    QStringList parts;
    for (const MailAttachment &a : m.attachments)
        parts << u"%1 (%2, %3)"_s.arg(a.name, a.type).arg(a.size);
    return parts.join(u"; "_s);
}

} // namespace

void TestMailMessage::parses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("answers");    // the nearest message it answers
    QTest::addColumn<qint64>("dateMs");       // 0: no Date
    QTest::addColumn<bool>("fromHtml");
    QTest::addColumn<QString>("textHas");     // a passage of the decoded text
    QTest::addColumn<QString>("attachments");

    QTest::newRow("Gmail, UTF-8 quoted-printable, alternative") << u"gmail-en-utf8.eml"_s << u"Emma Clarke"_s << u"emma.clarke@gmail.com"_s
        << u"Re: Refund for order #48213"_s << u"CAJx8fQ1pN3v7Qk2ZsXb=4uYH9tq0mA@mail.gmail.com"_s << u"CAL-support-48213-1@calma.test"_s
        << qint64(1774260161000) << false << u"really frustrating — please sort it out today."_s << QString();
    QTest::newRow("Outlook, Latin-1 QP, RFC 2047, euro of Windows-1252") << u"outlook-es-latin1-qp.eml"_s << u"José María Núñez"_s
        << u"jmnunez@ejemplo.es"_s << u"RE: Devolución del pedido 7731"_s
        << u"DB9PR01MB12345E6F7A8B9C0D1E2F3A4B5C6D7@DB9PR01MB1234.eurprd01.prod.exchangelabs.com"_s << u"soporte-7731-1@calma.test"_s
        << qint64(1772527270000) << false << u"Me cobraron 59,90 € dos veces por el mismo pedido"_s << QString();
    QTest::newRow("Apple Mail, HTML only") << u"apple-es-html-only.eml"_s << u"Lucía Fernández"_s << u"lucia.fdez@icloud.com"_s
        << u"Re: Envío del pedido 5520"_s << u"8F3C2A1B-77D4-4C1E-9A0B-3E5F6D7C8B9A@icloud.com"_s << u"soporte-5520-1@calma.test"_s
        << qint64(1772535933000) << true << u"¡Esto es una vergüenza! El paquete sigue sin llegar"_s << QString();
    QTest::newRow("Thunderbird, Windows-1252 base64") << u"thunderbird-en-cp1252-base64.eml"_s << u"Mark Dubois"_s
        << u"mark@dubois-fils.fr"_s << u"Re: Your invoice INV-2026-118"_s << u"5d1e7c9a-3f2b-4a8e-9c61-0b7f2d4e8a13@dubois-fils.fr"_s
        << u"inv-2026-118@calma.test"_s << qint64(1772459289000) << false << u"says “€120” but I was quoted €95. Could you"_s << QString();
    QTest::newRow("Outlook, References, alternative") << u"outlook-en-original-message.eml"_s << u"Dan Whitfield"_s
        << u"dan.whitfield@outlook.com"_s << u"RE: Cancel subscription"_s
        << u"PH0PR11MB4965A1B2C3D4E5F6A7B8C9D0E1F2A@PH0PR11MB4965.namprd11.prod.outlook.com"_s << u"sub-9001-2@calma.test"_s
        << qint64(1772469902000) << false << u"Cancel my subscription NOW"_s << QString();
    QTest::newRow("Gmail, attachments with encoded names") << u"gmail-es-attachments.eml"_s << u"Carmen Ruiz"_s
        << u"carmen.ruiz.g@gmail.com"_s << u"Factura incorrecta"_s << u"CAM7x2Pq9Kd0vT5r=Qw8LmN3yB6fH1cZ@mail.gmail.com"_s << QString()
        << qint64(1772641205000) << false << u"El importe no coincide con lo que pagué."_s
        << u"factura_marzo.pdf (application/pdf, 3320); Captura de pantalla 2026-03-04 a las 17.10.22.png (image/png, 2056)"_s;
    QTest::newRow("broken MIME: the boundary never comes") << u"broken-mime.eml"_s << u"Pedro Alonso"_s << u"pedro.alonso@yahoo.es"_s
        << u"no funciona"_s << u"1741161600.123456@yahoo.es"_s << QString() << qint64(1772697600000) << false
        << u"La aplicacion no me deja entrar desde ayer."_s << QString();
    QTest::newRow("no Date, no Message-ID") << u"no-date.eml"_s << u"Web form"_s << u"noreply@forms.example.com"_s
        << u"Contact form: where is my order?"_s << QString() << QString() << qint64(0) << false
        << u"I ordered a week ago and nothing has arrived."_s << QString();
}

void TestMailMessage::parses()
{
    QFETCH(QString, file);
    const QByteArray raw = fixture(file);
    const MailParse parsed = parseMail(raw);
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    const MailMessage &m = *parsed.message;
    QTEST(m.fromName, "fromName");
    QTEST(m.fromAddress, "fromAddress");
    QTEST(m.subject, "subject");
    QFETCH(QString, messageId);
    if (messageId.isEmpty()) {
        QVERIFY(m.messageIdMissing);
        QVERIFY(m.messageId.endsWith(u"@calma.missing-id"));
        QCOMPARE(parseMail(raw).message->messageId, m.messageId); // the same every time
    } else {
        QCOMPARE(m.messageId, messageId);
        QVERIFY(!m.messageIdMissing);
    }
    QTEST(m.answeredIds().value(0), "answers");
    QTEST(m.dateMs, "dateMs");
    QTEST(m.fromHtml, "fromHtml");
    QFETCH(QString, textHas);
    QVERIFY2(m.text.contains(textHas), qPrintable(m.text));
    QVERIFY2(!m.text.contains(u'\r') && !m.text.contains(u'\uFFFD'), qPrintable(m.text));
    QTEST(attachmentList(m), "attachments");
}

void TestMailMessage::refuses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("error");
    QTest::newRow("a zip file") << fixture(u"not-a-message.eml"_s) << u"not a mail message: it does not start with headers"_s;
    QTest::newRow("no sender") << fixture(u"no-sender.eml"_s) << u"the message has no sender address (From)"_s;
    QTest::newRow("empty") << QByteArray() << u"not a mail message: it does not start with headers"_s;
    QTest::newRow("headers, no body") << QByteArray("From: a@b.example\r\nSubject: x\r\n\r\n")
                                      << u"the message has no text and no attachment"_s;
}

void TestMailMessage::refuses()
{
    QFETCH(QByteArray, raw);
    const MailParse parsed = parseMail(raw);
    QVERIFY(!parsed.message);
    QTEST(parsed.error, "error");
}

void TestMailMessage::customerText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::newRow("Gmail: 'On … wrote:' and '>' lines") << u"gmail-en-utf8.eml"_s
        << u"Hi,\n\nI still haven't received my refund for order #48213. It's been three weeks and nobody answers. This is really "
           u"frustrating — please sort it out today.\n\nThanks,\nEmma"_s;
    QTest::newRow("Outlook: 'De: … Enviado: …'") << u"outlook-es-latin1-qp.eml"_s
        << u"Buenos días:\n\nEs la tercera vez que les escribo. Me cobraron 59,90 € dos veces por el mismo pedido y nadie me devuelve "
           u"el dinero. Quiero una solución ya.\n\nUn saludo,\nJosé María Núñez"_s;
    QTest::newRow("Apple Mail HTML: 'Enviado desde mi iPhone', 'El … escribió:'") << u"apple-es-html-only.eml"_s
        << u"¡Esto es una vergüenza! El paquete sigue sin llegar y el seguimiento no se actualiza desde el lunes.\n\n"
           u"¿Alguien me puede decir dónde está?"_s;
    QTest::newRow("Thunderbird: quote and '-- ' signature") << u"thunderbird-en-cp1252-base64.eml"_s
        << u"Hello,\n\nThe invoice you sent says “€120” but I was quoted €95. Could you check it, please? I’d appreciate a corrected one."_s;
    QTest::newRow("Outlook: '-----Original Message-----'") << u"outlook-en-original-message.eml"_s
        << u"I've been on hold for 40 minutes. Cancel my subscription NOW or I'm disputing the charge with my bank."_s;
}

void TestMailMessage::customerText()
{
    QFETCH(QString, file);
    const MailParse parsed = parseMail(fixture(file));
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    QTEST(ReplyText::shipped().customerText(parsed.message->text), "text");
}

void TestMailMessage::baseSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("base");
    QTest::newRow("Re:") << u"Re: Refund for order #48213"_s << u"Refund for order #48213"_s;
    QTest::newRow("RE: RV: Fwd:") << u"RE: RV: Fwd: Devolución"_s << u"Devolución"_s;
    QTest::newRow("Re[2]: and spaces") << u"  Re[2] :   Pedido   7731 "_s << u"Pedido 7731"_s;
    QTest::newRow("Reenviar:") << u"Reenviar: Factura"_s << u"Factura"_s;
    QTest::newRow("none") << u"Regarding my order"_s << u"Regarding my order"_s;
    QTest::newRow("a word that starts like a prefix") << u"Refund: still waiting"_s << u"Refund: still waiting"_s;
}

void TestMailMessage::baseSubject()
{
    QFETCH(QString, subject);
    QTEST(ReplyText::shipped().baseSubject(subject), "base");
}

void TestMailMessage::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("entities and spaces") << u"<p>Caf&eacute; &amp; t&#233;,&nbsp; <b>now</b>\n   please</p>"_s << u"Café & té, now please"_s;
    QTest::newRow("paragraphs and breaks") << u"<p>One</p><p>Two<br>Three</p>"_s << u"One\n\nTwo\nThree"_s;
    QTest::newRow("Gmail's div lines") << u"<div>Hola,</div><div><br></div><div>gracias</div>"_s << u"Hola,\n\ngracias"_s;
    QTest::newRow("script, style and head dropped") << u"<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>Hi</body></html>"_s
                                                    << u"Hi"_s;
    QTest::newRow("lists") << u"<ul><li>one</li><li>two</li></ul>"_s << u"- one\n- two"_s;
    QTest::newRow("blockquote becomes '>' lines") << u"<div>Mine</div><blockquote>Theirs<br>more</blockquote>"_s << u"Mine\n> Theirs\n> more"_s;
    QTest::newRow("Gmail signature becomes '-- '") << u"<div>Text</div><div class=\"gmail_signature\">Ana<br>CEO</div>"_s << u"Text\n-- \nAna\nCEO"_s;
    QTest::newRow("unclosed tags") << u"<div><p>Still <b>read"_s << u"Still read"_s;
}

void TestMailMessage::htmlToText()
{
    QFETCH(QString, html);
    QTEST(calma::htmlToText(html), "text");
}

void TestMailMessage::largeAttachmentIsListedNotKept()
{
    // A 20 MB scan attached the way Gmail attaches it (base64, 76-column lines).
    const QByteArray scan(20 * 1024 * 1024, 'x');
    QByteArray encoded = scan.toBase64();
    QByteArray wrapped;
    wrapped.reserve(encoded.size() + encoded.size() / 38);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        wrapped += encoded.mid(i, 76) + "\r\n";
    const QByteArray raw = "From: Big Scan <scan@example.com>\r\nSubject: the contract\r\nMessage-ID: <big@example.com>\r\n"
                           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                           "Content-Type: text/plain; charset=UTF-8\r\n\r\nHere is the signed contract.\r\n--b1\r\n"
                           "Content-Type: application/pdf; name=\"contract.pdf\"\r\nContent-Disposition: attachment; filename=\"contract.pdf\"\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n" + wrapped + "--b1--\r\n";
    QElapsedTimer timer;
    timer.start();
    const MailParse parsed = parseMail(raw);
    QVERIFY2(parsed.message, qPrintable(parsed.error));
    QCOMPARE(parsed.message->text, u"Here is the signed contract."_s);
    QCOMPARE(attachmentList(*parsed.message), u"contract.pdf (application/pdf, 20971520)"_s);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

void TestMailMessage::badMarkersSayWhere()
{
    QString error;
    QVERIFY(!ReplyText::fromJson("{\"quote_headers\":[{\"pattern\":\"^On (\"}],\"signatures\":[{\"pattern\":\"^-- $\"}]}", u"m.json"_s, &error));
    QVERIFY2(error.startsWith(u"m.json (quote_headers[0]): "_s), qPrintable(error));
    QVERIFY(!ReplyText::fromJson("[1]", u"m.json"_s, &error));
    QVERIFY2(error.startsWith(u"m.json: not a JSON object"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
