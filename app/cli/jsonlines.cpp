// JSON Lines processing shared by calma-cli's commands.
#include "jsonlines.h"

#include "io/utf8.h"
#include "jsonlinewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>
#include <numeric>

namespace calma::cli {
namespace {

constexpr qsizetype kBatchLines = 4096;
constexpr qsizetype kBatchBytes = 16 * 1024 * 1024;

} // namespace

LineOutput lineError(qint64 lineNumber, const QString &message)
{
    return {toJsonLine(QJsonObject{{QStringLiteral("line"), lineNumber}, {QStringLiteral("error"), message}}), message};
}

QString stringField(const QJsonObject &input, const QString &name, bool required, QString *error)
{
    const QJsonValue value = input.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = QStringLiteral("missing field \"%1\"").arg(name);
        return {};
    }
    if (!value.isString())
        *error = QStringLiteral("field \"%1\" must be a string").arg(name);
    return value.toString();
}

std::optional<LanguageHint> languageField(const QJsonObject &input, LanguageHint fallback, QString *error)
{
    const QJsonValue lang = input.value(QStringLiteral("lang"));
    if (lang.isUndefined() || lang.isNull())
        return fallback;
    const auto hint = lang.isString() ? languageHintFromCode(lang.toString()) : std::nullopt;
    if (!hint && error->isEmpty())
        *error = QStringLiteral("field \"lang\" must be \"es\", \"en\" or \"auto\"");
    return hint;
}

LineOutput processLine(QByteArrayView line, qint64 lineNumber, const LineHandler &handle)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return lineError(lineNumber, QStringLiteral("empty line: expected a JSON object"));
    if (const qsizetype bad = firstInvalidUtf8(line); bad >= 0)
        return lineError(lineNumber, QStringLiteral("invalid UTF-8 at byte %1").arg(bad + 1));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return lineError(lineNumber, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!document.isObject())
        return lineError(lineNumber, QStringLiteral("expected a JSON object"));
    QJsonObject object = document.object();
    document = QJsonDocument();
    return handle(std::move(object), lineNumber);
}

int runJsonLines(const LineHandler &handle)
{
    QFile in, out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fprintf(stderr, "calma-cli: cannot open standard input or output\n");
        return 2;
    }
    // One batch is analysed on the worker threads while the next is read and the last one written.
    struct Batch
    {
        QList<QByteArray> lines;
        qint64 firstLine = 1;
        QFuture<LineOutput> results;
    };
    bool anyBad = false;
    bool writeFailed = false;
    const auto start = [&](Batch &batch) {
        QList<qsizetype> indexes(batch.lines.size());
        std::iota(indexes.begin(), indexes.end(), qsizetype(0));
        const QList<QByteArray> lines = batch.lines;
        const qint64 first = batch.firstLine;
        batch.results = QtConcurrent::mapped(std::move(indexes), [&handle, lines, first](qsizetype i) {
            return processLine(lines.at(i), first + i, handle);
        });
    };
    const auto write = [&](Batch &batch) {
        batch.results.waitForFinished();
        QByteArray text;
        for (qsizetype i = 0; i < batch.lines.size(); ++i) {
            const LineOutput result = batch.results.resultAt(int(i));
            if (!result.error.isEmpty()) {
                anyBad = true;
                std::fprintf(stderr, "calma-cli: line %lld: %s\n", static_cast<long long>(batch.firstLine + i),
                             qPrintable(result.error));
            }
            text += result.text;
            text += '\n';
        }
        if (!writeFailed && (out.write(text) != text.size() || !out.flush())) {
            writeFailed = true;
            std::fprintf(stderr, "calma-cli: cannot write the output: %s\n", qPrintable(out.errorString()));
        }
    };
    Batch running, reading;
    bool hasRunning = false;
    qint64 nextLine = 1;
    qsizetype batchBytes = 0;
    const auto hand = [&] {
        if (hasRunning)
            running.results.waitForFinished();
        std::swap(running, reading);
        start(running);
        if (hasRunning)
            write(reading); // the batch before, now finished
        hasRunning = true;
        reading.lines.clear();
        reading.firstLine = nextLine;
        batchBytes = 0;
    };
    reading.firstLine = 1;
    while (!writeFailed) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd())
            break;
        if (line.endsWith('\n'))
            line.chop(1);
        batchBytes += line.size();
        reading.lines.append(std::move(line));
        ++nextLine;
        if (reading.lines.size() >= kBatchLines || batchBytes >= kBatchBytes)
            hand();
    }
    if (!reading.lines.isEmpty() && !writeFailed)
        hand();
    if (hasRunning)
        write(running);
    if (writeFailed)
        return 2;
    return anyBad ? 1 : 0;
}

} // namespace calma::cli
