// Trainees and their role-play sessions, turn by turn, over either engine. Two windows (a trainer's and
// a trainee's, possibly on two machines sharing a PostgreSQL server) may write one live session.
#pragma once

#include "roleplay/records.h"
#include "roleplay/scorer.h"
#include "storage/database.h"

#include <QVariantList>
#include <optional>

namespace calma {

class RoleplayStore
{
public:
    explicit RoleplayStore(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    std::optional<qint64> traineeId(const QString &name, QString *error) const; // created when new
    QList<TraineeRecord> trainees(QString *error = nullptr) const;

    std::optional<qint64> createSession(const SessionSetup &setup, qint64 startedMs, QString *error) const;
    // Appends the turn after the session's last one (whatever index the turn carries) with what it set
    // off, in one transaction; returns the index it was given.
    std::optional<int> appendTurn(qint64 sessionId, const RoleplayTurn &turn, QString *error) const;
    bool annotate(qint64 sessionId, int turnIndex, const QString &note, QString *error) const;
    bool finishSession(qint64 sessionId, Outcome outcome, qint64 endedMs, const ScoreCard &card, QString *error) const;

    std::optional<SessionRecord> session(qint64 sessionId, QString *error = nullptr) const;
    // Newest first; every trainee's when `traineeId` is empty.
    QList<SessionRecord> sessions(std::optional<qint64> traineeId = std::nullopt, QString *error = nullptr) const;
    // Live sessions still going on, newest first.
    QList<SessionRecord> openLiveSessions(QString *error = nullptr) const;
    QList<RoleplayTurn> turns(qint64 sessionId, int fromIndex = 0, QString *error = nullptr) const;

    // What a window following a live session needs since it last looked: the turns after
    // `afterIndex`, and the session's record once it has ended. Safe on any thread.
    struct LiveUpdate
    {
        QList<RoleplayTurn> turns;
        std::optional<SessionRecord> ended;
        QString error;
    };
    LiveUpdate liveUpdate(qint64 sessionId, int afterIndex) const;
    // The escalating phrases a trainee most often used, most frequent first.
    QList<FlaggedPhrase> flaggedPhrases(qint64 traineeId, int limit = 10, QString *error = nullptr) const;

    Database &database() const { return *m_database; }

private:
    // Sessions matching `where` (on the columns of s, the session, and t, its trainee), newest first.
    QList<SessionRecord> listSessions(const QString &where, const QVariantList &values, QString *error) const;

    std::shared_ptr<Database> m_database;
};

} // namespace calma
