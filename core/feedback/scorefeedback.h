// What an agent says about a score ("This score is wrong") and the level that turns it into a label.
#pragma once

#include "tone/tonereport.h"

#include <QString>
#include <optional>

namespace calma {

enum class FeedbackVerdict { TooHigh, TooLow, WrongKind };

QString verdictName(FeedbackVerdict verdict);                     // "too_high", "too_low", "wrong_kind"
std::optional<FeedbackVerdict> verdictFromName(QStringView name);
std::optional<ToneDimension> dimensionFromName(QStringView name); // "anger", "dissatisfaction", …

// The level a message should have had, given what the agent said of Calma's `given` level: their own
// choice when they made one; otherwise one level below for "too high" and one above for "too low"
// (never past calm or hostile), and the same level for "wrong kind", which is about what, not how much.
ToneLevel correctedLevel(FeedbackVerdict verdict, ToneLevel given, std::optional<ToneLevel> chosen = std::nullopt);

struct ScoreFeedback
{
    qint64 id = 0;                               // 0 until stored
    std::optional<qint64> messageId{};           // none for text scored in the tone check
    QString agent{};                             // who said it; empty when unknown
    FeedbackVerdict verdict = FeedbackVerdict::WrongKind;
    std::optional<ToneLevel> expectedLevel{};    // the agent's own choice, if they made one
    std::optional<ToneDimension> expectedKind{}; // what it is instead, e.g. dissatisfaction, not anger
    QString text{};                              // the text that was scored
    Language language = Language::English;
    int heat = 0;                                // the heat Calma gave
    QString comment{};
    qint64 createdMs = 0;                        // 0: when it is stored

    ToneLevel givenLevel() const { return levelForHeat(heat); }
    ToneLevel correctedLevel() const { return calma::correctedLevel(verdict, givenLevel(), expectedLevel); }
};

// Why `feedback` makes no sense as it is (no text, a heat outside 0–100, "too high" with a higher
// level chosen, …), or an empty string when it does.
QString feedbackProblem(const ScoreFeedback &feedback);

} // namespace calma
