// Putting replies together from parts, and ranking them.
#include "coach/replysuggester.h"

#include "coach/agenttone.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

constexpr double kTooAlike = 0.55; // word overlap (Jaccard) above which two replies read alike
constexpr int kMaxReplyHeat = levelThreshold(ToneLevel::Tense) - 1; // a suggestion must score calm
constexpr int kSeeds = 4;          // other variant choices tried when a reply reads too alike or too hot

const QStringList &referenceKinds()
{
    static const QStringList kinds{u"order"_s, u"booking"_s, u"flight"_s, u"claim"_s, u"account"_s, u"member"_s,
                                   u"invoice"_s, u"ticket"_s, u"card"_s};
    return kinds;
}

QSet<QString> contentWords(const QString &text)
{
    QSet<QString> words;
    for (const QString &w : text.toLower().split(QRegularExpression(u"[^\\w]+"_s), Qt::SkipEmptyParts)) {
        if (w.size() > 3)
            words.insert(w);
    }
    return words;
}

double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    return double((a & b).size()) / double((a | b).size());
}

QString joinList(const QStringList &items, const ReplyTemplates &templates)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.sliced(0, items.size() - 1).join(templates.phrase(u"list.separator"_s)) + templates.phrase(u"list.last"_s)
        + items.last();
}

// Tidies what optional segments leave behind: doubled spaces, a space before punctuation, an empty
// "()", and a capital after every sentence end and paragraph.
QString tidy(QString text)
{
    static const QRegularExpression spaces(u"[ \\t]{2,}"_s);
    static const QRegularExpression beforePunctuation(u" +([,.;:?!)])"_s);
    static const QRegularExpression emptyBrackets(u" ?\\(\\s*\\)"_s);
    text.replace(emptyBrackets, QString());
    text.replace(spaces, u" "_s);
    text.replace(beforePunctuation, u"\\1"_s);
    static const QRegularExpression sentenceStart(u"([.?!]\\s+|\\n\\n)([¿¡]?)(\\p{Ll})"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = sentenceStart.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart(3) - last);
        out += m.captured(3).toUpper();
        last = m.capturedEnd(3);
    }
    out += QStringView(text).sliced(last);
    return out.trimmed();
}

// What the reply is built from for one message.
struct Case
{
    const CustomerAsk &ask;
    const ReplyContext &context;
    const ReplyTemplates &templates;
    QString domain;    // or "general"
    QString failure;   // the main failure, or empty
    QString request;   // the main request's kind, or empty
    QString threat;    // the first threat's label, or empty
    QStringList needed;
    QByteArray seed;
};

class Composer
{
public:
    explicit Composer(const Case &c) : m_case(c) {}

    // The reply for a strategy, or a null string when its parts cannot be filled.
    QString compose(Strategy strategy, int attempt)
    {
        m_attempt = attempt;
        m_strategy = strategyName(strategy).toUtf8();
        m_used.clear();
        const QString strategyKey = u"skeleton."_s + strategyName(strategy);
        QStringList keys;
        const CustomerAsk &ask = m_case.ask;
        // Abuse over a real failure: the apology still comes first, then the limit.
        if (strategy == Strategy::Calm && ask.abuse && !ask.failures.isEmpty())
            keys << strategyKey + u".abuse.failure"_s;
        if (strategy == Strategy::Calm && ask.abuse)
            keys << strategyKey + u".abuse"_s;
        if (strategy == Strategy::Calm && ask.praise)
            keys << strategyKey + u".praise"_s;
        if (strategy == Strategy::TopicShift && ReplySuggester::position(ask))
            keys << strategyKey + u".position"_s;
        keys << strategyKey;
        const QString text = fillFirst(keys);
        return text.isNull() ? text : tidy(text);
    }

    const QStringList &used() const { return m_used; }

private:
    // Keys for a slot, the most specific first. Feelings and apologies follow the failure; actions
    // and next steps follow what the customer asks.
    QStringList keysFor(const QString &slot) const
    {
        const Case &c = m_case;
        QStringList keys;
        auto add = [&](const QString &a, const QString &b = {}) {
            if (a.isEmpty() || (!b.isNull() && b.isEmpty()))
                return;
            keys << slot + u'.' + a + (b.isNull() ? QString() : u'.' + b);
        };
        const bool byFailure = slot == u"ack" || slot == u"apology" || slot == u"boundary" || slot == u"thanks" || slot == u"shift";
        if (slot == u"threat") {
            add(c.threat);
        } else if (slot == u"answer") {
            // one key: the request decides the action and next step inside it
        } else if (slot == u"next" && !c.needed.isEmpty()) {
            keys << u"next.needed"_s; // "missing" is a failure: the parcel that never came
        } else if (byFailure) {
            add(c.domain, c.failure);
            add(c.failure);
            add(c.domain);
        } else if (fixesTheFailure()) {
            // "Sort this out" about a wrong charge or a lost parcel asks for that failure put right,
            // not for an engineer: the failure decides the action.
            add(c.domain, c.failure);
            add(c.failure);
            add(c.domain, c.request);
            add(c.request);
            add(c.domain);
        } else {
            // The business's own wording first: a takeaway's missing items before a generic refund.
            add(c.domain, c.request);
            add(c.domain, c.failure);
            add(c.request);
            add(c.failure);
            add(c.domain);
        }
        keys << slot;
        return keys;
    }

    // A request to "fix" or "sort out" something that is not broken: the failure it names is what to fix.
    bool fixesTheFailure() const
    {
        static const QStringList broken{u"defective"_s, u"outage"_s};
        return m_case.request == u"repair" && !m_case.failure.isEmpty() && !broken.contains(m_case.failure);
    }

    QString fillFirst(const QStringList &keys)
    {
        // "answer": what to do about the request, only when there is one (thanks with a question).
        if (!keys.isEmpty() && keys.last() == u"answer" && m_case.request.isEmpty())
            return {};
        // "threat": only when the customer names a step they may take.
        if (!keys.isEmpty() && keys.last() == u"threat" && m_case.threat.isEmpty())
            return {};
        for (const QString &key : keys) {
            const QList<ReplyPart> *variants = m_case.templates.part(key);
            if (!variants)
                continue;
            // A fixed per-message order of the variants, so the same message always gets the same
            // reply and two customers rarely get the same words.
            QList<int> order(variants->size());
            std::iota(order.begin(), order.end(), 0);
            const QByteArray digest = QCryptographicHash::hash(QByteArray(m_case.seed + key.toUtf8() + m_strategy + QByteArray::number(m_attempt)),
                                                               QCryptographicHash::Md5);
            const quint32 start = qFromBigEndian<quint32>(digest.constData()) % quint32(order.size());
            std::rotate(order.begin(), order.begin() + start, order.end());
            for (const int i : order) {
                const QStringList before = m_used;
                const QString text = fill(ReplyTemplates::inRegister(variants->at(i).text, m_case.ask.informal));
                if (!text.isNull()) {
                    m_used << key + u'#' + QString::number(i);
                    return text;
                }
                m_used = before;
            }
        }
        return {};
    }

    // A part's text with its placeholders filled; optional [segments] whose placeholders have no
    // value are dropped; null when a required placeholder has none.
    QString fill(const QString &text)
    {
        QString out;
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype open = text.indexOf(u'[', i);
            const qsizetype segmentEnd = open < 0 ? text.size() : open;
            const QString required = fillPlain(text.sliced(i, segmentEnd - i));
            if (required.isNull())
                return {};
            out += required;
            if (open < 0)
                break;
            // "[ {reference}| it]": the segment, else the words after "|", else nothing.
            const qsizetype close = text.indexOf(u']', open);
            const QString segment = text.sliced(open + 1, close - open - 1);
            const qsizetype bar = segment.indexOf(u'|');
            const QString optional = fillPlain(bar < 0 ? segment : segment.first(bar));
            if (!optional.isNull())
                out += optional;
            else if (bar >= 0 && !fillPlain(segment.sliced(bar + 1)).isNull())
                out += fillPlain(segment.sliced(bar + 1));
            i = close + 1;
        }
        return out;
    }

    QString fillPlain(const QString &text)
    {
        QString out = text;
        for (const QString &name : ReplyTemplates::placeholders(text)) {
            // "(your membership)" says nothing: in brackets only the customer's own reference fits.
            const bool codeOnly = name == u"reference" && text.contains(u"({reference})"_s);
            const QString v = ReplyTemplates::slotNames().contains(name) ? fillFirst(keysFor(name)) : codeOnly ? referenceCode() : value(name);
            if (v.isEmpty())
                return {};
            out.replace(u'{' + name + u'}', v);
        }
        return out;
    }

    QString value(const QString &name) const
    {
        const Case &c = m_case;
        const ReplyTemplates &t = c.templates;
        const bool informal = c.ask.informal;
        if (name == u"greeting") {
            return c.context.customerName.isEmpty() ? t.phrase(u"greeting"_s)
                                                    : t.phrase(u"greeting.named"_s).replace(u"{name}"_s, c.context.customerName);
        }
        if (name == u"agent")
            return c.context.agentName.isEmpty() ? t.phrase(u"agent"_s) : c.context.agentName;
        if (name == u"timeframe")
            return timeframe();
        if (name == u"deadline")
            return deadline();
        if (name == u"needed") {
            QStringList items;
            for (const QString &kind : c.needed)
                items << ReplyTemplates::inRegister(t.phrase(u"missing."_s + kind), informal);
            return joinList(items, t);
        }
        if (name == u"reference") {
            // The reference with its own noun; without one, the customer's thing in their business
            // ("your booking", "su suscripción"); nothing when the business is not known.
            const Fact *fact = reference();
            if (fact)
                return ReplyTemplates::inRegister(t.phrase(u"ref."_s + factKindName(fact->kind)), informal).replace(u"{code}"_s, fact->text);
            const QString key = u"subject."_s + c.domain;
            return t.hasPhrase(key) ? ReplyTemplates::inRegister(t.phrase(key), informal) : QString();
        }
        const Fact *fact = c.ask.known(name == u"amount" ? FactKind::Amount : FactKind::Date);
        return fact ? fact->text : QString();
    }

    QString referenceCode() const
    {
        const Fact *fact = reference();
        return fact ? ReplyTemplates::inRegister(m_case.templates.phrase(u"ref."_s + factKindName(fact->kind)), m_case.ask.informal)
                          .replace(u"{code}"_s, fact->text)
                    : QString();
    }

    QString timeframe() const
    {
        return m_case.context.timeframe.isEmpty() ? m_case.templates.phrase(u"timeframe"_s) : m_case.context.timeframe;
    }

    // The customer's own deadline when it is one we can keep; "now" and a few hours become today.
    QString deadline() const
    {
        const Request *r = m_case.ask.withDeadline();
        if (!r)
            return timeframe();
        const ReplyTemplates &t = m_case.templates;
        if (r->deadline == u"now")
            return t.phrase(u"deadline.soon"_s);
        if (r->deadline == u"today")
            return t.phrase(u"deadline.today"_s);
        if (r->deadline == u"tomorrow")
            return t.phrase(u"deadline.tomorrow"_s);
        if (r->deadline == u"hours") {
            static const QRegularExpression number(u"\\d+"_s);
            const auto m = number.match(r->deadlineText);
            if (!m.hasMatch() || m.captured().toInt() < 24)
                return t.phrase(u"deadline.soon"_s);
            // In the reply's own words, whatever words gave it: "you have 48 hours", "tienen 72 horas".
            return t.phrase(u"deadline.hours"_s).replace(u"{hours}"_s, m.captured());
        }
        QString words = r->deadlineText.trimmed();
        if (!words.isEmpty() && !(words.size() > 1 && words.at(1).isUpper()))
            words[0] = words.at(0).toLower();
        if (m_case.ask.language == Language::English) {
            // "by friday" as the customer typed it; English writes days and months with a capital.
            static const QRegularExpression names(
                u"\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                u"august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|"
                u"sep|sept|oct|nov|dec)\\b"_s);
            for (auto it = names.globalMatch(words); it.hasNext();) {
                const auto m = it.next();
                words[m.capturedStart()] = words.at(m.capturedStart()).toUpper();
            }
        }
        return words;
    }

public:
    // The reference the reply names: the one the business works with first, else any the customer gave.
    const Fact *reference() const
    {
        const QStringList preferred = m_case.templates.phrase(u"needs."_s + m_case.domain).split(u' ', Qt::SkipEmptyParts) + referenceKinds();
        for (const QString &kind : preferred) {
            if (const auto k = factKindFromName(kind); k && referenceKinds().contains(kind)) {
                if (const Fact *f = m_case.ask.known(*k))
                    return f;
            }
        }
        return nullptr;
    }

private:
    const Case &m_case;
    int m_attempt = 0;
    QByteArray m_strategy; // each strategy draws its shared parts (action, next step) on its own
    QStringList m_used;
};

QString levelWord(ToneLevel level, const ReplyTemplates &templates)
{
    return templates.phrase(u"level."_s + levelName(level));
}

QString reasonFor(Strategy strategy, const Case &c, const ReplyTemplates &t, const ToneReport &report, const QString &message,
                  const QString &reply)
{
    // `t`: the reasons' language (the agent's), which may differ from the reply's (c.templates).
    const CustomerAsk &ask = c.ask;
    QString key = u"principle."_s + strategyName(strategy);
    if (strategy == Strategy::Calm && ask.abuse)
        key += u".abuse"_s;
    else if (strategy == Strategy::Calm && ask.praise)
        key += u".praise"_s;
    else if (strategy == Strategy::TopicShift && ReplySuggester::position(ask))
        key += u".position"_s;
    QString reason = t.phrase(key);
    QStringList drivers;
    for (const Evidence &e : report.evidence) {
        if (e.weight > 0 && drivers.size() < 3)
            drivers << u"«"_s + message.sliced(e.start, e.end - e.start) + u"»"_s;
    }
    if (!drivers.isEmpty()) {
        reason += u' ' + t.phrase(u"reason.evidence"_s)
                             .replace(u"{heat}"_s, QString::number(report.heat))
                             .replace(u"{level}"_s, levelWord(report.level, t))
                             .replace(u"{evidence}"_s, joinList(drivers, t));
    }
    QStringList facts;
    for (const Fact &f : ask.facts + ask.earlierFacts) {
        if (!f.personal && reply.contains(f.text) && !facts.contains(f.text))
            facts << f.text;
    }
    if (!facts.isEmpty())
        reason += u' ' + t.phrase(u"reason.facts"_s).replace(u"{facts}"_s, joinList(facts, t));
    if (const Request *r = ask.withDeadline())
        reason += u' ' + t.phrase(u"reason.deadline"_s).replace(u"{deadline}"_s, u"«"_s + r->deadlineText + u"»"_s);
    if (!ask.threats.isEmpty())
        reason += u' ' + t.phrase(u"reason.threat"_s).replace(u"{threat}"_s, u"«"_s + ask.threats.first().where.text + u"»"_s);
    if (!ask.noise.isEmpty() && ask.abuse)
        reason += u' ' + t.phrase(u"reason.noise"_s);
    return reason;
}

} // namespace

ReplySuggester::ReplySuggester(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
                               std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanish,
                               std::shared_ptr<const ReplyTemplates> english)
    : m_analyzer(std::move(analyzer)), m_phrases(std::move(spanishPhrases), std::move(englishPhrases)),
      m_templates(std::move(spanish), std::move(english))
{
}

int ReplySuggester::replyHeat(const QString &text, Language language) const
{
    const ToneReport report = m_analyzer->analyze(text, hintFor(language));
    const TokenizedText tokens = TokenizedText::build(text, report.language);
    return AgentTone::owned(report, tokens, m_phrases[report.language]->find(tokens)).heat;
}

const ReplyTemplates &ReplySuggester::templates(Language language) const
{
    return *m_templates[language];
}

bool ReplySuggester::position(const CustomerAsk &ask)
{
    if (!ask.request(u"reconsider") && ask.owed())
        return false; // the customer is plainly owed: a failure to put right, not a dispute
    return ask.moneyDispute || ask.refusal || ask.ideaBlame || ask.request(u"reconsider");
}

QStringList ReplySuggester::situations(const CustomerAsk &ask)
{
    QStringList result;
    if (ask.abuse)
        result << u"abuse"_s;
    if (!ask.threats.isEmpty())
        result << u"threat"_s;
    if (ask.moneyDispute)
        result << u"money-dispute"_s;
    if (ask.refusal || ask.ideaBlame || ask.topics.contains(u"policy"_s) || ask.request(u"reconsider"))
        result << u"policy"_s;
    if (ask.praise)
        result << u"praise"_s;
    for (const QString &failure : ask.failures)
        result << failure;
    for (const QString &topic : ask.topics) {
        if (!result.contains(topic))
            result << topic;
    }
    result << u"general"_s;
    return result;
}

QList<Strategy> ReplySuggester::strategies(const ToneReport &report, const CustomerAsk &ask)
{
    // Apologise first for real failures, being ignored and kept waiting among them, even when the
    // customer also contests a position: the apology names the failure, never the position itself.
    const bool disputed = position(ask);
    const bool apology = !ask.failures.isEmpty() && !ask.praise;
    QList<Strategy> order;
    if (ask.abuse)
        order = {Strategy::Calm, Strategy::TopicShift, Strategy::Apologetic};
    else if (disputed && apology)
        order = {Strategy::Apologetic, Strategy::TopicShift, Strategy::Calm};
    else if (disputed)
        order = {Strategy::TopicShift, Strategy::Calm, Strategy::Apologetic};
    else if (ask.praise)
        order = {Strategy::Calm};
    else if (apology)
        order = {Strategy::Apologetic, Strategy::Calm, Strategy::TopicShift};
    else if (report.heat >= levelThreshold(ToneLevel::Tense))
        order = {Strategy::Calm, Strategy::TopicShift};
    else
        order = {Strategy::TopicShift, Strategy::Calm};
    if (!apology)
        order.removeAll(Strategy::Apologetic);
    return order;
}

QStringList ReplySuggester::missing(const CustomerAsk &ask) const
{
    // Only a case to act on needs looking up: a failure, or a request to change something.
    static const QStringList acting{u"refund"_s, u"replacement"_s, u"repair"_s, u"cancellation"_s, u"reconsider"_s,
                                    u"access"_s, u"compensation"_s};
    const Request *main = ask.mainRequest();
    const bool act = !ask.failures.isEmpty() || (main && acting.contains(main->kind));
    if (!act || ask.praise)
        return {};
    for (const QString &kind : referenceKinds()) {
        if (ask.known(*factKindFromName(kind)))
            return {}; // any reference the customer gave finds the case
    }
    const ReplyTemplates &t = templates(ask.language);
    const QString domain = ask.domain.isEmpty() ? u"general"_s : ask.domain;
    const QStringList needs = t.phrase(u"needs."_s + domain).split(u' ', Qt::SkipEmptyParts);
    return needs.isEmpty() ? QStringList() : QStringList{needs.first()};
}

QList<Suggestion> ReplySuggester::suggest(const QString &message, const ToneReport &report, const CustomerAsk &ask,
                                          const ReplyContext &context) const
{
    const ReplyTemplates &library = templates(report.language);
    const ReplyTemplates &reasons = templates(context.reasonLanguage.value_or(report.language));
    const Request *main = ask.mainRequest();
    const Case c{ask, context, library, ask.domain.isEmpty() ? u"general"_s : ask.domain, ask.failures.value(0),
                 main ? main->kind : QString(), ask.threats.isEmpty() ? QString() : ask.threats.first().label, missing(ask),
                 QCryptographicHash::hash(QByteArray(message.toUtf8() + context.customerName.toUtf8()), QCryptographicHash::Md5)};

    QList<Suggestion> suggestions;
    // What the agent already wrote in this conversation is not offered again, nor anything close to it.
    QList<QSet<QString>> alreadySent;
    for (const ConversationTurn &turn : context.history) {
        if (!turn.fromCustomer)
            alreadySent.append(contentWords(turn.text));
    }
    for (const Strategy strategy : strategies(report, ask)) {
        Composer composer(c);
        for (int attempt = 0; attempt < kSeeds; ++attempt) {
            const QString text = composer.compose(strategy, attempt);
            if (text.isNull())
                break;
            const QSet<QString> words = contentWords(text);
            const auto similar = [&](const QSet<QString> &w) { return overlap(w, words) > kTooAlike; };
            // The strategies share their action and next step, so only what the agent already sent is
            // held against a reply; among the three, the same text twice is.
            if (std::any_of(alreadySent.begin(), alreadySent.end(), similar)
                || std::any_of(suggestions.begin(), suggestions.end(), [&](const Suggestion &s) { return s.text == text; }))
                continue;
            const int heat = replyHeat(text, report.language);
            if (heat > kMaxReplyHeat)
                continue;
            suggestions.append({strategy, text, reasonFor(strategy, c, reasons, report, message, text), heat, composer.used()});
            break;
        }
    }
    return suggestions;
}

} // namespace calma
