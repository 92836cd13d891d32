// A role-play session: the turns between a trainee and a customer who is either simulated from a
// scenario or played live by a trainer, with the heat after every turn and what each reply did.
#pragma once

#include "coach/coach.h"
#include "roleplay/replyjudge.h"
#include "roleplay/scenario.h"

#include <random>

namespace calma {

enum class SessionMode { Simulated, Live };
QString sessionModeName(SessionMode mode); // "simulated", "live"

struct RoleplayTurn
{
    int index = 0;
    QString speaker{};        // "customer" (simulated), "trainer" (the customer, played live) or "trainee"
    QString body{};
    qint64 sentMs = 0;
    qint64 responseMs = -1;   // trainee turns: time since the customer's last turn
    int heat = 0;             // customer turns: the customer's heat after it; trainee turns: the reply's own heat
    QString annotation{};     // the trainer's note
    QList<TurnEffect> effects{}; // trainee turns: what the reply did

    bool fromCustomer() const { return speaker != QLatin1String("trainee"); }
};

// The customer a scenario describes, reacting to each reply through the tone analyzer, the draft
// coach's findings and the time the reply took. The same seed, replies and times give the same session.
class SimulatedCustomer
{
public:
    SimulatedCustomer(std::shared_ptr<const Scenario> scenario, quint32 seed);

    QString opening() const;
    int heat() const { return m_heat; }
    Outcome outcome() const { return m_outcome; }
    const QHash<QString, int> &seen() const { return m_seen; }

    struct Reaction
    {
        QList<TurnEffect> effects;
        int heatBefore = 0;
        int heatAfter = 0;
        QString line;               // what the customer says next (or as the session ends)
        Outcome outcome = Outcome::Unfinished;
    };
    // `repliesSoFar` counts this reply; `elapsedMs` is the time since the session started.
    Reaction respond(const QString &reply, const DraftReview &review, qint64 responseMs, qint64 elapsedMs, int repliesSoFar);
    // The customer gives up when time runs out between replies.
    std::optional<Reaction> checkTime(qint64 elapsedMs);

private:
    QString pick(const QStringList &lines, bool mayRepeat = true);

    std::shared_ptr<const Scenario> m_scenario;
    std::mt19937 m_random;
    int m_heat = 0;
    Outcome m_outcome = Outcome::Unfinished;
    QHash<QString, int> m_seen;
    QSet<QString> m_said;
};

struct SessionSetup
{
    QString trainee{};
    QString trainer{};
    std::shared_ptr<const Scenario> scenario{};
    SessionMode mode = SessionMode::Simulated;
    quint32 seed = 1;
    bool assistantOn = true;
};

class RoleplaySession
{
public:
    RoleplaySession(SessionSetup setup, std::shared_ptr<const Coach> coach);

    // Simulated: the customer's opening. Live: nothing (the trainer writes the first message).
    void start(qint64 nowMs);
    // The trainee's reply. Simulated: the customer answers at once (the turns added are returned).
    QList<RoleplayTurn> reply(const QString &text, qint64 nowMs);
    // Live: the trainer writes as the customer. The scenario's opening has the scenario's heat, the
    // same as in a simulated session; anything else has the analyzer's.
    RoleplayTurn customerSays(const QString &text, qint64 nowMs);
    // Simulated: the customer leaves when the time limit passes between replies; returns the turn added.
    std::optional<RoleplayTurn> checkTime(qint64 nowMs);
    // Live: a turn read back from the database, put in its place by index; false (and nothing added)
    // when the session already has a turn with that index (one this window wrote).
    bool addStoredTurn(const RoleplayTurn &turn);
    // The turn at `position` was stored as `index` (the database orders turns two windows write at
    // once): renumbers it and keeps the turns in index order.
    void storedAs(qsizetype position, int index);
    // Ends the session (the trainer in a live session, or the trainee stopping early).
    void finish(Outcome outcome, qint64 nowMs);

    const SessionSetup &setup() const { return m_setup; }
    const Scenario &scenario() const { return *m_setup.scenario; }
    const QList<RoleplayTurn> &turns() const { return m_turns; }
    QList<RoleplayTurn> &turns() { return m_turns; }
    Outcome outcome() const { return m_outcome; }
    bool finished() const { return m_endedMs != 0; }
    qint64 startedMs() const { return m_startedMs; }
    qint64 endedMs() const { return m_endedMs; }
    int customerHeat() const;
    int traineeReplies() const;
    // The customer's last message (what the next reply answers).
    QString lastCustomerMessage() const;

    // What the assistant makes of the customer now and the replies it suggests: one reading for the
    // training window and for `calma-cli roleplay`'s /hint. A simulated customer's heat is the
    // session's, not one message's ("OK, thanks for saying sorry" from someone still waiting is not
    // calm, and not praise); the conversation's topics stay what the customer first wrote about.
    struct Hint
    {
        QString message; // the customer's last message; empty when they have not written yet
        CustomerReading reading;
        QList<Suggestion> suggestions;
    };
    Hint hint() const;
    // Live: the scenario's lines a trainer playing the customer could say now, by the simulated
    // customer's rule: the opening first, then after a reply the reaction to that reply's strongest
    // effect, and the lines for the customer's heat.
    QStringList customerLines() const;
    // Plays a whole session from the trainee's replies, each `afterMs` after the customer's last message:
    // with the same seed, the same session every time.
    struct ScriptedReply
    {
        QString text;
        qint64 afterMs = 0;
    };
    static RoleplaySession replay(SessionSetup setup, std::shared_ptr<const Coach> coach, qint64 startMs,
                                  const QList<ScriptedReply> &replies);

private:
    RoleplayTurn &append(const QString &speaker, const QString &body, qint64 nowMs, int heat);

    SessionSetup m_setup;
    std::shared_ptr<const Coach> m_coach;
    std::optional<SimulatedCustomer> m_customer;
    QList<RoleplayTurn> m_turns;
    QHash<QString, int> m_seen; // live sessions: triggers seen so far
    qint64 m_startedMs = 0;
    qint64 m_endedMs = 0;
    Outcome m_outcome = Outcome::Unfinished;
};

} // namespace calma
