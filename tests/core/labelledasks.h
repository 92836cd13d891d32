// Shared by the tests over the labelled customer messages (tests/data/asks_*.jsonl): the shipped
// coach, and the rows of one set.
#pragma once

#include "coach/coach.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace calma::test {

inline const Coach &shippedCoach()
{
    static const auto loaded = Coach::load();
    if (!loaded.coach)
        qFatal("coach data does not load: %s", qPrintable(loaded.errors.value(0).toString()));
    return *loaded.coach;
}

// The rows of tests/data/NAME.jsonl.
inline QList<QJsonObject> labelledRows(const QString &name)
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/%1.jsonl").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<QJsonObject> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

// The request kinds and deadlines the reader found in a message ("other" left out) beside those its
// row is labelled with.
struct RequestLabels
{
    QSet<QString> gotKinds, wantKinds, gotDeadlines, wantDeadlines;
};

inline RequestLabels requestLabels(const CustomerAsk &ask, const QJsonObject &row)
{
    RequestLabels labels;
    // The labels name no "other" kind, but the deadline of a request of another kind ("can you send it
    // tonight?") is read all the same. A request of another kind in a message that asks nothing at all
    // is a request read where there is none, and counts against precision.
    const bool asksNothing = row.value(u"requests").toArray().isEmpty();
    for (const Request &r : ask.requests) {
        if (r.kind != u"other")
            labels.gotKinds << r.kind;
        else if (asksNothing)
            labels.gotKinds << r.kind;
        if (!r.deadline.isEmpty())
            labels.gotDeadlines << r.deadline;
    }
    for (const QJsonValue &v : row.value(u"requests").toArray()) {
        labels.wantKinds << v[u"kind"].toString();
        if (v[u"deadline"].isString())
            labels.wantDeadlines << v[u"deadline"].toString();
    }
    return labels;
}

} // namespace calma::test
