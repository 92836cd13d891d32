// Reading a customer's message for requests, facts and the situation it describes.
#include "coach/customerask.h"

#include "io/personaldata.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace calma {
namespace {

// Formats of facts (personal data in io/personaldata.h). Vocabulary (words for "order", requests, topics) lives in the coach phrase lists.
const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:[€$£]\s?\d(?:[\d.,]*\d)?(?:\s?(?:MXN|USD|EUR|GBP|ARS|COP|CLP))?|\b\d(?:[\d.,]*\d)?\s?(?:€|\$|£|eur\b|euros?\b|usd\b|d[oó]lares\b|dollars?\b|pesos\b|mxn\b|gbp\b|libras\b|pounds?\b)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)(?:\s+de\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &codePattern()
{
    // A code with digits: 4500123, #4500123, ABC-12345, CMP77812.
    static const QRegularExpression re(QStringLiteral(R"(#?\b[A-Za-z]{0,5}-?\d[\dA-Za-z-]{2,}\b)"));
    return re;
}

const QRegularExpression &productPattern()
{
    // Names with a model number: "iPhone 13", "Galaxy S21", "Router XR500".
    static const QRegularExpression re(QStringLiteral(R"(\b(?:[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*)\s[A-Z]{0,3}\d{1,5}[A-Za-z]{0,3}\b)"));
    return re;
}

bool overlaps(const QList<Fact> &facts, qsizetype start, qsizetype end)
{
    return std::any_of(facts.begin(), facts.end(), [&](const Fact &f) { return start < f.end && f.start < end; });
}

void addMatches(const QString &text, const QRegularExpression &re, FactKind kind, QList<Fact> &facts)
{
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!overlaps(facts, m.capturedStart(), m.capturedEnd()))
            facts.append({kind, m.captured(), m.capturedStart(), m.capturedEnd(), kind == FactKind::Email || kind == FactKind::Phone});
    }
}

int digitCount(QStringView s)
{
    return int(std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }));
}

// Codes right after a reference word ("pedido 4500123", "order #A-1234") or written with "#".
void addReferences(const TokenizedText &tokens, const QList<CoachMatch> &references, QList<Fact> &facts)
{
    const QString &text = tokens.original;
    for (auto it = codePattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(facts, m.capturedStart(), m.capturedEnd()) || digitCount(m.capturedView()) < 3)
            continue;
        const bool hashed = m.captured().startsWith(u'#');
        const bool afterReference = std::any_of(references.begin(), references.end(), [&](const CoachMatch &r) {
            const qsizetype gap = m.capturedStart() - r.where.end;
            return gap >= 0 && gap <= 16 && !text.sliced(r.where.end, gap).contains(u'.');
        });
        if (hashed || afterReference)
            facts.append({FactKind::Order, m.captured(), m.capturedStart(), m.capturedEnd(), false});
    }
}

void addPhones(const QString &text, QList<Fact> &facts)
{
    for (auto it = phonePattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int digits = digitCount(m.capturedView());
        const bool shaped = m.captured().startsWith(u'+') || m.captured().contains(u' ') || m.captured().contains(u'-')
            || m.captured().contains(u'(');
        if (digits >= 9 && digits <= 15 && shaped && !overlaps(facts, m.capturedStart(), m.capturedEnd()))
            facts.append({FactKind::Phone, m.captured().trimmed(), m.capturedStart(), m.capturedEnd(), true});
    }
}

QList<Request> findRequests(const TokenizedText &tokens, const QList<CoachMatch> &markers, const QList<Evidence> &noise)
{
    QList<Request> requests;
    qsizetype first = 0;
    while (first < tokens.tokens.size()) {
        qsizetype last = first;
        const int sentence = tokens.tokens.at(first).sentence;
        while (last + 1 < tokens.tokens.size() && tokens.tokens.at(last + 1).sentence == sentence)
            ++last;
        bool question = false;
        for (qsizetype t = first; t <= last; ++t)
            question = question || tokens.tokens.at(t).questions > 0;
        const qsizetype start = tokens.originalStart(first);
        const qsizetype end = tokens.originalEnd(last);
        const bool marked = std::any_of(markers.begin(), markers.end(), [&](const CoachMatch &m) {
            return m.where.firstToken >= first && m.where.lastToken <= last;
        });
        qsizetype wordChars = 0, noiseChars = 0;
        for (qsizetype t = first; t <= last; ++t) {
            if (tokens.isWord(t))
                wordChars += tokens.tokens.at(t).length();
        }
        for (const Evidence &e : noise) {
            if (e.start >= start && e.end <= end)
                noiseChars += e.end - e.start;
        }
        const bool onlyNoise = wordChars > 0 && noiseChars * 2 >= wordChars;
        if ((question || marked) && wordChars > 0 && !onlyNoise)
            requests.append({tokens.original.sliced(start, end - start).trimmed(), start, end, question});
        first = last + 1;
    }
    return requests;
}

QStringList rankedLabels(const QList<CoachMatch> &matches)
{
    QHash<QString, int> counts;
    QStringList order;
    for (const CoachMatch &m : matches) {
        if (!counts.contains(m.entry->label))
            order << m.entry->label;
        ++counts[m.entry->label];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    return order;
}

} // namespace

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Order: return QStringLiteral("order");
    case FactKind::Amount: return QStringLiteral("amount");
    case FactKind::Date: return QStringLiteral("date");
    case FactKind::Email: return QStringLiteral("email");
    case FactKind::Phone: return QStringLiteral("phone");
    case FactKind::Product: return QStringLiteral("product");
    }
    return {};
}

const Fact *CustomerAsk::first(FactKind kind) const
{
    const auto it = std::find_if(facts.begin(), facts.end(), [kind](const Fact &f) { return f.kind == kind; });
    return it == facts.end() ? nullptr : &*it;
}

const Fact *CustomerAsk::known(FactKind kind) const
{
    if (const Fact *fact = first(kind))
        return fact;
    const auto it = std::find_if(earlierFacts.rbegin(), earlierFacts.rend(), [kind](const Fact &f) { return f.kind == kind; });
    return it == earlierFacts.rend() ? nullptr : &*it;
}

CustomerAsk CustomerAskReader::read(const QString &text, const ToneReport &report, const CoachLexicon &lexicon)
{
    CustomerAsk ask;
    ask.language = report.language;
    const TokenizedText tokens = TokenizedText::build(text, report.language);
    const QList<CoachMatch> matches = lexicon.find(tokens);
    auto ofKind = [&](CoachKind kind) {
        QList<CoachMatch> out;
        for (const CoachMatch &m : matches) {
            if (m.entry->kind == kind)
                out << m;
        }
        return out;
    };

    addMatches(text, emailPattern(), FactKind::Email, ask.facts);
    addMatches(text, amountPattern(), FactKind::Amount, ask.facts);
    addMatches(text, datePattern(), FactKind::Date, ask.facts);
    addReferences(tokens, ofKind(CoachKind::Reference), ask.facts);
    addPhones(text, ask.facts);
    addMatches(text, productPattern(), FactKind::Product, ask.facts);
    std::sort(ask.facts.begin(), ask.facts.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });

    double insults = 0;
    for (const Evidence &e : report.evidence) {
        if (e.category == ToneCategory::Insult) {
            ask.noise << e;
            insults += e.weight;
        }
    }
    ask.requests = findRequests(tokens, ofKind(CoachKind::Request), ask.noise);
    ask.topics = rankedLabels(ofKind(CoachKind::Topic));
    ask.failures = rankedLabels(ofKind(CoachKind::Failure));
    if (report.dimension(ToneDimension::Repetition) >= 40 && !ask.failures.contains(u"ignored"))
        ask.failures << QStringLiteral("ignored"); // "third time I write": being ignored is a failure too
    ask.ideaBlame = !ofKind(CoachKind::Idea).isEmpty();
    ask.refusal = !ofKind(CoachKind::Refusal).isEmpty();
    // Arguing about money: its words in an upset message, or two amounts set against each other
    // ("solo me devolvéis 20 € de los 89,90 €") when nobody was simply charged wrongly.
    const auto amounts = std::count_if(ask.facts.begin(), ask.facts.end(), [](const Fact &f) { return f.kind == FactKind::Amount; });
    const bool comparesAmounts = amounts >= 2 && report.heat >= 25 && !ask.failures.contains(u"wrong-charge");
    ask.moneyDispute = (!ofKind(CoachKind::Money).isEmpty() && (report.heat >= 25 || ask.refusal)) || comparesAmounts;
    ask.abuse = insults >= 10 || report.dimension(ToneDimension::Insult) >= 50;
    ask.praise = report.heat < 25 && ask.failures.isEmpty()
        && (report.dimension(ToneDimension::Praise) >= 30 || report.dimension(ToneDimension::Gratitude) >= 40
            || ask.topics.contains(u"praise"));
    return ask;
}

} // namespace calma
