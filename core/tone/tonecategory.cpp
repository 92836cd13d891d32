// Names of categories and dimensions as they appear in lexicon files and JSON output.
#include "tone/tonecategory.h"

namespace calma {
namespace {

constexpr std::array<const char16_t *, 15> kCategoryNames = {
    u"anger", u"insult", u"threat", u"urgency", u"repetition", u"sarcasm", u"politeness",
    u"gratitude", u"apology", u"praise", u"dissatisfaction", u"profanity", u"shouting", u"punctuation", u"elongation",
};

} // namespace

QString categoryName(ToneCategory category)
{
    return QString::fromUtf16(kCategoryNames.at(size_t(category)));
}

std::optional<ToneCategory> categoryFromName(QStringView name)
{
    for (int i = 0; i < kLexiconCategoryCount; ++i) {
        if (name == QStringView(kCategoryNames.at(size_t(i))))
            return ToneCategory(i);
    }
    return std::nullopt;
}

QString dimensionName(ToneDimension dimension)
{
    return categoryName(ToneCategory(int(dimension)));
}

ToneDimension dimensionOf(ToneCategory category)
{
    if (int(category) < kDimensionCount)
        return ToneDimension(int(category));
    return ToneDimension::Anger;
}

bool lowersHeat(ToneCategory category)
{
    return category == ToneCategory::Politeness || category == ToneCategory::Gratitude
        || category == ToneCategory::Apology || category == ToneCategory::Praise;
}

} // namespace calma
