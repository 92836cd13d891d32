// Replies sent through the outbox to a real SMTP server (the aiosmtpd of the "mailserver" fixture,
// .ci/mailserver), on SQLite and PostgreSQL: the headers and body that arrive (In-Reply-To, References,
// the stored Message-ID, "Re:" and an encoded subject, accents), a server that cannot be reached or is not
// trusted leaving the reply failed with the error until a retry sends it once, and two senders at once
// sending each reply once; a mail whose sender died mid-send looked for in the Sent folder before it goes again.
#include "mail/mailaccount.h"
#include "mail/mailinbox.h"
#include "mail/outboxsender.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

struct Server
{
    quint16 smtpPort = 0;
    QString certificate, maildir;
    QString user, password;
    quint16 imapsPort = 0;
};

std::optional<Server> server()
{
    QFile file(qEnvironmentVariable("CALMA_TEST_MAIL_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> v;
    for (const QByteArray &line : file.readAll().split('\n'))
        v.insert(QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
    return Server{quint16(v.value(u"smtp_port"_s).toUInt()), v.value(u"certificate"_s), v.value(u"smtp_maildir"_s), v.value(u"user"_s),
                  v.value(u"password"_s), quint16(v.value(u"imaps_port"_s).toUInt())};
}

// The mail the sink received with this Message-ID (the raw files of its maildir).
QList<QByteArray> received(const Server &s, const QString &messageId)
{
    QList<QByteArray> found;
    for (const char *sub : {"new", "cur"}) {
        const QDir dir(s.maildir + u'/' + QLatin1StringView(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray raw = f.readAll();
                if (raw.contains(QByteArray("<" + messageId.toUtf8() + ">")))
                    found << raw;
            }
        }
    }
    return found;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed when `probe` goes
}

} // namespace

class TestMailSend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Server> m_server;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36); // Message-IDs unique to this run
    const MailAddress m_team{u"Soporte Calma"_s, u"soporte@calma.test"_s};

    SmtpOptions smtp(quint16 port = 0) const
    {
        SmtpOptions o;
        o.url = {false, {}, u"127.0.0.1"_s, port ? port : m_server->smtpPort};
        o.caCertificateFile = m_server->certificate;
        o.timeoutMs = 5000;
        return o;
    }

    // A customer mail delivered into its own conversation; its conversation's id.
    qint64 customerMail(const std::shared_ptr<Database> &db, const QString &id, const QByteArray &subject, const QByteArray &text)
    {
        const QByteArray raw = "From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia@example.com>\r\nTo: soporte@calma.test\r\nSubject: " + subject +
                               "\r\nDate: Tue, 03 Mar 2026 11:05:33 +0000\r\nMessage-ID: <" + id.toUtf8() + ">\r\nReferences: <root-" +
                               id.toUtf8() + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                               "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
        const MailParse parsed = parseMail(raw);
        if (!parsed.message)
            qFatal("test mail: %s", qPrintable(parsed.error));
        QString error;
        const auto delivered = MailInbox(db, m_analyzer).deliver(*parsed.message, 0, {}, &error);
        if (!delivered)
            qFatal("delivering: %s", qPrintable(error));
        return delivered->conversationId;
    }

    OutboxEntry queue(const std::shared_ptr<Database> &db, qint64 conversation, const QString &text)
    {
        OutboxEntry entry;
        QString holder, error;
        const QueueResult r = Outbox(db).queueReply(conversation, u"Ana"_s, text, m_team, QDateTime::currentMSecsSinceEpoch(), &entry, &holder, &error);
        if (r != QueueResult::Queued)
            qFatal("queueing: %s", qPrintable(error));
        return entry;
    }

    static OutboxEntry stored(const std::shared_ptr<Database> &db, qint64 id)
    {
        QString error;
        const auto all = Outbox(db).entries({}, 1000, &error);
        if (!all)
            qFatal("outbox: %s", qPrintable(error));
        for (const OutboxEntry &e : *all)
            if (e.id == id)
                return e;
        qFatal("no outbox entry %lld", static_cast<long long>(id));
    }

private slots:
    void initTestCase()
    {
        m_server = server();
        QVERIFY2(m_server && m_server->smtpPort, "the mailserver fixture's state (CALMA_TEST_MAIL_STATE) is missing");
        m_analyzer = ToneAnalyzer::load().analyzer;
        QVERIFY(m_analyzer);
    }

    void sendsTheReply_data() { test::addEngines(); }
    void sendsTheReply()
    {
        QFETCH(QString, engine);
        const auto db = test::freshDatabase(engine, m_dir.path());
        QVERIFY(db);
        const QString customerId = u"cust-%1-%2@example.com"_s.arg(engine, m_run);
        const qint64 conversation = customerMail(db, customerId, "=?UTF-8?Q?Env=C3=ADo_del_pedido_5520?=", "¿Dónde está mi paquete?");
        const QString text = u"Hola Lucía:\n\nSiento mucho el retraso. El envío sale mañana por la mañana; le escribo con el número de seguimiento.\n\nAna"_s;
        const OutboxEntry queued = queue(db, conversation, text);
        QCOMPARE(queued.state, SendState::Queued);
        QCOMPARE(queued.recipient, u"lucia@example.com"_s);
        QCOMPARE(queued.subject, u"Re: Envío del pedido 5520"_s);
        // The reply is in the conversation, with the mail's Message-ID, and the conversation waits for the customer.
        QString error;
        const ConversationStore store(db);
        const auto messages = store.messages(conversation, &error);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().externalId, queued.rfcMessageId);
        QCOMPARE(messages.last().body, text);
        QCOMPARE(store.conversation(conversation, QDateTime::currentMSecsSinceEpoch(), &error)->status, u"pending"_s);
        QVERIFY(received(*m_server, queued.rfcMessageId).isEmpty()); // queued is not sent

        OutboxSender sender(db, smtp());
        const OutboxPass pass = sender.sendDue();
        QVERIFY2(pass.ok, qPrintable(pass.error));
        QCOMPARE(pass.outcomes.size(), 1);
        QVERIFY2(pass.outcomes.first().entry.state == SendState::Sent, qPrintable(pass.outcomes.first().entry.lastError));
        const OutboxEntry sent = stored(db, queued.id);
        QCOMPARE(sent.state, SendState::Sent);
        QCOMPARE(sent.attempts, 1);
        QVERIFY(sent.lastError.isEmpty());
        QVERIFY(sent.sentMs > 0);
        QCOMPARE(sender.sendDue().outcomes.size(), 0); // nothing left to send

        const QList<QByteArray> got = received(*m_server, queued.rfcMessageId);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().contains("X-RcptTo: lucia@example.com"));
        QVERIFY(got.first().contains("Subject: Re: =?UTF-8?"));
        const MailParse parsed = parseMail(got.first());
        QVERIFY2(parsed.message, qPrintable(parsed.error));
        QCOMPARE(parsed.message->messageId, queued.rfcMessageId); // the Message-ID stored is the one sent
        QCOMPARE(parsed.message->inReplyTo, customerId);
        QCOMPARE(parsed.message->references, (QStringList{u"root-"_s + customerId, customerId}));
        QCOMPARE(parsed.message->subject, u"Re: Envío del pedido 5520"_s);
        QCOMPARE(parsed.message->fromAddress, u"soporte@calma.test"_s);
        QCOMPARE(parsed.message->fromName, u"Soporte Calma"_s);
        QVERIFY(parsed.message->dateMs > 0);
        QCOMPARE(parsed.message->text.trimmed(), text);

        // The customer's answer to it threads into the same conversation by In-Reply-To.
        const QByteArray answer = "From: lucia@example.com\r\nSubject: otra cosa\r\nMessage-ID: <answer-" + customerId.toUtf8() +
                                  ">\r\nIn-Reply-To: <" + queued.rfcMessageId.toUtf8() + ">\r\n\r\nGracias.\r\n";
        const auto delivered = MailInbox(db, m_analyzer).deliver(*parseMail(answer).message, 0, {}, &error);
        QVERIFY2(delivered, qPrintable(error));
        QCOMPARE(delivered->conversationId, conversation);
    }

    void refusedThenRetried_data() { test::addEngines(); }
    void refusedThenRetried()
    {
        QFETCH(QString, engine);
        const auto db = test::freshDatabase(engine, m_dir.path());
        QVERIFY(db);
        const qint64 conversation = customerMail(db, u"refused-%1-%2@example.com"_s.arg(engine, m_run), "Refund", "Where is my refund?");
        const OutboxEntry queued = queue(db, conversation, u"Your refund went out today."_s);

        // A server that is not there: failed, with the error, the attempt counted, and not due again at once.
        const quint16 port = closedPort();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        OutboxPass pass = OutboxSender(db, smtp(port)).sendDue();
        QVERIFY(pass.ok);
        QCOMPARE(pass.outcomes.size(), 1);
        QCOMPARE(pass.outcomes.first().errorKind, MailError::Connect);
        OutboxEntry failed = stored(db, queued.id);
        QCOMPARE(failed.state, SendState::Failed);
        QCOMPARE(failed.attempts, 1);
        QVERIFY2(failed.lastError.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(failed.lastError));
        QVERIFY(failed.nextAttemptMs >= before + 30000);
        QVERIFY(failed.sentMs == 0);

        // A server whose certificate is not trusted: refused before anything is sent.
        SmtpOptions untrusted = smtp();
        untrusted.caCertificateFile.clear();
        QString error;
        QVERIFY(Outbox(db).retryNow(queued.id, QDateTime::currentMSecsSinceEpoch(), &error));
        pass = OutboxSender(db, untrusted).sendDue();
        QCOMPARE(pass.outcomes.size(), 1);
        QCOMPARE(pass.outcomes.first().errorKind, MailError::Tls);
        failed = stored(db, queued.id);
        QCOMPARE(failed.state, SendState::Failed);
        QCOMPARE(failed.attempts, 2);
        QVERIFY2(failed.lastError.contains(u"TLS"_s) && failed.lastError.contains(u"--ca-cert"_s), qPrintable(failed.lastError));
        QVERIFY(failed.nextAttemptMs >= QDateTime::currentMSecsSinceEpoch() + 50000); // 60 s after the second attempt
        QVERIFY(received(*m_server, queued.rfcMessageId).isEmpty());

        // The good server, before the back-off has passed: nothing is sent; after Retry it goes, once.
        OutboxSender good(db, smtp());
        QCOMPARE(good.sendDue().outcomes.size(), 0);
        QVERIFY(Outbox(db).retryNow(queued.id, QDateTime::currentMSecsSinceEpoch(), &error));
        pass = good.sendDue();
        QCOMPARE(pass.sent(), 1);
        const OutboxEntry sent = stored(db, queued.id);
        QCOMPARE(sent.state, SendState::Sent);
        QCOMPARE(sent.attempts, 3);
        QVERIFY(sent.lastError.isEmpty());
        QCOMPARE(received(*m_server, queued.rfcMessageId).size(), 1);
        QVERIFY(!Outbox(db).retryNow(queued.id, QDateTime::currentMSecsSinceEpoch(), &error)); // a sent mail is not retried
        QVERIFY(error.isEmpty());
        QCOMPARE(good.sendDue().outcomes.size(), 0);
    }

    void refusesAConversationWithoutMail_data() { test::addEngines(); }
    void refusesAConversationWithoutMail()
    {
        QFETCH(QString, engine);
        const auto db = test::freshDatabase(engine, m_dir.path());
        QVERIFY(db);
        const ConversationStore store(db);
        QString error, holder;
        NewConversation c;
        c.subject = u"Imported"_s;
        c.createdMs = 1000;
        const auto id = store.addConversation(c, &error);
        QVERIFY(id);
        QVERIFY(store.addMessage({*id, {}, u"customer"_s, u"x"_s, u"Hola"_s, 1000, std::nullopt}, &error));
        const Outbox outbox(db);
        QCOMPARE(outbox.queueReply(*id, u"Ana"_s, u"Hola"_s, m_team, 2000, nullptr, &holder, &error), QueueResult::NotMail);
        QVERIFY(error.contains(u"no mail from the customer"_s));
        QCOMPARE(store.messages(*id, &error).size(), 1); // nothing stored
        QCOMPARE(outbox.queueReply(*id + 100, u"Ana"_s, u"Hola"_s, m_team, 2000, nullptr, &holder, &error), QueueResult::NotFound);
    }

    // The app's "Test connection": both servers, sending nothing; each failure named.
    void checksAnAccount()
    {
        MailAccount account;
        account.imapServer = u"imaps://127.0.0.1:%1/INBOX"_s.arg(m_server->imapsPort);
        account.smtpServer = u"smtp://127.0.0.1:%1"_s.arg(m_server->smtpPort);
        account.user = m_server->user;
        account.teamAddress = u"soporte@calma.test"_s;
        account.caCertificateFile = m_server->certificate;
        account.smtpLogin = true; // the test server offers no login: refused, named
        AccountCheck check = checkAccount(account, m_server->password, 5000);
        QVERIFY(check.imap.ok);
        QVERIFY(!check.smtp.ok);
        QVERIFY2(check.smtp.message.contains(u"refused the login of calma"_s), qPrintable(check.smtp.message));
        account.smtpLogin = false;
        check = checkAccount(account, m_server->password, 5000);
        QVERIFY2(check.imap.tried && check.imap.ok, qPrintable(check.imap.message));
        QVERIFY2(check.smtp.tried && check.smtp.ok, qPrintable(check.smtp.message));
        QVERIFY(check.imap.message.contains(u"INBOX"_s));

        check = checkAccount(account, u"wrong"_s, 5000);
        QVERIFY(!check.imap.ok);
        QVERIFY2(check.imap.message.contains(u"wrong user or password"_s), qPrintable(check.imap.message));

        account.smtpServer = u"smtp://127.0.0.1:%1"_s.arg(closedPort());
        account.imapServer = u"pop3://127.0.0.1"_s;
        check = checkAccount(account, m_server->password, 5000);
        QVERIFY(!check.smtp.ok);
        QVERIFY2(check.smtp.message.contains(u"cannot connect"_s), qPrintable(check.smtp.message));
        QVERIFY(!check.imap.ok);
        QVERIFY2(check.imap.message.startsWith(u"IMAP server: "_s), qPrintable(check.imap.message));

        account.imapServer.clear();
        account.caCertificateFile.clear();
        account.smtpServer = u"smtp://127.0.0.1:%1"_s.arg(m_server->smtpPort);
        check = checkAccount(account, {}, 5000);
        QVERIFY(!check.imap.tried);
        QVERIFY(!check.smtp.ok);
        QVERIFY2(check.smtp.message.contains(u"TLS"_s), qPrintable(check.smtp.message));
    }

    void abandonedMailLookedForInSent_data() { test::addEngines(); }
    void abandonedMailLookedForInSent();
    void twoSendersSendEachOnce_data() { test::addEngines(); }
    void twoSendersSendEachOnce()
    {
        QFETCH(QString, engine);
        const auto db = test::freshDatabase(engine, m_dir.path());
        QVERIFY(db);
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            const qint64 c = customerMail(db, u"twice-%1-%2-%3@example.com"_s.arg(engine, m_run).arg(i), "Pedido " + QByteArray::number(i), "Hola");
            ids << queue(db, c, u"Respuesta %1"_s.arg(i)).rfcMessageId;
        }
        std::atomic_int sent{0}, failed{0};
        std::atomic_bool go{false};
        QStringList errors[2];
        auto work = [&](int which) {
            OutboxSender sender(db, smtp()); // its own connection: one per thread
            while (!go.load())
                std::this_thread::yield();
            for (;;) {
                const OutboxPass pass = sender.sendDue(0, 1);
                if (!pass.ok)
                    errors[which] << pass.error;
                if (pass.outcomes.isEmpty())
                    break;
                sent += pass.sent();
                failed += pass.failed();
            }
        };
        std::thread a(work, 0), b(work, 1);
        go = true;
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable((errors[0] + errors[1]).join(u"; "_s)));
        QCOMPARE(failed.load(), 0);
        QCOMPARE(sent.load(), 8);
        for (const QString &id : ids)
            QCOMPARE(received(*m_server, id).size(), 1);
    }
};

// A sender that died in the middle of sending: the mail is 'sending', its claim older than the lease.
static void abandon(const std::shared_ptr<Database> &db, qint64 outboxId)
{
    QSqlQuery q(db->connection());
    q.prepare(u"UPDATE mail_outbox SET state = 'sending', claimed_by = 'gone:1:x', claimed_ms = ?, attempts = attempts + 1 WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - kSendLeaseMs - 1000);
    q.addBindValue(outboxId);
    if (!q.exec() || q.numRowsAffected() != 1)
        qFatal("cannot abandon mail %lld", static_cast<long long>(outboxId));
}

void TestMailSend::abandonedMailLookedForInSent()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const OutboxEntry went = queue(db, customerMail(db, u"sentcheck-1-%1-%2@example.com"_s.arg(engine, m_run), "Pedido", "Hola"), u"Sale hoy."_s);
    const OutboxEntry lost = queue(db, customerMail(db, u"sentcheck-2-%1-%2@example.com"_s.arg(engine, m_run), "Factura", "Hola"), u"Corregida."_s);
    abandon(db, went.id);
    abandon(db, lost.id);
    // The first went out before its sender died, and the team's server filed it in "Sent" (Gmail and
    // Exchange do so themselves); the second never went.
    ImapUrl url;
    url.tls = true;
    url.user = m_server->user;
    url.host = u"127.0.0.1"_s;
    url.port = m_server->imapsPort;
    ImapSession session({m_server->certificate, 10000});
    QVERIFY2(session.open(url, m_server->password), qPrintable(session.error()));
    const auto folders = session.list();
    QVERIFY(folders);
    if (!folders->contains(u"Sent"_s))
        QVERIFY2(session.create(u"Sent"_s), qPrintable(session.error()));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT raw FROM mail_outbox WHERE id = %1"_s.arg(went.id)) && q.next());
    QVERIFY2(session.append(u"Sent"_s, q.value(0).toString().toLatin1()), qPrintable(session.error()));
    OutboxSender sender(db, smtp());
    sender.setSentCheck(SentCheck{url, m_server->password, m_server->certificate, 10000});
    const OutboxPass pass = sender.sendDue();
    QVERIFY2(pass.ok, qPrintable(pass.error));
    QCOMPARE(pass.outcomes.size(), 2);
    QCOMPARE(pass.outcomes.at(0).foundIn, u"Sent"_s);
    QCOMPARE(pass.outcomes.at(0).takenOverFrom, u"gone:1:x"_s);
    QCOMPARE(received(*m_server, went.rfcMessageId).size(), 0); // not sent again
    QCOMPARE(stored(db, went.id).state, SendState::Sent);
    QVERIFY(pass.outcomes.at(1).foundIn.isEmpty());
    QCOMPARE(received(*m_server, lost.rfcMessageId).size(), 1); // looked for, not found: sent
    QCOMPARE(stored(db, lost.id).state, SendState::Sent);
    QCOMPARE(stored(db, lost.id).attempts, 2);
    // A fresh mail is never looked for: it goes at once.
    const OutboxEntry fresh = queue(db, customerMail(db, u"sentcheck-3-%1-%2@example.com"_s.arg(engine, m_run), "Otro", "Hola"), u"Listo."_s);
    const OutboxPass next = sender.sendDue();
    QCOMPARE(next.outcomes.size(), 1);
    QVERIFY(next.outcomes.at(0).takenOverFrom.isEmpty());
    QCOMPARE(received(*m_server, fresh.rfcMessageId).size(), 1);
}

QTEST_GUILESS_MAIN(TestMailSend)
#include "tst_mailsend.moc"
