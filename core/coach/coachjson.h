// JSON forms of the coach's results, as calma-cli prints them (offsets count Unicode code points).
#pragma once

#include "coach/coach.h"

#include <QJsonObject>

namespace calma {

QJsonObject suggestionsToJson(const QString &message, const CustomerReading &reading, const QList<Suggestion> &suggestions);
QJsonObject reviewToJson(const QString &draft, const DraftReview &review);

} // namespace calma
