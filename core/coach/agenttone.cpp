// Setting aside the failures an agent owns up to when scoring the agent's own text.
#include "coach/agenttone.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace calma {

namespace {

// The sentence index of the token that covers `offset`, or -1.
int sentenceAt(const TokenizedText &text, qsizetype offset)
{
    for (qsizetype t = 0; t < text.tokens.size(); ++t) {
        if (offset >= text.originalStart(t) && offset < text.originalEnd(t))
            return text.tokens.at(t).sentence;
    }
    return -1;
}

// The customer's case in the agent's words: what failed, how soon it is wanted, how often it has
// happened ("the duplicate charge", "hoy mismo", "volver a entrar").
bool caseWords(ToneCategory category)
{
    return category == ToneCategory::Dissatisfaction || category == ToneCategory::Urgency || category == ToneCategory::Repetition;
}

} // namespace

ToneReport AgentTone::owned(const ToneReport &report, const TokenizedText &text, const QList<CoachMatch> &matches)
{
    // A sentence with an escalating phrase in it ("Lo siento, pero como ya le dije…") owns nothing.
    QSet<int> escalating;
    for (const CoachMatch &m : matches) {
        if (m.entry->kind == CoachKind::Flag)
            escalating << text.tokens.at(m.where.firstToken).sentence;
    }
    QSet<int> owning;
    for (const CoachMatch &m : matches) {
        const CoachKind kind = m.entry->kind;
        if (kind != CoachKind::Apology && kind != CoachKind::NextStep && kind != CoachKind::Timeframe)
            continue;
        const int sentence = text.tokens.at(m.where.firstToken).sentence;
        owning << sentence;
        if (kind == CoachKind::Apology)
            owning << sentence - 1; // "We charged you twice. I'm sorry."
    }
    owning -= escalating;
    if (owning.isEmpty())
        return report;
    ToneReport out = report;
    out.evidence.removeIf([&](const Evidence &e) {
        return caseWords(e.category) && e.weight > 0 && owning.contains(sentenceAt(text, e.start));
    });
    if (out.evidence.size() == report.evidence.size())
        return report;
    double points = out.baseline;
    for (const Evidence &e : std::as_const(out.evidence))
        points += e.weight;
    out.heat = std::clamp(int(std::lround(points)), 0, 100);
    out.level = levelForHeat(out.heat);
    return out;
}

} // namespace calma
