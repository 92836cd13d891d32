// calma-cli score --explain.
#include "explanation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace calma::cli {
namespace {

const char *const kHot = "\x1b[1;31m";
const char *const kCalming = "\x1b[1;32m";
const char *const kReset = "\x1b[0m";

struct Span
{
    qsizetype start;
    qsizetype end;
    bool calming;
};

// Overlapping evidence (a shouted phrase containing an insult) is highlighted once.
QList<Span> mergedSpans(const ToneReport &report)
{
    QList<Span> spans;
    for (const Evidence &e : report.evidence)
        spans.append({e.start, e.end, e.weight < 0});
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &s : spans) {
        if (!merged.isEmpty() && s.start < merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

QString highlighted(const QString &text, const ToneReport &report, bool color)
{
    QString out;
    qsizetype pos = 0;
    for (const Span &s : mergedSpans(report)) {
        out += QStringView(text).sliced(pos, s.start - pos);
        const QStringView part = QStringView(text).sliced(s.start, s.end - s.start);
        if (color)
            out += QString::fromLatin1(s.calming ? kCalming : kHot) + part + QString::fromLatin1(kReset);
        else
            out += u'[' + part.toString() + u']';
        pos = s.end;
    }
    out += QStringView(text).sliced(pos);
    return out;
}

// A name or sentence of the explanation in the user's language (marked with QT_TRANSLATE_NOOP).
QString translated(const char *text)
{
    return QCoreApplication::translate("Explanation", text);
}

// The names the JSON uses for levels, categories and dimensions, as the explanation shows them.
[[maybe_unused]] constexpr const char *kNames[] = {
    QT_TRANSLATE_NOOP("Explanation", "calm"), QT_TRANSLATE_NOOP("Explanation", "tense"),
    QT_TRANSLATE_NOOP("Explanation", "heated"), QT_TRANSLATE_NOOP("Explanation", "hostile"),
    QT_TRANSLATE_NOOP("Explanation", "anger"), QT_TRANSLATE_NOOP("Explanation", "insult"),
    QT_TRANSLATE_NOOP("Explanation", "threat"), QT_TRANSLATE_NOOP("Explanation", "urgency"),
    QT_TRANSLATE_NOOP("Explanation", "repetition"), QT_TRANSLATE_NOOP("Explanation", "sarcasm"),
    QT_TRANSLATE_NOOP("Explanation", "politeness"), QT_TRANSLATE_NOOP("Explanation", "gratitude"),
    QT_TRANSLATE_NOOP("Explanation", "apology"), QT_TRANSLATE_NOOP("Explanation", "praise"),
    QT_TRANSLATE_NOOP("Explanation", "dissatisfaction"), QT_TRANSLATE_NOOP("Explanation", "profanity"),
    QT_TRANSLATE_NOOP("Explanation", "shouting"), QT_TRANSLATE_NOOP("Explanation", "punctuation"),
    QT_TRANSLATE_NOOP("Explanation", "elongation"),
};

QString translatedName(const QString &name)
{
    return translated(name.toLatin1().constData());
}

} // namespace

bool useColor(const QString &when)
{
    if (when == u"always")
        return true;
    if (when == u"never")
        return false;
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

QByteArray explain(const QString &text, const ToneReport &report, bool color)
{
    QString out;
    const QString bold = color ? QStringLiteral("\x1b[1m") : QString();
    const QString reset = color ? QString::fromLatin1(kReset) : QString();
    out += bold + translated(QT_TRANSLATE_NOOP("Explanation", "Heat %1/100 — %2")).arg(report.heat).arg(translatedName(levelName(report.level))) + reset;
    out += translated(QT_TRANSLATE_NOOP("Explanation", " (language: %1)")).append(u"\n\n").arg(languageCode(report.language));
    out += QStringLiteral("  ") + highlighted(text, report, color).replace(u'\n', QStringLiteral("\n  ")) + u'\n';
    out += u'\n';
    if (report.evidence.isEmpty()) {
        out += translated(QT_TRANSLATE_NOOP("Explanation", "No words or signals of anger or friendliness found: a neutral message (heat %1).")).arg(report.baseline) + u'\n';
    } else {
        out += translated(QT_TRANSLATE_NOOP("Explanation", "What drove the score (points of heat):")) + u'\n';
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(QString::asprintf("%+6.1f", double(report.baseline)))
                   .arg(translated(QT_TRANSLATE_NOOP("Explanation", "start")), -11)
                   .arg(translated(QT_TRANSLATE_NOOP("Explanation", "where a message starts, before its words and signals")));
        for (const Evidence &e : report.evidence) {
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(QString::asprintf("%+6.1f", e.weight))
                       .arg(translatedName(categoryName(e.category)), -11)
                       .arg(e.why);
        }
    }
    out += u'\n' + translated(QT_TRANSLATE_NOOP("Explanation", "Dimensions:"));
    for (int d = 0; d < kDimensionCount; ++d) {
        const int value = report.dimensions.at(size_t(d));
        if (value > 0)
            out += QStringLiteral(" %1 %2").arg(translatedName(dimensionName(ToneDimension(d)))).arg(value);
    }
    out += QStringLiteral("\n\n");
    return out.toUtf8();
}

} // namespace calma::cli
