// Data commands of calma-cli.
#include "datacommands.h"

#include "io/outputfile.h"

#include "io/demodata.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/sqlsupport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <cstdio>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

} // namespace

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(u"database"_s, u"Database URL: a SQLite file path, sqlite:///path or "
                                                          u"postgresql://user:password@host:port/db (default: the app's own SQLite file)."_s,
                                           u"url"_s);
    return option;
}

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "calma-cli: %s\n", qPrintable(message));
}

} // namespace

std::optional<DatabaseUrl> chosenDatabase(const QCommandLineParser &parser)
{
    if (!parser.isSet(databaseOption()))
        return DatabaseUrl::defaultLocation();
    QString error;
    const auto parsed = DatabaseUrl::parse(parser.value(databaseOption()), &error);
    if (!parsed)
        printError(error);
    return parsed;
}

std::shared_ptr<Database> openDatabase(const DatabaseUrl &url, bool createFolders)
{
    const bool ownLocation = url.engine == DatabaseUrl::Engine::SQLite && url.path == DatabaseUrl::defaultLocation().path;
    const auto opened = Database::open(url, -1, createFolders || ownLocation);
    if (!opened.database)
        printError(opened.error);
    return opened.database;
}

bool outputAllowed(const QString &output, const DatabaseUrl &url, const QString &command)
{
    const QString why = OutputFile::refusal(output, OutputFile::protectedFiles(url));
    if (!why.isEmpty())
        printError(command.isEmpty() ? why : command + u": "_s + why);
    return why.isEmpty();
}

std::shared_ptr<Database> openDatabase(const QCommandLineParser &parser)
{
    const auto url = chosenDatabase(parser);
    return url ? openDatabase(*url) : nullptr;
}

namespace {

std::shared_ptr<const ToneAnalyzer> loadAnalyzer()
{
    const auto loaded = ToneAnalyzer::load();
    for (const LexiconIssue &issue : loaded.errors)
        printError(issue.toString());
    return loaded.analyzer;
}

} // namespace

int runDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Creates or upgrades the database (migrate) or describes it (info)."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addPositionalArgument(u"action"_s, u"migrate or info"_s);
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (action != u"migrate" && action != u"info") {
        std::fprintf(stderr, "usage: calma-cli db migrate|info [--database URL]\n");
        return 2;
    }
    const auto url = chosenDatabase(parser);
    const auto database = url ? openDatabase(*url, action == u"migrate") : nullptr;
    if (!database)
        return 1;
    const ConversationStore store(database);
    std::printf("database: %s\nschema version: %d (this Calma knows %d)\n", qPrintable(database->url().display()),
                database->schemaVersion(), Database::knownVersion(database->engine()));
    if (action == u"info") {
        // Both counts from one state of the database, even while an import commits.
        QString error;
        qint64 conversations = -1, messages = -1;
        {
            const sql::ReadSnapshot snapshot(*database);
            conversations = store.conversationCount(&error);
            if (conversations >= 0)
                messages = store.messageCount(&error);
        }
        if (messages < 0) {
            printError(u"cannot read %1: %2"_s.arg(database->url().display(), error));
            return 1;
        }
        std::printf("conversations: %lld\nmessages: %lld\n", static_cast<long long>(conversations), static_cast<long long>(messages));
    }
    return 0;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Imports a help-desk export (CSV, JSON or JSON Lines), all or nothing: a bad row stops it "
                                     u"with file, line and field, and nothing of it is kept. Importing the same file again adds nothing."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    const QCommandLineOption formatOption(u"format"_s, u"csv, json or jsonl (default: from the file name)."_s, u"format"_s);
    const QCommandLineOption mapOption(u"map"_s, u"Take a field from a column, e.g. --map body=Description (repeatable). Fields: "_s
                                                     + Importer::fieldNames().join(u", "_s) + u'.', u"field=column"_s);
    const QCommandLineOption zoneOption(u"timezone"_s, u"The time zone of times written without one, e.g. Europe/Madrid (default: UTC)."_s,
                                        u"zone"_s);
    const QCommandLineOption arrayOption(u"array"_s, u"JSON holding several arrays: the one to import, e.g. --array tickets."_s, u"name"_s);
    const QCommandLineOption dateOption(u"date-format"_s,
                                        u"How numeric dates are written: auto (day or month first, from the whole column; the default), "
                                        u"dmy, mdy, or epoch-s / epoch-ms for seconds or milliseconds since 1970. ISO 8601 is always read."_s,
                                        u"format"_s);
    const QCommandLineOption skipOption(u"skip-bad-rows"_s,
                                        u"Leave out the rows with errors, list each on standard error, and import the rest (the default is "
                                        u"all or nothing)."_s);
    parser.addOptions({formatOption, mapOption, zoneOption, arrayOption, dateOption, skipOption});
    parser.addPositionalArgument(u"file"_s, u"The export to import."_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: calma-cli import FILE [--format csv|json|jsonl] [--map field=column]… [--timezone ZONE] "
                             "[--date-format auto|dmy|mdy|epoch-s|epoch-ms] [--array NAME] [--skip-bad-rows] [--database URL]\n");
        return 2;
    }
    ImportOptions options;
    options.array = parser.value(arrayOption);
    options.skipBadRows = parser.isSet(skipOption);
    if (parser.isSet(zoneOption)) {
        options.timeZone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!options.timeZone.isValid()) {
            printError(u"--timezone \"%1\" is not a time zone (use an IANA name such as Europe/Madrid or America/Mexico_City, or UTC)"_s
                           .arg(parser.value(zoneOption)));
            return 2;
        }
    }
    if (parser.isSet(dateOption)) {
        const auto format = dateFormatFromName(parser.value(dateOption));
        if (!format) {
            printError(u"--date-format must be auto, dmy, mdy, epoch-s or epoch-ms, not \"%1\""_s.arg(parser.value(dateOption)));
            return 2;
        }
        options.dateFormat = *format;
    }
    if (parser.isSet(formatOption)) {
        const QString f = parser.value(formatOption);
        if (f == u"csv")
            options.format = ImportFormat::Csv;
        else if (f == u"json")
            options.format = ImportFormat::Json;
        else if (f == u"jsonl")
            options.format = ImportFormat::JsonLines;
        else {
            printError(u"--format must be csv, json or jsonl"_s);
            return 2;
        }
    }
    for (const QString &pair : parser.values(mapOption)) {
        if (!pair.contains(u'=')) {
            printError(u"--map takes field=column, not \"%1\""_s.arg(pair));
            return 2;
        }
        options.columns.insert(pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1).trimmed());
    }
    const auto database = openDatabase(parser);
    const auto analyzer = loadAnalyzer();
    if (!database || !analyzer)
        return 1;
    const ImportReport report = Importer(database, analyzer).importFile(parser.positionalArguments().first(), options);
    if (!report.ok) {
        printError(report.error);
        return 1;
    }
    for (const QString &skipped : report.skipped)
        std::fprintf(stderr, "calma-cli: skipped %s\n", qPrintable(skipped));
    if (!report.skipped.isEmpty() && report.skipped.size() == report.rows) {
        printError(u"nothing was imported: every row has an error (listed above)"_s);
        return 1;
    }
    std::printf("columns: %s\nrows: %lld, conversations added: %lld, messages added: %lld, already imported: %lld%s%s\n",
                qPrintable(report.mapping.describe()), static_cast<long long>(report.rows),
                static_cast<long long>(report.conversationsAdded), static_cast<long long>(report.messagesAdded),
                static_cast<long long>(report.alreadyPresent),
                report.notesLeftOut == 0 ? "" : qPrintable(u", internal notes left out: %1"_s.arg(report.notesLeftOut)),
                report.skipped.isEmpty() ? "" : qPrintable(u", skipped: %1 (listed above)"_s.arg(report.skipped.size())));
    return 0;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Exports conversations with their scores as CSV (one row per message) or JSON."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    const QCommandLineOption formatOption(u"format"_s, u"csv or json (default: csv)."_s, u"format"_s, u"csv"_s);
    const QCommandLineOption outputOption(u"output"_s, u"Write to this file instead of standard output."_s, u"file"_s);
    const QCommandLineOption redactOption(u"redact"_s, u"Replace e-mail addresses, phone numbers, card numbers, IBANs and names."_s);
    const QCommandLineOption statusOption(u"status"_s, u"Only conversations with this status (repeatable)."_s, u"status"_s);
    parser.addOptions({formatOption, outputOption, redactOption, statusOption});
    parser.process(arguments);
    const QString format = parser.value(formatOption);
    if (format != u"csv" && format != u"json") {
        printError(u"--format must be csv or json"_s);
        return 2;
    }
    const auto url = chosenDatabase(parser);
    if (!url)
        return 2;
    // The output is checked before the database is opened: an export pointed at the database (or its
    // -wal/-shm) is refused with nothing touched.
    const QString path = parser.isSet(outputOption) ? parser.value(outputOption) : QString();
    if (!outputAllowed(path, *url))
        return 2;
    const auto database = openDatabase(*url);
    if (!database)
        return 1;
    OutputFile out;
    QString error;
    if (!out.open(path, OutputFile::protectedFiles(*url), &error)) {
        printError(error);
        return 1;
    }
    const qint64 written = Exporter(database).write(*out.device(), {format == u"json" ? ExportFormat::Json : ExportFormat::Csv,
                                                                    parser.isSet(redactOption), parser.values(statusOption)}, &error);
    if (written < 0 || !out.commit(&error)) {
        printError(error);
        return 1;
    }
    if (out.toFile())
        std::fprintf(stderr, "%lld messages written to %s\n", static_cast<long long>(written), qPrintable(out.name()));
    return 0;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Full-text search over the messages (accents and word forms aside)."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    const QCommandLineOption limitOption(u"limit"_s, u"At most this many results (default 20)."_s, u"n"_s, u"20"_s);
    parser.addOption(limitOption);
    parser.addPositionalArgument(u"words"_s, u"What to look for."_s, u"WORDS…"_s);
    parser.process(arguments);
    if (parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "usage: calma-cli search WORDS… [--limit N] [--database URL]\n");
        return 2;
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 100000) {
        printError(u"--limit must be a whole number from 1 to 100000, not \"%1\""_s.arg(parser.value(limitOption)));
        return 2;
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    QString error;
    const QList<SearchHit> hits = ConversationStore(database).search(parser.positionalArguments().join(u' '), limit, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    for (const SearchHit &hit : hits)
        std::printf("conversation %lld, message %lld: %s\n", static_cast<long long>(hit.conversationId),
                    static_cast<long long>(hit.messageId), qPrintable(hit.snippet.simplified()));
    return 0;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loads Calma's demo conversations (Spanish and English, every level of heat)."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.process(arguments);
    const auto database = openDatabase(parser);
    const auto analyzer = loadAnalyzer();
    if (!database || !analyzer)
        return 1;
    const DemoLoad load = DemoData::load(database, *analyzer);
    if (!load.ok) {
        printError(load.error);
        return 1;
    }
    std::printf("demo data: %lld conversations and %lld messages added to %s\n", static_cast<long long>(load.conversations),
                static_cast<long long>(load.messages), qPrintable(database->url().display()));
    return 0;
}

} // namespace calma::cli
