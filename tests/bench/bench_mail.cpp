// Mail benchmark against real servers (it starts the test fixtures .ci/mailserver and .ci/postgres on
// CALMA_IMAP_PORT, CALMA_SMTP_PORT and CALMA_PG_PORT, and stops them): the sync speed of 2,000 mails
// (pass another number to change it) from Dovecot into SQLite and into PostgreSQL, and the time from a
// mail delivered to the mailbox, with `calma-cli mail sync --watch` running (IDLE), until a second
// agent's process sees it in its inbox through the app's change watcher (PostgreSQL's NOTIFY; SQLite's
// data_version, polled every second as the app does). Prints figures only.
#include "mail/mailsync.h"
#include "storage/changewatcher.h"
#include "../core/testdatabases.h"

#include "benchcorpus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> g_mail;

bool fixture(const char *name, const QString &action, const QString &state)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"bash"_s, {QStringLiteral(CALMA_SOURCE_DIR "/.ci/") + QLatin1StringView(name), action, state});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_mail: .ci/%s %s failed\n", name, qPrintable(action));
        return false;
    }
    return true;
}

ImapUrl url(const QString &mailbox)
{
    ImapUrl u;
    u.tls = true;
    u.user = g_mail.value(u"user"_s);
    u.host = u"127.0.0.1"_s;
    u.port = quint16(g_mail.value(u"imaps_port"_s).toUInt());
    u.mailbox = mailbox;
    return u;
}

// A customer mail as mail clients write it: quoted-printable UTF-8, a quoted earlier message under
// every third one, a reply (In-Reply-To the one before) every fifth.
QByteArray customerMail(int i, const QStringList &texts, const QString &tag)
{
    const QString text = texts.at(i % texts.size());
    QByteArray raw = "From: =?UTF-8?Q?Cliente_" + QByteArray::number(i % 400) + "?= <cliente" + QByteArray::number(i % 400) +
                     "@example.com>\r\nTo: soporte@calma.test\r\nSubject: Pedido " + QByteArray::number(i / 5) + "\r\nDate: " +
                     QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <" + tag.toUtf8() + '-' +
                     QByteArray::number(i) + "@example.com>\r\n";
    if (i % 5 != 0)
        raw += "In-Reply-To: <" + tag.toUtf8() + '-' + QByteArray::number(i - 1) + "@example.com>\r\n";
    raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    QString body = text;
    if (i % 3 == 0)
        body += u"\n\nEl lun, 2 mar 2026 a las 10:00, Soporte <soporte@calma.test> escribió:\n> Gracias por escribirnos.\n> Lo revisamos."_s;
    for (const char c : body.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            raw += "\r\n";
        else if (u >= 128 || c == '=')
            raw += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            raw += c;
    }
    return raw + "\r\n";
}

QString newMailbox(const QString &name, const QList<QByteArray> &mails, qint64 *appendMs)
{
    ImapSession session({g_mail.value(u"certificate"_s), 30000});
    if (!session.open(url(u"INBOX"_s), g_mail.value(u"password"_s)) || !session.create(name))
        qFatal("cannot make the mailbox %s: %s", qPrintable(name), qPrintable(session.error()));
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &raw : mails)
        if (!session.append(name, raw))
            qFatal("cannot add a mail: %s", qPrintable(session.error()));
    if (appendMs)
        *appendMs = timer.elapsed();
    return name;
}

void syncSpeed(const QString &engine, const QString &mailbox, int count, const QString &dir, const std::shared_ptr<const ToneAnalyzer> &analyzer)
{
    const auto db = test::freshDatabase(engine, dir);
    if (!db)
        qFatal("no %s database", qPrintable(engine));
    MailSyncOptions options;
    options.url = url(mailbox);
    options.password = g_mail.value(u"password"_s);
    options.caCertificateFile = g_mail.value(u"certificate"_s);
    options.sinceDays = 1;
    MailSync sync(db, analyzer, options);
    QElapsedTimer timer;
    timer.start();
    const SyncReport r = sync.syncOnce();
    const qint64 ms = timer.elapsed();
    if (!r.ok || r.fetched != count)
        qFatal("%s: sync failed after %lld mails: %s", qPrintable(engine), static_cast<long long>(r.fetched), qPrintable(r.error));
    std::printf("sync into %-10s %d mails in %6.2f s: %6.0f mails/s (%lld conversations, %lld threaded)\n", qPrintable(engine), count,
                double(ms) / 1000.0, count * 1000.0 / double(std::max<qint64>(ms, 1)), static_cast<long long>(r.newConversations),
                static_cast<long long>(r.threaded));
    std::fflush(stdout);
}

void liveLatency(const QString &engine, const QString &dir, int rounds)
{
    QString error;
    const QString dbUrl = test::databaseUrl(engine, dir, true, &error);
    const auto db = test::openDatabase(dbUrl);
    if (!db)
        qFatal("no %s database: %s", qPrintable(engine), qPrintable(error));
    const QString mailbox = newMailbox(u"Live-%1-%2"_s.arg(engine).arg(QDateTime::currentMSecsSinceEpoch()), {}, nullptr);
    QTemporaryDir secrets;
    QFile password(secrets.filePath(u"imap-password"_s));
    if (!password.open(QIODevice::WriteOnly) || password.write(g_mail.value(u"password"_s).toUtf8()) < 0 ||
        !password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qFatal("cannot write the password file");
    password.close();
    // The team's service: calma-cli mail sync --watch, a process of its own.
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(QStringLiteral(CALMA_CLI), {u"mail"_s, u"sync"_s, u"--watch"_s, u"--imap"_s, url(mailbox).display(), u"--password-file"_s,
                                              password.fileName(), u"--ca-cert"_s, g_mail.value(u"certificate"_s), u"--database"_s, dbUrl});
    if (!service.waitForStarted())
        qFatal("cannot start calma-cli");
    if (!service.waitForReadyRead(20000)) // its first pass's line: the mailbox is connected, the watch is on
        qFatal("mail sync --watch said nothing: %s", service.readAllStandardOutput().constData());
    service.readAllStandardOutput();
    // The second agent: another connection in this process, told of changes as the app is, reading its inbox.
    const auto agentDb = test::openDatabase(dbUrl);
    ConversationStore inbox(agentDb);
    ChangeWatcher watcher(agentDb);
    std::atomic_int changes{0};
    QObject::connect(&watcher, &ChangeWatcher::changed, &watcher, [&] { ++changes; }, Qt::DirectConnection);
    QThread::msleep(1500); // the watcher is listening, the service is in IDLE
    ImapSession writer({g_mail.value(u"certificate"_s), 30000});
    if (!writer.open(url(u"INBOX"_s), g_mail.value(u"password"_s)))
        qFatal("%s", qPrintable(writer.error()));
    const QStringList texts = benchCorpusTexts();
    QList<qint64> latencies;
    for (int round = 0; round < rounds; ++round) {
        const QString subject = u"Urgente %1"_s.arg(round);
        const QByteArray raw = "From: Bea <bea" + QByteArray::number(round) + "@example.com>\r\nSubject: " + subject.toUtf8() +
                               "\r\nMessage-ID: <live-" + engine.toUtf8() + '-' + QByteArray::number(round) + '-' +
                               QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
                               "@example.com>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + texts.at(round % texts.size()).toUtf8() + "\r\n";
        const int before = changes.load();
        QElapsedTimer timer;
        timer.start();
        if (!writer.append(mailbox, raw))
            qFatal("%s", qPrintable(writer.error()));
        bool seen = false;
        while (!seen && timer.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (changes.load() == before) {
                QThread::msleep(2);
                continue;
            }
            // Told: the agent's inbox is read again, as the app's live refresh does.
            InboxQuery query;
            query.limit = 200;
            for (const ConversationSummary &row : inbox.inbox(query, &error))
                seen = seen || row.subject == subject;
            if (!seen)
                QThread::msleep(2);
        }
        if (!seen)
            qFatal("%s: round %d never reached the second agent's inbox", qPrintable(engine), round);
        latencies << timer.elapsed();
        QThread::msleep(300); // the service goes back into IDLE
    }
    service.terminate();
    service.waitForFinished(10000);
    std::sort(latencies.begin(), latencies.end());
    std::printf("new mail to another agent's inbox, %-10s median %4lld ms, p90 %4lld ms, max %4lld ms (%d mails, IDLE, %s)\n",
                qPrintable(engine), static_cast<long long>(latencies.at(latencies.size() / 2)),
                static_cast<long long>(latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 9 / 10))),
                static_cast<long long>(latencies.last()), rounds,
                engine == u"sqlite" ? "data_version polled every 1 s" : "LISTEN/NOTIFY");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    QTemporaryDir dir;
    const QString mailState = dir.filePath(u"mailserver.state"_s), pgState = dir.filePath(u"postgres.state"_s);
    if (!fixture("mailserver", u"start"_s, mailState))
        return 1;
    if (!fixture("postgres", u"start"_s, pgState)) {
        fixture("mailserver", u"stop"_s, mailState);
        return 1;
    }
    qputenv("CALMA_TEST_POSTGRES_STATE", pgState.toLocal8Bit());
    QFile file(mailState);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no mail server state");
    for (const QByteArray &line : file.readAll().split('\n'))
        g_mail.insert(QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
    const auto analyzer = ToneAnalyzer::load().analyzer;
    const QStringList texts = benchCorpusTexts();
    QList<QByteArray> mails;
    qint64 bytes = 0;
    const QString tag = u"bench-%1"_s.arg(QDateTime::currentMSecsSinceEpoch(), 0, 36);
    for (int i = 0; i < count; ++i) {
        mails << customerMail(i, texts, tag);
        bytes += mails.last().size();
    }
    qint64 appendMs = 0;
    const QString mailbox = newMailbox(u"Bench"_s, mails, &appendMs);
    std::printf("%d mails (%.1f MB) put into Dovecot by IMAP APPEND in %.2f s\n", count, double(bytes) / 1e6, double(appendMs) / 1000.0);
    syncSpeed(u"sqlite"_s, mailbox, count, dir.path(), analyzer);
    syncSpeed(u"postgresql"_s, mailbox, count, dir.path(), analyzer);
    liveLatency(u"postgresql"_s, dir.path(), 20);
    liveLatency(u"sqlite"_s, dir.path(), 20);
    fixture("postgres", u"stop"_s, pgState);
    fixture("mailserver", u"stop"_s, mailState);
    return 0;
}
