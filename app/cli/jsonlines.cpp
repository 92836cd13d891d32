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
#include <simdjson.h>

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

// Lines up to this size keep the parser's room for the next line (a batch of short lines reuses it).
constexpr size_t kKeptParserRoom = 1 << 20;

std::optional<TextLine> readTextLine(QByteArrayView line)
{
    thread_local simdjson::dom::parser parser;
    // The parser keeps room for the longest line it has read, about fifteen times the line; after a huge
    // one that room is given back at once, so that it is not held while the message is analysed.
    struct GiveBackRoom
    {
        ~GiveBackRoom()
        {
            if (parser.capacity() > kKeptParserRoom)
                parser = simdjson::dom::parser{};
        }
    } giveBack;
    simdjson::dom::element root;
    // The parser copies the line into room of its own with the padding it needs.
    if (parser.parse(line.data(), size_t(line.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;
    TextLine result;
    result.idJson = "null";
    bool seenText = false, seenId = false, seenLang = false;
    for (const auto field : object) {
        const std::string_view key = field.key;
        const simdjson::dom::element value = field.value;
        if (key == "text") {
            std::string_view text;
            if (seenText || value.get_string().get(text) != simdjson::SUCCESS)
                return std::nullopt;
            result.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
            seenText = true;
        } else if (key == "id") {
            if (seenId)
                return std::nullopt;
            seenId = true;
            switch (value.type()) {
            case simdjson::dom::element_type::STRING: {
                const std::string_view id = value.get_string().value_unsafe();
                result.idJson = toJsonLine(QJsonValue(QString::fromUtf8(id.data(), qsizetype(id.size()))));
                break;
            }
            case simdjson::dom::element_type::INT64: {
                const int64_t id = value.get_int64().value_unsafe();
                // Past 2^53 the general reader keeps the id as a double; leave those to it.
                if (id > (int64_t(1) << 53) || id < -(int64_t(1) << 53))
                    return std::nullopt;
                result.idJson = toJsonLine(QJsonValue(qint64(id)));
                break;
            }
            case simdjson::dom::element_type::BOOL:
                result.idJson = value.get_bool().value_unsafe() ? "true" : "false";
                break;
            case simdjson::dom::element_type::NULL_VALUE:
                result.idJson = "null";
                break;
            default:
                return std::nullopt;
            }
        } else if (key == "lang") {
            if (seenLang)
                return std::nullopt;
            seenLang = true;
            if (value.is_null())
                continue;
            std::string_view code;
            if (value.get_string().get(code) != simdjson::SUCCESS)
                return std::nullopt;
            const auto hint = languageHintFromCode(QString::fromUtf8(code.data(), qsizetype(code.size())));
            if (!hint)
                return std::nullopt;
            result.lang = hint;
        }
    }
    if (!seenText)
        return std::nullopt;
    return result;
}

int runJsonLines(const LineHandler &handle, const FastLineHandler &fast)
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
    // CALMA_CLI_GENERAL_READER=1 sends every line through the general reader, to compare the two.
    const FastLineHandler fastOrNone = qEnvironmentVariableIntValue("CALMA_CLI_GENERAL_READER") == 1 ? FastLineHandler() : fast;
    const auto start = [&](Batch &batch) {
        QList<qsizetype> indexes(batch.lines.size());
        std::iota(indexes.begin(), indexes.end(), qsizetype(0));
        const QList<QByteArray> lines = batch.lines;
        const qint64 first = batch.firstLine;
        batch.results = QtConcurrent::mapped(std::move(indexes), [&handle, &fast = fastOrNone, lines, first](qsizetype i) {
            // A trailing \r is JSON whitespace to the fast reader.
            if (fast) {
                if (std::optional<LineOutput> out = fast(lines.at(i), first + i))
                    return std::move(*out);
            }
            return processLine(lines.at(i), first + i, handle);
        });
    };
    const auto put = [&](QByteArrayView bytes) {
        if (!writeFailed && out.write(bytes.data(), bytes.size()) != bytes.size()) {
            writeFailed = true;
            std::fprintf(stderr, "calma-cli: cannot write the output: %s\n", qPrintable(out.errorString()));
        }
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
            // A huge line's output goes out as it is, not copied into the batch's.
            if (result.text.size() >= kBatchBytes) {
                put(text);
                text.clear();
                put(result.text);
                put("\n");
                continue;
            }
            text += result.text;
            text += '\n';
        }
        put(text);
        if (!writeFailed && !out.flush()) {
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
