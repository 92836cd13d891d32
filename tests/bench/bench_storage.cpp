// Storage benchmark: import with scoring of generated help-desk rows (1,000,000 by default; pass a
// number to change it), a ranked inbox page of 100, full-text search, and the database size on disk.
// Run on SQLite by default; pass --database URL for PostgreSQL. Prints figures only.
#include "io/importer.h"

#include "benchcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 count = 1'000'000;
    QString url;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--database" && i + 1 < args.size())
            url = args.at(++i);
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
    // Ten messages a conversation, spread over the last few days.
    QByteArray csv = "ticket_id,message_id,subject,body,requester,requester_email,created_at\n";
    const qint64 start = 1'790'000'000;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 ticket = i / 10;
        csv += QByteArray::number(ticket) + ',' + QByteArray::number(i) + ",Ticket " + QByteArray::number(ticket) + ','
            + csvField(texts.at(int(i % texts.size()))) + ",Customer " + QByteArray::number(ticket) + ",c"
            + QByteArray::number(ticket % 50000) + "@example.com," + QByteArray::number(start + i * 7) + '\n';
    }
    std::printf("  generated %lld rows (%.1f MB of CSV)\n", static_cast<long long>(count), csv.size() / 1e6);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = Importer(opened.database, analyzer).importData(csv, QStringLiteral("bench.csv"), ImportFormat::Csv);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("  import with scoring: %.1f s, %.0f messages/s (%lld conversations)\n", seconds, count / seconds,
                static_cast<long long>(report.conversationsAdded));
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
        std::printf("  database on disk: %.1f MB (%.0f bytes per message)\n", bytes / 1e6, double(bytes) / double(count));
    }
    return 0;
}
