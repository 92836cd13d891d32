// The analyzer's answer for one message: heat, level, dimensions and the evidence behind them.
#pragma once

#include "tone/language.h"
#include "tone/tonecategory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>

namespace calma {

enum class ToneLevel { Calm, Tense, Heated, Hostile };

QString levelName(ToneLevel level);                 // "calm", "tense", "heated", "hostile"
std::optional<ToneLevel> levelFromName(QStringView name);
ToneLevel levelForHeat(int heat);                   // calm < 25 <= tense < 50 <= heated < 75 <= hostile
// The heat at which a level starts: 0, 25, 50, 75.
constexpr int levelThreshold(ToneLevel level)
{
    return level == ToneLevel::Hostile ? 75 : level == ToneLevel::Heated ? 50 : level == ToneLevel::Tense ? 25 : 0;
}
// The heat a level covers, from its threshold up to the next one's (100 for hostile).
struct HeatBand
{
    int from = 0;
    int to = 0;
};
constexpr HeatBand levelBand(ToneLevel level)
{
    return {levelThreshold(level), level == ToneLevel::Hostile ? 100 : levelThreshold(ToneLevel(int(level) + 1))};
}

struct Evidence
{
    qsizetype start = 0; // UTF-16 offsets into the original text
    qsizetype end = 0;
    ToneCategory category = ToneCategory::Anger;
    double weight = 0;   // points of heat this accounts for; negative when it lowers heat
    double strength = 0; // the lexicon weight behind it, after modifiers; negative when it lowers heat
    QString why;         // a short reason, e.g. "\"furioso\": anger or frustration, intensified by \"muy\""
    int entry = -1;      // index of the lexicon entry behind it in the message's language; -1 for a signal
};

// Converts UTF-16 offsets (Qt's) to Unicode code point offsets (what JSON consumers expect).
class CodePoints
{
public:
    explicit CodePoints(QStringView text);
    qsizetype at(qsizetype utf16Offset) const;

private:
    QList<qsizetype> m_lowSurrogates; // offsets, ascending: a message holds few astral characters (emoji)
};

struct ToneReport
{
    Language language = Language::English;
    int heat = 0;
    int valence = 0; // −100 hostile … 0 neutral … 100 warm
    // Where the heat starts before the evidence: kNeutralHeat for a message with words, numbers or emoji
    // in it, 0 for one with only punctuation or nothing. baseline + the evidence's points = heat.
    static constexpr int kNeutralHeat = 5;
    int baseline = 0;
    ToneLevel level = ToneLevel::Calm;
    std::array<int, kDimensionCount> dimensions{};
    QList<Evidence> evidence; // ordered by start

    int dimension(ToneDimension d) const { return dimensions.at(size_t(d)); }
    // The JSON form of calma-cli score; offsets there count Unicode code points.
    QJsonObject toJson(QStringView text) const;
    // The same as one compact line, keys in calma-cli's order, written straight (the batch hot path):
    // {"id":<idJson>,"lang":…}. `idJson` is already JSON ("null" when there is none).
    QByteArray toJsonLine(QStringView text, QByteArrayView idJson) const;
    // The compact form kept in the database: {"lang","heat","valence","level","dimensions":[11 numbers in
    // dimension order],"evidence":[[start,end,"category",weight],…]} with UTF-16 offsets.
    QByteArray toStoredJson() const;
};

} // namespace calma
