// SQL for trainees and role-play sessions; portable between SQLite and PostgreSQL.
#include "storage/roleplaystore.h"

#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace calma {
namespace {

using namespace Qt::StringLiterals;
using namespace calma::sql;

const QString kSessionColumns = u"s.id, s.trainee_id, t.name, s.scenario_id, s.scenario_title, s.language, s.mode, s.seed, "
                                "s.assistant_on, s.trainer, s.started_ms, s.ended_ms, s.outcome, s.score, s.start_heat, "
                                "s.end_heat, s.breakdown FROM roleplay_sessions s JOIN trainees t ON t.id = s.trainee_id"_s;

SessionRecord sessionFrom(const QSqlQuery &q)
{
    SessionRecord r;
    r.id = q.value(0).toLongLong();
    r.traineeId = q.value(1).toLongLong();
    r.trainee = q.value(2).toString();
    r.scenarioId = q.value(3).toString();
    r.scenarioTitle = q.value(4).toString();
    r.language = q.value(5).toString();
    r.mode = q.value(6).toString() == u"live" ? SessionMode::Live : SessionMode::Simulated;
    r.seed = quint32(q.value(7).toLongLong());
    r.assistantOn = q.value(8).toBool();
    r.trainer = q.value(9).toString();
    r.startedMs = q.value(10).toLongLong();
    r.endedMs = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    r.outcome = outcomeFromName(q.value(12).toString()).value_or(Outcome::Unfinished);
    r.score = q.value(13).isNull() ? -1 : q.value(13).toInt();
    r.startHeat = q.value(14).isNull() ? -1 : q.value(14).toInt();
    r.endHeat = q.value(15).isNull() ? -1 : q.value(15).toInt();
    r.breakdown = q.value(16).toString();
    return r;
}

} // namespace

std::optional<qint64> RoleplayStore::traineeId(const QString &name, QString *error) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = u"a trainee needs a name"_s;
        return std::nullopt;
    }
    QSqlQuery q(m_database->connection());
    auto find = [&]() -> std::optional<qint64> {
        q.prepare(u"SELECT id FROM trainees WHERE name = ?"_s);
        q.addBindValue(trimmed);
        if (run(q, u"looking up trainee"_s, error) && q.next())
            return q.value(0).toLongLong();
        return std::nullopt;
    };
    if (const auto id = find())
        return id;
    q.prepare(u"INSERT INTO trainees (name, created_ms) VALUES (?, ?)"_s + returningId(m_database->engine()));
    q.addBindValue(trimmed);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (run(q, u"adding trainee"_s, error))
        return lastId(q, m_database->engine());
    // Another window may have added the same name at the same moment (the name is unique).
    return find();
}

QList<TraineeRecord> RoleplayStore::trainees(QString *error) const
{
    QList<TraineeRecord> list;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT t.id, t.name, t.email, COUNT(s.score), AVG(s.score), MAX(s.started_ms) FROM trainees t "
              "LEFT JOIN roleplay_sessions s ON s.trainee_id = t.id GROUP BY t.id, t.name, t.email ORDER BY t.name"_s);
    if (!run(q, u"listing trainees"_s, error))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toDouble(), q.value(5).toLongLong()});
    return list;
}

std::optional<qint64> RoleplayStore::createSession(const SessionSetup &setup, qint64 startedMs, QString *error) const
{
    const auto trainee = traineeId(setup.trainee, error);
    if (!trainee)
        return std::nullopt;
    const Scenario &s = *setup.scenario;
    QSqlQuery q(m_database->connection());
    q.prepare(u"INSERT INTO roleplay_sessions (trainee_id, scenario_id, scenario_title, language, mode, seed, "
              "assistant_on, trainer, started_ms, start_heat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
              + returningId(m_database->engine()));
    bindAll(q, {*trainee, s.id, text(s.title), languageCode(s.language), sessionModeName(setup.mode), qint64(setup.seed),
                setup.assistantOn, text(setup.trainer), startedMs,
                setup.mode == SessionMode::Simulated ? QVariant(s.startHeat) : QVariant(QMetaType::fromType<int>())});
    if (!run(q, u"starting session"_s, error))
        return std::nullopt;
    return lastId(q, m_database->engine());
}

std::optional<int> RoleplayStore::appendTurn(qint64 sessionId, const RoleplayTurn &turn, QString *error) const
{
    // Two windows may append at the same moment: they take turns on a write lock (BEGIN IMMEDIATE on
    // SQLite, the session's row on PostgreSQL), so each reads the last index after the other wrote.
    WriteTransaction transaction(*m_database);
    if (!transaction.open()) {
        if (error)
            *error = u"cannot start a transaction: %1"_s.arg(transaction.error());
        return std::nullopt;
    }
    QSqlQuery q(m_database->connection());
    if (m_database->engine() == DatabaseUrl::Engine::PostgreSQL) {
        q.prepare(u"SELECT id FROM roleplay_sessions WHERE id = ? FOR UPDATE"_s);
        q.addBindValue(sessionId);
        if (!run(q, u"locking session"_s, error))
            return std::nullopt;
    }
    q.prepare(u"SELECT COALESCE(MAX(turn_index) + 1, 0) FROM roleplay_turns WHERE session_id = ?"_s);
    q.addBindValue(sessionId);
    if (!run(q, u"reading turns"_s, error) || !q.next())
        return std::nullopt;
    const int index = q.value(0).toInt();
    q.prepare(u"INSERT INTO roleplay_turns (session_id, turn_index, speaker, body, sent_ms, response_ms, heat, annotation) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAll(q, {sessionId, index, turn.speaker, text(turn.body), turn.sentMs, orNull(turn.responseMs), turn.heat,
                turn.annotation.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(turn.annotation)});
    if (!run(q, u"adding turn"_s, error))
        return std::nullopt;
    q.prepare(u"INSERT INTO roleplay_effects (session_id, turn_index, trigger_name, delta, phrase) VALUES (?, ?, ?, ?, ?)"_s);
    for (const TurnEffect &e : turn.effects) {
        bindAll(q, {sessionId, index, e.trigger, e.delta, text(e.phrase)});
        if (!run(q, u"adding what the reply did"_s, error))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        if (error)
            *error = u"saving turn: %1"_s.arg(transaction.error());
        return std::nullopt;
    }
    return index;
}

bool RoleplayStore::annotate(qint64 sessionId, int turnIndex, const QString &note, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE roleplay_turns SET annotation = ? WHERE session_id = ? AND turn_index = ?"_s);
    q.addBindValue(note.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note.trimmed()));
    q.addBindValue(sessionId);
    q.addBindValue(turnIndex);
    if (!run(q, u"annotating turn"_s, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = u"session %1 has no turn %2"_s.arg(sessionId).arg(turnIndex);
        return false;
    }
    return true;
}

bool RoleplayStore::finishSession(qint64 sessionId, Outcome outcome, qint64 endedMs, const ScoreCard &card, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE roleplay_sessions SET ended_ms = ?, outcome = ?, score = ?, start_heat = ?, end_heat = ?, breakdown = ? "
              "WHERE id = ?"_s);
    bindAll(q, {endedMs, outcomeName(outcome), card.total, orNull(card.startHeat), orNull(card.endHeat),
                QString::fromUtf8(QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact)), sessionId});
    if (!run(q, u"finishing session"_s, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = u"no session %1"_s.arg(sessionId);
        return false;
    }
    return true;
}

std::optional<SessionRecord> RoleplayStore::session(qint64 sessionId, QString *error) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT "_s + kSessionColumns + u" WHERE s.id = ?"_s);
    q.addBindValue(sessionId);
    if (!run(q, u"reading session"_s, error) || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

QList<SessionRecord> RoleplayStore::sessions(std::optional<qint64> traineeId, QString *error) const
{
    return traineeId ? listSessions(u"WHERE s.trainee_id = ?"_s, {*traineeId}, error) : listSessions({}, {}, error);
}

QList<SessionRecord> RoleplayStore::openLiveSessions(QString *error) const
{
    return listSessions(u"WHERE s.mode = 'live' AND s.ended_ms IS NULL"_s, {}, error);
}

QList<SessionRecord> RoleplayStore::listSessions(const QString &where, const QVariantList &values, QString *error) const
{
    QList<SessionRecord> list;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT "_s + kSessionColumns + u' ' + where + u" ORDER BY s.started_ms DESC, s.id DESC"_s);
    bindAll(q, values);
    if (!run(q, u"listing sessions"_s, error))
        return list;
    while (q.next())
        list << sessionFrom(q);
    return list;
}

RoleplayStore::LiveUpdate RoleplayStore::liveUpdate(qint64 sessionId, int afterIndex) const
{
    LiveUpdate update;
    update.turns = turns(sessionId, afterIndex + 1, &update.error);
    if (!update.error.isEmpty())
        return update;
    const auto record = session(sessionId, &update.error);
    if (record && record->endedMs)
        update.ended = record;
    return update;
}

QList<RoleplayTurn> RoleplayStore::turns(qint64 sessionId, int fromIndex, QString *error) const
{
    QList<RoleplayTurn> list;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT turn_index, speaker, body, sent_ms, response_ms, heat, annotation FROM roleplay_turns "
              "WHERE session_id = ? AND turn_index >= ? ORDER BY turn_index"_s);
    q.addBindValue(sessionId);
    q.addBindValue(fromIndex);
    if (!run(q, u"reading turns"_s, error))
        return list;
    while (q.next()) {
        RoleplayTurn t;
        t.index = q.value(0).toInt();
        t.speaker = q.value(1).toString();
        t.body = q.value(2).toString();
        t.sentMs = q.value(3).toLongLong();
        t.responseMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        t.heat = q.value(5).toInt();
        t.annotation = q.value(6).toString();
        list << t;
    }
    if (list.isEmpty())
        return list;
    q.prepare(u"SELECT turn_index, trigger_name, delta, phrase FROM roleplay_effects WHERE session_id = ? AND turn_index >= ? "
              "ORDER BY turn_index, id"_s);
    q.addBindValue(sessionId);
    q.addBindValue(fromIndex);
    if (!run(q, u"reading what the replies did"_s, error))
        return list;
    while (q.next()) {
        const int index = q.value(0).toInt();
        for (RoleplayTurn &t : list) {
            if (t.index == index) {
                t.effects.append({q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
                break;
            }
        }
    }
    return list;
}

QList<FlaggedPhrase> RoleplayStore::flaggedPhrases(qint64 traineeId, int limit, QString *error) const
{
    QList<FlaggedPhrase> list;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT e.trigger_name, LOWER(e.phrase), COUNT(*) AS n FROM roleplay_effects e "
              "JOIN roleplay_sessions s ON s.id = e.session_id WHERE s.trainee_id = ? AND e.delta > 0 AND e.phrase <> '' "
              "GROUP BY e.trigger_name, LOWER(e.phrase) ORDER BY n DESC, 2 LIMIT ?"_s);
    q.addBindValue(traineeId);
    q.addBindValue(limit);
    if (!run(q, u"counting flagged phrases"_s, error))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

} // namespace calma
