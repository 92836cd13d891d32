// What a piece of evidence is (a lexicon category or a typographic signal) and the dimensions it feeds.
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace calma {

// The report's dimensions, in output order.
// Dissatisfaction (disappointment, sadness, a failure reported without fury) comes last so that
// the order of the older ten stays what stored reports and scripts expect.
enum class ToneDimension {
    Anger, Insult, Threat, Urgency, Repetition, Sarcasm, Politeness, Gratitude, Apology, Praise, Dissatisfaction,
};
inline constexpr int kDimensionCount = 11;

// Categories of evidence: the dimensions' own categories; profanity, which a lexicon names and the
// analyzer reads as an insult when aimed at the reader and as intensity otherwise; and signals.
// Profanity and signals feed anger.
enum class ToneCategory {
    Anger, Insult, Threat, Urgency, Repetition, Sarcasm, Politeness, Gratitude, Apology, Praise, Dissatisfaction,
    Profanity, Shouting, Punctuation, Elongation,
};
inline constexpr int kLexiconCategoryCount = kDimensionCount + 1; // the dimensions' and profanity

QString categoryName(ToneCategory category);
std::optional<ToneCategory> categoryFromName(QStringView name);   // lexicon categories only
QString dimensionName(ToneDimension dimension);
ToneDimension dimensionOf(ToneCategory category);
bool lowersHeat(ToneCategory category); // politeness, gratitude, apology, praise

} // namespace calma
