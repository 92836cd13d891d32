// Loading reply parts with positioned errors.
#include "coach/replytemplates.h"

#include "coach/coachlexicon.h"
#include "io/jsonlocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([a-z_]+)\\}"_s);
    return re;
}

// What may follow a slot in a key: a business, a failure, a kind of request, a threat, a strategy
// or a situation ("skeleton.topic-shift.position").
const QStringList &qualifierNames()
{
    static const QStringList names = [] {
        QStringList n = domainNames() + failureLabels() + requestKindNames() + threatLabels();
        n << u"calm"_s << u"apologetic"_s
          << u"topic-shift"_s << u"abuse"_s << u"position"_s << u"praise"_s << u"needed"_s << u"failure"_s;
        return n;
    }();
    return names;
}

// Square brackets (optional segments) and "((a|b))" (the register) must pair up.
QString markupError(const QString &text)
{
    int square = 0, bars = 0, register_ = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'[' && ++square > 1)
            return u"optional segments [ ] cannot nest"_s;
        if (c == u']' && --square < 0)
            return u"a ] without its ["_s;
        if (c == u']')
            bars = 0;
        if (text.mid(i, 2) == u"((")
            ++register_;
        if (text.mid(i, 2) == u"))")
            register_ = 0;
        if (c == u'|' && square == 1 && register_ == 0 && ++bars > 1)
            return u"an optional segment takes one | at most: [ text| fallback]"_s;
    }
    if (square != 0)
        return u"a [ without its ]"_s;
    qsizetype from = 0;
    while ((from = text.indexOf(u"(("_s, from)) >= 0) {
        const qsizetype close = text.indexOf(u"))"_s, from);
        if (close < 0)
            return u"a (( without its ))"_s;
        const QStringView inner = QStringView(text).sliced(from + 2, close - from - 2);
        if (inner.count(u'|') != 1 || inner.contains(u'[') || inner.contains(u']') || inner.contains(u'('))
            return u"((usted|tú)) takes exactly one | and no [ ]"_s;
        from = close + 2;
    }
    if (text.contains(u"))"_s) && !text.contains(u"(("_s))
        return u"a )) without its (("_s;
    return {};
}

struct PartReader
{
    ReplyTemplateFile &file;
    const JsonLocator &where;

    void read(const QString &key, const QJsonValue &value)
    {
        const QString path = JsonLocator::member(u"parts"_s, key);
        const int line = where.line(path);
        const QStringList segments = key.split(u'.');
        if (!ReplyTemplates::slotNames().contains(segments.first()))
            return file.error(line, u"parts"_s, u"part \"%1\": unknown slot \"%2\" (one of: %3)"_s.arg(key, segments.first(), ReplyTemplates::slotNames().join(u", ")));
        for (qsizetype i = 1; i < segments.size(); ++i) {
            if (!qualifierNames().contains(segments.at(i)))
                return file.error(line, u"parts"_s, u"part \"%1\": unknown qualifier \"%2\" (a business, failure, request kind, threat, strategy or situation)"_s.arg(key, segments.at(i)));
        }
        if (!value.isArray() || value.toArray().isEmpty())
            return file.error(line, u"parts"_s, u"part \"%1\": needs a list of one or more texts"_s.arg(key));
        QList<ReplyPart> variants;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int variantLine = where.line(JsonLocator::element(path, i));
            const QString text = array.at(i).toString();
            if (!array.at(i).isString() || text.trimmed().isEmpty())
                return file.error(variantLine, u"parts"_s, u"part \"%1\", text %2: empty or not a string"_s.arg(key, QString::number(i + 1)));
            if (const QString markup = markupError(text); !markup.isEmpty())
                return file.error(variantLine, u"parts"_s, u"part \"%1\", text %2: %3"_s.arg(key, QString::number(i + 1), markup));
            for (const QString &name : ReplyTemplates::placeholders(text)) {
                if (!ReplyTemplates::slotNames().contains(name) && !ReplyTemplates::valueNames().contains(name))
                    return file.error(variantLine, u"parts"_s, u"part \"%1\", text %2: unknown placeholder {%3}"_s.arg(key, QString::number(i + 1), name));
                if (name == segments.first() || (segments.first() != u"skeleton" && name == u"skeleton"))
                    return file.error(variantLine, u"parts"_s, u"part \"%1\", text %2: {%3} cannot be used here"_s.arg(key, QString::number(i + 1), name));
            }
            variants.append({text, file.fileName, variantLine});
        }
        file.parts.insert(key, variants);
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

const QStringList &ReplyTemplates::slotNames()
{
    static const QStringList names{u"skeleton"_s, u"ack"_s, u"apology"_s, u"shift"_s, u"park"_s, u"boundary"_s,
                                   u"thanks"_s, u"threat"_s, u"action"_s, u"next"_s, u"missing"_s, u"close"_s,
                                   u"answer"_s};
    return names;
}

const QStringList &ReplyTemplates::valueNames()
{
    static const QStringList names{u"greeting"_s, u"agent"_s, u"reference"_s, u"amount"_s, u"date"_s,
                                   u"deadline"_s, u"timeframe"_s, u"needed"_s};
    return names;
}

QStringList ReplyTemplates::placeholders(const QString &text)
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QString ReplyTemplates::inRegister(const QString &text, bool informal)
{
    static const QRegularExpression re(u"\\(\\(([^|()]*)\\|([^|()]*)\\)\\)"_s);
    QString out = text;
    out.replace(re, informal ? u"\\2"_s : u"\\1"_s);
    return out;
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
    const JsonLocator where(data);
    if (root.contains(u"templates"))
        file.error(where.line(u"templates"_s), u"templates"_s, u"whole-reply \"templates\" are no longer read: write \"parts\" (see resources/replies/README.md)"_s);
    const QJsonObject phrases = root.value(u"phrases").toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        if (!it.value().isString())
            file.error(where.line(JsonLocator::member(u"phrases"_s, it.key())), u"phrases"_s, u"phrase \"%1\" is not a string"_s.arg(it.key()));
        else if (const QString markup = markupError(it.value().toString()); !markup.isEmpty())
            file.error(where.line(JsonLocator::member(u"phrases"_s, it.key())), u"phrases"_s, u"phrase \"%1\": %2"_s.arg(it.key(), markup));
        else
            file.phrases.insert(it.key(), it.value().toString());
    }
    PartReader reader{file, where};
    const QJsonObject parts = root.value(u"parts").toObject();
    for (auto it = parts.begin(); it != parts.end(); ++it)
        reader.read(it.key(), it.value());
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
        for (auto it = file.parts.begin(); it != file.parts.end(); ++it)
            result->m_parts.insert(it.key(), it.value());
    }
    return result;
}

const QList<ReplyPart> *ReplyTemplates::part(const QString &key) const
{
    const auto it = m_parts.constFind(key);
    return it == m_parts.cend() ? nullptr : &*it;
}

QString ReplyTemplates::phrase(const QString &key) const
{
    return m_phrases.value(key, key);
}

} // namespace calma
