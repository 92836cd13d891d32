// Received mail into the inbox, on SQLite and PostgreSQL: threading (In-Reply-To, References, the
// subject from the same sender), reopening, duplicates, a missing Date, attachments, and the mailbox's
// position written with the mail; mail from the team's own address stored as the team's answer.
#include "mail/mailinbox.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestMailInbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void threads_data() { test::addEngines(); }
    void threads();
    void reopensAndKeepsTheContact_data() { test::addEngines(); }
    void reopensAndKeepsTheContact();
    void duplicatesAndPosition_data() { test::addEngines(); }
    void duplicatesAndPosition();
    void realMails_data() { test::addEngines(); }
    void realMails();
    void teamMailIsTheTeams_data() { test::addEngines(); }
    void teamMailIsTheTeams();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

namespace {

MailMessage mail(const QString &id, const QString &from, const QString &subject, const QString &text, qint64 dateMs,
                 const QString &inReplyTo = {}, const QStringList &references = {})
{
    MailMessage m;
    m.messageId = id;
    m.fromAddress = from;
    m.fromName = from.section(u'@', 0, 0);
    m.subject = subject;
    m.text = text;
    m.dateMs = dateMs;
    m.inReplyTo = inReplyTo;
    m.references = references;
    return m;
}

MailMessage fixture(const QString &name)
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/mail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    MailParse parsed = parseMail(file.readAll());
    if (!parsed.message)
        qFatal("%s: %s", qPrintable(name), qPrintable(parsed.error));
    return *parsed.message;
}

constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qint64 kT0 = 1772438400000; // 2026-03-02 08:00 UTC

} // namespace

void TestMailInbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto loaded = ToneAnalyzer::load();
    QVERIFY(loaded.analyzer);
    m_analyzer = loaded.analyzer;
}

void TestMailInbox::threads()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const MailInbox inbox(db, m_analyzer);
    QString error;
    const auto first = inbox.deliver(mail(u"a1@x.example"_s, u"ana@x.example"_s, u"Pedido 4411"_s, u"¿Dónde está mi pedido?"_s, kT0), 0, {}, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->kind, Delivery::NewConversation);
    // In-Reply-To wins over a different subject.
    const auto byReply = inbox.deliver(mail(u"a2@x.example"_s, u"ana@x.example"_s, u"otra cosa"_s, u"Sigo esperando."_s, kT0 + 1000,
                                            u"a1@x.example"_s), 0, {}, &error);
    QVERIFY2(byReply, qPrintable(error));
    QCOMPARE(byReply->kind, Delivery::Threaded);
    QCOMPARE(byReply->conversationId, first->conversationId);
    // References alone (a client that drops In-Reply-To), nearest known id first.
    const auto byReferences = inbox.deliver(mail(u"a3@x.example"_s, u"ana@x.example"_s, u"x"_s, u"Hola"_s, kT0 + 2000, {},
                                                 {u"unknown@x.example"_s, u"a2@x.example"_s}), 0, {}, &error);
    QVERIFY2(byReferences, qPrintable(error));
    QCOMPARE(byReferences->conversationId, first->conversationId);
    // Only the subject, with the prefixes of both languages, from the same sender.
    const auto bySubject = inbox.deliver(mail(u"a4@x.example"_s, u"ana@x.example"_s, u"RE: RV: Pedido 4411"_s, u"¿Y bien?"_s, kT0 + 3000), 0, {}, &error);
    QVERIFY2(bySubject, qPrintable(error));
    QCOMPARE(bySubject->kind, Delivery::Threaded);
    QCOMPARE(bySubject->conversationId, first->conversationId);
    // The same subject from someone else is someone else's conversation.
    const auto other = inbox.deliver(mail(u"b1@y.example"_s, u"bea@y.example"_s, u"Re: Pedido 4411"_s, u"Hola"_s, kT0 + 4000), 0, {}, &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->kind, Delivery::NewConversation);
    QVERIFY(other->conversationId != first->conversationId);
    // A closed conversation is not found by subject: a new one starts.
    QCOMPARE(inbox.store().setStatus(first->conversationId, u"closed"_s, kT0 + 5000, &error), StatusResult::Changed);
    const auto afterClose = inbox.deliver(mail(u"a5@x.example"_s, u"ana@x.example"_s, u"Re: Pedido 4411"_s, u"Otra vez yo"_s, kT0 + kDay), 0, {}, &error);
    QVERIFY2(afterClose, qPrintable(error));
    QCOMPARE(afterClose->kind, Delivery::NewConversation);
    const auto messages = inbox.store().messages(first->conversationId, &error);
    QCOMPARE(messages.size(), 4);
    const auto state = inbox.store().conversation(first->conversationId, kT0, &error);
    QCOMPARE(state->subject, u"Pedido 4411"_s);
}

void TestMailInbox::reopensAndKeepsTheContact()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const MailInbox inbox(db, m_analyzer);
    QString error, holder;
    const auto first = inbox.deliver(fixture(u"outlook-es-latin1-qp.eml"_s), 0, {}, &error);
    QVERIFY2(first, qPrintable(error));
    const qint64 id = first->conversationId;
    QVERIFY2(first->heat >= 25, qPrintable(QString::number(first->heat))); // "Es la tercera vez … Quiero una solución ya"
    QCOMPARE(inbox.store().reply(id, u"Marta"_s, u"Lo revisamos hoy."_s, kT0 + 2 * kDay, &holder, &error), ReplyResult::Sent);
    QCOMPARE(inbox.store().setStatus(id, u"solved"_s, kT0 + 2 * kDay, &error), StatusResult::Changed);
    const auto reply = inbox.deliver(mail(u"r1@ejemplo.es"_s, u"jmnunez@ejemplo.es"_s, u"RE: Devolución del pedido 7731"_s,
                                          u"No he recibido nada."_s, kT0 + 3 * kDay, u"DB9PR01MB12345E6F7A8B9C0D1E2F3A4B5C6D7@DB9PR01MB1234.eurprd01.prod.exchangelabs.com"_s),
                                     0, {}, &error);
    QVERIFY2(reply, qPrintable(error));
    QCOMPARE(reply->conversationId, id);
    const auto state = inbox.store().conversation(id, kT0 + 3 * kDay, &error);
    QCOMPARE(state->status, u"open"_s);
    QCOMPARE(state->waitingSinceMs, kT0 + 3 * kDay);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT k.name, k.email FROM conversations c JOIN contacts k ON k.id = c.contact_id WHERE c.id = %1"_s.arg(id)) && q.next());
    QCOMPARE(q.value(0).toString(), u"José María Núñez"_s);
    QCOMPARE(q.value(1).toString(), u"jmnunez@ejemplo.es"_s);
    const auto messages = inbox.store().messages(id, &error);
    QCOMPARE(messages.first().author, u"José María Núñez"_s);
    QVERIFY(!messages.first().body.contains(u"Enviado:"_s));
}

void TestMailInbox::duplicatesAndPosition()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const MailInbox inbox(db, m_analyzer);
    QString error;
    QVERIFY(!inbox.state(u"imap://u@h/INBOX"_s, &error));
    QVERIFY(error.isEmpty());
    const auto first = inbox.deliver(mail(u"d1@x.example"_s, u"ana@x.example"_s, u"Hola"_s, u"Uno"_s, kT0), 0, {u"imap://u@h/INBOX"_s, 7, 3}, &error);
    QVERIFY2(first, qPrintable(error));
    auto state = inbox.state(u"imap://u@h/INBOX"_s, &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(state->uidValidity, 7);
    QCOMPARE(state->lastUid, 3);
    // The same Message-ID again (copied into the mailbox twice): not stored, the position still moves.
    const auto again = inbox.deliver(mail(u"d1@x.example"_s, u"ana@x.example"_s, u"Hola"_s, u"Uno, otra vez"_s, kT0), 0, {u"imap://u@h/INBOX"_s, 7, 5}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->kind, Delivery::Duplicate);
    QCOMPARE(again->conversationId, first->conversationId);
    QCOMPARE(inbox.store().messageCount(), 1);
    QCOMPARE(inbox.state(u"imap://u@h/INBOX"_s, &error)->lastUid, 5);
    // A missing Date: the time it was received.
    const auto undated = inbox.deliver(mail(u"d2@x.example"_s, u"ana@x.example"_s, u"Otro"_s, u"Dos"_s, 0), kT0 + 42, {u"imap://u@h/INBOX"_s, 7, 6}, &error);
    QVERIFY2(undated, qPrintable(error));
    const auto messages = inbox.store().messages(undated->conversationId, &error);
    QCOMPARE(messages.last().sentMs, kT0 + 42);
}

void TestMailInbox::realMails()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const MailInbox inbox(db, m_analyzer);
    QString error;
    for (const QString &name : {u"gmail-en-utf8.eml"_s, u"apple-es-html-only.eml"_s, u"thunderbird-en-cp1252-base64.eml"_s,
                                u"outlook-en-original-message.eml"_s, u"gmail-es-attachments.eml"_s, u"broken-mime.eml"_s, u"no-date.eml"_s})
        QVERIFY2(inbox.deliver(fixture(name), kT0, {}, &error), qPrintable(name + u": "_s + error));
    QCOMPARE(inbox.store().conversationCount(), 7);
    InboxQuery query;
    query.nowMs = kT0 + kDay;
    const auto rows = inbox.store().inbox(query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 7);
    // The hottest first: Dan's "Cancel my subscription NOW or I'm disputing the charge".
    QCOMPARE(rows.first().subject, u"Cancel subscription"_s);
    QVERIFY(rows.first().heat >= 50);
    const auto carmen = std::find_if(rows.begin(), rows.end(), [](const ConversationSummary &c) { return c.subject == u"Factura incorrecta"; });
    QVERIFY(carmen != rows.end());
    const auto messages = inbox.store().messages(carmen->id, &error);
    QCOMPARE(messages.first().body, u"Hola, os adjunto la factura y una captura. El importe no coincide con lo que pagué.\n\nGracias,\nCarmen\n"
                                    u"[attachment: factura_marzo.pdf, application/pdf, 4 KB]\n"
                                    u"[attachment: Captura de pantalla 2026-03-04 a las 17.10.22.png, image/png, 3 KB]"_s);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT attachments FROM mail_messages WHERE rfc_message_id = 'CAM7x2Pq9Kd0vT5r=Qw8LmN3yB6fH1cZ@mail.gmail.com'"_s) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"\"size\":3320"_s), qPrintable(q.value(0).toString()));
}

namespace {

// `raw` is written in UTF-8 (unlabelled text is read as Windows-1252, as mail clients do).
MailMessage parsed(const QByteArray &raw)
{
    MailParse p = parseMail("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n" + raw);
    if (!p.message)
        qFatal("%s", qPrintable(p.error));
    return *p.message;
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

void TestMailInbox::teamMailIsTheTeams()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    MailInbox inbox(db, m_analyzer);
    inbox.setTeamAddresses({u"Soporte@Calma.Test"_s});
    QVERIFY(inbox.isTeamAddress(u"soporte@calma.test"_s));
    QString error;
    const auto asked = inbox.deliver(parsed("From: Lucía Pérez <lucia@example.com>\r\nTo: soporte@calma.test\r\nSubject: Pedido 88\r\n"
                                            "Message-ID: <c1@example.com>\r\nDate: Mon, 02 Mar 2026 08:00:00 +0000\r\n\r\n"
                                            "¡Esto es inaceptable! Tercera vez que escribo y nadie me responde.\r\n"),
                                     0, {}, &error);
    QVERIFY2(asked, qPrintable(error));
    QVERIFY(!asked->fromTeam);
    const qint64 id = asked->conversationId;
    const int heat = inbox.store().conversation(id, kT0, &error)->heat;
    QVERIFY2(heat >= 25, qPrintable(QString::number(heat)));
    const qint64 contacts = count(*db, u"SELECT COUNT(*) FROM contacts"_s);

    // An agent answers from their mail client, quoting the customer's angry words: the team's message,
    // threaded by In-Reply-To, the conversation pending, its heat and the customer's contact untouched.
    const auto answered = inbox.deliver(parsed("From: \"Marta (Soporte)\" <SOPORTE@calma.test>\r\nTo: =?UTF-8?Q?Luc=C3=ADa_P=C3=A9rez?= <lucia@example.com>\r\n"
                                               "Subject: Re: Pedido 88\r\nMessage-ID: <a1@calma.test>\r\nIn-Reply-To: <c1@example.com>\r\n"
                                               "Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\nHola Lucía: su pedido sale hoy. Disculpe la espera.\r\n\r\n"
                                               "El lun, 2 mar 2026 a las 8:00, Lucía Pérez escribió:\r\n> ¡Esto es inaceptable! Tercera vez que escribo.\r\n"),
                                        0, {}, &error);
    QVERIFY2(answered, qPrintable(error));
    QCOMPARE(answered->kind, Delivery::Threaded);
    QVERIFY(answered->fromTeam);
    QCOMPARE(answered->conversationId, id);
    QCOMPARE(answered->heat, 0);
    auto state = inbox.store().conversation(id, kT0 + 3600000, &error);
    QCOMPARE(state->status, u"pending"_s);
    QCOMPARE(state->waitingSinceMs, 0);
    QCOMPARE(state->heat, heat);
    auto messages = inbox.store().messages(id, &error);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().direction, u"agent"_s);
    QCOMPARE(messages.last().author, u"Marta (Soporte)"_s);
    QCOMPARE(messages.last().body, u"Hola Lucía: su pedido sale hoy. Disculpe la espera."_s);
    QCOMPARE(messages.last().heat, -1); // not scored
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM contacts"_s), contacts);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM contacts WHERE email = 'soporte@calma.test'"_s), 0);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT k.name FROM conversations c JOIN contacts k ON k.id = c.contact_id WHERE c.id = %1"_s.arg(id)) && q.next());
    QCOMPARE(q.value(0).toString(), u"Lucía Pérez"_s);

    // Threaded by its subject alone (no In-Reply-To), to the customer it went to.
    const auto bySubject = inbox.deliver(parsed("From: soporte@calma.test\r\nTo: lucia@example.com\r\nSubject: RE: Pedido 88\r\n"
                                                "Message-ID: <a2@calma.test>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\nYa tiene el número de seguimiento.\r\n"),
                                         0, {}, &error);
    QVERIFY2(bySubject, qPrintable(error));
    QCOMPARE(bySubject->conversationId, id);
    QVERIFY(bySubject->fromTeam);
    QCOMPARE(inbox.store().conversationCount(), 1);

    // The customer answers the agent's mail: back in the same conversation, open again.
    const auto again = inbox.deliver(parsed("From: lucia@example.com\r\nTo: soporte@calma.test\r\nSubject: Re: Pedido 88\r\n"
                                            "Message-ID: <c2@example.com>\r\nIn-Reply-To: <a1@calma.test>\r\nDate: Mon, 02 Mar 2026 11:00:00 +0000\r\n\r\nGracias.\r\n"),
                                     0, {}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->conversationId, id);
    QCOMPARE(inbox.store().conversation(id, kT0 + 4 * 3600000, &error)->status, u"open"_s);

    // The team writes first to a new customer: a conversation with that customer, the team's message in it.
    const auto first = inbox.deliver(parsed("From: Soporte <soporte@calma.test>\r\nTo: Pablo Gil <pablo@example.com>\r\nCc: soporte@calma.test\r\n"
                                            "Subject: Su reembolso\r\nMessage-ID: <a3@calma.test>\r\nDate: Mon, 02 Mar 2026 12:00:00 +0000\r\n\r\n"
                                            "Le confirmamos el reembolso.\r\n"),
                                     0, {}, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->kind, Delivery::NewConversation);
    QVERIFY(first->fromTeam);
    state = inbox.store().conversation(first->conversationId, kT0 + 5 * 3600000, &error);
    QCOMPARE(state->status, u"pending"_s);
    QCOMPARE(state->heat, 0);
    QVERIFY(q.exec(u"SELECT k.name, k.email FROM conversations c JOIN contacts k ON k.id = c.contact_id WHERE c.id = %1"_s.arg(first->conversationId)) && q.next());
    QCOMPARE(q.value(0).toString(), u"Pablo Gil"_s);
    QCOMPARE(q.value(1).toString(), u"pablo@example.com"_s);
    messages = inbox.store().messages(first->conversationId, &error);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().direction, u"agent"_s);

    // Mail from the team to the team alone is no conversation: nothing stored, the position moves.
    const qint64 stored = inbox.store().messageCount();
    const auto internal = inbox.deliver(parsed("From: soporte@calma.test\r\nTo: soporte@calma.test\r\nSubject: Turnos\r\n"
                                               "Message-ID: <a4@calma.test>\r\n\r\nMañana entro a las 10.\r\n"),
                                        kT0, {u"imap://u@h/INBOX"_s, 3, 9}, &error);
    QVERIFY2(internal, qPrintable(error));
    QCOMPARE(internal->kind, Delivery::TeamOnly);
    QCOMPARE(inbox.store().messageCount(), stored);
    QCOMPARE(inbox.state(u"imap://u@h/INBOX"_s, &error)->lastUid, 9);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM contacts WHERE email = 'soporte@calma.test'"_s), 0);

    // Without the team's address known, the same mail would have been a customer's: the setting matters.
    inbox.setTeamAddresses({});
    const auto unknown = inbox.deliver(parsed("From: soporte@calma.test\r\nTo: lucia@example.com\r\nSubject: Otra\r\n"
                                              "Message-ID: <a5@calma.test>\r\n\r\nPrueba.\r\n"),
                                       kT0, {}, &error);
    QVERIFY2(unknown, qPrintable(error));
    QVERIFY(!unknown->fromTeam);
}

QTEST_GUILESS_MAIN(TestMailInbox)
#include "tst_mailinbox.moc"
