// What a trainee's reply does to a customer: the triggers it sets off, each with its heat change and
// the words that set it off. The simulated customer reacts to these; the scorer explains them.
#pragma once

#include "coach/draftcoach.h"
#include "roleplay/scenario.h"

#include <QHash>
#include <QList>

namespace calma {

struct TurnEffect
{
    QString trigger;  // a name from roleplayTriggers()
    int delta = 0;    // heat change, after damping repeats of calming moves
    QString phrase{}; // the words that set it off, when there are some
};

// A trigger's description for people (translated, context "CalmaRoleplay"), e.g. "Telling them how to feel".
QString triggerDescription(const QString &trigger);
// Escalating phrases as the rubric counts them (flags of the draft coach).
bool isPhraseTrigger(const QString &trigger);

class ReplyJudge
{
public:
    // `review` is the draft coach's review of `reply` against the customer's last message;
    // `customerHeat` how heated the customer is now; `seen` how often each trigger happened before
    // in this session (calming moves count less each time they repeat).
    static QList<TurnEffect> judge(const Scenario &scenario, const QString &reply, const DraftReview &review,
                                   qint64 responseMs, int customerHeat, const QHash<QString, int> &seen);
};

} // namespace calma
