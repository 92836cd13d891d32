// Reviewing an agent's draft before it is sent.
#include "coach/draftcoach.h"

#include "coach/agenttone.h"

#include <QRegularExpression>

#include <algorithm>
#include <unordered_set>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// Categories that make a draft a fight, not a reply: they alone ask for a rewrite.
const QStringList &severeCategories()
{
    static const QStringList severe{u"feelings"_s, u"blame"_s, u"insult"_s, u"sarcasm"_s, u"shouting"_s};
    return severe;
}

bool covered(const QList<DraftFlag> &flags, qsizetype start, qsizetype end)
{
    return std::any_of(flags.begin(), flags.end(), [&](const DraftFlag &f) { return start < f.end && f.start < end; });
}

// Stems of the words that carry meaning: no function words, nothing shorter than five letters.
std::unordered_set<std::string> contentStems(const TokenizedText &text, const Lexicon &lexicon, qsizetype from = 0, qsizetype to = -1)
{
    std::unordered_set<std::string> stems;
    for (qsizetype t = 0; t < text.tokens.size(); ++t) {
        const qsizetype start = text.originalStart(t);
        if (start < from || (to >= 0 && start >= to) || !text.isWord(t) || text.tokens.at(t).length() < 5
            || lexicon.isStopword(text.folded(t)))
            continue;
        stems.insert(text.stems[size_t(t)]);
    }
    return stems;
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Send: return u"send"_s;
    case Verdict::Review: return u"review"_s;
    case Verdict::Rewrite: return u"rewrite"_s;
    }
    return {};
}

DraftCoach::DraftCoach(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
                       std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanishTemplates,
                       std::shared_ptr<const ReplyTemplates> englishTemplates)
    : m_analyzer(std::move(analyzer)), m_phrases(std::move(spanishPhrases), std::move(englishPhrases)),
      m_templates(std::move(spanishTemplates), std::move(englishTemplates))
{
}

const CoachLexicon &DraftCoach::phrases(Language language) const
{
    return *m_phrases[language];
}

const ReplyTemplates &DraftCoach::templates(Language language) const
{
    return *m_templates[language];
}

DraftReview DraftCoach::review(const QString &draft, const QString &customer, const ToneReport &customerReport,
                               const CustomerAsk &ask) const
{
    DraftReview review;
    review.tone = m_analyzer->analyze(draft);
    const Language language = review.tone.language;
    const ReplyTemplates &text = templates(language);
    const TokenizedText tokens = TokenizedText::build(draft, language);
    const QList<CoachMatch> matches = phrases(language).find(tokens);
    review.tone = AgentTone::owned(review.tone, tokens, matches);
    addPhraseFlags(matches, text, review);
    addToneFlags(draft, text, review);
    addGaps(tokens, matches, customer, customerReport, ask, text, review);
    std::sort(review.flags.begin(), review.flags.end(), [](const DraftFlag &a, const DraftFlag &b) { return a.start < b.start; });
    keepFinishedRewrites(draft, text, review);
    decide(text, review, draft, customer.isEmpty() ? 0 : customerReport.heat);
    return review;
}

void DraftCoach::addPhraseFlags(const QList<CoachMatch> &matches, const ReplyTemplates &text, DraftReview &review) const
{
    // Longest phrase first, so that "como ya le dije" wins over "ya le dije".
    QList<CoachMatch> flags;
    for (const CoachMatch &m : matches) {
        if (m.entry->kind == CoachKind::Flag)
            flags << m;
    }
    std::stable_sort(flags.begin(), flags.end(), [](const CoachMatch &a, const CoachMatch &b) {
        return (a.where.end - a.where.start) > (b.where.end - b.where.start);
    });
    for (const CoachMatch &m : flags) {
        if (covered(review.flags, m.where.start, m.where.end))
            continue;
        review.flags.append({m.where.start, m.where.end, m.entry->label, m.entry->rewrites,
                             text.phrase(u"flag."_s + m.entry->label)});
    }
}

void DraftCoach::keepFinishedRewrites(const QString &draft, const ReplyTemplates &text, DraftReview &review)
{
    // "Sorry, it's our policy." must not become "Sorry, the way this works is.": where the flagged
    // phrase closes its sentence, offer only the rewrites that can close one too, when there are any.
    const QStringList unfinished = text.phrase(u"rewrite.unfinished-endings"_s).split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression lastWord(u"(\\w+)\\W*$"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (DraftFlag &flag : review.flags) {
        const QStringView rest = QStringView(draft).sliced(flag.end).trimmed();
        if (!rest.isEmpty() && !QStringView(u".!?;:…").contains(rest.front()))
            continue;
        QStringList finished;
        for (const QString &rewrite : std::as_const(flag.rewrites)) {
            const QRegularExpressionMatch m = lastWord.match(rewrite);
            if (!m.hasMatch() || !unfinished.contains(m.captured(1), Qt::CaseInsensitive))
                finished << rewrite;
        }
        if (!finished.isEmpty())
            flag.rewrites = finished;
    }
}

void DraftCoach::addToneFlags(const QString &draft, const ReplyTemplates &text, DraftReview &review) const
{
    for (const Evidence &e : review.tone.evidence) {
        if (covered(review.flags, e.start, e.end))
            continue;
        const QString span = draft.sliced(e.start, e.end - e.start);
        switch (e.category) {
        case ToneCategory::Shouting:
            review.flags.append({e.start, e.end, u"shouting"_s, {span.toLower()}, text.phrase(u"flag.shouting"_s)});
            break;
        case ToneCategory::Punctuation:
            review.flags.append({e.start, e.end, u"exclamations"_s, {span.contains(u'?') ? u"?"_s : u"."_s},
                                 text.phrase(u"flag.exclamations"_s)});
            break;
        case ToneCategory::Insult:
            review.flags.append({e.start, e.end, u"insult"_s, {text.phrase(u"rewrite.insult"_s)}, text.phrase(u"flag.insult"_s)});
            break;
        case ToneCategory::Sarcasm:
            review.flags.append({e.start, e.end, u"sarcasm"_s, {text.phrase(u"rewrite.sarcasm"_s)}, text.phrase(u"flag.sarcasm"_s)});
            break;
        default:
            break;
        }
    }
}

void DraftCoach::addGaps(const TokenizedText &draft, const QList<CoachMatch> &matches, const QString &customer,
                         const ToneReport &customerReport, const CustomerAsk &ask, const ReplyTemplates &text,
                         DraftReview &review) const
{
    auto has = [&](CoachKind kind) {
        return std::any_of(matches.begin(), matches.end(), [kind](const CoachMatch &m) { return m.entry->kind == kind; });
    };
    const bool apologises = has(CoachKind::Apology);
    DraftMoves &moves = review.moves;
    moves.acknowledges = has(CoachKind::Acknowledge);
    moves.apologises = apologises;
    moves.namesProblem = has(CoachKind::Failure) || has(CoachKind::Topic);
    moves.nextStep = has(CoachKind::NextStep);
    moves.timeframe = moves.nextStep && has(CoachKind::Timeframe);
    moves.thanks = has(CoachKind::Thanks);
    moves.boundary = has(CoachKind::Boundary);
    moves.parks = has(CoachKind::Park);
    static const QRegularExpression numbered(u"^\\s*(\\d{1,2}[.)]|[-•*])\\s+\\S"_s, QRegularExpression::MultilineOption);
    const auto sequenceWords = std::count_if(matches.begin(), matches.end(), [](const CoachMatch &m) { return m.entry->kind == CoachKind::Steps; });
    qsizetype numberedLines = 0;
    for (auto it = numbered.globalMatch(draft.original); it.hasNext(); it.next())
        ++numberedLines;
    moves.steps = sequenceWords + numberedLines >= 2;
    moves.customerAsked = !ask.requests.isEmpty() && !customer.isEmpty();
    if (customerReport.heat >= levelThreshold(ToneLevel::Tense) && !has(CoachKind::Acknowledge) && !apologises)
        review.missing.append({u"acknowledge"_s, text.phrase(u"gap.acknowledge"_s)});
    if (!ask.requests.isEmpty() && !customer.isEmpty()) {
        // The ask is answered when the draft names a fact the customer gave or picks up the words of
        // what they asked.
        bool answered = std::any_of(ask.facts.begin(), ask.facts.end(), [&](const Fact &f) {
            return !f.personal && draft.original.contains(f.text, Qt::CaseInsensitive);
        });
        if (!answered) {
            const TokenizedText asked = TokenizedText::build(customer, ask.language);
            std::unordered_set<std::string> requestStems;
            for (const Request &r : ask.requests)
                requestStems.merge(contentStems(asked, m_analyzer->lexicon(ask.language), r.start, r.end));
            const std::unordered_set<std::string> replyStems = contentStems(draft, m_analyzer->lexicon(review.tone.language));
            answered = std::any_of(requestStems.begin(), requestStems.end(), [&](const std::string &s) { return replyStems.contains(s); });
        }
        moves.answersAsk = answered;
        if (!answered) {
            review.missing.append({u"ask"_s, text.phrase(u"gap.ask"_s).replace(u"{ask}"_s, u"«"_s + ask.requests.first().text + u"»"_s)});
        }
    }
    if (!has(CoachKind::NextStep))
        review.missing.append({u"next-step"_s, text.phrase(u"gap.next-step"_s)});
    else if (!has(CoachKind::Timeframe))
        review.missing.append({u"timeframe"_s, text.phrase(u"gap.timeframe"_s)});
    // An apology weakens a position the customer contests, never the owning of a real failure: one
    // judge with the assistant, which apologises first for those.
    if (ask.moneyDispute && ask.failures.isEmpty() && apologises) {
        for (const CoachMatch &m : matches) {
            if (m.entry->kind == CoachKind::Apology && !covered(review.flags, m.where.start, m.where.end)) {
                review.flags.append({m.where.start, m.where.end, u"apology-in-dispute"_s, {text.phrase(u"rewrite.apology-in-dispute"_s)},
                                     text.phrase(u"flag.apology-in-dispute"_s)});
                break;
            }
        }
    }
}

QString DraftCoach::applyRewrite(const QString &draft, const DraftFlag &flag, const QString &rewrite)
{
    QString before = draft.first(flag.start);
    QString after = draft.sliced(flag.end);
    const bool removal = rewrite.startsWith(u'(') && rewrite.endsWith(u')');
    QString text = removal ? QString() : rewrite.trimmed();
    const QString lead = before.trimmed();
    const bool atStart = lead.isEmpty() || lead.endsWith(u'.') || lead.endsWith(u'!') || lead.endsWith(u'?') || lead.endsWith(u':')
        || lead.endsWith(u'¿') || lead.endsWith(u'¡') || before.endsWith(u'\n');
    static const QRegularExpression firstPerson(u"^I(?:'m|'ve|'ll|'d)?\\b"_s);
    if (!text.isEmpty()) {
        if (atStart)
            text[0] = text.at(0).toUpper();
        else if (!firstPerson.match(text).hasMatch())
            text[0] = text.at(0).toLower();
    }
    const QStringView rest = QStringView(after).trimmed();
    const bool punctuationNext = rest.isEmpty() || QStringView(u",.;:!?").contains(rest.front());
    if (text.endsWith(u',') && punctuationNext)
        text.chop(1);
    if (removal) {
        // "You idiots, the order…": drop the phrase, its comma and the space, and capitalise what
        // now starts the sentence.
        while (!after.isEmpty() && (after.front() == u',' || after.front() == u' '))
            after.remove(0, 1);
        if (atStart && !after.isEmpty())
            after[0] = after.at(0).toUpper();
        while (!before.isEmpty() && before.back() == u' ' && (after.isEmpty() || QStringView(u",.;:!?").contains(after.front())))
            before.chop(1);
    }
    QString result = before + text + after;
    static const QRegularExpression doubled(u"(?<=\\S)  +(?=\\S)"_s);
    static const QRegularExpression spaceBefore(u" +([,.;:!?])"_s);
    static const QRegularExpression doubleComma(u",\\s*,"_s);
    result.replace(doubled, u" "_s);
    result.replace(spaceBefore, u"\\1"_s);
    result.replace(doubleComma, u","_s);
    return result;
}

void DraftCoach::decide(const ReplyTemplates &text, DraftReview &review, const QString &draft, int customerHeat) const
{
    const auto severe = std::find_if(review.flags.begin(), review.flags.end(),
                                     [](const DraftFlag &f) { return severeCategories().contains(f.category); });
    const QString heat = QString::number(review.tone.heat);
    // Climbing towards the customer's heat comes before anything else: the first one to get angry loses.
    constexpr int kHeatedCustomer = levelThreshold(ToneLevel::Heated);
    constexpr int kClimbing = 35; // a draft this warm is climbing towards a heated customer's heat
    const bool matching = customerHeat >= kHeatedCustomer && review.tone.heat >= kClimbing;
    if (matching) {
        review.verdict = review.tone.heat >= levelThreshold(ToneLevel::Heated) || severe != review.flags.end() ? Verdict::Rewrite : Verdict::Review;
        review.reason = text.phrase(u"verdict.matching"_s).replace(u"{heat}"_s, heat).replace(u"{customer}"_s, QString::number(customerHeat));
    } else if (review.tone.heat >= levelThreshold(ToneLevel::Heated)) {
        review.verdict = Verdict::Rewrite;
        review.reason = text.phrase(u"verdict.heated"_s).replace(u"{heat}"_s, heat);
    } else if (severe != review.flags.end() || review.flags.size() >= 3) {
        const DraftFlag &flag = severe != review.flags.end() ? *severe : review.flags.first();
        review.verdict = Verdict::Rewrite;
        // A calm score and a rewrite: say why the words still escalate, so the two do not contradict.
        const QString key = review.tone.heat < levelThreshold(ToneLevel::Tense) ? u"verdict.rewrite-calm"_s : u"verdict.rewrite"_s;
        const QString phrase = text.hasPhrase(key) ? text.phrase(key) : text.phrase(u"verdict.flag"_s);
        review.reason = QString(phrase).replace(u"{why}"_s, flag.why).replace(u"{heat}"_s, heat)
                            .replace(u"{phrase}"_s, u"«"_s + draft.sliced(flag.start, flag.end - flag.start) + u"»"_s);
    } else if (!review.flags.isEmpty()) {
        review.verdict = Verdict::Review;
        review.reason = text.phrase(u"verdict.flag"_s).replace(u"{why}"_s, review.flags.first().why);
    } else if (!review.missing.isEmpty()) {
        review.verdict = Verdict::Review;
        review.reason = review.missing.first().message;
    } else if (review.tone.heat >= levelThreshold(ToneLevel::Tense)) {
        review.verdict = Verdict::Review;
        review.reason = text.phrase(u"verdict.tense"_s).replace(u"{heat}"_s, heat);
    } else {
        review.verdict = Verdict::Send;
        review.reason = text.phrase(u"verdict.send"_s);
    }
}

} // namespace calma
