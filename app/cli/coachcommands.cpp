// calma-cli suggest / coach. Same JSON Lines rules as score: one output line per input line, in
// order; bad lines become error objects and make the exit status 1.
#include "coachcommands.h"

#include "coach/coachjson.h"
#include "commandoptions.h"
#include "jsonlines.h"
#include "jsonlinewriter.h"

#include <QFile>
#include <QJsonArray>
#include <cstdio>

namespace calma::cli {
namespace {

// "conversation": [{"from": "customer"|"agent", "text": "…"}, …], oldest first.
QList<ConversationTurn> conversationField(const QJsonObject &input, QString *error)
{
    QList<ConversationTurn> turns;
    const QJsonValue value = input.value(QStringLiteral("conversation"));
    if (value.isUndefined() || value.isNull())
        return turns;
    if (!value.isArray()) {
        *error = QStringLiteral("field \"conversation\" must be an array of {\"from\", \"text\"}");
        return turns;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject turn = array.at(i).toObject();
        const QString from = turn.value(QStringLiteral("from")).toString();
        if ((from != u"customer" && from != u"agent") || !turn.value(QStringLiteral("text")).isString()) {
            *error = QStringLiteral("conversation[%1]: needs \"from\" (customer or agent) and a \"text\" string").arg(i);
            return {};
        }
        turns.append({from == u"customer", turn.value(QStringLiteral("text")).toString()});
    }
    return turns;
}

int printOne(const QJsonObject &object)
{
    QFile out;
    const QByteArray line = toJsonLine(object) + '\n';
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(line) != line.size() || !out.flush()) {
        std::fprintf(stderr, "calma-cli: cannot write the output: %s\n", qPrintable(out.errorString()));
        return 2;
    }
    return 0;
}

QJsonObject withId(QJsonObject output, const QJsonObject &input)
{
    const QJsonValue id = input.value(QStringLiteral("id"));
    output.insert(QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id);
    return output;
}

} // namespace

int runSuggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Suggests replies — calm, apologetic, topic-shift — for customer messages. Reads JSON Lines "
        "({\"text\":…, \"id\":…, \"lang\":…, \"agent\":…, \"customer\":…, \"conversation\":[{\"from\":…, \"text\":…}]}) "
        "and writes one JSON line per input line; "
        "or takes one message with --text."));
    parser.addHelpOption();
    const CoachOptions options;
    options.addTo(parser);
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("The customer's message."), QStringLiteral("message"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("The agent's name, for the signature."), QStringLiteral("name"));
    const QCommandLineOption customerOption(QStringLiteral("customer"), QStringLiteral("The customer's name, for the greeting."), QStringLiteral("name"));
    const QCommandLineOption timeframeOption(QStringLiteral("timeframe"), QStringLiteral("The team's promise for a next answer, e.g. \"within 4 hours\"."), QStringLiteral("text"));
    const QCommandLineOption reasonLangOption(QStringLiteral("reason-lang"),
                                              QStringLiteral("The language of the reasons (es or en), as an agent's screen shows them; default: the reply's."),
                                              QStringLiteral("code"));
    parser.addOptions({textOption, agentOption, customerOption, timeframeOption, reasonLangOption});
    parser.process(arguments);
    const auto defaultHint = options.apply(parser, "suggest");
    if (!defaultHint)
        return 2;
    std::optional<Language> reasonLanguage;
    if (parser.isSet(reasonLangOption)) {
        reasonLanguage = languageFromCode(parser.value(reasonLangOption));
        if (!reasonLanguage) {
            std::fprintf(stderr, "calma-cli suggest: --reason-lang must be es or en\n");
            return 2;
        }
    }
    const auto coach = options.load(parser);
    if (!coach)
        return 2;
    const ReplyContext defaults{parser.value(agentOption), parser.value(customerOption), parser.value(timeframeOption), {}, reasonLanguage};
    auto suggest = [&](const QString &text, LanguageHint hint, const ReplyContext &context) {
        const CustomerReading reading = coach->read(text, context.history, hint);
        return suggestionsToJson(text, reading, coach->suggest(text, reading, context));
    };
    if (parser.isSet(textOption))
        return printOne(suggest(parser.value(textOption), *defaultHint, defaults));
    return runJsonLines([&](const QJsonObject &input, qint64 lineNumber) -> LineOutput {
        QString error;
        const QString text = stringField(input, QStringLiteral("text"), true, &error);
        ReplyContext context = defaults;
        if (const QString agent = stringField(input, QStringLiteral("agent"), false, &error); !agent.isEmpty())
            context.agentName = agent;
        if (const QString customer = stringField(input, QStringLiteral("customer"), false, &error); !customer.isEmpty())
            context.customerName = customer;
        const auto hint = languageField(input, *defaultHint, &error);
        context.history = conversationField(input, &error);
        if (!error.isEmpty())
            return lineError(lineNumber, error);
        return {toJsonLine(withId(suggest(text, *hint, context), input)), {}};
    });
}

int runCoach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reviews agents' drafts: heat, escalating phrases with softer rewrites, what is missing, and a verdict "
        "(send, review, rewrite). Reads JSON Lines ({\"draft\":…, \"message\":…, \"id\":…, \"lang\":…}) and writes "
        "one JSON line per input line; or takes one draft with --draft (and --message)."));
    parser.addHelpOption();
    const CoachOptions options;
    options.addTo(parser);
    const QCommandLineOption draftOption(QStringLiteral("draft"), QStringLiteral("The agent's draft."), QStringLiteral("text"));
    const QCommandLineOption messageOption(QStringLiteral("message"), QStringLiteral("The customer's message the draft answers."), QStringLiteral("text"));
    parser.addOptions({draftOption, messageOption});
    parser.process(arguments);
    const auto defaultHint = options.apply(parser, "coach");
    if (!defaultHint)
        return 2;
    const auto coach = options.load(parser);
    if (!coach)
        return 2;
    if (parser.isSet(draftOption)) {
        const QString draft = parser.value(draftOption);
        return printOne(reviewToJson(draft, coach->review(draft, parser.value(messageOption), *defaultHint)));
    }
    return runJsonLines([&](const QJsonObject &input, qint64 lineNumber) -> LineOutput {
        QString error;
        const QString draft = stringField(input, QStringLiteral("draft"), true, &error);
        const QString message = stringField(input, QStringLiteral("message"), false, &error);
        const auto hint = languageField(input, *defaultHint, &error);
        if (!error.isEmpty())
            return lineError(lineNumber, error);
        return {toJsonLine(withId(reviewToJson(draft, coach->review(draft, message, *hint)), input)), {}};
    });
}

} // namespace calma::cli
