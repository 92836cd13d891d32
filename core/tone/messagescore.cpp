// The scan's intensity and scoring stages: what each sentence says, how much capitals, "!!!",
// stretched words, swearing and bare negations count there, level floors, and the report.
#include "tone/messagescan.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace calma::detail {

bool Scan::countsAsFeeling(const Hit &hit)
{
    // Swearing and the signals (capitals, "!!!", stretching) are intensity, not what a message feels;
    // politeness is how it is written: "PLEASE FIX THIS" is shouting.
    return hit.weight > 0 && hit.category != ToneCategory::Profanity && hit.category < ToneCategory::Shouting
        && hit.category != ToneCategory::Politeness;
}

void Scan::indexPolarity()
{
    const int sentences = m_tokens.isEmpty() ? 1 : m_tokens.last().sentence + 1;
    m_sentenceHot.assign(size_t(sentences), 0.0);
    m_sentenceWarm.assign(size_t(sentences), 0.0);
    m_messageHot = m_messageWarm = 0;
    for (const Hit &hit : m_hits) {
        if (!countsAsFeeling(hit))
            continue;
        const auto s = size_t(m_tokens[hit.first].sentence);
        (lowersHeat(hit.category) ? m_sentenceWarm[s] : m_sentenceHot[s]) += hit.weight;
        (lowersHeat(hit.category) ? m_messageWarm : m_messageHot) += hit.weight;
    }
}

double Scan::intensityFactor(int sentence) const
{
    const double hot = m_sentenceHot[size_t(sentence)];
    const double warm = m_sentenceWarm[size_t(sentence)];
    if (warm > hot)
        return 0; // "¡¡GRACIAS!!", "OMG YES!!! YOU ROCK": enthusiasm
    if (hot > 0)
        return kIntensityInComplaint;
    if (m_messageHot > m_messageWarm)
        return kIntensityNearComplaint;
    if (m_messageWarm > 0)
        return 0;
    return kIntensityAlone;
}

void Scan::requireIronyTarget()
{
    // "What a surprise!!!" after "thank you for the champagne" is surprise: irony needs something
    // in the message to be ironic about.
    double other = 0;
    for (const Hit &hit : m_hits) {
        if (hit.weight > 0 && !lowersHeat(hit.category) && hit.category != ToneCategory::Sarcasm
            && hit.category < ToneCategory::Shouting)
            other += hit.weight;
    }
    if (other > 0)
        return;
    for (Hit &hit : m_hits) {
        // "Thanks for nothing" is sarcastic by itself; "love how…", "qué eficiencia" only beside a
        // complaint (or in a message with no warmth at all, where nothing says it is sincere).
        const bool selfEvident = hit.weight >= kSelfEvidentSarcasm;
        if (hit.category != ToneCategory::Sarcasm || hit.weight <= 0 || selfEvident)
            continue;
        if (m_messageWarm > 0) {
            hit.weight = 0;
            m_messageHot = 0;
        } else {
            m_messageHot -= hit.weight * (1 - kUnaimedIrony);
            hit.weight *= kUnaimedIrony;
            hit.notes << CalmaToneReason::tr("nothing in the message for it to mock");
        }
    }
}

void Scan::modulateProfanity()
{
    for (Hit &hit : m_hits) {
        if (hit.category != ToneCategory::Profanity || hit.weight <= 0)
            continue;
        // A swear word is itself a sign of feeling, so it keeps more weight than capitals in a
        // neutral sentence; next to warmth it is enthusiasm ("holy shit, that was quick").
        const double intensity = intensityFactor(m_tokens[hit.first].sentence);
        const double factor = intensity > 0 ? std::max(intensity, kProfanityAlone) : 0.0;
        hit.weight *= factor;
        hit.shownAtZero = factor == 0;
        hit.notes << (factor == 0 ? CalmaToneReason::tr("as enthusiasm, not anger")
                                  : CalmaToneReason::tr("undirected, counts as intensity"));
    }
}

void Scan::addShouting()
{
    // Mostly-capital words of three or more letters, except acronyms (DNI, IBAN) and friendly
    // sentences ("MUCHAS GRACIAS!!!").
    Table<int> shouted(&m_arena);
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (token.kind != TokenKind::Word || token.capitals < 3 || token.capitals * 10 < token.letters * 8
            || token.mixedDigits || isFiller(folded(t)) || isTag(t))
            continue;
        if (m_lexicon.isAcronym(folded(t)) || insideFriendlyHit(t))
            continue;
        shouted.push_back(t);
    }
    // A lone short capitalised word is more likely a name or an acronym than a shout.
    if (shouted.size() == 1 && m_tokens[shouted.front()].letters <= 4)
        return;
    double total = 0;
    for (size_t i = 0; i < shouted.size();) {
        size_t j = i + 1;
        while (j < shouted.size() && m_tokens[shouted[j]].sentence == m_tokens[shouted[i]].sentence
               && shouted[j] - shouted[j - 1] <= 2)
            ++j;
        const double factor = intensityFactor(m_tokens[shouted[i]].sentence);
        const double weight = std::min({kShoutPerWord * double(j - i), kShoutRunCap, kShoutTotalCap - total}) * factor;
        if (total >= kShoutTotalCap)
            break;
        if (weight <= 0) {
            i = j;
            continue;
        }
        total += weight;
        const int words = int(j - i);
        m_hits.push_back({shouted[i], shouted[j - 1], ToneCategory::Shouting, weight, {},
                          {words == 1 ? CalmaToneReason::tr("a word in capitals") : CalmaToneReason::tr("%1 words in capitals").arg(words)}, false});
        i = j;
    }
}

void Scan::addPunctuation()
{
    double total = 0;
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (token.kind != TokenKind::Exclamation)
            continue;
        const int sentence = t > 0 ? m_tokens[t - 1].sentence : token.sentence;
        const int marks = token.exclamations + token.questions;
        double weight = 0;
        if (marks >= 2)
            weight = std::min(0.6 + 0.35 * (marks - 2), 2.2) + (token.exclamations && token.questions ? 0.4 : 0.0);
        else if (hotHitNear(sentence, 0.5) && m_tokens[t - 1 >= 0 ? t - 1 : 0].sentence == sentence)
            weight = 0.25;
        weight = std::min(weight, kPunctuationCap - total) * intensityFactor(sentence);
        if (weight <= 0)
            continue;
        total += weight;
        m_hits.push_back({t, t, ToneCategory::Punctuation, weight, {}, {}, false});
    }
}

void Scan::addElongation()
{
    double total = 0;
    for (int t = 0; t < m_tokens.size() && total < kElongationCap; ++t) {
        if (!m_words[size_t(t)].elongated || m_tokens[t].letters < 2 || isFiller(folded(t)) || insideFriendlyHit(t))
            continue;
        const double weight = std::min(kElongation, kElongationCap - total) * intensityFactor(m_tokens[t].sentence);
        if (weight <= 0)
            continue;
        total += weight;
        m_hits.push_back({t, t, ToneCategory::Elongation, weight, {}, {}, false});
    }
}

void Scan::addSignals()
{
    addShouting();
    addPunctuation();
    addElongation();
}

namespace {

constexpr size_t kShareReasonsFrom = 4096; // hits

int floorHeat(const MessageHits &message)
{
    // Mostly warm messages keep their points only: "lol, you idiot, I love it".
    if (message.warm >= message.hot)
        return 0;
    int floor = 0;
    for (const ScoredHit &hit : message.hits) {
        for (const LevelFloor &f : kLevelFloors) {
            if (hit.category == f.category && hit.weight >= f.strength)
                floor = std::max(floor, f.heat);
        }
    }
    return floor;
}

} // namespace

void Scan::moveHitsInto(MessageHits &into, qsizetype offset)
{
    if (into.hits.empty())
        into.hits.reserve(m_hits.size()); // later sections grow it geometrically
    for (Hit &hit : m_hits) {
        ScoredHit &h = into.hits.emplace_back();
        h.start = offset + m_norm.origin[m_tokens[hit.first].start];
        h.end = offset + m_norm.origin[m_tokens[hit.last].end - 1] + 1;
        h.category = hit.category;
        h.weight = hit.weight;
        h.weak = hit.weak;
        h.shownAtZero = hit.shownAtZero;
        h.entry = hit.entry;
        h.term = std::move(hit.term);
        h.notes = std::move(hit.notes);
    }
    m_hits.clear();
    into.hot += m_messageHot;
    into.warm += m_messageWarm;
    into.hasContent = into.hasContent || std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const Token &t) {
        return t.kind == TokenKind::Word || t.kind == TokenKind::Number || t.kind == TokenKind::Emoji;
    });
}

ToneReport scoreMessage(const MessageHits &message, QStringView original, Language language)
{
    double hot = 0, calming = 0, weak = 0;
    for (const ScoredHit &hit : message.hits) {
        (lowersHeat(hit.category) ? calming : hot) += hit.weight;
        weak += hit.weak ? hit.weight : 0;
    }
    const double warmShare = calming + hot > 0 ? calming / (calming + hot) : 0;
    const double share = kCalmingShare + (kWarmShare - kCalmingShare) * std::clamp((warmShare - 0.4) / 0.4, 0.0, 1.0);
    const double reduction = std::min(calming, share * (hot - weak) + weak);
    const double calmingScale = calming > 0 ? reduction / calming : 0;
    const double net = hot - reduction;

    ToneReport report;
    report.language = language;
    // Valence: what the message feels, from warm (+) to hostile (−), before the cap on calming.
    report.valence = int(std::lround(100.0 * std::tanh((calming - hot) / kValenceScale)));
    // A message with words, numbers or emoji in it starts at the neutral heat; heat rises above it along the curve, and
    // warmth with nothing hot left to soften takes the message below it, down to 0: of two calm
    // messages, a plain question sits above a thank-you.
    report.baseline = message.hasContent ? ToneReport::kNeutralHeat : 0;
    const double start = report.baseline;
    const double excessWarmth = net > 0 ? 0.0 : std::max(0.0, calming - hot);
    // Above the start, the curve's calm band is squeezed into [start, 25) so that the levels keep
    // their meaning: a message is tense from the same evidence whatever its start.
    const double rise = 100.0 * (1.0 - std::exp(-std::max(0.0, net) / kHeatScale));
    const double tense = levelThreshold(ToneLevel::Tense);
    const double curve = net <= 0 ? start * std::exp(-excessWarmth / kWarmthScale)
        : rise >= tense       ? rise
                              : start + rise * (tense - start) / tense;
    // A message lifted to a floor keeps its order among the others there: the curve below the floor
    // is squeezed into the floor's first few points, and the curve never counts for less than those
    // points once above it, so that more evidence never lowers the heat ("Sois unos inútiles!!!" is
    // not hotter than the same with "es la tercera vez que llamo" after it).
    const int floor = net > 0 ? floorHeat(message) : 0;
    const double lifted = curve < floor ? floor + kFloorSpread * curve / floor : std::max(curve, floor + kFloorSpread);
    report.heat = int(std::lround(floor > 0 ? lifted : curve));
    report.level = levelForHeat(report.heat);
    // Points: each hit's share of the heat above (or below) the start, so that the start and the
    // evidence add up to the score.
    const double pointsPerUnit = net > 0 ? (report.heat - start) / net
        : excessWarmth > 0 ? (start - report.heat) / excessWarmth : 0.0;
    std::array<double, kDimensionCount> dimensions{};
    const ReasonTextsCheck translation;
    report.evidence.reserve(qsizetype(message.hits.size()));
    const bool shareReasons = message.hits.size() > kShareReasonsFrom;
    QSet<QString> reasons;
    for (const ScoredHit &hit : message.hits) {
        if (hit.weight <= 0 && !hit.shownAtZero)
            continue;
        dimensions[size_t(dimensionOf(hit.category))] += hit.weight;
        const bool lowers = lowersHeat(hit.category);
        Evidence e;
        e.start = hit.start;
        e.end = hit.end;
        if (e.end < original.size() && original.at(e.end - 1).isHighSurrogate())
            ++e.end;
        e.category = hit.category;
        e.entry = hit.entry;
        e.strength = lowers ? -hit.weight * (net > 0 ? calmingScale : 1.0) : hit.weight;
        e.weight = e.strength * pointsPerUnit;
        // The words as the customer wrote them where the lexicon's term is a pattern ("es la * vez que").
        const bool asWritten = hit.term.isEmpty() || hit.term.contains(u'*');
        e.why = quotedReasonFor(asWritten ? original.sliced(hit.start, hit.end - hit.start) : QStringView(hit.term), asWritten, hit.category, hit.notes);
        // In a huge message the same reasons come back many times: they share one copy.
        if (shareReasons) {
            if (const auto known = reasons.constFind(e.why); known != reasons.cend())
                e.why = *known;
            else
                reasons.insert(e.why);
        }
        report.evidence.append(std::move(e));
    }
    for (int d = 0; d < kDimensionCount; ++d)
        report.dimensions[size_t(d)] = int(std::lround(100.0 * (1.0 - std::exp(-dimensions[size_t(d)] / kDimensionScale))));
    std::sort(report.evidence.begin(), report.evidence.end(),
              [](const Evidence &a, const Evidence &b) { return a.start < b.start; });
    return report;
}

} // namespace calma::detail
