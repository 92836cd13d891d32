// The rubric a trainee sees: heat at the end against the start, the peak, escalating phrases, whether
// apologies fit, the ask answered, response times and the outcome, as a score out of 100 with a
// breakdown and feedback for every reply.
#pragma once

#include "roleplay/session.h"

#include <QJsonObject>

namespace calma {

struct ScoreItem
{
    QString key;    // heat-change, peak, phrases, apologies, ask, response-time, outcome
    QString title;  // translated
    int points = 0;
    int maximum = 0;
    QString detail; // translated: what earned or lost the points
};

struct TurnFeedback
{
    int turnIndex = 0;   // the trainee's turn
    int heatBefore = 0;  // the customer's heat before the reply
    int heatAfter = 0;   // ...and after the customer's answer (before when there is none yet)
    QStringList notes;   // translated, e.g. "Here “as I already said” raised the heat by 12."
    QList<int> changes;  // the heat change each note stands for (positive raised it)
};

struct ScoreCard
{
    int total = 0;       // 0–100
    QList<ScoreItem> items;
    QList<TurnFeedback> turns;
    int startHeat = 0;
    int endHeat = 0;
    int peakHeat = 0;

    QJsonObject toJson() const;                 // kept with the session
    static ScoreCard fromJson(const QJsonObject &json);
};

class SessionScorer
{
public:
    static ScoreCard score(const Scenario &scenario, const QList<RoleplayTurn> &turns, Outcome outcome);
    static QString outcomeTitle(Outcome outcome); // translated
};

} // namespace calma
