// calma-cli score --explain.
#include "explanation.h"

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
    out += bold + QStringLiteral("Heat %1/100 — %2").arg(report.heat).arg(levelName(report.level)) + reset;
    out += QStringLiteral(" (language: %1)\n\n").arg(languageCode(report.language));
    out += QStringLiteral("  ") + highlighted(text, report, color).replace(u'\n', QStringLiteral("\n  ")) + u'\n';
    out += u'\n';
    if (report.evidence.isEmpty()) {
        out += QStringLiteral("No words or signals of anger or friendliness found: a neutral message (heat %1).\n").arg(report.baseline);
    } else {
        out += QStringLiteral("What drove the score (points of heat):\n");
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(QString::asprintf("%+6.1f", double(report.baseline)))
                   .arg(QStringLiteral("start"), -11)
                   .arg(QStringLiteral("where a message starts, before its words and signals"));
        for (const Evidence &e : report.evidence) {
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(QString::asprintf("%+6.1f", e.weight))
                       .arg(categoryName(e.category), -11)
                       .arg(e.why);
        }
    }
    out += QStringLiteral("\nDimensions:");
    for (int d = 0; d < kDimensionCount; ++d) {
        const int value = report.dimensions.at(size_t(d));
        if (value > 0)
            out += QStringLiteral(" %1 %2").arg(dimensionName(ToneDimension(d))).arg(value);
    }
    out += QStringLiteral("\n\n");
    return out.toUtf8();
}

} // namespace calma::cli
