// Syncing a real IMAP mailbox (the Dovecot of the "mailserver" fixture, .ci/mailserver) into the inbox on
// SQLite and PostgreSQL: the test mails, threading, duplicates, skipped mail named by UID, nothing marked
// read, a second sync that adds nothing, errors that say what failed, a connection dropped in the middle
// of a fetch and resumed, and new mail seen while watching.
#include "mail/mailboxname.h"
#include "mail/mailsync.h"
#include "testdatabases.h"

#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

struct Server
{
    QString user, password, certificate;
    quint16 imapPort = 0, imapsPort = 0;
};

std::optional<Server> server()
{
    QFile file(qEnvironmentVariable("CALMA_TEST_MAIL_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> v;
    for (const QByteArray &line : file.readAll().split('\n'))
        v.insert(QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
    return Server{v.value(u"user"_s), v.value(u"password"_s), v.value(u"certificate"_s), quint16(v.value(u"imap_port"_s).toUInt()),
                  quint16(v.value(u"imaps_port"_s).toUInt())};
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/mail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

QByteArray mail(const QByteArray &id, const QByteArray &from, const QByteArray &subject, const QByteArray &text, const QByteArray &inReplyTo = {})
{
    QByteArray raw = "From: " + from + "\r\nTo: soporte@calma.test\r\nSubject: " + subject + "\r\nDate: " +
                     QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <" + id + ">\r\n";
    if (!inReplyTo.isEmpty())
        raw += "In-Reply-To: <" + inReplyTo + ">\r\nReferences: <" + inReplyTo + ">\r\n";
    return raw + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
}

// Relays bytes to the IMAP server and closes both sides once `budget` bytes have come back from it.
class DropProxy : public QThread
{
public:
    DropProxy(quint16 target, qint64 budget) : m_target(target), m_budget(budget) {}
    quint16 port() const { return m_port.load(); }

protected:
    void run() override
    {
        QTcpServer listener;
        listener.listen(QHostAddress::LocalHost);
        m_port = listener.serverPort();
        QObject::connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            QTcpSocket *client = listener.nextPendingConnection();
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto remaining = std::make_shared<qint64>(m_budget);
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [=] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
                const QByteArray data = upstream->readAll();
                if (*remaining >= 0 && data.size() >= *remaining) {
                    client->write(data.left(*remaining));
                    client->flush();
                    client->abort();
                    upstream->abort();
                    return;
                }
                if (*remaining >= 0)
                    *remaining -= data.size();
                client->write(data);
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            m_budget = -1; // only the first connection is cut
        });
        exec();
    }

private:
    quint16 m_target;
    qint64 m_budget;
    std::atomic<quint16> m_port{0};
};

} // namespace

class TestMailSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void syncsAMailbox_data() { test::addEngines(); }
    void syncsAMailbox();
    void errorsSayWhatFailed();
    void resumesAfterADrop_data() { test::addEngines(); }
    void resumesAfterADrop();
    void watchSeesNewMail_data() { test::addEngines(); }
    void watchSeesNewMail();
    void oneProcessPerMailbox();
    void nonAsciiMailboxes_data() { test::addEngines(); }
    void nonAsciiMailboxes();

private:
    ImapUrl url(const QString &mailbox, bool imaps = true, quint16 port = 0) const;
    QString newMailbox(const QList<QByteArray> &mails, const QString &prefix = u"T"_s);
    MailSyncOptions options(const ImapUrl &url) const;

    QTemporaryDir m_dir;
    Server m_server;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

ImapUrl TestMailSync::url(const QString &mailbox, bool imaps, quint16 port) const
{
    ImapUrl u;
    u.tls = imaps;
    u.startTls = !imaps;
    u.user = m_server.user;
    u.host = u"127.0.0.1"_s;
    u.port = port ? port : imaps ? m_server.imapsPort : m_server.imapPort;
    u.mailbox = mailbox;
    return u;
}

MailSyncOptions TestMailSync::options(const ImapUrl &url) const
{
    MailSyncOptions o;
    o.url = url;
    o.password = m_server.password;
    o.caCertificateFile = m_server.certificate;
    o.sinceDays = 1;
    o.timeoutMs = 10000;
    o.pollMs = 5000;
    return o;
}

// A mailbox of this test's own (so that parallel runs and both engines never share one), holding `mails`.
QString TestMailSync::newMailbox(const QList<QByteArray> &mails, const QString &prefix)
{
    const QString name = u"%1%2-%3"_s.arg(prefix).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate());
    ImapSession session({m_server.certificate, 10000});
    if (!session.open(url(u"INBOX"_s), m_server.password) || !session.create(name))
        qFatal("cannot prepare the test mailbox: %s", qPrintable(session.error()));
    for (const QByteArray &raw : mails)
        if (!session.append(name, raw))
            qFatal("cannot add a test mail: %s", qPrintable(session.error()));
    return name;
}

void TestMailSync::initTestCase()
{
    const auto found = server();
    QVERIFY2(found, "no mail server: these tests need the \"mailserver\" fixture (.ci/mailserver) and CALMA_TEST_MAIL_STATE");
    m_server = *found;
    m_analyzer = ToneAnalyzer::load().analyzer;
    QVERIFY(m_analyzer);
}

void TestMailSync::syncsAMailbox()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    // A 20 MB scan, as Gmail attaches it.
    QByteArray scan = QByteArray(20 * 1024 * 1024, 's').toBase64(), wrapped;
    for (qsizetype i = 0; i < scan.size(); i += 76)
        wrapped += scan.mid(i, 76) + "\r\n";
    const QByteArray big = "From: Big Scan <scan@example.com>\r\nSubject: the contract\r\nMessage-ID: <big-scan@example.com>\r\n"
                           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
                           "Here is the signed contract.\r\n--b1\r\nContent-Type: application/pdf; name=\"contract.pdf\"\r\n"
                           "Content-Disposition: attachment; filename=\"contract.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapped + "--b1--\r\n";
    const QList<QByteArray> mails{
        fixture(u"gmail-en-utf8.eml"_s),                       // 1
        fixture(u"outlook-es-latin1-qp.eml"_s),                // 2
        fixture(u"apple-es-html-only.eml"_s),                  // 3
        fixture(u"thunderbird-en-cp1252-base64.eml"_s),        // 4
        fixture(u"gmail-es-attachments.eml"_s),                // 5
        fixture(u"broken-mime.eml"_s),                         // 6
        fixture(u"no-date.eml"_s),                             // 7
        fixture(u"not-a-message.eml"_s),                       // 8: skipped
        big,                                                   // 9
        // 10: a reply threaded by In-Reply-To to José María's message
        mail("reply-1@ejemplo.es", "=?iso-8859-1?Q?Jos=E9_Mar=EDa_N=FA=F1ez?= <JMNunez@ejemplo.es>", "Re: otra cosa",
             "Sigo sin noticias.", "DB9PR01MB12345E6F7A8B9C0D1E2F3A4B5C6D7@DB9PR01MB1234.eurprd01.prod.exchangelabs.com"),
        // 11: a reply threaded only by its subject
        mail("reply-2@gmail.com", "Carmen Ruiz <carmen.ruiz.g@gmail.com>", "RE: Factura incorrecta", "¿Alguna novedad?"),
        fixture(u"gmail-en-utf8.eml"_s),                       // 12: the same Message-ID again
        fixture(u"no-sender.eml"_s),                           // 13: skipped
    };
    const QString mailbox = newMailbox(mails);
    MailSync sync(db, m_analyzer, options(url(mailbox)));
    QElapsedTimer timer;
    timer.start();
    const SyncReport first = sync.syncOnce();
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.firstConnection);
    QCOMPARE(first.fetched, 13);
    QCOMPARE(first.skipped.size(), 2);
    QCOMPARE(first.skipped.at(0).uid, 8);
    QCOMPARE(first.skipped.at(0).error, u"not a mail message: it does not start with headers"_s);
    QCOMPARE(first.skipped.at(1).uid, 13);
    QCOMPARE(first.duplicates, 1);
    QCOMPARE(first.threaded, 2);
    QCOMPARE(first.newConversations, 8);
    QCOMPARE(first.added, 10);
    QCOMPARE(first.lastUid, 13);
    const ConversationStore store(db);
    QCOMPARE(store.conversationCount(), 8);
    QCOMPARE(store.messageCount(), 10);
    qInfo("first sync: 13 mails (one of 20 MB) in %lld ms", static_cast<long long>(timer.elapsed()));
    // Nothing was marked read.
    ImapSession check({m_server.certificate, 10000});
    QVERIFY(check.open(url(mailbox), m_server.password));
    QVERIFY(check.examine(mailbox));
    for (qint64 uid = 1; uid <= 13; ++uid) {
        const auto fetched = check.fetch(uid);
        QVERIFY2(fetched, qPrintable(check.error()));
        QVERIFY2(!fetched->seen, qPrintable(u"UID %1 was marked read"_s.arg(uid)));
    }
    // Over STARTTLS, the same mailbox: nothing new.
    MailSync again(db, m_analyzer, options(url(mailbox, false)));
    const SyncReport second = again.syncOnce();
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(!second.firstConnection);
    QCOMPARE(second.fetched, 0);
    QCOMPARE(store.messageCount(), 10);
    // The 20 MB attachment is listed, not kept.
    QString error;
    InboxQuery query;
    query.text = u"contract"_s;
    const auto rows = store.inbox(query, &error);
    QCOMPARE(rows.size(), 1);
    const auto messages = store.messages(rows.first().id, &error);
    QCOMPARE(messages.first().body, u"Here is the signed contract.\n[attachment: contract.pdf, application/pdf, 20.0 MB]"_s);
}

void TestMailSync::errorsSayWhatFailed()
{
    const auto db = test::freshDatabase(u"sqlite"_s, m_dir.path());
    QVERIFY(db);
    const QString mailbox = newMailbox({});
    MailSyncOptions wrong = options(url(mailbox));
    wrong.password = u"not-the-password"_s;
    SyncReport r = MailSync(db, m_analyzer, wrong).syncOnce();
    QCOMPARE(r.errorKind, MailError::Auth);
    QVERIFY2(r.error.contains(u"refused the login of calma: wrong user or password?"_s), qPrintable(r.error));

    r = MailSync(db, m_analyzer, options(url(u"NoSuchBox"_s))).syncOnce();
    QCOMPARE(r.errorKind, MailError::NoMailbox);
    QVERIFY2(r.error.startsWith(u"there is no mailbox \"NoSuchBox\" for calma on 127.0.0.1:"_s), qPrintable(r.error));

    MailSyncOptions untrusted = options(url(mailbox));
    untrusted.caCertificateFile.clear();
    r = MailSync(db, m_analyzer, untrusted).syncOnce();
    QCOMPARE(r.errorKind, MailError::Tls);
    QVERIFY2(r.error.contains(u"self-signed"_s) && r.error.contains(u"--ca-cert"_s), qPrintable(r.error));
    untrusted = options(url(mailbox, false)); // STARTTLS: the same check
    untrusted.caCertificateFile.clear();
    r = MailSync(db, m_analyzer, untrusted).syncOnce();
    QCOMPARE(r.errorKind, MailError::Tls);

    r = MailSync(db, m_analyzer, options(url(mailbox, true, 1))).syncOnce();
    QCOMPARE(r.errorKind, MailError::Connect);
    QVERIFY2(r.error.startsWith(u"cannot connect to 127.0.0.1:1: "_s), qPrintable(r.error));
}

void TestMailSync::resumesAfterADrop()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    QList<QByteArray> mails;
    for (int i = 1; i <= 6; ++i)
        mails << mail("drop-" + QByteArray::number(i) + "@example.com", "Ana <ana@example.com>", "Pedido " + QByteArray::number(i),
                      QByteArray("Mi pedido no llega. ") + QByteArray(3000, 'x'));
    const QString mailbox = newMailbox(mails);
    // Through a relay that cuts the connection once about half the mail has come back (plain IMAP on
    // loopback, so that the bytes counted are the mails').
    DropProxy proxy(m_server.imapPort, 12000);
    proxy.start();
    while (proxy.port() == 0)
        QThread::msleep(5);
    ImapUrl relayed = url(mailbox, false, proxy.port());
    relayed.startTls = false;
    MailSync sync(db, m_analyzer, options(relayed));
    const SyncReport cut = sync.syncOnce();
    QVERIFY(!cut.ok);
    QCOMPARE(cut.errorKind, MailError::Dropped);
    QVERIFY2(cut.error.contains(u"closed the connection while fetching UID"_s), qPrintable(cut.error));
    QVERIFY2(cut.added >= 1 && cut.added < 6, qPrintable(QString::number(cut.added)));
    const ConversationStore store(db);
    QCOMPARE(store.messageCount(), cut.added);
    const SyncReport resumed = sync.syncOnce(); // reconnects (the relay lets this one through)
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(resumed.added, 6 - cut.added);
    QCOMPARE(store.messageCount(), 6);
    proxy.quit();
    proxy.wait();
}

void TestMailSync::watchSeesNewMail()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    const QString mailbox = newMailbox({mail("w0@example.com", "Ana <ana@example.com>", "Hola", "Primero")});
    std::atomic_bool stop{false};
    std::atomic<int> passes{0};
    std::thread watcher([&] {
        MailSync sync(db, m_analyzer, options(url(mailbox)));
        sync.watch(stop, [&](const SyncReport &r) {
            if (!r.ok)
                qWarning("watch: %s", qPrintable(r.error));
            ++passes;
        });
    });
    const ConversationStore store(db);
    QTRY_COMPARE_WITH_TIMEOUT(store.messageCount(), 1, 10000);
    QTest::qWait(300); // the watcher is in IDLE by now
    ImapSession writer({m_server.certificate, 10000});
    QVERIFY(writer.open(url(mailbox), m_server.password));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writer.append(mailbox, mail("w1@example.com", "Bea <bea@example.com>", "Urgente", "¡Esto es inaceptable!")));
    QTRY_COMPARE_WITH_TIMEOUT(store.messageCount(), 2, 10000);
    qInfo("new mail to its row while watching (IDLE): %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(timer.elapsed() < 4000, "IDLE should have told the watcher well before its 5 s poll");
    stop = true;
    watcher.join();
    QVERIFY(passes >= 2);
}

void TestMailSync::oneProcessPerMailbox()
{
    const auto db = test::freshDatabase(u"sqlite"_s, m_dir.path());
    QVERIFY(db);
    MailSync first(db, m_analyzer, options(url(u"INBOX"_s)));
    MailSync second(db, m_analyzer, options(url(u"INBOX"_s)));
    QString error;
    QVERIFY2(first.lock(&error), qPrintable(error));
    QVERIFY(!second.lock(&error));
    QVERIFY2(error.contains(u"is syncing calma@127.0.0.1/INBOX into this database"_s), qPrintable(error));
}

void TestMailSync::nonAsciiMailboxes()
{
    QFETCH(QString, engine);
    const auto db = test::freshDatabase(engine, m_dir.path());
    QVERIFY(db);
    // Folders named as Spanish and Russian teams name them: they go over the wire in modified UTF-7.
    const QString spanish = newMailbox({mail("utf7-es@example.com", "Ana <ana@example.com>", "Pedido", "Mi pedido no llega.")},
                                       u"Atención al cliente "_s);
    const QString russian = newMailbox({mail("utf7-ru@example.com", "Oleg <oleg@example.ru>", "Заказ", "Где мой заказ?")}, u"Входящие "_s);
    for (const QString &mailbox : {spanish, russian}) {
        MailSync sync(db, m_analyzer, options(url(mailbox)));
        const SyncReport r = sync.syncOnce();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.mailbox, u"calma@127.0.0.1/"_s + mailbox);
        QCOMPARE(sync.syncOnce().fetched, 0); // its state is kept under the decoded name
    }
    QCOMPARE(ConversationStore(db).messageCount(), 2);
    // LIST answers in modified UTF-7; the names come back decoded.
    ImapSession session({m_server.certificate, 10000});
    QVERIFY2(session.open(url(u"INBOX"_s), m_server.password), qPrintable(session.error()));
    const std::optional<QStringList> names = session.list();
    QVERIFY2(names, qPrintable(session.error()));
    QVERIFY2(names->contains(spanish) && names->contains(russian), qPrintable(names->join(u" | "_s)));
    // On the server's disk the folder has its modified UTF-7 name (Dovecot's maildir keeps the wire name).
    const QString home = QFileInfo(m_server.certificate).path() + u"/home/calma/Maildir/."_s;
    QVERIFY2(QFileInfo::exists(home + QString::fromLatin1(encodeMailboxName(spanish))), qPrintable(home + spanish));
    QVERIFY(QString::fromLatin1(encodeMailboxName(spanish)).startsWith(u"Atenci&APM-n al cliente "_s));
    // A misspelt folder: the error lists the ones there are, decoded.
    const SyncReport wrong = MailSync(db, m_analyzer, options(url(u"Atencion al cliente"_s))).syncOnce();
    QCOMPARE(wrong.errorKind, MailError::NoMailbox);
    QVERIFY2(wrong.error.contains(u"the mailboxes there are: "_s) && wrong.error.contains(spanish), qPrintable(wrong.error));
}

QTEST_GUILESS_MAIN(TestMailSync)
#include "tst_mailsync.moc"
