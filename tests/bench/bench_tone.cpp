// Tone analyzer benchmark: throughput on one core and on all cores, latency for a message and for a
// long draft, lexicon load time, calma-cli score on one 20 MB line (time and peak memory) and over
// 100,000 JSON lines. Prints figures only.
#include "tone/toneanalyzer.h"

#include "benchcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <cstdio>
#include <cstring>

using namespace calma;

namespace {


QString textOfLength(const QStringList &texts, qsizetype length, int seed)
{
    QString out;
    for (int i = seed; out.size() < length; ++i)
        out += texts.at(i % texts.size()) + u' ';
    return out.left(length);
}

double percentile(std::vector<qint64> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return double(samples[size_t(p * double(samples.size() - 1))]) / 1000.0; // µs
}

void latency(const ToneAnalyzer &analyzer, const QStringList &texts, qsizetype length, int runs)
{
    std::vector<qint64> samples;
    QElapsedTimer timer;
    int sink = 0;
    for (int i = 0; i < runs; ++i) {
        const QString text = textOfLength(texts, length, i * 7);
        timer.start();
        sink += analyzer.analyze(text).heat;
        samples.push_back(timer.nsecsElapsed());
    }
    std::printf("  %5lld characters: p50 %8.1f µs   p99 %8.1f µs   (%d runs%s)\n", static_cast<long long>(length),
                percentile(samples, 0.5), percentile(samples, 0.99), runs, sink < 0 ? "" : "");
}

void throughput(const ToneAnalyzer &analyzer, const QStringList &texts)
{
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.toUtf8().size();
    // One core.
    QElapsedTimer timer;
    timer.start();
    qint64 messages = 0, rounds = 0;
    int sink = 0;
    while (timer.elapsed() < 2000) {
        for (const QString &t : texts)
            sink += analyzer.analyze(t).heat;
        messages += texts.size();
        ++rounds;
    }
    double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("  one core:  %9.0f messages/s  %6.2f MB/s  (mean message %lld bytes)\n", messages / seconds,
                rounds * bytes / seconds / 1e6, static_cast<long long>(bytes / texts.size()));
    // All cores.
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many += texts;
    timer.start();
    const QList<int> heats = QtConcurrent::blockingMapped(many, [&](const QString &t) { return analyzer.analyze(t).heat; });
    seconds = timer.nsecsElapsed() / 1e9;
    std::printf("  %d cores:   %9.0f messages/s  %6.2f MB/s%s\n", QThread::idealThreadCount(), many.size() / seconds,
                40 * bytes / seconds / 1e6, heats.isEmpty() || sink < 0 ? "" : "");
}

// Runs calma-cli score on `inputPath` and prints "<peak KiB> <exit status> <seconds>". This runs in a
// fresh, small copy of the benchmark (see hugeLine()): a child's peak resident size counts the memory of
// the process it was started from, so calma-cli must not be started from the benchmark itself, which
// holds the huge line and the lexicons.
int measureChild(const char *inputPath)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        const int in = open(inputPath, O_RDONLY);
        const int out = open("/dev/null", O_WRONLY);
        if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0)
            _exit(127);
        execl(CALMA_CLI, CALMA_CLI, "score", static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 1;
    std::printf("%ld %d %.3f\n", usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1, timer.nsecsElapsed() / 1e9);
    return 0;
}

// Memory for one huge message: calma-cli score on a single 20 MB JSON line, its peak resident size.
void hugeLine(const QStringList &texts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.jsonl"));
    qsizetype lineSize = 0;
    {
        QFile input(path);
        if (!input.open(QIODevice::WriteOnly))
            return;
        QString text;
        for (int i = 0; text.size() < 20'000'000; ++i)
            text += texts.at(i % texts.size()) + u' ';
        text.truncate(20'000'000);
        const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact) + '\n';
        lineSize = line.size();
        if (input.write(line) != line.size() || !input.flush())
            return;
    }
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("measure-child"), path});
    process.waitForFinished(-1);
    const QList<QByteArray> figures = process.readAllStandardOutput().trimmed().split(' ');
    if (figures.size() != 3) {
        std::printf("  calma-cli score, one huge line: could not be measured\n");
        return;
    }
    const double peakBytes = figures.at(0).toDouble() * 1024.0; // ru_maxrss is in KiB on Linux
    std::printf("  calma-cli score, one %.1f MB line: %.2f s, exit %d, peak %.0f MB (%.1f times the input)\n",
                double(lineSize) / 1e6, figures.at(2).toDouble(), figures.at(1).toInt(), peakBytes / 1e6,
                peakBytes / double(lineSize));
}

void cliRun(const QStringList &texts)
{
    QTemporaryDir dir;
    QFile input(dir.filePath(QStringLiteral("messages.jsonl")));
    if (!input.open(QIODevice::WriteOnly))
        return;
    for (int i = 0; i < 100000; ++i) {
        const QJsonObject line{{QStringLiteral("id"), i}, {QStringLiteral("text"), texts.at(i % texts.size())}};
        input.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    input.close();
    QProcess process;
    process.setStandardInputFile(input.fileName());
    process.setStandardOutputFile(dir.filePath(QStringLiteral("out.jsonl")));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CALMA_CLI), {QStringLiteral("score")});
    process.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QFile output(dir.filePath(QStringLiteral("out.jsonl")));
    output.open(QIODevice::ReadOnly);
    const qsizetype lines = output.readAll().count('\n');
    std::printf("  calma-cli score, 100,000 JSON lines (%.1f MB): %.2f s, exit %d, %lld lines out\n",
                input.size() / 1e6, seconds, process.exitCode(), static_cast<long long>(lines));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "measure-child") == 0)
        return measureChild(argv[2]);
    QCoreApplication app(argc, argv);
    std::printf("Calma tone analyzer benchmark (%d cores)\n", QThread::idealThreadCount());

    QElapsedTimer timer;
    timer.start();
    auto loaded = ToneAnalyzer::load();
    const double firstLoad = timer.nsecsElapsed() / 1e6;
    if (!loaded.analyzer)
        return 1;
    // "profile" (never by default): the corpus analysed 20 times and nothing else, for callgrind, whose
    // instruction counts do not depend on what else the machine is running.
    if (app.arguments().contains(u"profile")) {
        const QStringList corpus = benchCorpusTexts();
        int sink = 0;
        for (int round = 0; round < 20; ++round) {
            for (const QString &t : corpus)
                sink += loaded.analyzer->analyze(t).heat;
        }
        std::printf("Analysed the corpus 20 times (%lld messages); heat sum %d\n", static_cast<long long>(20 * corpus.size()), sink);
        return 0;
    }
    std::vector<qint64> loads;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        loaded = ToneAnalyzer::load();
        loads.push_back(timer.nsecsElapsed());
    }
    std::printf("Lexicon load: first %.1f ms (includes building the folding table), then median %.1f ms\n", firstLoad,
                percentile(loads, 0.5) / 1000.0);
    const ToneAnalyzer &analyzer = *loaded.analyzer;
    const QStringList texts = benchCorpusTexts();
    if (texts.isEmpty())
        return 1;

    // Sections may be named on the command line (throughput, latency, huge, cli), to profile one of them
    // alone: perf record -g bench_tone throughput.
    const QStringList sections = app.arguments().mid(1);
    const auto wanted = [&](const char *name) { return sections.isEmpty() || sections.contains(QLatin1StringView(name)); };
    if (wanted("throughput")) {
        std::printf("Throughput on the labelled corpus (%lld messages, Spanish and English):\n", static_cast<long long>(texts.size()));
        throughput(analyzer, texts);
    }
    if (wanted("latency")) {
        std::printf("Latency:\n");
        latency(analyzer, texts, 300, 5000);
        latency(analyzer, texts, 5000, 1000);
    }
    if (wanted("huge"))
        hugeLine(texts);
    if (wanted("cli"))
        cliRun(texts);
    return 0;
}
