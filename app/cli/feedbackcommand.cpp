// calma-cli feedback export: one JSON line per feedback, labelled with the level the agent says it
// should have been, written atomically to a file or to standard output.
#include "feedbackcommand.h"

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

// The file a path names, with symbolic links and ".." resolved, whether or not it exists yet.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// Replacing the database, its write-ahead log or its shared memory with the export would lose the
// data the export comes from.
bool isDatabaseFile(const QString &output, const DatabaseUrl &url)
{
    if (url.engine != DatabaseUrl::Engine::SQLite)
        return false;
    const QString target = resolvedPath(output);
    for (const QString &database : {QFileInfo(url.path).absoluteFilePath(), resolvedPath(url.path)}) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (target == database + QLatin1String(suffix))
                return true;
        }
    }
    return false;
}

// Where the lines go: a new or regular file is replaced whole when everything is written (QSaveFile);
// a device or a pipe (/dev/stdout, a FIFO) is written directly, since there is nothing to replace and
// renaming a temporary file over it would replace the device itself.
struct Output
{
    std::unique_ptr<QFileDevice> device;
    QString name;

    bool open(const QString &path, QString *error)
    {
        if (path.isEmpty()) {
            auto out = std::make_unique<QFile>();
            name = u"standard output"_s;
            if (!out->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                *error = u"cannot write %1: %2"_s.arg(name, out->errorString());
                return false;
            }
            device = std::move(out);
            return true;
        }
        name = path;
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            device = std::make_unique<QFile>(path);
        else
            device = std::make_unique<QSaveFile>(path);
        if (!device->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = u"cannot write %1: %2"_s.arg(name, device->errorString());
            return false;
        }
        return true;
    }

    bool write(const QByteArray &bytes, QString *error)
    {
        if (device->write(bytes) == bytes.size())
            return true;
        *error = u"cannot write %1: %2"_s.arg(name, device->errorString());
        return false;
    }

    bool finish(QString *error)
    {
        bool ok = true;
        if (auto *save = qobject_cast<QSaveFile *>(device.get()))
            ok = save->commit();
        else
            ok = device->flush() && device->error() == QFileDevice::NoError;
        if (!ok)
            *error = u"cannot write %1: %2"_s.arg(name, device->errorString());
        return ok;
    }
};

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
    if (!path.isEmpty() && isDatabaseFile(path, *url)) {
        printError(u"--output %1 is the database itself (or its -wal, -shm or -journal file): choose another file"_s.arg(path));
        return 2;
    }
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
    Output output;
    if (!output.open(path, &error)) {
        printError(error);
        return 1;
    }
    for (const ScoreFeedback &f : *rows) {
        if (!output.write(feedbackLine(f), &error)) {
            printError(error);
            return 1;
        }
    }
    if (!output.finish(&error)) {
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
