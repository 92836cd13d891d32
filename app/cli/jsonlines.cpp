// JSON Lines processing shared by calma-cli's commands.
#include "jsonlines.h"

#include "io/utf8.h"
#include "jsonlinewriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

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
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return lineError(lineNumber, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!document.isObject())
        return lineError(lineNumber, QStringLiteral("expected a JSON object"));
    return handle(document.object(), lineNumber);
}

int runJsonLines(const LineHandler &handle)
{
    QFile in, out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fprintf(stderr, "calma-cli: cannot open standard input or output\n");
        return 2;
    }
    bool anyBad = false;
    qint64 nextLine = 1;
    QList<QByteArray> batch;
    qsizetype batchBytes = 0;
    auto flush = [&] {
        const qint64 firstLine = nextLine - batch.size();
        QList<qsizetype> indexes(batch.size());
        for (qsizetype i = 0; i < indexes.size(); ++i)
            indexes[i] = i;
        const QList<LineOutput> results = QtConcurrent::blockingMapped(indexes, [&](qsizetype i) {
            return processLine(batch.at(i), firstLine + i, handle);
        });
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results.at(i).error.isEmpty()) {
                anyBad = true;
                std::fprintf(stderr, "calma-cli: line %lld: %s\n", static_cast<long long>(firstLine + i),
                             qPrintable(results.at(i).error));
            }
            out.write(results.at(i).text + '\n');
        }
        out.flush();
        batch.clear();
        batchBytes = 0;
    };
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd())
            break;
        if (line.endsWith('\n'))
            line.chop(1);
        batchBytes += line.size();
        batch.append(std::move(line));
        ++nextLine;
        if (batch.size() >= kBatchLines || batchBytes >= kBatchBytes)
            flush();
    }
    if (!batch.isEmpty())
        flush();
    return anyBad ? 1 : 0;
}

} // namespace calma::cli
