// What a piece of evidence is (a lexicon category or a typographic signal) and the dimensions it feeds.
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace calma {

// The report's dimensions, in output order.
enum class ToneDimension {
    Anger, Insult, Threat, Urgency, Repetition, Sarcasm, Politeness, Gratitude, Apology, Praise,
};
inline constexpr int kDimensionCount = 10;

// Categories of evidence: the ten dimensions' own categories plus signals, which feed anger.
enum class ToneCategory {
    Anger, Insult, Threat, Urgency, Repetition, Sarcasm, Politeness, Gratitude, Apology, Praise,
    Shouting, Punctuation, Elongation,
};

QString categoryName(ToneCategory category);
std::optional<ToneCategory> categoryFromName(QStringView name);   // lexicon categories only
QString dimensionName(ToneDimension dimension);
ToneDimension dimensionOf(ToneCategory category);
bool lowersHeat(ToneCategory category); // politeness, gratitude, apology, praise

} // namespace calma
