// calma-cli score: the contract is in README.md ("calma-cli score"). One output line per input line,
// in order; bad lines become error objects and make the exit status non-zero.
#include "scorecommand.h"

#include "explanation.h"
#include "jsonlinewriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <cstdio>

namespace calma::cli {
namespace {

constexpr qsizetype kBatchLines = 4096;
constexpr qsizetype kBatchBytes = 16 * 1024 * 1024;

LineResult failure(qint64 lineNumber, const QString &message)
{
    LineResult result;
    result.json = toJsonLine(QJsonObject{{QStringLiteral("line"), lineNumber}, {QStringLiteral("error"), message}});
    result.error = message;
    return result;
}

void writeError(qint64 lineNumber, const QString &message)
{
    std::fprintf(stderr, "calma-cli: line %lld: %s\n", static_cast<long long>(lineNumber), qPrintable(message));
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) { length = 2; minimum = 0x80; codePoint = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { length = 3; minimum = 0x800; codePoint = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { length = 4; minimum = 0x10000; codePoint = c & 0x07; }
        else return i;
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (s[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

LineResult scoreLine(const ToneAnalyzer &analyzer, QByteArrayView line, qint64 lineNumber, LanguageHint defaultHint)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return failure(lineNumber, QStringLiteral("empty line: expected a JSON object with \"text\""));
    if (const qsizetype bad = firstInvalidUtf8(line); bad >= 0)
        return failure(lineNumber, QStringLiteral("invalid UTF-8 at byte %1").arg(bad + 1));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(lineNumber, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!document.isObject())
        return failure(lineNumber, QStringLiteral("expected a JSON object with \"text\""));
    const QJsonObject input = document.object();
    const QJsonValue text = input.value(QStringLiteral("text"));
    if (!text.isString())
        return failure(lineNumber, text.isUndefined() ? QStringLiteral("missing field \"text\"")
                                                      : QStringLiteral("field \"text\" must be a string"));
    LanguageHint hint = defaultHint;
    if (const QJsonValue lang = input.value(QStringLiteral("lang")); !lang.isUndefined() && !lang.isNull()) {
        const auto parsed = languageHintFromCode(lang.toString());
        if (!lang.isString() || !parsed)
            return failure(lineNumber, QStringLiteral("field \"lang\" must be \"es\", \"en\" or \"auto\""));
        hint = *parsed;
    }
    LineResult result;
    result.text = text.toString();
    result.report = analyzer.analyze(result.text, hint);
    QJsonObject output = result.report.toJson(result.text);
    const QJsonValue id = input.value(QStringLiteral("id"));
    output.insert(QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id);
    result.json = toJsonLine(output);
    return result;
}

namespace {

struct Batch
{
    QList<QByteArray> lines;
    qint64 firstLine = 1;
    qsizetype bytes = 0;
};

int scoreStream(const ToneAnalyzer &analyzer, LanguageHint hint, bool explaining, bool color)
{
    QFile in, out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fprintf(stderr, "calma-cli: cannot open standard input or output\n");
        return 2;
    }
    bool anyBad = false;
    qint64 nextLine = 1;
    Batch batch;
    auto flush = [&] {
        QList<qsizetype> indexes(batch.lines.size());
        for (qsizetype i = 0; i < indexes.size(); ++i)
            indexes[i] = i;
        const QList<LineResult> results = QtConcurrent::blockingMapped(indexes, [&](qsizetype i) {
            return scoreLine(analyzer, batch.lines.at(i), batch.firstLine + i, hint);
        });
        for (qsizetype i = 0; i < results.size(); ++i) {
            const LineResult &result = results.at(i);
            if (!result.error.isEmpty()) {
                anyBad = true;
                writeError(batch.firstLine + i, result.error);
            }
            if (explaining && result.error.isEmpty())
                out.write(explain(result.text, result.report, color));
            else
                out.write(result.json + '\n');
        }
        out.flush();
        batch = Batch{{}, nextLine, 0};
    };
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd())
            break;
        if (line.endsWith('\n'))
            line.chop(1);
        batch.bytes += line.size();
        batch.lines.append(std::move(line));
        ++nextLine;
        if (batch.lines.size() >= kBatchLines || batch.bytes >= kBatchBytes)
            flush();
    }
    if (!batch.lines.isEmpty())
        flush();
    return anyBad ? 1 : 0;
}

} // namespace

int runScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores how heated messages are. Reads JSON Lines ({\"text\":…, \"id\":…, \"lang\":…}) from standard input "
        "and writes one JSON line per input line, in order; or scores one message given with --text."));
    parser.addHelpOption();
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("Score this message instead of reading standard input."), QStringLiteral("message"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: es, en or auto (default: auto, per message)."), QStringLiteral("code"), QStringLiteral("auto"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), QStringLiteral("Print a readable explanation instead of JSON."));
    const QCommandLineOption lexiconOption(QStringLiteral("lexicon"), QStringLiteral("A team lexicon file that extends or overrides the shipped one (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption colorOption(QStringLiteral("color"), QStringLiteral("Highlight evidence with colours: auto, always or never."), QStringLiteral("when"), QStringLiteral("auto"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Worker threads for batch mode (default: all cores)."), QStringLiteral("n"));
    parser.addOptions({textOption, langOption, explainOption, lexiconOption, colorOption, threadsOption});
    parser.process(arguments);

    const auto hint = languageHintFromCode(parser.value(langOption));
    if (!hint) {
        std::fprintf(stderr, "calma-cli score: --lang must be es, en or auto\n");
        return 2;
    }
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        const int threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1) {
            std::fprintf(stderr, "calma-cli score: --threads must be a positive number\n");
            return 2;
        }
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    }
    const auto loaded = ToneAnalyzer::load(parser.values(lexiconOption));
    if (!loaded.analyzer) {
        for (const LexiconIssue &issue : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
        return 2;
    }
    const bool color = useColor(parser.value(colorOption));
    if (parser.isSet(textOption)) {
        const QString text = parser.value(textOption);
        const ToneReport report = loaded.analyzer->analyze(text, *hint);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
        if (parser.isSet(explainOption))
            out.write(explain(text, report, color));
        else
            out.write(toJsonLine(report.toJson(text)) + '\n');
        return 0;
    }
    return scoreStream(*loaded.analyzer, *hint, parser.isSet(explainOption), color);
}

} // namespace calma::cli
