// Turning the draft coach's review of a reply into the simulated customer's triggers.
#include "roleplay/replyjudge.h"

#include <QCoreApplication>
#include <QSet>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

const QSet<QString> &phraseTriggers()
{
    static const QSet<QString> names{u"feelings"_s, u"repetition"_s, u"blame"_s, u"wall"_s, u"impossible"_s,
                                     u"not-my-problem"_s, u"dismissive"_s, u"passive-aggressive"_s, u"command"_s,
                                     u"sarcasm"_s, u"insult"_s, u"shouting"_s, u"exclamations"_s};
    return names;
}

bool mentionsFact(const Scenario &scenario, const QString &reply)
{
    return std::any_of(scenario.facts.begin(), scenario.facts.end(),
                       [&](const ScenarioFact &f) { return f.value.size() >= 3 && reply.contains(f.value, Qt::CaseInsensitive); });
}

} // namespace

bool isPhraseTrigger(const QString &trigger)
{
    return phraseTriggers().contains(trigger);
}

QString triggerDescription(const QString &trigger)
{
    static const QHash<QString, const char *> descriptions{
        {u"feelings"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Telling them how to feel")},
        {u"repetition"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Reminding them you already said it")},
        {u"blame"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Blaming the customer")},
        {u"wall"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Hiding behind policy")},
        {u"impossible"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Saying it is impossible")},
        {u"not-my-problem"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Saying it is not your problem")},
        {u"dismissive"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A dismissive phrase")},
        {u"passive-aggressive"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A passive-aggressive phrase")},
        {u"command"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Giving orders")},
        {u"sarcasm"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Sarcasm")},
        {u"insult"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "An insult")},
        {u"shouting"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Writing in capitals")},
        {u"exclamations"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Exclamation marks")},
        {u"heated-reply"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A heated reply")},
        {u"unanswered"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Not answering what they asked")},
        {u"no-acknowledgment"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Not acknowledging how they feel")},
        {u"apology-in-dispute"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Apologising for a position in a money dispute")},
        {u"slow"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A slow reply")},
        {u"acknowledge"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Acknowledging how they feel")},
        {u"apology"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A specific apology for a real failure")},
        {u"vague-apology"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "An apology that names nothing")},
        {u"next-step"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A concrete next step")},
        {u"timeframe"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A time frame for it")},
        {u"answered"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Answering what they asked")},
        {u"topic-shift"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Moving the dispute to the next step")},
        {u"boundary"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A calm boundary on abuse")},
        {u"steps"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Explaining in clear steps")},
        {u"thanks"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "Thanking them")},
        {u"prompt"_s, QT_TRANSLATE_NOOP("CalmaRoleplay", "A prompt reply")},
    };
    const char *text = descriptions.value(trigger);
    return text ? QCoreApplication::translate("CalmaRoleplay", text) : trigger;
}

QList<TurnEffect> ReplyJudge::judge(const Scenario &scenario, const QString &reply, const DraftReview &review,
                                    qint64 responseMs, int customerHeat, const QHash<QString, int> &seen)
{
    QList<TurnEffect> effects;
    auto add = [&](const QString &trigger, const QString &phrase = {}) {
        int delta = scenario.reaction(trigger);
        if (delta < 0)
            delta = delta / (1 + seen.value(trigger)); // the same calming move wears thin
        if (delta != 0)
            effects.append({trigger, delta, phrase});
    };

    // Escalating phrases, one effect per kind (the first phrase of that kind is named).
    QSet<QString> flagged;
    for (const DraftFlag &flag : review.flags) {
        const QString trigger = flag.category == u"apology-in-dispute" ? QString() : flag.category;
        if (trigger.isEmpty() || flagged.contains(trigger) || !phraseTriggers().contains(trigger))
            continue;
        flagged.insert(trigger);
        add(trigger, reply.sliced(flag.start, flag.end - flag.start));
    }
    const DraftMoves &moves = review.moves;
    if (review.tone.heat >= levelThreshold(ToneLevel::Heated))
        add(u"heated-reply"_s);
    // A reply answers when it picks up what was asked, or commits to a concrete next step for it.
    if (moves.customerAsked)
        add(moves.answersAsk || moves.nextStep ? u"answered"_s : u"unanswered"_s);
    if (customerHeat >= levelThreshold(ToneLevel::Tense)) {
        // Once the customer has heard their feelings acknowledged, a reply need not say it again.
        const bool acknowledgedBefore = seen.value(u"acknowledge"_s) + seen.value(u"apology"_s) + seen.value(u"vague-apology"_s) > 0;
        if (moves.acknowledges)
            add(u"acknowledge"_s);
        else if (!moves.apologises && !acknowledgedBefore)
            add(u"no-acknowledgment"_s);
    }
    if (moves.apologises) {
        if (scenario.moneyDispute && !scenario.realFailure)
            add(u"apology-in-dispute"_s);
        else if (scenario.realFailure)
            add(moves.namesProblem || mentionsFact(scenario, reply) ? u"apology"_s : u"vague-apology"_s);
    }
    if (scenario.moneyDispute && !moves.apologises && (moves.nextStep || moves.parks) && flagged.isEmpty())
        add(u"topic-shift"_s);
    if (moves.nextStep) {
        add(u"next-step"_s);
        if (moves.timeframe)
            add(u"timeframe"_s);
    }
    if (moves.boundary && !flagged.contains(u"insult"_s))
        add(u"boundary"_s);
    if (moves.steps)
        add(u"steps"_s);
    if (moves.thanks)
        add(u"thanks"_s);
    if (responseMs > qint64(scenario.slowSeconds) * 1000)
        add(u"slow"_s);
    else if (responseMs >= 0 && responseMs <= qint64(scenario.promptSeconds) * 1000)
        add(u"prompt"_s);
    return effects;
}

} // namespace calma
