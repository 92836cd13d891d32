// Stripping quotes and signatures with the markers of resources/mail/reply-markers.json.
#include "mail/replytext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption |
                          QRegularExpression::UseUnicodePropertiesOption;

bool readPatterns(const QJsonObject &data, const QString &key, const QString &fileName, QList<QRegularExpression> *out, QString *error)
{
    const QJsonArray list = data.value(key).toArray();
    if (list.isEmpty()) {
        *error = u"%1 (%2): a list of {\"pattern\": …} is required"_s.arg(fileName, key);
        return false;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QRegularExpression re(list.at(i).toObject().value(u"pattern").toString(), kOptions);
        if (re.pattern().isEmpty() || !re.isValid()) {
            *error = u"%1 (%2[%3]): %4"_s.arg(fileName, key).arg(i).arg(re.pattern().isEmpty() ? u"no pattern"_s : re.errorString());
            return false;
        }
        out->append(re);
    }
    return true;
}

} // namespace

const ReplyText &ReplyText::shipped()
{
    static const ReplyText markers = [] {
        const QString name = u":/mail/reply-markers.json"_s;
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the mail markers (%s) are not in the program", qPrintable(name));
        QString error;
        auto loaded = fromJson(file.readAll(), name, &error);
        if (!loaded)
            qFatal("%s", qPrintable(error));
        return *loaded;
    }();
    return markers;
}

std::optional<ReplyText> ReplyText::fromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = u"%1: not a JSON object: %2 (byte %3)"_s.arg(fileName, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject data = document.object();
    ReplyText markers;
    if (!readPatterns(data, u"quote_headers"_s, fileName, &markers.m_quoteHeaders, error) ||
        !readPatterns(data, u"signatures"_s, fileName, &markers.m_signatures, error))
        return std::nullopt;
    markers.m_quoteLine = QRegularExpression(data.value(u"quote_line").toString(), kOptions);
    if (markers.m_quoteLine.pattern().isEmpty() || !markers.m_quoteLine.isValid()) {
        *error = u"%1 (quote_line): a valid pattern is required"_s.arg(fileName);
        return std::nullopt;
    }
    QStringList prefixes;
    for (const QJsonValue &v : data.value(u"subject_prefixes").toArray())
        if (!v.toString().trimmed().isEmpty())
            prefixes << QRegularExpression::escape(v.toString().trimmed());
    if (prefixes.isEmpty()) {
        *error = u"%1 (subject_prefixes): a list of words is required"_s.arg(fileName);
        return std::nullopt;
    }
    // "Re:", "RE :", "Re[2]:", "Re(3):", repeated.
    markers.m_subjectPrefix = QRegularExpression(u"^(?:\\s*(?:"_s + prefixes.join(u'|') + u")\\s*(?:[\\[(]\\d+[\\])])?\\s*:)+\\s*"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    return markers;
}

qsizetype ReplyText::firstMatch(const QList<QRegularExpression> &patterns, const QString &text) const
{
    qsizetype first = -1;
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch match = re.match(text);
        if (match.hasMatch() && (first < 0 || match.capturedStart() < first))
            first = match.capturedStart();
    }
    return first;
}

QString ReplyText::withoutQuoteLines(const QString &text) const
{
    // Lines left blank where a quote was cut out of the middle: at most one blank line in a row.
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        if (m_quoteLine.match(line).hasMatch())
            continue;
        if (line.trimmed().isEmpty() && (kept.isEmpty() || kept.last().trimmed().isEmpty()))
            continue;
        kept << line;
    }
    return kept.join(u'\n').trimmed();
}

QString ReplyText::customerText(const QString &text) const
{
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s);
    const qsizetype signature = firstMatch(m_signatures, body);
    const QString unsigned_ = signature >= 0 ? body.left(signature) : body;
    const qsizetype quote = firstMatch(m_quoteHeaders, unsigned_);
    const QString own = withoutQuoteLines(quote >= 0 ? unsigned_.left(quote) : unsigned_);
    if (!own.isEmpty())
        return own;
    // Nothing above the quote: the customer answered below it (bottom-posting) or only forwarded.
    QString below = unsigned_;
    for (const QRegularExpression &re : m_quoteHeaders)
        below.remove(re);
    const QString answered = withoutQuoteLines(below);
    return answered.isEmpty() ? unsigned_.trimmed() : answered;
}

QString ReplyText::baseSubject(const QString &subject) const
{
    QString base = subject.simplified();
    base.remove(m_subjectPrefix);
    return base.trimmed();
}

} // namespace calma
