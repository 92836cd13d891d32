// Verdict names and the rule that turns an agent's verdict into the level to learn from.
#include "feedback/scorefeedback.h"

#include <algorithm>
#include <array>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

struct VerdictName
{
    FeedbackVerdict verdict;
    const char16_t *name;
};

// One table for the names: the SQL CHECK constraints and calma-cli's output use the same words.
constexpr std::array<VerdictName, 3> kVerdicts{{
    {FeedbackVerdict::TooHigh, u"too_high"},
    {FeedbackVerdict::TooLow, u"too_low"},
    {FeedbackVerdict::WrongKind, u"wrong_kind"},
}};

} // namespace

QString verdictName(FeedbackVerdict verdict)
{
    for (const VerdictName &v : kVerdicts) {
        if (v.verdict == verdict)
            return QString::fromUtf16(v.name);
    }
    return {};
}

std::optional<FeedbackVerdict> verdictFromName(QStringView name)
{
    for (const VerdictName &v : kVerdicts) {
        if (name == QStringView(v.name))
            return v.verdict;
    }
    return std::nullopt;
}

std::optional<ToneDimension> dimensionFromName(QStringView name)
{
    for (int d = 0; d < kDimensionCount; ++d) {
        if (name == dimensionName(ToneDimension(d)))
            return ToneDimension(d);
    }
    return std::nullopt;
}

ToneLevel correctedLevel(FeedbackVerdict verdict, ToneLevel given, std::optional<ToneLevel> chosen)
{
    if (chosen)
        return *chosen;
    const int level = int(given);
    switch (verdict) {
    case FeedbackVerdict::TooHigh: return ToneLevel(std::max(level - 1, int(ToneLevel::Calm)));
    case FeedbackVerdict::TooLow: return ToneLevel(std::min(level + 1, int(ToneLevel::Hostile)));
    case FeedbackVerdict::WrongKind: return given;
    }
    return given;
}

QString feedbackProblem(const ScoreFeedback &feedback)
{
    if (feedback.text.trimmed().isEmpty())
        return u"there is no text to give feedback on"_s;
    if (feedback.heat < 0 || feedback.heat > 100)
        return u"the heat must be from 0 to 100, not %1"_s.arg(feedback.heat);
    if (feedback.expectedLevel) {
        // "Too high" and a higher level would train the opposite of what the agent meant.
        const ToneLevel given = feedback.givenLevel();
        if (feedback.verdict == FeedbackVerdict::TooHigh && *feedback.expectedLevel > given)
            return u"a score that is too high cannot be expected to be %1 when it is %2"_s.arg(levelName(*feedback.expectedLevel), levelName(given));
        if (feedback.verdict == FeedbackVerdict::TooLow && *feedback.expectedLevel < given)
            return u"a score that is too low cannot be expected to be %1 when it is %2"_s.arg(levelName(*feedback.expectedLevel), levelName(given));
    }
    return {};
}

} // namespace calma
