// Levels and the JSON form of a report.
#include "tone/tonereport.h"

#include "io/jsonstring.h"

#include <QJsonArray>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

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

CodePoints::CodePoints(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePoints::at(qsizetype utf16Offset) const
{
    // Code points = UTF-16 units − the low surrogates before the offset.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - (before - m_lowSurrogates.cbegin());
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

} // namespace

QByteArray ToneReport::toJsonLine(QStringView text, QByteArrayView idJson) const
{
    // Written into room made for the worst case of each piece and cut to size at the end: the batch
    // path writes a line per message, and appending piece by piece cost as much as the analysis.
    const JsonNames &names = jsonNames();
    const CodePoints codePoints(text);
    QByteArray out(1024 + idJson.size(), Qt::Uninitialized); // the fields before the evidence
    char *p = out.data();
    const auto room = [&](qsizetype needed) {
        const qsizetype used = p - out.constData();
        if (out.size() - used < needed) {
            out.resize(std::max(out.size() * 2, used + needed));
            p = out.data() + used;
        }
    };
    const auto put = [&p](QByteArrayView piece) {
        std::memcpy(p, piece.data(), size_t(piece.size()));
        p += piece.size();
    };
    const auto integer = [&p](qint64 value) { p = std::to_chars(p, p + 24, value).ptr; };
    put("{\"id\":");
    put(idJson);
    static constexpr PerLanguage<QByteArrayView> langAndHeat{",\"lang\":\"es\",\"heat\":", ",\"lang\":\"en\",\"heat\":"};
    put(langAndHeat[language]);
    integer(heat);
    put(",\"valence\":");
    integer(valence);
    put(",\"baseline\":");
    integer(baseline);
    put(",\"level\":\"");
    put(names.levels[size_t(level)]);
    put("\",\"dimensions\":{");
    for (int d = 0; d < kDimensionCount; ++d) {
        put(d ? ",\"" : "\"");
        put(names.dimensions[size_t(d)]);
        put("\":");
        integer(dimensions.at(size_t(d)));
    }
    put("},\"evidence\":[");
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const Evidence &e = evidence.at(i);
        const QStringView words = text.sliced(e.start, e.end - e.start);
        room(160 + jsonStringBound(words) + jsonStringBound(e.why));
        put(i ? ",{\"start\":" : "{\"start\":");
        integer(codePoints.at(e.start));
        put(",\"end\":");
        integer(codePoints.at(e.end));
        put(",\"text\":");
        p = writeJsonString(p, words);
        put(",\"category\":\"");
        put(names.categories[size_t(e.category)]);
        put("\",\"weight\":");
        // One decimal, as toJson() rounds it: whole numbers without a fraction.
        const double tenths = std::round(e.weight * 10);
        if (std::abs(tenths) < 1e15) {
            const qint64 t = qint64(tenths);
            if (t < 0 && t > -10)
                put("-");
            integer(t / 10);
            if (t % 10 != 0) {
                *p++ = '.';
                *p++ = char('0' + std::abs(t % 10));
            }
        } else {
            QByteArray number;
            appendJsonNumber(number, tenths / 10);
            put(number);
        }
        put(",\"why\":");
        p = writeJsonString(p, e.why);
        *p++ = '}';
    }
    room(2);
    put("]}");
    out.truncate(p - out.constData());
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
