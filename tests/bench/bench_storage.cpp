// Storage benchmark: import with scoring of a generated help-desk CSV file (1,000,000 rows by default;
// pass a number to change it, or --gigabytes G for a file of that size), a ranked inbox page of 100,
// full-text search, and the database size on disk. While the file is imported, another thread sends
// an agent's reply every 50 ms and the longest any of them waited is printed. Peak memory is the
// process's (the file is written to disk a row at a time and imported from there).
// Run on SQLite by default; pass --database URL for PostgreSQL. Prints figures only.
#include "io/importer.h"

#include "benchcorpus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

using namespace calma;

namespace {

QByteArray csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        f(i);
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double cpuSeconds() // this process's, user and system: a figure that holds on a busy machine
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 count = 1'000'000;
    double gigabytes = 0;
    QString url;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--database" && i + 1 < args.size())
            url = args.at(++i);
        else if (args.at(i) == u"--gigabytes" && i + 1 < args.size())
            gigabytes = args.at(++i).toDouble();
        else
            count = args.at(i).toLongLong();
    }
    QTemporaryDir dir;
    if (url.isEmpty())
        url = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    const auto opened = Database::open(*DatabaseUrl::parse(url, &error));
    const auto analyzer = ToneAnalyzer::load().analyzer;
    if (!opened.database || !analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    const QStringList texts = benchCorpusTexts();
    std::printf("Calma storage benchmark on %s\n", qPrintable(opened.database->url().display()));
    // Ten messages a conversation, a minute apart, written to disk a row at a time.
    const QString path = dir.filePath(QStringLiteral("bench.csv"));
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    csv.write("ticket_id,message_id,subject,body,requester,requester_email,created_at\n");
    const QDateTime start(QDate(2026, 9, 1), QTime(8, 0), QTimeZone::utc());
    qint64 rows = 0;
    for (; gigabytes > 0 ? csv.pos() < qint64(gigabytes * 1e9) : rows < count; ++rows) {
        const qint64 ticket = rows / 10;
        csv.write(QByteArray::number(ticket) + ',' + QByteArray::number(rows) + ",Ticket " + QByteArray::number(ticket) + ','
                  + csvField(texts.at(int(rows % texts.size()))) + ",Customer " + QByteArray::number(ticket) + ",c"
                  + QByteArray::number(ticket % 50000) + "@example.com," + start.addSecs(rows * 60).toString(Qt::ISODate).toLatin1() + '\n');
    }
    csv.close();
    std::printf("  generated %lld rows (%.1f MB of CSV); peak memory so far %.0f MB\n", static_cast<long long>(rows),
                QFileInfo(path).size() / 1e6, peakMegabytes());

    // An agent replying while the import runs, from a thread (and a connection) of its own.
    const ConversationStore setup(opened.database);
    const auto replyTo = setup.addConversation({QStringLiteral("bench-reply"), QStringLiteral("Ana"), {}, {}, QStringLiteral("Waiting"),
                                                QStringLiteral("email"), QStringLiteral("open"), 1}, &error);
    std::atomic<bool> importing{true};
    std::atomic<qint64> longestReplyNs{0}, replies{0}, failedReplies{0};
    QThread *agent = QThread::create([&] {
        const ConversationStore store(opened.database);
        QElapsedTimer timer;
        while (importing) {
            timer.start();
            QString holder, why;
            const ReplyResult sent = store.reply(*replyTo, QStringLiteral("Marta"), QStringLiteral("Thanks for waiting, it is on its way."),
                                                 QDateTime::currentMSecsSinceEpoch(), &holder, &why);
            longestReplyNs = std::max<qint64>(longestReplyNs, timer.nsecsElapsed());
            ++(sent == ReplyResult::Sent ? replies : failedReplies);
            QThread::msleep(50);
        }
    });
    if (replyTo)
        agent->start();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const ImportReport report = Importer(opened.database, analyzer).importFile(path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    importing = false;
    agent->wait();
    delete agent;
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("  import with scoring: %.1f s, %.0f messages/s (%lld conversations); peak memory %.0f MB\n", seconds,
                report.messagesAdded / seconds, static_cast<long long>(report.conversationsAdded), peakMegabytes());
    std::printf("  CPU time of this process: %.1f s, %.0f µs per message (%.1f cores busy on average)\n", cpu,
                cpu * 1e6 / double(std::max<qint64>(1, report.messagesAdded)), cpu / seconds);
    std::printf("  of which writing the database: %.1f s (its longest transaction %.2f s); %lld replies during the import (%lld failed), "
                "the longest another writer waited (a reply, from its start to its commit) %.2f s\n",
                report.writeMs / 1000.0, report.longestWriteMs / 1000.0, static_cast<long long>(replies.load()),
                static_cast<long long>(failedReplies.load()), longestReplyNs / 1e9);
    const ConversationStore store(opened.database);
    const double inbox = medianMs(20, [&](int i) { store.inbox({.limit = 100, .offset = (i % 5) * 100}); });
    std::printf("  ranked inbox page of 100: median %.1f ms\n", inbox);
    const QStringList queries{QStringLiteral("reembolso"), QStringLiteral("refund"), QStringLiteral("tercera vez"),
                              QStringLiteral("manager"), QStringLiteral("factura")};
    const double search = medianMs(20, [&](int i) { store.search(queries.at(i % queries.size()), 20); });
    std::printf("  full-text search (20 results): median %.1f ms\n", search);
    const double filtered = medianMs(10, [&](int i) { store.inbox({.text = queries.at(i % queries.size()), .limit = 100}); });
    std::printf("  inbox filtered by text: median %.1f ms\n", filtered);
    if (opened.database->engine() == DatabaseUrl::Engine::SQLite) {
        qint64 bytes = QFileInfo(url).size() + QFileInfo(url + QStringLiteral("-wal")).size();
        std::printf("  database on disk: %.1f MB (%.0f bytes per message)\n", bytes / 1e6, double(bytes) / double(rows));
    }
    return 0;
}
