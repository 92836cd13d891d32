// What is kept of trainees and their role-play sessions: the records the store reads and writes and
// the reports are made from. Plain values, with no storage behind them, so that the role-play code
// (reports, scoring) never depends on storage; storage depends on these.
#pragma once

#include "roleplay/session.h"

#include <QString>

namespace calma {

struct TraineeRecord
{
    qint64 id = 0;
    QString name{};
    QString email{};
    int sessions = 0;         // finished and scored
    double averageScore = 0;  // of those
    qint64 lastSessionMs = 0;
};

struct SessionRecord
{
    qint64 id = 0;
    qint64 traineeId = 0;
    QString trainee{};
    QString scenarioId{};
    QString scenarioTitle{};
    QString language{};
    SessionMode mode = SessionMode::Simulated;
    quint32 seed = 0;
    bool assistantOn = true;
    QString trainer{};
    qint64 startedMs = 0;
    qint64 endedMs = 0;       // 0 while it goes on
    Outcome outcome = Outcome::Unfinished;
    int score = -1;           // -1 until it is scored
    int startHeat = -1;
    int endHeat = -1;
    QString breakdown{};      // the score card, as JSON
};

struct FlaggedPhrase
{
    QString trigger{};
    QString phrase{};         // folded to lower case
    int count = 0;
};

} // namespace calma
