// Loading role-play scenarios with errors that say the file, the line and the field.
#include "roleplay/scenario.h"

#include "io/jsonlocator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([A-Za-z0-9_-]+)\\}"_s);
    return re;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re;
}

// Reads one scenario object, noting every problem with its line and field.
class Reader
{
public:
    Reader(const QByteArray &json, ScenarioFile &file) : m_where(json), m_file(file) {}

    void read(const QJsonObject &root, Scenario &s)
    {
        checkKeys(root, u""_s, {u"format"_s, u"id"_s, u"language"_s, u"kind"_s, u"title"_s, u"persona"_s, u"situation"_s,
                                u"opening"_s, u"startHeat"_s, u"limits"_s, u"reactions"_s, u"lines"_s, u"endings"_s});
        if (root.value(u"format").toInt(-1) != 1)
            error(u"format"_s, u"\"format\" must be 1"_s);
        s.id = text(root, u""_s, u"id"_s);
        if (!s.id.isEmpty() && !idPattern().match(s.id).hasMatch())
            error(u"id"_s, u"\"%1\" is not lower-case words joined by -"_s.arg(s.id));
        const QString code = text(root, u""_s, u"language"_s);
        if (const auto language = languageFromCode(code))
            s.language = *language;
        else if (!code.isEmpty())
            error(u"language"_s, u"\"language\" must be \"es\" or \"en\", not \"%1\""_s.arg(code));
        s.kind = text(root, u""_s, u"kind"_s);
        if (!s.kind.isEmpty() && !ScenarioParser::kinds().contains(s.kind))
            error(u"kind"_s, u"unknown kind \"%1\" (one of %2)"_s.arg(s.kind, ScenarioParser::kinds().join(u", "_s)));
        s.title = text(root, u""_s, u"title"_s);

        const QJsonObject persona = object(root, u""_s, u"persona"_s);
        checkKeys(persona, u"persona"_s, {u"name"_s, u"description"_s});
        s.personaName = text(persona, u"persona"_s, u"name"_s);
        s.personaDescription = text(persona, u"persona"_s, u"description"_s);

        const QJsonObject situation = object(root, u""_s, u"situation"_s);
        checkKeys(situation, u"situation"_s, {u"summary"_s, u"realFailure"_s, u"moneyDispute"_s, u"facts"_s});
        s.summary = text(situation, u"situation"_s, u"summary"_s);
        s.realFailure = boolean(situation, u"situation"_s, u"realFailure"_s);
        s.moneyDispute = boolean(situation, u"situation"_s, u"moneyDispute"_s);
        readFacts(situation.value(u"facts"), s);

        s.opening = text(root, u""_s, u"opening"_s);
        s.startHeat = integer(root, u""_s, u"startHeat"_s, 0, 100, std::nullopt);

        const QJsonObject limits = root.value(u"limits").toObject();
        if (root.contains(u"limits") && !root.value(u"limits").isObject())
            error(u"limits"_s, u"\"limits\" must be an object"_s);
        checkKeys(limits, u"limits"_s, {u"minutes"_s, u"turns"_s, u"promptSeconds"_s, u"slowSeconds"_s});
        s.timeLimitMinutes = integer(limits, u"limits"_s, u"minutes"_s, 1, 240, 15);
        s.maxTurns = integer(limits, u"limits"_s, u"turns"_s, 1, 50, 8);
        s.promptSeconds = integer(limits, u"limits"_s, u"promptSeconds"_s, 1, 3600, 60);
        s.slowSeconds = integer(limits, u"limits"_s, u"slowSeconds"_s, 1, 3600, 180);
        if (s.slowSeconds < s.promptSeconds)
            error(u"limits.slowSeconds"_s, u"slowSeconds (%1) is less than promptSeconds (%2)"_s.arg(s.slowSeconds).arg(s.promptSeconds));

        for (const TriggerInfo &t : roleplayTriggers())
            s.reactions.insert(t.name, t.defaultDelta);
        const QJsonValue reactions = root.value(u"reactions");
        if (!reactions.isUndefined() && !reactions.isObject())
            error(u"reactions"_s, u"\"reactions\" must be an object of trigger: heat change"_s);
        const QJsonObject reactionObject = reactions.toObject();
        for (auto it = reactionObject.begin(); it != reactionObject.end(); ++it) {
            const QString path = JsonLocator::member(u"reactions"_s, it.key());
            if (!knownTrigger(it.key(), path))
                continue;
            if (!it.value().isDouble() || it.value().toDouble() != double(it.value().toInt()) || std::abs(it.value().toInt()) > 40)
                error(path, u"the heat change for \"%1\" must be a whole number from -40 to 40"_s.arg(it.key()));
            else
                s.reactions.insert(it.key(), it.value().toInt());
        }

        const QJsonObject lines = object(root, u""_s, u"lines"_s);
        checkKeys(lines, u"lines"_s, {u"calm"_s, u"tense"_s, u"heated"_s, u"hostile"_s, u"after"_s});
        for (ToneLevel level : {ToneLevel::Calm, ToneLevel::Tense, ToneLevel::Heated, ToneLevel::Hostile})
            s.bandLines.insert(level, lineList(lines, u"lines"_s, levelName(level), s, true));
        const QJsonValue after = lines.value(u"after");
        if (!after.isUndefined() && !after.isObject())
            error(u"lines.after"_s, u"\"after\" must be an object of trigger: [lines]"_s);
        const QJsonObject afterObject = after.toObject();
        for (auto it = afterObject.begin(); it != afterObject.end(); ++it) {
            if (knownTrigger(it.key(), JsonLocator::member(u"lines.after"_s, it.key())))
                s.afterLines.insert(it.key(), lineList(afterObject, u"lines.after"_s, it.key(), s, true));
        }

        const QJsonObject endings = object(root, u""_s, u"endings"_s);
        checkKeys(endings, u"endings"_s, {u"resolved"_s, u"escalated"_s, u"left"_s});
        const QJsonObject resolved = object(endings, u"endings"_s, u"resolved"_s);
        checkKeys(resolved, u"endings.resolved"_s, {u"heatAtMost"_s, u"needs"_s, u"lines"_s});
        s.resolved.heat = integer(resolved, u"endings.resolved"_s, u"heatAtMost"_s, 0, 100, 20);
        s.resolved.lines = lineList(resolved, u"endings.resolved"_s, u"lines"_s, s, true);
        const QJsonValue needs = resolved.value(u"needs");
        if (!needs.isUndefined() && !needs.isArray())
            error(u"endings.resolved.needs"_s, u"\"needs\" must be a list of triggers"_s);
        const QJsonArray needList = needs.toArray();
        for (qsizetype i = 0; i < needList.size(); ++i) {
            const QString path = JsonLocator::element(u"endings.resolved.needs"_s, i);
            const QString name = needList.at(i).toString();
            if (knownTrigger(name, path)) {
                if (s.reactions.value(name) >= 0)
                    error(path, u"\"%1\" raises the heat: a resolution cannot need it"_s.arg(name));
                else
                    s.resolved.needs << name;
            }
        }
        const QJsonObject escalated = object(endings, u"endings"_s, u"escalated"_s);
        checkKeys(escalated, u"endings.escalated"_s, {u"heatAtLeast"_s, u"lines"_s});
        s.escalated.heat = integer(escalated, u"endings.escalated"_s, u"heatAtLeast"_s, 1, 100, 90);
        s.escalated.lines = lineList(escalated, u"endings.escalated"_s, u"lines"_s, s, true);
        const QJsonObject left = object(endings, u"endings"_s, u"left"_s);
        checkKeys(left, u"endings.left"_s, {u"lines"_s});
        s.left.lines = lineList(left, u"endings.left"_s, u"lines"_s, s, true);

        if (s.resolved.heat >= s.escalated.heat)
            error(u"endings.resolved.heatAtMost"_s, u"heatAtMost (%1) must be below escalated.heatAtLeast (%2)"_s
                  .arg(s.resolved.heat).arg(s.escalated.heat));
        if (root.contains(u"startHeat") && s.startHeat >= s.escalated.heat)
            error(u"startHeat"_s, u"startHeat (%1) must be below escalated.heatAtLeast (%2)"_s.arg(s.startHeat).arg(s.escalated.heat));
        checkPlaceholders(s.opening, u"opening"_s, s);
    }

private:
    void error(const QString &path, const QString &message)
    {
        m_file.errors.append({m_file.fileName, m_where.line(path), path, message});
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                error(JsonLocator::member(path, it.key()), u"unknown field \"%1\" (known: %2)"_s.arg(it.key(), known.join(u", "_s)));
        }
    }

    QString text(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString at = JsonLocator::member(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            error(path.isEmpty() ? at : path, u"missing \"%1\""_s.arg(key));
        else if (!v.isString())
            error(at, u"\"%1\" must be text"_s.arg(key));
        else if (v.toString().trimmed().isEmpty())
            error(at, u"\"%1\" is empty"_s.arg(key));
        return v.toString().trimmed();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            error(path, u"missing \"%1\" (true or false)"_s.arg(key));
        else if (!v.isBool())
            error(JsonLocator::member(path, key), u"\"%1\" must be true or false"_s.arg(key));
        return v.toBool();
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int low, int high, std::optional<int> fallback)
    {
        const QJsonValue v = o.value(key);
        const QString at = JsonLocator::member(path, key);
        if (v.isUndefined()) {
            if (!fallback)
                error(path.isEmpty() ? at : path, u"missing \"%1\""_s.arg(key));
            return fallback.value_or(low);
        }
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high) {
            error(at, u"\"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(low).arg(high));
            return fallback.value_or(low);
        }
        return int(d);
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            error(path, u"missing \"%1\""_s.arg(key));
        else if (!v.isObject())
            error(JsonLocator::member(path, key), u"\"%1\" must be an object"_s.arg(key));
        return v.toObject();
    }

    bool knownTrigger(const QString &name, const QString &path)
    {
        if (defaultTriggerDelta(name))
            return true;
        QStringList names;
        for (const TriggerInfo &t : roleplayTriggers())
            names << t.name;
        error(path, u"unknown trigger \"%1\" (known: %2)"_s.arg(name, names.join(u", "_s)));
        return false;
    }

    QStringList lineList(const QJsonObject &o, const QString &path, const QString &key, const Scenario &s, bool required)
    {
        const QString at = JsonLocator::member(path, key);
        const QJsonValue v = o.value(key);
        QStringList result;
        if (v.isUndefined()) {
            if (required)
                error(path, u"missing \"%1\" (a list of what the customer says)"_s.arg(key));
            return result;
        }
        if (!v.isArray()) {
            error(at, u"\"%1\" must be a list of lines"_s.arg(key));
            return result;
        }
        const QJsonArray list = v.toArray();
        if (list.isEmpty())
            error(at, u"\"%1\" has no lines"_s.arg(key));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString linePath = JsonLocator::element(at, i);
            if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty()) {
                error(linePath, u"a line must be non-empty text"_s);
                continue;
            }
            result << list.at(i).toString().trimmed();
            checkPlaceholders(result.last(), linePath, s);
        }
        return result;
    }

    void readFacts(const QJsonValue &value, Scenario &s)
    {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            error(u"situation.facts"_s, u"\"facts\" must be a list of {key, label, value}"_s);
            return;
        }
        const QJsonArray facts = value.toArray();
        QSet<QString> keys;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const QString path = JsonLocator::element(u"situation.facts"_s, i);
            if (!facts.at(i).isObject()) {
                error(path, u"a fact must be an object {key, label, value}"_s);
                continue;
            }
            const QJsonObject f = facts.at(i).toObject();
            checkKeys(f, path, {u"key"_s, u"label"_s, u"value"_s});
            ScenarioFact fact{text(f, path, u"key"_s), text(f, path, u"label"_s), text(f, path, u"value"_s)};
            if (fact.key.isEmpty())
                continue;
            if (fact.key == u"customer" || fact.key == u"agent" || !placeholderPattern().match(u'{' + fact.key + u'}').hasMatch())
                error(JsonLocator::member(path, u"key"_s), u"\"%1\" cannot be a fact key"_s.arg(fact.key));
            else if (keys.contains(fact.key))
                error(JsonLocator::member(path, u"key"_s), u"duplicate fact key \"%1\""_s.arg(fact.key));
            keys.insert(fact.key);
            s.facts << fact;
        }
    }

    void checkPlaceholders(const QString &line, const QString &path, const Scenario &s)
    {
        for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
            const QString name = it.next().captured(1);
            const bool known = name == u"customer" || name == u"agent"
                || std::any_of(s.facts.begin(), s.facts.end(), [&](const ScenarioFact &f) { return f.key == name; });
            if (!known)
                error(path, u"unknown placeholder {%1}: not a fact key, {customer} or {agent}"_s.arg(name));
        }
    }

    JsonLocator m_where;
    ScenarioFile &m_file;
};

} // namespace

const QList<TriggerInfo> &roleplayTriggers()
{
    static const QList<TriggerInfo> triggers{
        {u"feelings"_s, 14}, {u"repetition"_s, 12}, {u"blame"_s, 12}, {u"wall"_s, 10}, {u"impossible"_s, 8},
        {u"not-my-problem"_s, 10}, {u"dismissive"_s, 10}, {u"passive-aggressive"_s, 10}, {u"command"_s, 6},
        {u"sarcasm"_s, 14}, {u"insult"_s, 25}, {u"shouting"_s, 10}, {u"exclamations"_s, 4}, {u"heated-reply"_s, 10},
        {u"unanswered"_s, 8}, {u"no-acknowledgment"_s, 4}, {u"apology-in-dispute"_s, 10}, {u"slow"_s, 6},
        {u"acknowledge"_s, -8}, {u"apology"_s, -12}, {u"vague-apology"_s, -3}, {u"next-step"_s, -8},
        {u"timeframe"_s, -6}, {u"answered"_s, -5}, {u"topic-shift"_s, -12}, {u"boundary"_s, -10}, {u"steps"_s, -8},
        {u"thanks"_s, -5}, {u"prompt"_s, -3},
    };
    return triggers;
}

std::optional<int> defaultTriggerDelta(const QString &name)
{
    for (const TriggerInfo &t : roleplayTriggers()) {
        if (t.name == name)
            return t.defaultDelta;
    }
    return std::nullopt;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unfinished: return u"unfinished"_s;
    case Outcome::Resolved: return u"resolved"_s;
    case Outcome::Escalated: return u"escalated"_s;
    case Outcome::Left: return u"left"_s;
    }
    return {};
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (Outcome o : {Outcome::Unfinished, Outcome::Resolved, Outcome::Escalated, Outcome::Left}) {
        if (name == outcomeName(o))
            return o;
    }
    return std::nullopt;
}

QString Scenario::fill(const QString &text) const
{
    QString result = text;
    result.replace(u"{customer}"_s, personaName);
    for (const ScenarioFact &f : facts)
        result.replace(u'{' + f.key + u'}', f.value);
    return result;
}

const QStringList &ScenarioParser::kinds()
{
    static const QStringList names{u"late-delivery"_s, u"double-charge"_s, u"outage"_s, u"refund-dispute"_s,
                                   u"policy-refusal"_s, u"abusive"_s, u"confused"_s, u"praise"_s, u"other"_s};
    return names;
}

ScenarioFile ScenarioParser::parse(const QByteArray &json, const QString &fileName)
{
    ScenarioFile file;
    file.fileName = fileName;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.errors.append({fileName, JsonLocator::lineOf(json, parseError.offset), {},
                            u"not valid JSON: %1"_s.arg(parseError.errorString())});
        return file;
    }
    if (!document.isObject()) {
        file.errors.append({fileName, 1, {}, u"a scenario is one JSON object"_s});
        return file;
    }
    auto scenario = std::make_shared<Scenario>();
    scenario->source = fileName;
    Reader(json, file).read(document.object(), *scenario);
    std::stable_sort(file.errors.begin(), file.errors.end(), [](const LexiconIssue &a, const LexiconIssue &b) { return a.line < b.line; });
    if (file.errors.isEmpty())
        file.scenario = scenario;
    return file;
}

ScenarioFile ScenarioParser::parseFile(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        ScenarioFile file;
        file.fileName = path;
        file.errors.append({path, 0, {}, u"cannot open: %1"_s.arg(device.errorString())});
        return file;
    }
    return parse(device.readAll(), path);
}

ScenarioLibrary::Loaded ScenarioLibrary::load(const QStringList &extraFolders)
{
    Loaded loaded;
    auto library = std::make_shared<ScenarioLibrary>();
    QHash<QString, qsizetype> byId;
    const QStringList folders = QStringList{u":/scenarios"_s} + extraFolders;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists()) {
            if (folder != folders.first())
                loaded.errors.append({folder, 0, {}, u"no such folder"_s});
            continue;
        }
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            const ScenarioFile file = ScenarioParser::parseFile(dir.filePath(name));
            if (!file.ok()) {
                loaded.errors << file.errors;
                continue;
            }
            if (const auto it = byId.constFind(file.scenario->id); it != byId.cend())
                library->m_scenarios[*it] = file.scenario;
            else {
                byId.insert(file.scenario->id, library->m_scenarios.size());
                library->m_scenarios << file.scenario;
            }
        }
    }
    std::stable_sort(library->m_scenarios.begin(), library->m_scenarios.end(), [](const auto &a, const auto &b) {
        if (a->language != b->language)
            return languageCode(a->language) < languageCode(b->language);
        return a->title.localeAwareCompare(b->title) < 0;
    });
    loaded.library = library;
    return loaded;
}

std::shared_ptr<const Scenario> ScenarioLibrary::find(const QString &id) const
{
    for (const auto &s : m_scenarios) {
        if (s->id == id)
            return s;
    }
    return nullptr;
}

} // namespace calma
