// Reading a customer's message for requests, facts, the business and the situation it describes.
#include "coach/customerask.h"

#include "coach/requestfinder.h"

#include "io/personaldata.h"
#include "tone/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// Formats of facts (personal data in io/personaldata.h). Vocabulary (the nouns before a reference,
// requests, deadlines, businesses) lives in the coach phrase lists.
const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:(?:\b(?:US|AR|MX|CA|AU|NZ|A|C|R)\$|U\$S|[€$£])\s?\d(?:[\d.,]*\d)?(?:\s?(?:MXN|USD|EUR|GBP|ARS|COP|CLP))?|\b\d(?:[\d.,]*\d)?\s?(?:[€$£](?!\d)|eur\b|euros?\b|usd\b|d[oó]lares\b|dollars?\b|pesos\b|mxn\b|gbp\b|libras\b|pounds?\b|quid\b|bucks\b)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)(?:\s+(?:de|del)\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\s+\d{4})?|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &codePattern()
{
    // A code with digits: 4500123, #4500123, ABC-12345, CMP77812, QZ4T9K, F-2024-118, and with
    // letter groups in front: SIN-PE-33871, UK-EL-55378.
    static const QRegularExpression re(QStringLiteral(R"(#?\b(?:[A-Za-z]{1,5}[/-]){0,2}[A-Za-z]{0,5}[/-]?\d[\dA-Za-z/-]*[\dA-Za-z]\b)"));
    return re;
}

const QRegularExpression &flightPattern()
{
    // An airline's two-character code and a number: BA117, IB 3456, U2 8012.
    static const QRegularExpression re(QStringLiteral(R"(\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}\b)"));
    return re;
}

const QRegularExpression &productPattern()
{
    // Names with a model number: "iPhone 13", "Galaxy S21", "Router XR500" — a mixed-case name, or a
    // model that mixes letters and digits, so "Tienen 48" is not a product.
    static const QRegularExpression re(QStringLiteral(
        R"(\b(?:[a-z]+[A-Z][A-Za-z]*\s[A-Z]{0,3}\d{1,5}[A-Za-z]{0,3}|[A-Z][a-z]+\s(?:[A-Z]{1,3}\d{1,5}[A-Za-z]{0,3}|\d{1,5}[A-Za-z]{1,3}))\b)"));
    return re;
}

const QRegularExpression &abbreviationPattern()
{
    // "no.", "nº", "núm.", "number:" between a noun and its code.
    static const QRegularExpression re(QStringLiteral(R"(\b(?:no|nr|num|núm|nro|n)\.|[nN][º°]\.?)"));
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

FactKind referenceKind(const QString &label, const QString &domain)
{
    if (label == u"reference")
        return CustomerAskReader::defaultReference(domain);
    return factKindFromName(label).value_or(FactKind::Order);
}

// The noun before a code ("pedido 4500123", "booking reference: QZ4T9K", "card ending 4421") says
// what it is; a code written with "#" and no noun is the business's usual reference.
void addReferences(const TokenizedText &tokens, const QList<CoachMatch> &references, const QString &domain, QList<Fact> &facts)
{
    const QString &text = tokens.original;
    constexpr qsizetype kGap = 24;
    for (const CoachMatch &r : references) {
        const FactKind kind = referenceKind(r.entry->label, domain);
        const qsizetype from = r.where.end;
        const QString window = text.mid(from, kGap + 16);
        const QRegularExpression &pattern = kind == FactKind::Flight ? flightPattern() : codePattern();
        const auto m = pattern.match(window);
        if (!m.hasMatch() || m.capturedStart() > kGap)
            continue;
        QString gap = window.first(m.capturedStart());
        gap.remove(abbreviationPattern());
        if (gap.contains(u'.') || gap.contains(u'\n') || gap.contains(u'?') || gap.contains(u'!'))
            continue;
        QString code = m.captured();
        qsizetype start = from + m.capturedStart();
        if (code.startsWith(u'#')) {
            code.remove(0, 1);
            ++start;
        }
        // "10-night", "2-day" count something; "4471-ES", "3319-UK" are codes.
        static const QRegularExpression countedWord(u"^\\d{1,3}-\\p{Ll}+$"_s);
        if (countedWord.match(code).hasMatch())
            continue;
        // "my booking for the 12th", "la reserva del 3º": an ordinal is a day or a floor, not a code.
        static const QRegularExpression ordinal(u"^\\d{1,2}(?:st|nd|rd|th|º|ª|o|a)$"_s, QRegularExpression::CaseInsensitiveOption);
        if (ordinal.match(code).hasMatch())
            continue;
        // "socia del gimnasio desde 2019", "a member since 2015": a year after a word of time is a date.
        static const QRegularExpression year(u"^(?:19|20)\\d\\d$"_s);
        static const QRegularExpression timeWord(u"\\b(?:since|in|from|year|desde|en|año|del año)\\s*$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        if (year.match(code).hasMatch() && timeWord.match(gap).hasMatch())
            continue;
        const int digits = digitCount(code);
        // "invoice, 49.99": a number with decimals is an amount, not a code; a bare number needs
        // four digits to be a reference.
        const qsizetype after = start + code.size();
        if (after + 1 < text.size() && (text.at(after) == u'.' || text.at(after) == u',') && text.at(after + 1).isDigit())
            continue;
        if (digits == code.size() && digits < 4 && kind != FactKind::Flight)
            continue;
        if (kind == FactKind::Card ? (digits != 4 || code.size() != 4) : digits < 2 && code.size() < 5)
            continue;
        if (digits == 0 || overlaps(facts, start, start + code.size()))
            continue;
        // "account 6021 774 915": a number written in groups after its noun is one reference.
        if (kind != FactKind::Card && digits == code.size()) {
            static const QRegularExpression group(u"^ (\\d{3,4})(?![\\d.,]*\\s?(?:[€$£%]|(?:eur|euros?|usd|dollars?|pesos|pounds?)\\b))(?=$|[\\s.,;:!?)])"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
            for (auto g = group.match(QStringView(text).sliced(start + code.size())); g.hasMatch();
                 g = group.match(QStringView(text).sliced(start + code.size())))
                code = text.sliced(start, code.size() + g.capturedLength());
        }
        if (overlaps(facts, start, start + code.size()))
            continue;
        facts.append({kind, code, start, start + code.size(), false});
    }
    for (auto it = codePattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured().startsWith(u'#') || digitCount(m.capturedView()) < 3 || overlaps(facts, m.capturedStart() + 1, m.capturedEnd()))
            continue;
        facts.append({CustomerAskReader::defaultReference(domain), m.captured().sliced(1), m.capturedStart() + 1, m.capturedEnd(), false});
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

// The business most of the message's words point to — a phrase counts for its words — when it
// clearly leads: a wrong business would put another business's nouns in the reply, so an unclear
// message gets the general wording instead.
QString businessOf(const QList<CoachMatch> &matches)
{
    // A word several businesses share ("order" in a shop and a takeaway) is split between them.
    QHash<QPair<qsizetype, qsizetype>, int> sharing;
    for (const CoachMatch &m : matches)
        ++sharing[{m.where.firstToken, m.where.lastToken}];
    // A word said twice ("pedido … Pedido 55120") is no more a sign of its business than said once.
    QHash<QString, double> score;
    QSet<const void *> counted;
    for (const CoachMatch &m : matches) {
        if (counted.contains(m.entry))
            continue;
        counted.insert(m.entry);
        const QStringList businesses = m.entry->label.split(u' ');
        const double points = (1.0 + double(m.where.lastToken - m.where.firstToken))
            / (sharing.value({m.where.firstToken, m.where.lastToken}) * double(businesses.size()));
        for (const QString &business : businesses)
            score[business] += points;
    }
    QString best;
    double top = 0, second = 0;
    for (auto it = score.begin(); it != score.end(); ++it) {
        if (it.value() > top) {
            second = top;
            top = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    constexpr double kLead = 1.5;
    return top >= kLead * second + 0.5 ? best : QString();
}

} // namespace

QString factKindName(FactKind kind)
{
    static const std::array<QString, 14> names{u"order"_s, u"booking"_s, u"flight"_s, u"claim"_s, u"account"_s, u"card"_s,
                                               u"member"_s, u"invoice"_s, u"ticket"_s, u"amount"_s, u"date"_s, u"email"_s,
                                               u"phone"_s, u"product"_s};
    return names.at(size_t(kind));
}

std::optional<FactKind> factKindFromName(QStringView name)
{
    for (int k = 0; k <= int(FactKind::Product); ++k) {
        if (name == factKindName(FactKind(k)))
            return FactKind(k);
    }
    return std::nullopt;
}

FactKind CustomerAskReader::defaultReference(const QString &domain)
{
    if (domain == u"retail" || domain == u"food")
        return FactKind::Order;
    if (domain == u"airline" || domain == u"travel")
        return FactKind::Booking;
    if (domain == u"insurance")
        return FactKind::Claim;
    if (domain == u"telecom" || domain == u"banking" || domain == u"utilities")
        return FactKind::Account;
    if (domain == u"subscription")
        return FactKind::Member;
    return FactKind::Ticket;
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

const Request *CustomerAsk::request(QStringView kind) const
{
    const auto it = std::find_if(requests.begin(), requests.end(), [kind](const Request &r) { return r.kind == kind; });
    return it == requests.end() ? nullptr : &*it;
}

const Request *CustomerAsk::mainRequest() const
{
    // Something to do comes before a question about it ("Where is my refund? Refund me today").
    for (const Request &r : requests) {
        if (r.kind != u"other" && r.kind != u"information")
            return &r;
    }
    return request(u"information");
}

static int vosotrosForms(const QString &text)
{
    // The vosotros forms of any verb, which a word list cannot hold: "reembolséis", "cobráis" (present
    // and subjunctive, six letters or more), and the imperative with a pronoun joined to it
    // ("solucionadlo", "devolvednos", "mandadme"), on the folded text. Nouns of those shapes are rare.
    static const QRegularExpression forms(u"\\b(?!(?:dieci|veinti)seis\\b)[a-zñ]{3,}(?:[ae]is|(?:a|e|i)d(?:me|nos|lo|la|los|las|le|les))\\b"_s);
    int count = 0;
    const QString folded = TextNormalizer::foldString(text);
    for (auto m = forms.globalMatch(folded); m.hasNext(); m.next())
        ++count;
    return count;
}

bool CustomerAsk::owed() const
{
    static const QStringList owedAfter{u"wrong-charge"_s, u"cancelled"_s, u"closed"_s, u"missing"_s, u"defective"_s, u"wrong-item"_s};
    return std::any_of(owedAfter.begin(), owedAfter.end(), [&](const QString &f) { return failures.contains(f); });
}

const Request *CustomerAsk::withDeadline() const
{
    if (const Request *main = mainRequest(); main && !main->deadline.isEmpty())
        return main;
    const auto it = std::find_if(requests.begin(), requests.end(), [](const Request &r) { return !r.deadline.isEmpty(); });
    return it == requests.end() ? nullptr : &*it;
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

    ask.domain = businessOf(ofKind(CoachKind::Domain));
    QHash<QString, int> address = lexicon.countExact(text, CoachKind::Address);
    if (report.language == Language::Spanish)
        address[u"tu"_s] += vosotrosForms(text);
    ask.informal = report.language == Language::Spanish && address.value(u"tu"_s) > address.value(u"usted"_s);

    addMatches(text, emailPattern(), FactKind::Email, ask.facts);
    addMatches(text, amountPattern(), FactKind::Amount, ask.facts);
    addMatches(text, datePattern(), FactKind::Date, ask.facts);
    addReferences(tokens, ofKind(CoachKind::Reference), ask.domain, ask.facts);
    addPhones(text, ask.facts);
    addMatches(text, productPattern(), FactKind::Product, ask.facts);
    std::sort(ask.facts.begin(), ask.facts.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });

    for (const Evidence &e : report.evidence) {
        if (e.category == ToneCategory::Insult)
            ask.noise << e;
    }
    // One threat per span: "Financial Ombudsman" over "Ombudsman".
    QList<CoachMatch> threatMatches = ofKind(CoachKind::Threat);
    std::sort(threatMatches.begin(), threatMatches.end(), [](const CoachMatch &a, const CoachMatch &b) {
        return a.where.end - a.where.start > b.where.end - b.where.start;
    });
    for (const CoachMatch &m : threatMatches) {
        const bool inside = std::any_of(ask.threats.begin(), ask.threats.end(), [&](const Threat &t) {
            return m.where.start < t.where.end && t.where.start < m.where.end;
        });
        if (!inside)
            ask.threats << Threat{m.entry->label, {text.sliced(m.where.start, m.where.end - m.where.start), m.where.start, m.where.end}};
    }
    std::sort(ask.threats.begin(), ask.threats.end(), [](const Threat &a, const Threat &b) { return a.where.start < b.where.start; });
    // "Os denuncio en FACUA", "I'll report you to the ombudsman": a complaint filed with a regulator
    // is one threat, the regulator's, not a lawsuit beside it.
    constexpr qsizetype kSameThreat = 12; // characters between the two
    ask.threats.removeIf([&](const Threat &t) {
        return t.label == u"legal" && std::any_of(ask.threats.begin(), ask.threats.end(), [&](const Threat &r) {
            return r.label == u"regulator" && r.where.start >= t.where.end && r.where.start - t.where.end <= kSameThreat;
        });
    });
    // A word for a regulator inside an insult ("you are a scam") is not a threat; a threat is not noise.
    ask.noise.removeIf([&](const Evidence &e) {
        return std::any_of(ask.threats.begin(), ask.threats.end(), [&](const Threat &t) { return e.start < t.where.end && t.where.start < e.end; });
    });
    double insults = 0;
    for (const Evidence &e : ask.noise)
        insults += e.weight;
    findRequests(tokens, matches, ask.noise, ask.threats, report.language, ask);

    ask.topics = rankedLabels(ofKind(CoachKind::Topic));
    // "He perdido el vuelo", "I lost my card": a thing the customer lost is no failure of ours to
    // apologise for ("perdieron mi maleta", "you lost my bag" are).
    QList<CoachMatch> failures = ofKind(CoachKind::Failure);
    failures.removeIf([&](const CoachMatch &m) {
        if (m.entry->label != u"missing")
            return false;
        qsizetype t = m.where.firstToken - 1;
        while (t >= 0 && !tokens.isWord(t))
            --t;
        static const QStringView selves[] = {u"he", u"hemos", u"yo", u"i", u"we", u"i've", u"we've", u"ive", u"weve"};
        return t >= 0 && std::find(std::begin(selves), std::end(selves), tokens.folded(t)) != std::end(selves);
    });
    ask.failures = rankedLabels(failures);
    // "My phone was stolen on the bus", "el granizo destrozó el coche": to an insurer, a loss or a
    // breakage is the event the claim is about, not a failure of ours to apologise for.
    if (ask.domain == u"insurance")
        ask.failures.removeIf([](const QString &f) { return f == u"missing" || f == u"defective"; });
    // The service's own failure is what the apology names ("four days without fibre"); the wait
    // and being ignored come after it.
    for (const QString &after : {u"late"_s, u"ignored"_s}) {
        if (ask.failures.size() > 1 && ask.failures.removeAll(after) > 0)
            ask.failures << after;
    }
    if (report.dimension(ToneDimension::Repetition) >= 40 && !ask.failures.contains(u"ignored"))
        ask.failures << QStringLiteral("ignored"); // "third time I write": being ignored is a failure too
    ask.ideaBlame = !ofKind(CoachKind::Idea).isEmpty();
    ask.refusal = !ofKind(CoachKind::Refusal).isEmpty();
    // Arguing about money: its words in an upset message, or two amounts set against each other
    // ("solo me devolvéis 20 € de los 89,90 €"). A wrong charge is a failure, not a dispute: the
    // customer is plainly owed the money.
    const auto amounts = std::count_if(ask.facts.begin(), ask.facts.end(), [](const Fact &f) { return f.kind == FactKind::Amount; });
    const bool owed = ask.owed();
    const bool comparesAmounts = amounts >= 2 && report.heat >= levelThreshold(ToneLevel::Tense);
    // Money words in a heated message that names a failure of ours ("six hours late, I claim the
    // compensation I'm due") ask for a remedy, not a negotiation; without one, or with a refusal, they
    // are a dispute.
    const bool money = !ofKind(CoachKind::Money).isEmpty();
    ask.moneyDispute = !owed
        && ((money && ((report.heat >= levelThreshold(ToneLevel::Tense) && ask.failures.isEmpty()) || ask.refusal)) || comparesAmounts);
    ask.abuse = insults >= 10 || report.dimension(ToneDimension::Insult) >= 50;
    ask.praise = report.heat < levelThreshold(ToneLevel::Tense) && ask.failures.isEmpty()
        && (report.dimension(ToneDimension::Praise) >= 30 || report.dimension(ToneDimension::Gratitude) >= 40
            || ask.topics.contains(u"praise"));
    return ask;
}

} // namespace calma
