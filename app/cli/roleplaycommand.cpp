// Role-play from the terminal: check scenario files, and play a scenario against the simulated
// customer, typed (one reply per line) or from a script of replies with their times.
#include "roleplaycommand.h"

#include "io/outputfile.h"

#include "commandoptions.h"
#include "datacommands.h"
#include "jsonlines.h"
#include "roleplay/report.h"
#include "storage/roleplaystore.h"

#include <QDateTime>
#include <cerrno>
#include <cstring>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toUtf8().constData());
    std::fflush(stream);
}

struct ScriptedReply
{
    QString text;
    qint64 seconds = 0;
};

// --script FILE: JSON Lines {"text": "…", "seconds": 40}; "seconds" is how long the reply took.
std::optional<QList<ScriptedReply>> readScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printLine(stderr, u"calma-cli roleplay: cannot open %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    QList<ScriptedReply> replies;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++line;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        const QJsonObject o = doc.object();
        QString problem;
        if (error.error != QJsonParseError::NoError)
            problem = u"not valid JSON: %1"_s.arg(error.errorString());
        else if (!o.value(u"text").isString() || o.value(u"text").toString().trimmed().isEmpty())
            problem = u"(text) missing or empty"_s;
        else if (o.contains(u"seconds") && (!o.value(u"seconds").isDouble() || o.value(u"seconds").toDouble() < 0))
            problem = u"(seconds) must be a number of seconds, 0 or more"_s;
        if (!problem.isEmpty()) {
            printLine(stderr, u"%1:%2: %3"_s.arg(path, QString::number(line), problem));
            return std::nullopt;
        }
        replies.append({o.value(u"text").toString(), qint64(o.value(u"seconds").toDouble(20))});
    }
    return replies;
}

QJsonObject turnJson(const RoleplayTurn &t)
{
    QJsonObject o{{u"turn"_s, t.index}, {u"speaker"_s, t.speaker}, {u"text"_s, t.body}, {u"heat"_s, t.heat},
                  {u"atSeconds"_s, double(t.sentMs) / 1000.0}};
    if (t.responseMs >= 0)
        o.insert(u"responseSeconds"_s, double(t.responseMs) / 1000.0);
    if (!t.fromCustomer()) {
        QJsonArray effects;
        for (const TurnEffect &e : t.effects) {
            QJsonObject effect{{u"trigger"_s, e.trigger}, {u"delta"_s, e.delta}};
            if (!e.phrase.isEmpty())
                effect.insert(u"phrase"_s, e.phrase);
            effects.append(effect);
        }
        o.insert(u"effects"_s, effects);
    }
    return o;
}

std::shared_ptr<const Scenario> findScenario(const QString &name, const QStringList &folders)
{
    if (name.endsWith(u".json"_s) || QFileInfo(name).isFile()) {
        const ScenarioFile file = ScenarioParser::parseFile(name);
        for (const LexiconIssue &issue : file.errors)
            printLine(stderr, issue.toString());
        return file.scenario;
    }
    const auto loaded = ScenarioLibrary::load(folders);
    for (const LexiconIssue &issue : loaded.errors)
        printLine(stderr, issue.toString());
    if (auto scenario = loaded.library->find(name))
        return scenario;
    QStringList ids;
    for (const auto &s : loaded.library->all())
        ids << s->id;
    printLine(stderr, u"calma-cli roleplay: no scenario \"%1\" (there are: %2)"_s.arg(name, ids.join(u", "_s)));
    return nullptr;
}

} // namespace

int runScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks role-play scenario files and reports every problem as FILE:LINE (field): message."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"check"_s, u"The action: check."_s);
    parser.addPositionalArgument(u"files"_s, u"Scenario files (JSON) to check."_s, u"FILE…"_s);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.first() != u"check") {
        std::fprintf(stderr, "usage: calma-cli scenario check FILE…\n");
        return 2;
    }
    bool allGood = true;
    for (const QString &path : positional.sliced(1)) {
        const ScenarioFile file = ScenarioParser::parseFile(path);
        for (const LexiconIssue &issue : file.errors)
            printLine(stderr, issue.toString());
        if (!file.ok()) {
            allGood = false;
            continue;
        }
        const Scenario &s = *file.scenario;
        int lines = 0;
        for (const QStringList &l : s.bandLines)
            lines += int(l.size());
        for (const QStringList &l : s.afterLines)
            lines += int(l.size());
        printLine(stdout, u"%1: OK, \"%2\" (%3, %4, start heat %5, %6 customer lines, %7 reactions)"_s
                              .arg(path, s.id, languageCode(s.language), s.kind, QString::number(s.startHeat), QString::number(lines),
                                   QString::number(s.afterLines.size())));
    }
    return allGood ? 0 : 1;
}

int runRoleplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Plays a role-play scenario against the simulated customer. Type one reply per line; /hint shows the "
        "assistant's suggestions (unless --no-assistant), /quit stops. The session is scored at the end."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"scenario"_s, u"A scenario id (see --list) or a scenario file."_s, u"SCENARIO"_s);
    const QCommandLineOption list(u"list"_s, u"List the scenarios and exit."_s);
    const QCommandLineOption seed(u"seed"_s, u"The customer's seed: the same seed, replies and times replay the same session (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption script(u"script"_s, u"Replies from a JSON Lines file, {\"text\": \"…\", \"seconds\": 40} per line, instead of typing."_s, u"file"_s);
    const QCommandLineOption scenarios(u"scenarios"_s, u"A folder of team scenarios (repeatable)."_s, u"dir"_s);
    const QCommandLineOption json(u"json"_s, u"Print the session (turns, what each reply did, the score) as JSON at the end."_s);
    const QCommandLineOption save(u"save"_s, u"Store the session in the database, for the trainer's dashboard."_s);
    const QCommandLineOption trainee(u"trainee"_s, u"The trainee's name, with --save (default: the user name)."_s, u"name"_s);
    const QCommandLineOption noAssistant(u"no-assistant"_s, u"Practise without the assistant's suggestions."_s);
    const QCommandLineOption report(u"report"_s, u"Write the session report as HTML to this file."_s, u"file"_s);
    parser.addOptions({list, seed, script, scenarios, json, save, trainee, noAssistant, report, databaseOption()});
    CoachOptions coachOptions;
    coachOptions.addTo(parser);
    parser.process(arguments);

    if (parser.isSet(list)) {
        const auto loaded = ScenarioLibrary::load(parser.values(scenarios));
        for (const LexiconIssue &issue : loaded.errors)
            printLine(stderr, issue.toString());
        for (const auto &s : loaded.library->all())
            printLine(stdout, u"%1\t%2\t%3\t%4"_s.arg(s->id, languageCode(s->language), s->kind, s->title));
        return loaded.errors.isEmpty() ? 0 : 1;
    }
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: calma-cli roleplay SCENARIO [--seed N] [--script FILE] [--json] [--save] [--report FILE]\n"
                             "       calma-cli roleplay --list\n");
        return 2;
    }
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk) {
        printLine(stderr, u"calma-cli roleplay: --seed must be a whole number from 0 to 4294967295"_s);
        return 2;
    }
    const auto scenario = findScenario(parser.positionalArguments().first(), parser.values(scenarios));
    if (!scenario)
        return 1;
    std::optional<QList<ScriptedReply>> scripted;
    if (parser.isSet(script) && !(scripted = readScript(parser.value(script))))
        return 1;
    const auto coach = coachOptions.load(parser);
    if (!coach)
        return 1;
    // A report pointed at the database (or its -wal/-shm) is refused before the session starts, so
    // neither the session nor the database is lost.
    if (parser.isSet(report)) {
        const auto url = chosenDatabase(parser);
        if (!url)
            return 2;
        if (!outputAllowed(parser.value(report), *url, u"roleplay"_s))
            return 2;
    }
    std::shared_ptr<Database> database;
    if (parser.isSet(save) && !(database = openDatabase(parser)))
        return 1;

    SessionSetup setup;
    setup.trainee = parser.isSet(trainee) ? parser.value(trainee) : qEnvironmentVariable("USER", u"trainee"_s);
    setup.scenario = scenario;
    setup.seed = seedValue;
    setup.assistantOn = !parser.isSet(noAssistant);
    RoleplaySession session(setup, coach);

    // Scripted sessions run on their own clock, so that they replay exactly; typed ones, and any
    // session that is saved (the trainer's dashboard dates it), start at the real time.
    const qint64 startMs = scripted && !parser.isSet(save) ? 0 : QDateTime::currentMSecsSinceEpoch();
    qint64 nowMs = startMs;
    session.start(startMs);
    const bool chatty = !parser.isSet(json);
    if (chatty) {
        printLine(stdout, u"== %1 ==\n%2: %3\n%4\n"_s.arg(scenario->title, scenario->personaName, scenario->personaDescription, scenario->summary));
        for (const ScenarioFact &f : scenario->facts)
            printLine(stdout, u"  %1: %2"_s.arg(f.label, f.value));
        printLine(stdout, u"\n%1 (heat %2): %3"_s.arg(scenario->personaName, QString::number(session.customerHeat()), session.turns().first().body));
    }
    QTextStream input(stdin);
    const bool typing = !scripted && isatty(fileno(stdin));
    QElapsedTimer clock;
    clock.start();
    qsizetype next = 0;
    while (!session.finished()) {
        QString text;
        if (scripted) {
            if (next >= scripted->size())
                break;
            text = scripted->at(next).text;
            nowMs += scripted->at(next).seconds * 1000;
            ++next;
        } else {
            if (typing) {
                std::fputs("> ", stdout);
                std::fflush(stdout);
            }
            if (!input.readLineInto(&text))
                break;
            nowMs = startMs + clock.elapsed();
            if (text.trimmed() == u"/quit")
                break;
            if (text.trimmed() == u"/hint") {
                if (!setup.assistantOn) {
                    printLine(stdout, u"(the assistant is off for this session)"_s);
                    continue;
                }
                // The same reading and suggestions as the training window's assistant.
                for (const Suggestion &s : session.hint().suggestions)
                    printLine(stdout, u"  [%1] %2\n      (%3)"_s.arg(strategyName(s.strategy), s.text, s.reason));
                continue;
            }
            if (text.trimmed().isEmpty())
                continue;
        }
        const QList<RoleplayTurn> added = session.reply(text, nowMs);
        if (!chatty || added.isEmpty())
            continue;
        const RoleplayTurn &reply = added.first();
        if (!typing)
            printLine(stdout, u"> "_s + text);
        QStringList effects;
        for (const TurnEffect &e : reply.effects)
            effects << u"%1 %2%3"_s.arg(e.trigger, e.delta > 0 ? u"+"_s : QString(), QString::number(e.delta));
        printLine(stdout, u"   [%1]"_s.arg(effects.join(u", "_s)));
        if (added.size() > 1)
            printLine(stdout, u"\n%1 (heat %2): %3"_s.arg(scenario->personaName, QString::number(added.at(1).heat), added.at(1).body));
    }
    if (!session.finished())
        session.finish(Outcome::Unfinished, nowMs);

    const ScoreCard card = SessionScorer::score(*scenario, session.turns(), session.outcome());
    SessionRecord record;
    record.trainee = setup.trainee;
    record.scenarioId = scenario->id;
    record.scenarioTitle = scenario->title;
    record.language = languageCode(scenario->language);
    record.seed = setup.seed;
    record.assistantOn = setup.assistantOn;
    record.startedMs = startMs;
    record.endedMs = session.endedMs();
    record.outcome = session.outcome();
    record.score = card.total;

    if (database) {
        RoleplayStore store(database);
        QString error;
        const auto id = store.createSession(setup, startMs, &error);
        bool ok = id.has_value();
        for (qsizetype i = 0; ok && i < session.turns().size(); ++i)
            ok = store.appendTurn(*id, session.turns().at(i), &error).has_value();
        ok = ok && store.finishSession(*id, session.outcome(), session.endedMs(), card, &error);
        if (!ok) {
            printLine(stderr, u"calma-cli roleplay: the session was not saved: %1"_s.arg(error));
            return 1;
        }
        record.id = *id;
        if (chatty)
            printLine(stdout, u"Saved as session %1."_s.arg(*id));
    }
    if (parser.isSet(report)) {
        OutputFile file;
        QString error;
        const auto url = chosenDatabase(parser);
        if (!url || !file.open(parser.value(report), OutputFile::protectedFiles(*url), &error)
            || !file.write(SessionReport::html(record, session.turns(), card).toUtf8(), &error) || !file.commit(&error)) {
            printLine(stderr, u"calma-cli roleplay: %1"_s.arg(error));
            return 1;
        }
    }
    if (chatty) {
        printLine(stdout, u""_s);
        printLine(stdout, SessionReport::text(session.turns(), card, session.outcome()));
    } else {
        QJsonArray turns;
        for (const RoleplayTurn &t : session.turns())
            turns.append(turnJson(t));
        const QJsonObject out{{u"scenario"_s, scenario->id}, {u"seed"_s, qint64(setup.seed)}, {u"outcome"_s, outcomeName(session.outcome())},
                              {u"turns"_s, turns}, {u"score"_s, card.toJson()}};
        const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
        if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) || std::fflush(stdout) != 0) {
            printLine(stderr, u"calma-cli roleplay: cannot write the output: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
            return 2;
        }
    }
    return 0;
}

} // namespace calma::cli
