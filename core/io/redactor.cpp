// Personal-data redaction: formats checked by their own rules, names known or introduced, and the
// words around them from resources/io/redaction.json.
#include "io/redactor.h"

#include "storage/database.h"
#include "storage/importjournal.h"
#include "tone/textnormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// Each label, by rank: where two findings overlap, the lower rank names the whole.
const QStringList &labels()
{
    static const QStringList l{u"[email]"_s, u"[iban]"_s, u"[card]"_s, u"[id]"_s, u"[birth date]"_s, u"[address]"_s, u"[phone]"_s, u"[name]"_s};
    return l;
}
enum Rank { Email, Iban, Card, Id, Birth, Address, Phone, Name };

// The analyzer's folding (lower case, no accents, straight quotes), one UTF-16 unit for one so that
// offsets stay those of the text: a unit the analyzer drops stays as it is.
QString folded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t f = TextNormalizer::fold(text.at(i).unicode());
        out[i] = f == 0xFFFF ? text.at(i) : QChar(f);
    }
    return out;
}

QStringList listOf(const QJsonObject &data, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : data.value(key).toArray())
        out << v.toString();
    // Longest first, so that "buenas tardes" wins over "buenas".
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

// An alternation of the words, each escaped, case-insensitive, spaces matching any run of spaces.
QString alternation(const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w).replace(u"\\ "_s, u"\\s+"_s);
    return u"(?i:"_s + escaped.join(u'|') + u')';
}

const QJsonObject &redactionData()
{
    static const QJsonObject data = [] {
        QFile file(u":/io/redaction.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the redaction patterns (:/io/redaction.json) are not in the program");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

qsizetype digitCount(QStringView s)
{
    return std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

QString compact(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace

bool Redactor::validIban(QStringView iban)
{
    if (iban.size() < 15 || iban.size() > 34 || !iban.at(0).isLetter() || !iban.at(1).isLetter() || !iban.at(2).isDigit() || !iban.at(3).isDigit())
        return false;
    // Move the first four characters to the end, letters to 10–35, and the number mod 97 must be 1.
    const QString rearranged = iban.sliced(4).toString() + iban.first(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        int value;
        if (c.isDigit())
            value = c.digitValue();
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return false;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool Redactor::validSpanishId(QStringView id)
{
    static const QString letters = u"TRWAGMYFPDXBNJZSQVHLCKE"_s;
    if (id.size() != 9 || !id.last().isLetter())
        return false;
    QString digits = id.first(8).toString();
    if (const int nie = QStringView(u"XYZ").indexOf(digits.front()); nie >= 0)
        digits[0] = QChar(u'0' + nie);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    return ok && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); })
        && letters.at(number % 23) == id.last().toUpper();
}

Redactor::Redactor(const QStringList &knownNames)
{
    const QJsonObject &data = redactionData();
    const QStringList connectors = listOf(data, u"nameConnectors"_s);
    for (const QString &name : knownNames) {
        for (const QString &part : folded(name).split(QRegularExpression(u"[^\\p{L}'’-]+"_s), Qt::SkipEmptyParts)) {
            if (part.size() >= 3 && !connectors.contains(part))
                m_nameParts.insert(part);
        }
    }
    for (const QString &key : {u"greetings"_s, u"closings"_s, u"titles"_s}) {
        for (const QString &w : listOf(data, key))
            m_markerWords.insert(folded(w).remove(u'.'));
    }
    // A name: one to four capitalised words, with connectors between them ("María José de la Fuente").
    // "I", "I'm", "I've" are capitalised and never a name: "Hello, I'm Ruth" names Ruth.
    const QString word = u"(?!I(?:['’]|\\b))\\p{Lu}[\\p{L}'’-]*"_s;
    const QString name = u"(%1(?:[ \\t]+(?:%2[ \\t]+)?%1){0,3})"_s.arg(word, alternation(connectors));
    const QString before = u"(?:^|(?<=[\\s,.;:¡!¿?(\"«]))"_s;
    const QString titles = alternation(listOf(data, u"titles"_s));
    const QString closings = alternation(listOf(data, u"closings"_s));
    m_introduced.setPattern(before + u"(?:"_s + alternation(listOf(data, u"greetings"_s) + listOf(data, u"introductions"_s)) + u"|"_s
                            + titles + u")[ \\t]*[,:]?[ \\t]+(?:"_s + titles + u"[ \\t]+)?"_s + name);
    m_signed.setPattern(before + closings + u"[ \\t]*[,.!]*[ \\t]*(?:\\r?\\n[ \\t]*)+(?:--[ \\t]*\\r?\\n)?"_s + name);
    // "Best regards, Fiona Campbell" at the end of a line.
    m_signedInline.setPattern(before + closings + u"[ \\t]*,[ \\t]*"_s + name + u"[ \\t.!]*(?=\\r?\\n|$)"_s);
    const QString numberMarkers = alternation(listOf(data, u"numberMarkers"_s));
    // A street type that ends in a letter ends there ("cl", not "clienta"); "c/" and "pº" need nothing.
    QStringList wordTypes, markTypes;
    for (const QString &t : listOf(data, u"streetTypes"_s))
        (t.back().isLetter() ? wordTypes : markTypes) << t;
    m_street.setPattern(u"(?<![\\p{L}])(?:"_s + alternation(wordTypes) + u"(?![\\p{L}])|"_s + alternation(markTypes) + u")"_s
                        + u"[ \\t]*[\\p{L}\\d][\\p{L}\\d'’.ºª-]*(?:[ \\t]+[\\p{L}\\d][\\p{L}'’.ºª-]*){0,5}?[ \\t]*,?[ \\t]*(?:"_s + numberMarkers
                        + u"[ \\t]*)?\\d{1,5}[ \\t]?[A-Za-z]?\\b(?:[ \\t]*,?[ \\t]*(?:\\d{1,2}[ \\t]?[ºª°]?[ \\t]?[A-Za-z]?\\b|(?i:piso|puerta|planta|bajo|esc\\.?|escalera)[ \\t]*\\w*))*"_s
                        + u"(?:[ \\t]*,?[ \\t]*\\d{5}\\b)?"_s);
    m_streetEn.setPattern(u"\\b\\d{1,5}[A-Za-z]?,?[ \\t]+(?:[\\p{L}'’.-]+[ \\t]+){1,4}"_s + alternation(listOf(data, u"streetSuffixes"_s))
                          + u"(?![\\p{L}])(?:[ \\t]*,?[ \\t]*(?i:apt|apartment|flat|unit|suite)\\.?[ \\t]*\\w+)?"_s);
    const QString date = u"(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?(?:[ \\t]+de)?[ \\t]+\\p{L}{3,}\\.?(?:[ \\t]+de)?,?[ \\t]+\\d{4}|\\p{L}{3,}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4})"_s;
    m_birth.setPattern(before + alternation(listOf(data, u"birthMarkers"_s)) + u"[ \\t]*[:,-]?[ \\t]*(?:(?i:el|on|the|is|es|was|fue|:)[ \\t]+){0,2}"_s + date);
    for (QRegularExpression *re : {&m_introduced, &m_signed, &m_signedInline, &m_street, &m_streetEn, &m_birth}) {
        re->setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
        if (!re->isValid())
            qFatal("a redaction pattern does not compile: %s", qPrintable(re->errorString()));
    }
}

QStringList Redactor::knownNames(const Database &database, QString *error)
{
    QStringList names;
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT name FROM contacts ct WHERE "_s + ImportJournal::visible(u"ct"_s) + u" UNION SELECT name FROM agents UNION SELECT name FROM trainees"_s)) {
        *error = u"reading the names to redact: "_s + q.lastError().text();
        return {};
    }
    while (q.next())
        names << q.value(0).toString();
    if (q.lastError().isValid()) {
        *error = u"reading the names to redact: "_s + q.lastError().text();
        return {};
    }
    return names;
}

void Redactor::findFormats(const QString &text, QList<Span> &spans) const
{
    static const QRegularExpression email(u"[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression iban(u"(?<![\\p{L}\\d])[A-Za-z]{2}[ \\t]?\\d{2}(?:[ \\t-]?[A-Za-z0-9]){11,30}(?![\\p{L}\\d])"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    // Whole runs of digit groups only: a part of a longer number (an IBAN) is not a card.
    static const QRegularExpression card(u"(?<![\\p{L}\\d])(?<!\\d[ -])\\d(?:[ -]?\\d){12,18}(?![ -]?\\d)(?![\\p{L}])"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression spanishId(u"(?<![\\p{L}\\d])(?:[XYZxyz][ \\t-]?)?\\d{7,8}[ \\t-]?[A-Za-z](?![\\p{L}\\d])"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression phone(u"(?<![\\w#/.,€$£-])(?:\\+|00)?\\(?\\d[\\d \\t().-]{5,20}\\d(?![\\w/])"_s);
    static const QRegularExpression looksLikeDate(u"^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}$|^\\d{1,2}[:.]\\d{2}$"_s);
    static const QRegularExpression reference(
        u"(?<![\\p{L}])(?i:pedido|order|invoice|factura|ref(?:erence|erencia)?|ticket|incidencia|localizador|booking|reserva|claim|siniestro|"
        u"parte|expediente|p[oó]liza|policy|tracking|seguimiento|albar[aá]n|n[º°o]\\.?|num(?:ber|ero|\\.)?|#)[\\s:.#-]*$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    auto add = [&](const QRegularExpression &re, int rank, const std::function<bool(const QRegularExpressionMatch &)> &keep) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!keep || keep(m))
                spans << Span{m.capturedStart(), m.capturedEnd(), rank};
        }
    };
    add(email, Email, {});
    // Any case and spacing; one with a wrong check digit is still somebody's account, mistyped.
    add(iban, Iban, [](const QRegularExpressionMatch &m) { return validIban(compact(m.capturedView())) || digitCount(m.capturedView()) >= 12; });
    add(card, Card, [](const QRegularExpressionMatch &m) {
        const qsizetype digits = digitCount(m.capturedView());
        return digits >= 13 && digits <= 19;
    });
    add(spanishId, Id, [](const QRegularExpressionMatch &m) { return validSpanishId(compact(m.capturedView())); });
    add(m_birth, Birth, {});
    add(m_street, Address, {});
    add(m_streetEn, Address, {});
    add(phone, Phone, [&](const QRegularExpressionMatch &m) {
        const QStringView found = m.capturedView();
        const qsizetype digits = digitCount(found);
        const bool separated = found.contains(u' ') || found.contains(u'-') || found.contains(u'.') || found.contains(u'(')
            || found.startsWith(u'+');
        if (digits < 7 || digits > 15 || (!separated && digits < 9) || looksLikeDate.match(found.trimmed()).hasMatch())
            return false;
        // An order, invoice or booking number is the case's, not the person's.
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 24);
        return !reference.match(text.mid(from, m.capturedStart() - from)).hasMatch();
    });
}

void Redactor::findNames(const QString &text, QList<Span> &spans) const
{
    auto addName = [&](qsizetype start, qsizetype end) {
        // "Hola Buenos días", "Dear Sir": a greeting word is not a name.
        const QString first = folded(QStringView(text).sliced(start, end - start)).section(u' ', 0, 0).remove(u'.');
        if (!m_markerWords.contains(first))
            spans << Span{start, end, Name};
    };
    for (const QRegularExpression *re : {&m_introduced, &m_signed, &m_signedInline}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            addName(m.capturedStart(1), m.capturedEnd(1));
        }
    }
    if (m_nameParts.isEmpty())
        return;
    // The names the database knows, word by word: a part alone only where it is capitalised ("Rosa",
    // not "rosa"), a part next to another part in any case.
    const QString f = folded(text);
    QList<std::pair<qsizetype, qsizetype>> words;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && (text.at(j).isLetter() || text.at(j) == u'\'' || text.at(j) == u'’' || text.at(j) == u'-'))
            ++j;
        words.append({i, j});
        i = j;
    }
    std::vector<bool> known(size_t(words.size()));
    for (qsizetype w = 0; w < words.size(); ++w)
        known[size_t(w)] = m_nameParts.contains(f.sliced(words[w].first, words[w].second - words[w].first));
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (!known[size_t(w)])
            continue;
        const bool capital = text.at(words[w].first).isUpper();
        const bool besideAnother = (w > 0 && known[size_t(w - 1)]) || (w + 1 < words.size() && known[size_t(w + 1)]);
        if (capital || besideAnother)
            spans << Span{words[w].first, words[w].second, Name};
    }
}

QString Redactor::redact(const QString &text) const
{
    QList<Span> spans;
    findFormats(text, spans);
    findNames(text, spans);
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
    // Overlapping findings become one, named by the strongest; names side by side ("[name] [name]")
    // become one name.
    QList<Span> merged;
    for (const Span &s : spans) {
        if (!merged.isEmpty() && s.start < merged.last().end) {
            merged.last().end = std::max(merged.last().end, s.end);
            merged.last().rank = std::min(merged.last().rank, s.rank);
            continue;
        }
        if (!merged.isEmpty() && merged.last().rank == Name && s.rank == Name
            && QStringView(text).sliced(merged.last().end, s.start - merged.last().end).trimmed().isEmpty()) {
            merged.last().end = s.end;
            continue;
        }
        merged << s;
    }
    QString out;
    qsizetype at = 0;
    for (const Span &s : merged) {
        out += QStringView(text).sliced(at, s.start - at);
        out += labels().at(s.rank);
        at = s.end;
    }
    out += QStringView(text).sliced(at);
    return out;
}

} // namespace calma
