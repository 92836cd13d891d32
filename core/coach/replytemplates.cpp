// Loading reply templates with positioned errors.
#include "coach/replytemplates.h"

#include "io/jsonlocator.h"

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
    static const QRegularExpression re(u"\\{([a-z_]+)\\}"_s);
    return re;
}

const QStringList &knownPlaceholders()
{
    static const QStringList names{u"greeting"_s, u"agent"_s, u"order"_s, u"amount"_s, u"date"_s, u"timeframe"_s, u"missing"_s};
    return names;
}

struct TemplateReader
{
    ReplyTemplateFile &file;
    QSet<QString> ids;

    void read(const QJsonObject &o, int line)
    {
        ReplyTemplate t;
        t.source = file.fileName;
        t.line = line;
        t.id = o.value(u"id").toString();
        static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        if (!idPattern.match(t.id).hasMatch())
            return file.error(line, u"id"_s, u"missing or malformed id \"%1\" (lower-case words joined by -)"_s.arg(t.id));
        if (ids.contains(t.id))
            return file.error(line, u"id"_s, u"duplicate id \"%1\""_s.arg(t.id));
        ids.insert(t.id);
        const auto strategy = strategyFromName(o.value(u"strategy").toString());
        if (!strategy)
            return file.error(line, u"strategy"_s, u"template \"%1\": strategy must be calm, apologetic or topic-shift"_s.arg(t.id));
        t.strategy = *strategy;
        for (const QJsonValue &v : o.value(u"situations").toArray()) {
            if (!ReplyTemplates::situationNames().contains(v.toString()))
                return file.error(line, u"situations"_s, u"template \"%1\": unknown situation \"%2\""_s.arg(t.id, v.toString()));
            t.situations << v.toString();
        }
        if (t.situations.isEmpty())
            return file.error(line, u"situations"_s, u"template \"%1\": needs at least one situation"_s.arg(t.id));
        for (const QJsonValue &v : o.value(u"levels").toArray()) {
            const auto level = levelFromName(v.toString());
            if (!level)
                return file.error(line, u"levels"_s, u"template \"%1\": unknown level \"%2\""_s.arg(t.id, v.toString()));
            t.levels << *level;
        }
        t.text = o.value(u"text").toString();
        t.principle = o.value(u"principle").toString();
        if (t.text.trimmed().isEmpty())
            return file.error(line, u"text"_s, u"template \"%1\": empty text"_s.arg(t.id));
        if (t.principle.trimmed().isEmpty())
            return file.error(line, u"principle"_s, u"template \"%1\": empty principle"_s.arg(t.id));
        for (const QString &name : t.placeholders()) {
            if (!knownPlaceholders().contains(name))
                return file.error(line, u"text"_s, u"template \"%1\": unknown placeholder {%2}"_s.arg(t.id, name));
        }
        file.templates.append(t);
    }
};

} // namespace

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Calm: return u"calm"_s;
    case Strategy::Apologetic: return u"apologetic"_s;
    case Strategy::TopicShift: return u"topic-shift"_s;
    }
    return {};
}

std::optional<Strategy> strategyFromName(QStringView name)
{
    for (Strategy s : {Strategy::Calm, Strategy::Apologetic, Strategy::TopicShift}) {
        if (name == strategyName(s))
            return s;
    }
    return std::nullopt;
}

QStringList ReplyTemplate::placeholders() const
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

const QStringList &ReplyTemplates::situationNames()
{
    static const QStringList names{u"delivery"_s, u"billing"_s, u"refund"_s, u"outage"_s, u"account"_s, u"product"_s,
                                   u"subscription"_s, u"policy"_s, u"money-dispute"_s, u"abuse"_s, u"praise"_s,
                                   u"feedback"_s, u"missing-info"_s, u"general"_s};
    return names;
}

ReplyTemplateFile ReplyTemplates::parse(const QByteArray &data, const QString &fileName)
{
    ReplyTemplateFile file;
    file.fileName = fileName;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.error(JsonLocator::lineOf(data, parseError.offset), {}, u"not valid JSON: %1"_s.arg(parseError.errorString()));
        return file;
    }
    const QJsonObject root = document.object();
    const auto language = languageFromCode(root.value(u"language").toString());
    if (!language)
        file.error(1, u"language"_s, u"\"language\" must be \"es\" or \"en\""_s);
    file.language = language;
    const QJsonObject phrases = root.value(u"phrases").toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it)
        file.phrases.insert(it.key(), it.value().toString());
    const QJsonArray templates = root.value(u"templates").toArray();
    const JsonLocator where(data);
    TemplateReader reader{file, {}};
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const int line = where.line(JsonLocator::element(u"templates"_s, i));
        if (!templates.at(i).isObject())
            file.error(line, {}, u"template %1 is not an object"_s.arg(i + 1));
        else
            reader.read(templates.at(i).toObject(), line);
    }
    return file;
}

ReplyTemplateFile ReplyTemplates::parseFile(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        ReplyTemplateFile file;
        file.fileName = path;
        file.error(0, {}, u"cannot open: %1"_s.arg(device.errorString()));
        return file;
    }
    return parse(device.readAll(), path);
}

std::shared_ptr<const ReplyTemplates> ReplyTemplates::build(Language language, const QList<ReplyTemplateFile> &files)
{
    auto result = std::make_shared<ReplyTemplates>();
    result->m_language = language;
    for (const ReplyTemplateFile &file : files) {
        for (auto it = file.phrases.begin(); it != file.phrases.end(); ++it)
            result->m_phrases.insert(it.key(), it.value());
        for (const ReplyTemplate &t : file.templates) {
            result->m_templates.removeIf([&](const ReplyTemplate &old) { return old.id == t.id; });
            result->m_templates.append(t);
        }
    }
    return result;
}

QString ReplyTemplates::phrase(const QString &key) const
{
    return m_phrases.value(key, key);
}

} // namespace calma
