// How a role-play looks in the app: the transcript as chat, with the customer's heat on each of their
// messages and what each reply did (during the session when the assistant is on, and in the score).
#pragma once

#include "roleplay/scorer.h"

#include <QCoreApplication>

class QComboBox;

namespace calma::gui {

class RoleplayView
{
    Q_DECLARE_TR_FUNCTIONS(RoleplayView)
public:
    // `card`: the score's feedback per reply; without it, `showEffects` lists each reply's triggers.
    static QString transcriptHtml(const QList<RoleplayTurn> &turns, const QString &customerName, const QString &traineeLabel,
                                  const ScoreCard *card, bool showEffects);
    // The score, its rubric and the outcome, for the panel beside the transcript.
    static QString scoreHtml(const ScoreCard &card, Outcome outcome);
    // The rubric as the trainee sees it before starting.
    static QString rubricHtml();
    // Who the customer is, what happened and the facts the agent can look up.
    static QString scenarioHtml(const Scenario &scenario);
    // The same brief for beside the conversation during practice: who, what happened, the facts and the
    // limits, without the title (the session's heading has it).
    static QString briefHtml(const Scenario &scenario);
    static QString modeText(SessionMode mode);
    // Fills a combo box with the scenarios ("Language — title"), each item's data its id.
    static void addScenarios(QComboBox *box, const ScenarioLibrary &library);
};

} // namespace calma::gui
