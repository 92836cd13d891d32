// calma-cli feedback export: one JSON line per feedback, labelled with the level the agent says it
// should have been, written atomically to a file or to standard output.
#include "feedbackcommand.h"

#include "io/outputfile.h"

#include "datacommands.h"
#include "jsonlinewriter.h"
#include "storage/feedbackstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QSaveFile>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

void printError(const QString &message)
{
    std::fprintf(stderr, "calma-cli feedback export: %s\n", qPrintable(message));
}

// One feedback as a line `lexicon fit` reads: "text", "lang" and the corrected "level". Calma's own
// heat goes under "calma_heat", not "heat": `lexicon fit` takes a "heat" before a "level" as the
// label, and would learn the very score the agent said was wrong.
QByteArray feedbackLine(const ScoreFeedback &f)
{
    QByteArray line = "{";
    auto add = [&line](const char *key, const QJsonValue &value) {
        if (line.size() > 1)
            line += ',';
        line += '"';
        line += key;
        line += "\":";
        line += toJsonLine(value);
    };
    const QJsonValue null(QJsonValue::Null);
    add("text", f.text);
    add("lang", languageCode(f.language));
    add("level", levelName(f.correctedLevel()));
    add("verdict", verdictName(f.verdict));
    add("expected_kind", f.expectedKind ? QJsonValue(dimensionName(*f.expectedKind)) : null);
    add("calma_heat", f.heat);
    add("message_id", f.messageId ? QJsonValue(*f.messageId) : null);
    add("agent", f.agent.isEmpty() ? null : QJsonValue(f.agent));
    add("comment", f.comment);
    add("created_ms", QJsonValue(f.createdMs));
    line += "}\n";
    return line;
}

int exportFeedback(const QCommandLineParser &parser, const QCommandLineOption &outputOption)
{
    const auto url = chosenDatabase(parser);
    if (!url)
        return 2;
    const QString path = parser.value(outputOption);
    if (parser.isSet(outputOption) && path.isEmpty()) {
        printError(u"--output needs a file name"_s);
        return 2;
    }
    if (!outputAllowed(path, *url))
        return 2;
    const auto database = openDatabase(*url);
    if (!database)
        return 1;
    QString error;
    const auto rows = FeedbackStore(database).all(&error);
    if (!rows) {
        printError(error);
        return 1;
    }
    // Read everything first: a failed read leaves the output file as it was.
    OutputFile output;
    if (!output.open(path, OutputFile::protectedFiles(*url), &error)) {
        printError(error);
        return 1;
    }
    for (const ScoreFeedback &f : *rows) {
        if (!output.write(feedbackLine(f), &error)) {
            printError(error);
            return 1;
        }
    }
    if (!output.commit(&error)) {
        printError(error);
        return 1;
    }
    if (!path.isEmpty())
        std::fprintf(stderr, "%lld feedback line(s) written to %s\n", static_cast<long long>(rows->size()), qPrintable(path));
    return 0;
}

} // namespace

int runFeedback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"export: writes agents' feedback on scores (\"this score is wrong\") as JSON Lines for 'calma-cli lexicon fit', one "
        u"line per feedback: {\"text\", \"lang\", \"level\" (the level the agent says it should be), \"verdict\" (too_high, "
        u"too_low, wrong_kind), \"expected_kind\", \"calma_heat\" (the heat Calma gave), \"message_id\", \"agent\", "
        u"\"comment\", \"created_ms\"}."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    const QCommandLineOption outputOption(u"output"_s, u"Write to this file, replaced only once everything is written (default: standard output)."_s,
                                          u"file"_s);
    parser.addOption(outputOption);
    parser.addPositionalArgument(u"action"_s, u"export"_s);
    parser.process(arguments);
    if (parser.positionalArguments() != QStringList{u"export"_s}) {
        std::fprintf(stderr, "usage: calma-cli feedback export [--database URL] [--output FILE]\n");
        return 2;
    }
    return exportFeedback(parser, outputOption);
}

} // namespace calma::cli
