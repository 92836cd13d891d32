// JSON for suggestions and draft reviews.
#include "coach/coachjson.h"

#include <QJsonArray>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

QJsonObject span(const QString &text, const CodePoints &points, qsizetype start, qsizetype end)
{
    return {{u"start"_s, qint64(points.at(start))}, {u"end"_s, qint64(points.at(end))}, {u"text"_s, text.sliced(start, end - start)}};
}

} // namespace

QJsonObject suggestionsToJson(const QString &message, const CustomerReading &reading, const QList<Suggestion> &suggestions)
{
    const CodePoints points(message);
    QJsonArray requests, facts, noise, replies;
    QJsonArray threats, rhetorical;
    for (const Request &r : reading.ask.requests) {
        QJsonObject o = span(message, points, r.start, r.end);
        o.insert(u"question"_s, r.question);
        o.insert(u"kind"_s, r.kind);
        o.insert(u"deadline"_s, r.deadline.isEmpty() ? QJsonValue() : QJsonValue(r.deadline));
        if (!r.deadline.isEmpty())
            o.insert(u"deadline_text"_s, r.deadlineText);
        requests.append(o);
    }
    for (const Threat &t : reading.ask.threats) {
        QJsonObject o = span(message, points, t.where.start, t.where.end);
        o.insert(u"kind"_s, t.label);
        threats.append(o);
    }
    for (const Span &r : reading.ask.rhetorical)
        rhetorical.append(span(message, points, r.start, r.end));
    for (const Fact &f : reading.ask.facts) {
        QJsonObject o = span(message, points, f.start, f.end);
        o.insert(u"kind"_s, factKindName(f.kind));
        o.insert(u"personal"_s, f.personal);
        facts.append(o);
    }
    for (const Evidence &e : reading.ask.noise)
        noise.append(span(message, points, e.start, e.end));
    for (const Suggestion &s : suggestions) {
        replies.append(QJsonObject{{u"strategy"_s, strategyName(s.strategy)}, {u"text"_s, s.text}, {u"reason"_s, s.reason},
                                   {u"heat"_s, s.heat}, {u"parts"_s, QJsonArray::fromStringList(s.parts)}});
    }
    return {
        {u"lang"_s, languageCode(reading.tone.language)},
        {u"heat"_s, reading.tone.heat},
        {u"level"_s, levelName(reading.tone.level)},
        {u"business"_s, reading.ask.domain.isEmpty() ? QJsonValue() : QJsonValue(reading.ask.domain)},
        {u"situations"_s, QJsonArray::fromStringList(ReplySuggester::situations(reading.ask))},
        {u"requests"_s, requests},
        {u"rhetorical"_s, rhetorical},
        {u"threats"_s, threats},
        {u"facts"_s, facts},
        {u"noise"_s, noise},
        {u"suggestions"_s, replies},
    };
}

QJsonObject reviewToJson(const QString &draft, const DraftReview &review)
{
    const CodePoints points(draft);
    QJsonArray flags, missing;
    for (const DraftFlag &f : review.flags) {
        QJsonObject o = span(draft, points, f.start, f.end);
        o.insert(u"category"_s, f.category);
        o.insert(u"rewrites"_s, QJsonArray::fromStringList(f.rewrites));
        o.insert(u"why"_s, f.why);
        flags.append(o);
    }
    for (const DraftGap &g : review.missing)
        missing.append(QJsonObject{{u"kind"_s, g.kind}, {u"message"_s, g.message}});
    return {
        {u"lang"_s, languageCode(review.tone.language)},
        {u"heat"_s, review.tone.heat},
        {u"level"_s, levelName(review.tone.level)},
        {u"verdict"_s, verdictName(review.verdict)},
        {u"reason"_s, review.reason},
        {u"flags"_s, flags},
        {u"missing"_s, missing},
    };
}

} // namespace calma
