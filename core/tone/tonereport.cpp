// Levels and the JSON form of a report.
#include "tone/tonereport.h"

#include "io/jsonstring.h"

#include <QJsonArray>
#include <array>
#include <charconv>
#include <cmath>

namespace calma {

QString levelName(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm: return QStringLiteral("calm");
    case ToneLevel::Tense: return QStringLiteral("tense");
    case ToneLevel::Heated: return QStringLiteral("heated");
    case ToneLevel::Hostile: return QStringLiteral("hostile");
    }
    return {};
}

std::optional<ToneLevel> levelFromName(QStringView name)
{
    for (ToneLevel level : {ToneLevel::Calm, ToneLevel::Tense, ToneLevel::Heated, ToneLevel::Hostile}) {
        if (name == levelName(level))
            return level;
    }
    return std::nullopt;
}

ToneLevel levelForHeat(int heat)
{
    for (const ToneLevel level : {ToneLevel::Hostile, ToneLevel::Heated, ToneLevel::Tense}) {
        if (heat >= levelThreshold(level))
            return level;
    }
    return ToneLevel::Calm;
}

CodePoints::CodePoints(QStringView text) : m_astralBefore(text.size() + 1, 0)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        m_astralBefore[i + 1] = m_astralBefore[i] + (text.at(i).isLowSurrogate() ? 1 : 0);
}

QByteArray ToneReport::toStoredJson() const
{
    QByteArray out = "{\"lang\":\"" + languageCode(language).toLatin1() + "\",\"heat\":" + QByteArray::number(heat)
        + ",\"valence\":" + QByteArray::number(valence) + ",\"level\":\"" + levelName(level).toLatin1() + "\",\"dimensions\":[";
    for (int d = 0; d < kDimensionCount; ++d)
        out += (d ? "," : "") + QByteArray::number(dimensions.at(size_t(d)));
    out += "],\"evidence\":[";
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const Evidence &e = evidence.at(i);
        out += (i ? ",[" : "[") + QByteArray::number(e.start) + ',' + QByteArray::number(e.end) + ",\""
            + categoryName(e.category).toLatin1() + "\"," + QByteArray::number(std::round(e.weight * 10) / 10, 'g', 6) + ']';
    }
    return out + "]}";
}

namespace {

// The names the JSON line repeats for every message, converted once.
struct JsonNames
{
    std::array<QByteArray, kDimensionCount> dimensions;
    std::array<QByteArray, int(ToneCategory::Elongation) + 1> categories;
    std::array<QByteArray, 4> levels;

    JsonNames()
    {
        for (int d = 0; d < kDimensionCount; ++d)
            dimensions[size_t(d)] = dimensionName(ToneDimension(d)).toLatin1();
        for (size_t c = 0; c < categories.size(); ++c)
            categories[c] = categoryName(ToneCategory(c)).toLatin1();
        for (size_t l = 0; l < levels.size(); ++l)
            levels[l] = levelName(ToneLevel(l)).toLatin1();
    }
};

const JsonNames &jsonNames()
{
    static const JsonNames names;
    return names;
}

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

} // namespace

QByteArray ToneReport::toJsonLine(QStringView text, QByteArrayView idJson) const
{
    const JsonNames &names = jsonNames();
    const CodePoints codePoints(text);
    QByteArray out;
    out.reserve(320 + evidence.size() * 200);
    out.append("{\"id\":").append(idJson).append(language == Language::Spanish ? ",\"lang\":\"es" : ",\"lang\":\"en");
    out.append("\",\"heat\":");
    appendInteger(out, heat);
    out.append(",\"valence\":");
    appendInteger(out, valence);
    out.append(",\"baseline\":");
    appendInteger(out, baseline);
    out.append(",\"level\":\"").append(names.levels[size_t(level)]).append("\",\"dimensions\":{");
    for (int d = 0; d < kDimensionCount; ++d) {
        out.append(d ? ",\"" : "\"").append(names.dimensions[size_t(d)]).append("\":");
        appendInteger(out, dimensions.at(size_t(d)));
    }
    out.append("},\"evidence\":[");
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const Evidence &e = evidence.at(i);
        out.append(i ? ",{\"start\":" : "{\"start\":");
        appendInteger(out, codePoints.at(e.start));
        out.append(",\"end\":");
        appendInteger(out, codePoints.at(e.end));
        out.append(",\"text\":");
        appendJsonString(out, text.sliced(e.start, e.end - e.start));
        out.append(",\"category\":\"").append(names.categories[size_t(e.category)]).append("\",\"weight\":");
        appendJsonNumber(out, std::round(e.weight * 10) / 10);
        out.append(",\"why\":");
        appendJsonString(out, e.why);
        out.append('}');
    }
    out.append("]}");
    return out;
}

QJsonObject ToneReport::toJson(QStringView text) const
{
    const CodePoints codePoints(text);

    QJsonObject dims;
    for (int d = 0; d < kDimensionCount; ++d)
        dims.insert(dimensionName(ToneDimension(d)), dimensions.at(size_t(d)));
    QJsonArray items;
    for (const Evidence &e : evidence) {
        items.append(QJsonObject{
            {QStringLiteral("start"), qint64(codePoints.at(e.start))},
            {QStringLiteral("end"), qint64(codePoints.at(e.end))},
            {QStringLiteral("text"), text.sliced(e.start, e.end - e.start).toString()},
            {QStringLiteral("category"), categoryName(e.category)},
            {QStringLiteral("weight"), std::round(e.weight * 10) / 10},
            {QStringLiteral("why"), e.why},
        });
    }
    return {
        {QStringLiteral("lang"), languageCode(language)},
        {QStringLiteral("heat"), heat},
        {QStringLiteral("valence"), valence},
        {QStringLiteral("baseline"), baseline},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("dimensions"), dims},
        {QStringLiteral("evidence"), items},
    };
}

} // namespace calma
