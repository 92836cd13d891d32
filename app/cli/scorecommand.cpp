// calma-cli score: the contract is in README.md ("calma-cli"). One output line per input line, in
// order; bad lines become error objects and make the exit status non-zero.
#include "scorecommand.h"

#include "commandoptions.h"
#include "explanation.h"
#include "jsonlines.h"
#include "jsonlinewriter.h"
#include "tone/toneanalyzer.h"

#include <QFile>
#include <cstdio>

namespace calma::cli {

int runScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores how heated messages are. Reads JSON Lines ({\"text\":…, \"id\":…, \"lang\":…}) from standard input "
        "and writes one JSON line per input line, in order; or scores one message given with --text."));
    parser.addHelpOption();
    const CommandOptions common;
    common.addTo(parser);
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("Score this message instead of reading standard input."), QStringLiteral("message"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), QStringLiteral("Print a readable explanation instead of JSON."));
    const QCommandLineOption colorOption(QStringLiteral("color"), QStringLiteral("Highlight evidence with colours: auto, always or never."), QStringLiteral("when"), QStringLiteral("auto"));
    parser.addOptions({textOption, explainOption, colorOption});
    parser.process(arguments);

    const auto defaultHint = common.apply(parser, "score");
    if (!defaultHint)
        return 2;
    const auto loaded = ToneAnalyzer::load(parser.values(common.lexicon));
    if (!loaded.analyzer) {
        for (const LexiconIssue &issue : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
        return 2;
    }
    const ToneAnalyzer &analyzer = *loaded.analyzer;
    const bool explaining = parser.isSet(explainOption);
    const bool color = useColor(parser.value(colorOption));
    if (parser.isSet(textOption)) {
        const QString text = parser.value(textOption);
        const ToneReport report = analyzer.analyze(text, *defaultHint);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
        out.write(explaining ? explain(text, report, color) : toJsonLine(report.toJson(text)) + '\n');
        return 0;
    }
    const auto scoreLine = [&](const QString &text, LanguageHint hint, const QByteArray &idJson) -> LineOutput {
        const ToneReport report = analyzer.analyze(text, hint);
        if (explaining)
            return {explain(text, report, color).chopped(1), {}};
        return {report.toJsonLine(text, idJson), {}};
    };
    const FastLineHandler fast = [&](QByteArrayView line, qint64) -> std::optional<LineOutput> {
        std::optional<TextLine> read = readTextLine(line);
        if (!read)
            return std::nullopt;
        return scoreLine(read->text, read->lang.value_or(*defaultHint), read->idJson);
    };
    return runJsonLines([&](QJsonObject input, qint64 lineNumber) -> LineOutput {
        QString error;
        const QString text = stringField(input, QStringLiteral("text"), true, &error);
        const auto hint = languageField(input, *defaultHint, &error);
        if (!error.isEmpty())
            return lineError(lineNumber, error);
        const QByteArray idJson = [&] {
            const QJsonValue id = input.value(u"id");
            return id.isUndefined() ? QByteArray("null") : toJsonLine(id);
        }();
        input = QJsonObject(); // the parsed line, as large as the text, is not needed for the analysis
        return scoreLine(text, *hint, idJson);
    }, fast);
}

} // namespace calma::cli
