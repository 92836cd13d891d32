// A role-play session as a report a trainer can keep or share (HTML; the app prints it to PDF), and
// sessions as CSV. The words are translated (context "CalmaRoleplay").
#pragma once

#include "roleplay/records.h"
#include "roleplay/scorer.h"

namespace calma {

class SessionReport
{
public:
    // A self-contained HTML page: who, which scenario, the score with its breakdown, and the
    // transcript with each turn's time, the customer's heat, feedback and the trainer's notes. No
    // internal ids (of the session, scenario or turns) are shown; each transcript row is marked
    // `page-break-inside: avoid` for printing.
    static QString html(const SessionRecord &session, const QList<RoleplayTurn> &turns, const ScoreCard &card);
    // One row per session: id, trainee, scenario, language, mode, assistant, started, minutes, outcome,
    // score, start heat, end heat, then one column per rubric item.
    static QByteArray csv(const QList<SessionRecord> &sessions);
    // The transcript as plain text, as calma-cli prints it.
    static QString text(const QList<RoleplayTurn> &turns, const ScoreCard &card, Outcome outcome);
};

} // namespace calma
