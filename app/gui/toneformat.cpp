// Translated names and colours for tone levels and categories.
#include "toneformat.h"

namespace calma::gui {

QString ToneFormat::levelText(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm: return tr("Calm");
    case ToneLevel::Tense: return tr("Tense");
    case ToneLevel::Heated: return tr("Heated");
    case ToneLevel::Hostile: return tr("Hostile");
    }
    return {};
}

QString ToneFormat::categoryText(ToneCategory category)
{
    switch (category) {
    case ToneCategory::Anger: return tr("Anger");
    case ToneCategory::Insult: return tr("Insult");
    case ToneCategory::Threat: return tr("Threat");
    case ToneCategory::Urgency: return tr("Urgency");
    case ToneCategory::Repetition: return tr("Repeated contact");
    case ToneCategory::Sarcasm: return tr("Sarcasm");
    case ToneCategory::Politeness: return tr("Politeness");
    case ToneCategory::Gratitude: return tr("Thanks");
    case ToneCategory::Apology: return tr("Apology");
    case ToneCategory::Praise: return tr("Praise");
    case ToneCategory::Shouting: return tr("Shouting");
    case ToneCategory::Punctuation: return tr("Punctuation");
    case ToneCategory::Elongation: return tr("Stretched word");
    }
    return {};
}

QString ToneFormat::languageText(Language language)
{
    return language == Language::Spanish ? tr("Spanish") : tr("English");
}

QColor ToneFormat::levelColor(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm: return QColor(0x2e, 0x7d, 0x32);
    case ToneLevel::Tense: return QColor(0xc7, 0x8a, 0x00);
    case ToneLevel::Heated: return QColor(0xe6, 0x51, 0x00);
    case ToneLevel::Hostile: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace calma::gui
