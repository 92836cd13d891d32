// Choosing, filling and ranking reply templates.
#include "coach/replysuggester.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

constexpr double kTooAlike = 0.55; // word overlap (Jaccard) above which two replies read alike
constexpr int kMaxReplyHeat = 24;  // a suggestion must score calm

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

struct Candidate
{
    const ReplyTemplate *reply = nullptr;
    int situationRank = 0;
    int factsUsed = 0;
    quint32 shuffle = 0;
};

class Filler
{
public:
    Filler(const CustomerAsk &ask, const ReplyContext &context, const ReplyTemplates &templates, const QStringList &missing)
        : m_ask(ask), m_context(context), m_templates(templates), m_missing(missing)
    {
    }

    // The value of a placeholder, or a null string when the message does not give it.
    QString value(const QString &name) const
    {
        if (name == u"greeting") {
            return m_context.customerName.isEmpty() ? m_templates.phrase(u"greeting"_s)
                                                    : m_templates.phrase(u"greeting.named"_s).replace(u"{name}"_s, m_context.customerName);
        }
        if (name == u"agent")
            return m_context.agentName.isEmpty() ? m_templates.phrase(u"agent"_s) : m_context.agentName;
        if (name == u"timeframe")
            return m_context.timeframe.isEmpty() ? m_templates.phrase(u"timeframe"_s) : m_context.timeframe;
        if (name == u"missing")
            return m_missing.isEmpty() ? QString() : joinList(m_missing, m_templates);
        const FactKind kind = name == u"order" ? FactKind::Order : name == u"amount" ? FactKind::Amount : FactKind::Date;
        const Fact *fact = m_ask.known(kind);
        return fact ? fact->text : QString();
    }

    bool canFill(const ReplyTemplate &reply) const
    {
        const QStringList names = reply.placeholders();
        return std::all_of(names.begin(), names.end(), [&](const QString &n) { return !value(n).isNull(); });
    }

    QString fill(const ReplyTemplate &reply) const
    {
        QString text = reply.text;
        for (const QString &name : reply.placeholders())
            text.replace(u'{' + name + u'}', value(name));
        return text;
    }

private:
    const CustomerAsk &m_ask;
    const ReplyContext &m_context;
    const ReplyTemplates &m_templates;
    QStringList m_missing;
};

QString levelWord(ToneLevel level, const ReplyTemplates &templates)
{
    return templates.phrase(u"level."_s + levelName(level));
}

QString reasonFor(const ReplyTemplate &reply, const ToneReport &report, const CustomerAsk &ask, const QString &message,
                  const ReplyTemplates &templates)
{
    QStringList drivers;
    for (const Evidence &e : report.evidence) {
        if (e.weight > 0 && drivers.size() < 3)
            drivers << u"«"_s + message.sliced(e.start, e.end - e.start) + u"»"_s;
    }
    QString reason = reply.principle;
    if (!drivers.isEmpty()) {
        reason += u' ' + templates.phrase(u"reason.evidence"_s)
                             .replace(u"{heat}"_s, QString::number(report.heat))
                             .replace(u"{level}"_s, levelWord(report.level, templates))
                             .replace(u"{evidence}"_s, joinList(drivers, templates));
    }
    QStringList facts;
    for (const QString &name : reply.placeholders()) {
        const FactKind kind = name == u"order" ? FactKind::Order : name == u"amount" ? FactKind::Amount : FactKind::Date;
        if ((name == u"order" || name == u"amount" || name == u"date") && ask.known(kind))
            facts << ask.known(kind)->text;
    }
    if (!facts.isEmpty())
        reason += u' ' + templates.phrase(u"reason.facts"_s).replace(u"{facts}"_s, joinList(facts, templates));
    if (!ask.noise.isEmpty() && reply.situations.contains(u"abuse"_s))
        reason += u' ' + templates.phrase(u"reason.noise"_s);
    return reason;
}

} // namespace

ReplySuggester::ReplySuggester(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const ReplyTemplates> spanish,
                               std::shared_ptr<const ReplyTemplates> english)
    : m_analyzer(std::move(analyzer)), m_spanish(std::move(spanish)), m_english(std::move(english))
{
}

const ReplyTemplates &ReplySuggester::templates(Language language) const
{
    return language == Language::Spanish ? *m_spanish : *m_english;
}

QStringList ReplySuggester::situations(const CustomerAsk &ask, QStringList *missing)
{
    QStringList result;
    if (ask.abuse)
        result << u"abuse"_s;
    if (ask.moneyDispute)
        result << u"money-dispute"_s;
    if (ask.refusal || ask.ideaBlame || ask.topics.contains(u"policy"_s))
        result << u"policy"_s;
    if (ask.praise)
        result << u"praise"_s;
    // Nothing can be looked up without the order number: asking for what is missing comes before the
    // replies about the topic itself.
    QStringList needed;
    static const QStringList needOrder{u"delivery"_s, u"refund"_s, u"billing"_s, u"product"_s};
    const bool ordersTopic = std::any_of(ask.topics.begin(), ask.topics.end(), [](const QString &t) { return needOrder.contains(t); });
    // Praise and feedback need nothing looked up.
    const bool thanksOnly = ask.praise || (!ask.topics.isEmpty() && ask.topics.first() == u"feedback");
    if (ordersTopic && !ask.known(FactKind::Order) && !thanksOnly)
        needed << u"order"_s;
    if (ask.topics.contains(u"account"_s) && !ask.known(FactKind::Email) && !thanksOnly)
        needed << u"email"_s;
    if (!needed.isEmpty())
        result << u"missing-info"_s;
    if (missing)
        *missing = needed;
    for (const QString &topic : ask.topics) {
        if (!result.contains(topic))
            result << topic;
    }
    if (ask.failures.contains(u"outage"_s) && !result.contains(u"outage"_s))
        result << u"outage"_s;
    result << u"general"_s;
    return result;
}

QList<Strategy> ReplySuggester::strategies(const ToneReport &report, const CustomerAsk &ask)
{
    // Apologise for real failures, never for a position (money, policy, the company's ideas).
    const bool position = ask.moneyDispute || ask.refusal || ask.ideaBlame;
    const bool apology = !ask.failures.isEmpty() && !position && !ask.praise;
    QList<Strategy> order;
    if (ask.abuse)
        order = {Strategy::Calm, Strategy::TopicShift, Strategy::Apologetic};
    else if (position)
        order = {Strategy::TopicShift, Strategy::Calm};
    else if (ask.praise)
        order = {Strategy::Calm, Strategy::TopicShift};
    else if (report.heat >= 50)
        order = {Strategy::Calm, Strategy::Apologetic, Strategy::TopicShift};
    else if (apology)
        order = {Strategy::Apologetic, Strategy::Calm, Strategy::TopicShift};
    else if (report.heat >= 25)
        order = {Strategy::Calm, Strategy::TopicShift, Strategy::Apologetic};
    else
        order = {Strategy::TopicShift, Strategy::Calm, Strategy::Apologetic};
    if (!apology)
        order.removeAll(Strategy::Apologetic);
    return order;
}

QList<Suggestion> ReplySuggester::suggest(const QString &message, const ToneReport &report, const CustomerAsk &ask,
                                          const ReplyContext &context) const
{
    const ReplyTemplates &library = templates(report.language);
    QStringList missing;
    const QStringList situationOrder = situations(ask, &missing);
    QStringList missingText;
    for (const QString &m : missing)
        missingText << library.phrase(u"missing."_s + m);
    const Filler filler(ask, context, library, missingText);
    const QByteArray seed = QCryptographicHash::hash(message.toUtf8(), QCryptographicHash::Md5);

    QList<Suggestion> suggestions;
    QList<QSet<QString>> chosenWords;
    // What the agent already wrote in this conversation is not offered again, nor anything close to it.
    QList<QSet<QString>> alreadySent;
    for (const ConversationTurn &turn : context.history) {
        if (!turn.fromCustomer)
            alreadySent.append(contentWords(turn.text));
    }
    for (const Strategy strategy : strategies(report, ask)) {
        std::vector<Candidate> candidates;
        for (const ReplyTemplate &reply : library.templates()) {
            if (reply.strategy != strategy || (!reply.levels.isEmpty() && !reply.levels.contains(report.level)))
                continue;
            int rank = int(situationOrder.size());
            for (const QString &s : reply.situations)
                rank = std::min(rank, int(situationOrder.indexOf(s) < 0 ? situationOrder.size() : situationOrder.indexOf(s)));
            if (rank == situationOrder.size() || !filler.canFill(reply))
                continue;
            const QStringList used = reply.placeholders();
            const int facts = int(used.count(u"order"_s) + used.count(u"amount"_s) + used.count(u"date"_s));
            // A stable hash (qHash is seeded per process): the same message always gets the same replies.
            const QByteArray digest = QCryptographicHash::hash(QByteArray(seed + reply.id.toUtf8()), QCryptographicHash::Md5);
            const quint32 shuffle = qFromBigEndian<quint32>(digest.constData());
            candidates.push_back({&reply, rank, facts, shuffle});
        }
        // The most specific situation first, then the reply that uses the most of what the customer
        // said, then a fixed per-message shuffle so that similar messages do not all get the same text.
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.situationRank != b.situationRank)
                return a.situationRank < b.situationRank;
            if (a.factsUsed != b.factsUsed)
                return a.factsUsed > b.factsUsed;
            return a.shuffle < b.shuffle;
        });
        for (const Candidate &c : candidates) {
            const QString text = filler.fill(*c.reply);
            const QSet<QString> words = contentWords(text);
            const auto similar = [&](const QSet<QString> &w) { return overlap(w, words) > kTooAlike; };
            if (std::any_of(chosenWords.begin(), chosenWords.end(), similar) || std::any_of(alreadySent.begin(), alreadySent.end(), similar))
                continue;
            const int heat = m_analyzer->analyze(text, report.language == Language::Spanish ? LanguageHint::Spanish : LanguageHint::English).heat;
            if (heat > kMaxReplyHeat)
                continue;
            suggestions.append({strategy, text, reasonFor(*c.reply, report, ask, message, library), heat, c.reply->id});
            chosenWords.append(words);
            break;
        }
    }
    return suggestions;
}

} // namespace calma
