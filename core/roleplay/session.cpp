// The simulated customer and the flow of a role-play session.
#include "roleplay/session.h"

#include <QSet>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// The customer's answer to a reply that raised the heat: the reaction to the worst of it, then where
// they stand. To a reply that lowered it: the reaction to the best of it.
const TurnEffect *strongest(const QList<TurnEffect> &effects, int sign, const Scenario &scenario)
{
    const TurnEffect *best = nullptr;
    for (const TurnEffect &e : effects) {
        if (sign < 0 && e.trigger == u"timeframe" && scenario.afterLines.contains(e.trigger))
            return &e; // a time frame is the most specific news a calmer customer reacts to
        if ((e.delta > 0) != (sign > 0) || e.delta == 0 || !scenario.afterLines.contains(e.trigger))
            continue;
        if (!best || std::abs(e.delta) > std::abs(best->delta))
            best = &e;
    }
    return best;
}

// No single reply moves a customer more than this: even the worst reply leaves a chance to recover.
constexpr int kMaxChange = 25;

} // namespace

QString sessionModeName(SessionMode mode)
{
    return mode == SessionMode::Live ? u"live"_s : u"simulated"_s;
}

SimulatedCustomer::SimulatedCustomer(std::shared_ptr<const Scenario> scenario, quint32 seed)
    : m_scenario(std::move(scenario)), m_random(seed), m_heat(m_scenario->startHeat)
{
}

QString SimulatedCustomer::opening() const
{
    return m_scenario->fill(m_scenario->opening);
}

// A line not said yet when there is one (else, if `mayRepeat`, any), chosen with the session's seed. std::mt19937's sequence is
// fixed by the standard (its distributions are not), so the choice is the same on every platform.
QString SimulatedCustomer::pick(const QStringList &lines, bool mayRepeat)
{
    QStringList fresh;
    for (const QString &line : lines) {
        if (!m_said.contains(line))
            fresh << line;
    }
    if (fresh.isEmpty() && !mayRepeat)
        return {};
    const QStringList &from = fresh.isEmpty() ? lines : fresh;
    if (from.isEmpty())
        return {};
    const QString line = from.at(qsizetype(m_random() % quint32(from.size())));
    m_said.insert(line);
    return m_scenario->fill(line);
}

SimulatedCustomer::Reaction SimulatedCustomer::respond(const QString &reply, const DraftReview &review, qint64 responseMs,
                                                       qint64 elapsedMs, int repliesSoFar)
{
    const Scenario &s = *m_scenario;
    Reaction r;
    r.heatBefore = m_heat;
    r.effects = ReplyJudge::judge(s, reply, review, responseMs, m_heat, m_seen);
    int change = 0;
    for (const TurnEffect &e : r.effects) {
        change += e.delta;
        m_seen[e.trigger] += 1;
    }
    const int variation = int(m_random() % 5) - 2; // drawn every turn, so replays stay in step
    if (change != 0)
        change = std::clamp(change + variation, -kMaxChange, kMaxChange);
    m_heat = std::clamp(m_heat + change, 0, 100);
    r.heatAfter = m_heat;

    const bool needsMet = std::all_of(s.resolved.needs.begin(), s.resolved.needs.end(),
                                      [&](const QString &t) { return m_seen.contains(t); });
    if (m_heat >= s.escalated.heat)
        m_outcome = Outcome::Escalated;
    else if (m_heat <= s.resolved.heat && needsMet)
        m_outcome = Outcome::Resolved;
    else if (repliesSoFar >= s.maxTurns || elapsedMs > qint64(s.timeLimitMinutes) * 60'000)
        m_outcome = Outcome::Left;

    switch (m_outcome) {
    case Outcome::Escalated: r.line = pick(s.escalated.lines); break;
    case Outcome::Resolved: r.line = pick(s.resolved.lines); break;
    case Outcome::Left: r.line = pick(s.left.lines); break;
    case Outcome::Unfinished: {
        const TurnEffect *reaction = change == 0 ? nullptr : strongest(r.effects, change > 0 ? 1 : -1, s);
        // A reaction is not said twice: a customer who has said it moves on to where they stand.
        const QString after = reaction ? pick(s.afterLines.value(reaction->trigger), false) : QString();
        const QString band = change > 0 || after.isEmpty() ? pick(s.bandLines.value(levelForHeat(m_heat))) : QString();
        r.line = QString(after + u' ' + band).trimmed();
        break;
    }
    }
    r.outcome = m_outcome;
    return r;
}

std::optional<SimulatedCustomer::Reaction> SimulatedCustomer::checkTime(qint64 elapsedMs)
{
    if (m_outcome != Outcome::Unfinished || elapsedMs <= qint64(m_scenario->timeLimitMinutes) * 60'000)
        return std::nullopt;
    m_outcome = Outcome::Left;
    Reaction r;
    r.heatBefore = r.heatAfter = m_heat;
    r.line = pick(m_scenario->left.lines);
    r.outcome = m_outcome;
    return r;
}

RoleplaySession::RoleplaySession(SessionSetup setup, std::shared_ptr<const Coach> coach)
    : m_setup(std::move(setup)), m_coach(std::move(coach))
{
    if (m_setup.mode == SessionMode::Simulated)
        m_customer.emplace(m_setup.scenario, m_setup.seed);
}

RoleplayTurn &RoleplaySession::append(const QString &speaker, const QString &body, qint64 nowMs, int heat)
{
    RoleplayTurn turn;
    turn.index = int(m_turns.size());
    turn.speaker = speaker;
    turn.body = body;
    turn.sentMs = nowMs;
    turn.heat = heat;
    m_turns.append(turn);
    return m_turns.last();
}

void RoleplaySession::start(qint64 nowMs)
{
    m_startedMs = nowMs;
    if (m_customer)
        append(u"customer"_s, m_customer->opening(), nowMs, m_customer->heat());
}

int RoleplaySession::customerHeat() const
{
    for (auto it = m_turns.crbegin(); it != m_turns.crend(); ++it) {
        if (it->fromCustomer())
            return it->heat;
    }
    return m_customer ? m_customer->heat() : 0;
}

RoleplaySession::Hint RoleplaySession::hint() const
{
    Hint h;
    h.message = lastCustomerMessage();
    if (!m_coach || h.message.isEmpty())
        return h;
    QList<ConversationTurn> history;
    for (qsizetype i = 0; i + 1 < m_turns.size(); ++i)
        history.append({m_turns.at(i).fromCustomer(), m_turns.at(i).body});
    h.reading = m_coach->read(h.message, history);
    if (m_setup.mode == SessionMode::Simulated) {
        h.reading.tone.heat = customerHeat();
        h.reading.tone.level = levelForHeat(h.reading.tone.heat);
    }
    if (h.reading.tone.heat >= levelThreshold(ToneLevel::Tense)) {
        h.reading.ask.praise = false;
        h.reading.ask.topics.removeAll(u"praise"_s);
    }
    if (m_turns.size() > 1) {
        const CustomerAsk first = m_coach->read(m_turns.first().body).ask;
        for (const QString &topic : first.topics) {
            if (!h.reading.ask.topics.contains(topic) && (topic != u"praise" || h.reading.tone.heat < levelThreshold(ToneLevel::Tense)))
                h.reading.ask.topics.append(topic);
        }
        if (h.reading.ask.domain.isEmpty())
            h.reading.ask.domain = first.domain;
    }
    ReplyContext context;
    context.agentName = m_setup.trainee;
    context.customerName = scenario().personaName;
    context.history = history;
    h.suggestions = m_coach->suggest(h.message, h.reading, context);
    return h;
}

QStringList RoleplaySession::customerLines() const
{
    const Scenario &s = scenario();
    QStringList lines;
    // Before the customer has written: the scenario's opening.
    if (std::none_of(m_turns.begin(), m_turns.end(), [](const RoleplayTurn &t) { return t.fromCustomer(); }))
        lines << s.fill(s.opening);
    if (!m_turns.isEmpty() && !m_turns.last().fromCustomer()) {
        const QList<TurnEffect> &effects = m_turns.last().effects;
        const auto strongest = std::max_element(effects.begin(), effects.end(), [](const TurnEffect &a, const TurnEffect &b) {
            return std::abs(a.delta) < std::abs(b.delta);
        });
        if (strongest != effects.end()) {
            for (const QString &line : s.afterLines.value(strongest->trigger))
                lines << s.fill(line);
        }
    }
    const int heat = std::any_of(m_turns.begin(), m_turns.end(), [](const RoleplayTurn &t) { return t.fromCustomer(); })
        ? customerHeat() : s.startHeat;
    for (const QString &line : s.bandLines.value(levelForHeat(heat)))
        lines << s.fill(line);
    return lines;
}

int RoleplaySession::traineeReplies() const
{
    return int(std::count_if(m_turns.begin(), m_turns.end(), [](const RoleplayTurn &t) { return !t.fromCustomer(); }));
}

QString RoleplaySession::lastCustomerMessage() const
{
    for (auto it = m_turns.crbegin(); it != m_turns.crend(); ++it) {
        if (it->fromCustomer())
            return it->body;
    }
    return {};
}

QList<RoleplayTurn> RoleplaySession::reply(const QString &text, qint64 nowMs)
{
    QList<RoleplayTurn> added;
    if (finished() || text.trimmed().isEmpty())
        return added;
    qint64 lastCustomerMs = m_startedMs;
    for (const RoleplayTurn &t : std::as_const(m_turns)) {
        if (t.fromCustomer())
            lastCustomerMs = t.sentMs;
    }
    const LanguageHint hint = hintFor(scenario().language);
    const DraftReview review = m_coach->review(text, lastCustomerMessage(), hint);
    const qint64 responseMs = std::max<qint64>(0, nowMs - lastCustomerMs);
    const int heatBefore = customerHeat();
    RoleplayTurn &turn = append(u"trainee"_s, text, nowMs, review.tone.heat);
    turn.responseMs = responseMs;
    if (m_customer) {
        const SimulatedCustomer::Reaction r =
            m_customer->respond(text, review, responseMs, nowMs - m_startedMs, traineeReplies());
        turn.effects = r.effects;
        added << turn;
        added << append(u"customer"_s, r.line, nowMs, r.heatAfter);
        if (r.outcome != Outcome::Unfinished)
            finish(r.outcome, nowMs);
    } else {
        turn.effects = ReplyJudge::judge(scenario(), text, review, responseMs, heatBefore, m_seen);
        for (const TurnEffect &e : std::as_const(turn.effects))
            m_seen[e.trigger] += 1;
        added << turn;
    }
    return added;
}

RoleplayTurn RoleplaySession::customerSays(const QString &text, qint64 nowMs)
{
    if (m_startedMs == 0)
        m_startedMs = nowMs;
    // The scenario's opening has the scenario's heat, as in a simulated session; whatever else the
    // trainer writes is read by the analyzer.
    if (text.trimmed() == scenario().fill(scenario().opening).trimmed())
        return append(u"trainer"_s, text, nowMs, scenario().startHeat);
    const LanguageHint hint = hintFor(scenario().language);
    return append(u"trainer"_s, text, nowMs, m_coach->analyzer().analyze(text, hint).heat);
}

std::optional<RoleplayTurn> RoleplaySession::checkTime(qint64 nowMs)
{
    if (!m_customer || finished())
        return std::nullopt;
    const auto r = m_customer->checkTime(nowMs - m_startedMs);
    if (!r)
        return std::nullopt;
    RoleplayTurn turn = append(u"customer"_s, r->line, nowMs, r->heatAfter);
    finish(Outcome::Left, nowMs);
    return turn;
}

bool RoleplaySession::addStoredTurn(const RoleplayTurn &turn)
{
    const auto at = std::find_if(m_turns.begin(), m_turns.end(), [&](const RoleplayTurn &t) { return t.index >= turn.index; });
    if (at != m_turns.end() && at->index == turn.index)
        return false;
    if (m_startedMs == 0)
        m_startedMs = turn.sentMs;
    for (const TurnEffect &e : turn.effects)
        m_seen[e.trigger] += 1;
    m_turns.insert(at, turn);
    return true;
}

void RoleplaySession::storedAs(qsizetype position, int index)
{
    m_turns[position].index = index;
    std::stable_sort(m_turns.begin(), m_turns.end(), [](const RoleplayTurn &a, const RoleplayTurn &b) { return a.index < b.index; });
}

void RoleplaySession::finish(Outcome outcome, qint64 nowMs)
{
    if (finished())
        return;
    m_outcome = outcome;
    m_endedMs = std::max<qint64>(nowMs, 1);
}

RoleplaySession RoleplaySession::replay(SessionSetup setup, std::shared_ptr<const Coach> coach, qint64 startMs,
                                        const QList<ScriptedReply> &replies)
{
    RoleplaySession session(std::move(setup), std::move(coach));
    session.start(startMs);
    qint64 now = startMs;
    for (const ScriptedReply &r : replies) {
        if (session.finished())
            break;
        now += r.afterMs;
        session.reply(r.text, now);
    }
    if (!session.finished())
        session.finish(Outcome::Unfinished, now);
    return session;
}

} // namespace calma
