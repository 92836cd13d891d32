// Scoring a role-play session. The rubric's weights add up to 100.
#include "roleplay/scorer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

int clampPoints(double value, int maximum)
{
    return std::clamp(int(std::lround(value)), 0, maximum);
}

} // namespace

QString SessionScorer::outcomeTitle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Resolved: return QCoreApplication::translate("CalmaRoleplay", "Resolved");
    case Outcome::Escalated: return QCoreApplication::translate("CalmaRoleplay", "Escalated to a supervisor");
    case Outcome::Left: return QCoreApplication::translate("CalmaRoleplay", "The customer left");
    case Outcome::Unfinished: return QCoreApplication::translate("CalmaRoleplay", "Not finished");
    }
    return {};
}

ScoreCard SessionScorer::score(const Scenario &scenario, const QList<RoleplayTurn> &turns, Outcome outcome)
{
    ScoreCard card;
    card.startHeat = scenario.startHeat;
    int heat = scenario.startHeat;
    bool sawCustomer = false;
    card.peakHeat = 0;
    int phraseCount = 0, insults = 0, asked = 0, answered = 0, replies = 0, disputeApologies = 0;
    bool specificApology = false, vagueApology = false;
    double timeCredit = 0;
    QStringList phrasesUsed;

    for (qsizetype i = 0; i < turns.size(); ++i) {
        const RoleplayTurn &t = turns.at(i);
        if (t.fromCustomer()) {
            heat = t.heat;
            if (!sawCustomer && t.speaker == u"trainer")
                card.startHeat = t.heat; // live: the trainer's first message sets the start
            sawCustomer = true;
            card.peakHeat = std::max(card.peakHeat, heat);
            continue;
        }
        ++replies;
        TurnFeedback feedback;
        feedback.turnIndex = t.index;
        feedback.heatBefore = heat;
        feedback.heatAfter = heat;
        for (qsizetype j = i + 1; j < turns.size(); ++j) {
            if (turns.at(j).fromCustomer()) {
                feedback.heatAfter = turns.at(j).heat;
                break;
            }
        }
        for (const TurnEffect &e : t.effects) {
            if (isPhraseTrigger(e.trigger)) {
                ++phraseCount;
                insults += e.trigger == u"insult";
                if (!e.phrase.isEmpty())
                    phrasesUsed << u"“"_s + e.phrase + u"”"_s;
            }
            if (e.trigger == u"unanswered" || e.trigger == u"answered") {
                ++asked;
                answered += e.trigger == u"answered";
            }
            specificApology |= e.trigger == u"apology";
            vagueApology |= e.trigger == u"vague-apology";
            disputeApologies += e.trigger == u"apology-in-dispute";
            if (e.delta > 0) {
                feedback.notes << (e.phrase.isEmpty()
                    ? QCoreApplication::translate("CalmaRoleplay", "%1 raised the heat by %n.", nullptr, e.delta).arg(triggerDescription(e.trigger))
                    : QCoreApplication::translate("CalmaRoleplay", "Here “%1” raised the heat by %n (%2).", nullptr, e.delta)
                          .arg(e.phrase, triggerDescription(e.trigger).toLower()));
                feedback.changes << e.delta;
            } else if (e.delta < 0) {
                feedback.notes << QCoreApplication::translate("CalmaRoleplay", "%1 lowered the heat by %n.", nullptr, -e.delta).arg(triggerDescription(e.trigger));
                feedback.changes << e.delta;
            }
        }
        const qint64 ms = t.responseMs;
        if (ms >= 0 && ms <= qint64(scenario.promptSeconds) * 1000)
            timeCredit += 1;
        else if (ms >= 0 && ms <= qint64(scenario.slowSeconds) * 1000)
            timeCredit += 0.6;
        card.turns << feedback;
    }
    card.endHeat = heat;
    card.peakHeat = std::max({card.peakHeat, card.startHeat, card.endHeat});

    // 1. Heat at the end against the start (25): full when the customer ends calm.
    ScoreItem change{u"heat-change"_s, QCoreApplication::translate("CalmaRoleplay", "Heat at the end against the start"), 0, 25, {}};
    if (card.endHeat < levelThreshold(ToneLevel::Tense))
        change.points = 25;
    else
        change.points = clampPoints(25.0 * (card.startHeat - card.endHeat) / std::max(card.startHeat - 20, 10), 25);
    change.detail = QCoreApplication::translate("CalmaRoleplay", "From %1 to %2.").arg(card.startHeat).arg(card.endHeat);
    card.items << change;

    // 2. The peak (10): a point off for every 3 points of heat above the start.
    const int rise = std::max(0, card.peakHeat - card.startHeat);
    card.items << ScoreItem{u"peak"_s, QCoreApplication::translate("CalmaRoleplay", "Peak heat"), clampPoints(10 - rise / 3.0, 10), 10,
                            rise > 0 ? QCoreApplication::translate("CalmaRoleplay", "Peaked at %1, %2 above the start.").arg(card.peakHeat).arg(rise)
                                     : QCoreApplication::translate("CalmaRoleplay", "Never rose above the start (%1).").arg(card.startHeat)};

    // 3. Escalating phrases (20): 5 off for each, 10 for an insult.
    ScoreItem phrases{u"phrases"_s, QCoreApplication::translate("CalmaRoleplay", "Escalating phrases"), clampPoints(20 - 5.0 * phraseCount - 5.0 * insults, 20), 20, {}};
    phrases.detail = phraseCount == 0 ? QCoreApplication::translate("CalmaRoleplay", "None used.")
                                      : QCoreApplication::translate("CalmaRoleplay", "%n used: %1.", nullptr, phraseCount).arg(phrasesUsed.join(u", "_s));
    card.items << phrases;

    // 4. Apologies that fit (10).
    ScoreItem apologies{u"apologies"_s, QCoreApplication::translate("CalmaRoleplay", "Apologies that fit the situation"), 10, 10, {}};
    if (scenario.realFailure) {
        apologies.points = specificApology ? 10 : vagueApology ? 6 : 2;
        apologies.detail = specificApology ? QCoreApplication::translate("CalmaRoleplay", "A specific apology for a real failure.")
                         : vagueApology ? QCoreApplication::translate("CalmaRoleplay", "An apology, but it did not say for what.")
                                        : QCoreApplication::translate("CalmaRoleplay", "The company failed and no apology was made.");
    } else {
        apologies.detail = QCoreApplication::translate("CalmaRoleplay", "No apology was needed here.");
    }
    if (disputeApologies > 0) {
        apologies.points = std::max(0, apologies.points - 5 * disputeApologies);
        apologies.detail = QCoreApplication::translate("CalmaRoleplay", "Apologised for a position in a money dispute %n time(s): change the subject and come back to it instead.",
                              nullptr, disputeApologies);
    }
    card.items << apologies;

    // 5. The ask answered (15).
    ScoreItem ask{u"ask"_s, QCoreApplication::translate("CalmaRoleplay", "What they asked, answered"), 15, 15, {}};
    if (asked > 0) {
        ask.points = clampPoints(15.0 * answered / asked, 15);
        ask.detail = QCoreApplication::translate("CalmaRoleplay", "Answered %1 of %2 replies to a question.").arg(answered).arg(asked);
    } else {
        ask.detail = QCoreApplication::translate("CalmaRoleplay", "The customer asked nothing to answer.");
    }
    card.items << ask;

    // 6. Response times (10).
    ScoreItem time{u"response-time"_s, QCoreApplication::translate("CalmaRoleplay", "Response times"), replies ? clampPoints(10.0 * timeCredit / replies, 10) : 0, 10, {}};
    time.detail = QCoreApplication::translate("CalmaRoleplay", "Prompt within %1 s, slow after %2 s.").arg(scenario.promptSeconds).arg(scenario.slowSeconds);
    card.items << time;

    // 7. The outcome (10).
    const int outcomePoints = outcome == Outcome::Resolved ? 10 : outcome == Outcome::Unfinished ? 4 : 0;
    card.items << ScoreItem{u"outcome"_s, QCoreApplication::translate("CalmaRoleplay", "Outcome"), outcomePoints, 10, outcomeTitle(outcome)};

    for (const ScoreItem &item : std::as_const(card.items))
        card.total += item.points;
    return card;
}

QJsonObject ScoreCard::toJson() const
{
    QJsonArray itemArray;
    for (const ScoreItem &i : items)
        itemArray.append(QJsonObject{{u"key"_s, i.key}, {u"title"_s, i.title}, {u"points"_s, i.points},
                                     {u"max"_s, i.maximum}, {u"detail"_s, i.detail}});
    QJsonArray turnArray;
    for (const TurnFeedback &t : turns)
        turnArray.append(QJsonObject{{u"turn"_s, t.turnIndex}, {u"heatBefore"_s, t.heatBefore}, {u"heatAfter"_s, t.heatAfter},
                                     {u"notes"_s, QJsonArray::fromStringList(t.notes)},
                                     {u"changes"_s, QJsonArray::fromVariantList(QVariantList(t.changes.begin(), t.changes.end()))}});
    return {{u"total"_s, total}, {u"startHeat"_s, startHeat}, {u"endHeat"_s, endHeat}, {u"peakHeat"_s, peakHeat},
            {u"items"_s, itemArray}, {u"turns"_s, turnArray}};
}

ScoreCard ScoreCard::fromJson(const QJsonObject &json)
{
    ScoreCard card;
    card.total = json.value(u"total").toInt();
    card.startHeat = json.value(u"startHeat").toInt();
    card.endHeat = json.value(u"endHeat").toInt();
    card.peakHeat = json.value(u"peakHeat").toInt();
    for (const QJsonValue &v : json.value(u"items").toArray()) {
        const QJsonObject o = v.toObject();
        card.items << ScoreItem{o.value(u"key").toString(), o.value(u"title").toString(), o.value(u"points").toInt(),
                                o.value(u"max").toInt(), o.value(u"detail").toString()};
    }
    for (const QJsonValue &v : json.value(u"turns").toArray()) {
        const QJsonObject o = v.toObject();
        TurnFeedback t;
        t.turnIndex = o.value(u"turn").toInt();
        t.heatBefore = o.value(u"heatBefore").toInt();
        t.heatAfter = o.value(u"heatAfter").toInt();
        for (const QJsonValue &n : o.value(u"notes").toArray())
            t.notes << n.toString();
        for (const QJsonValue &c : o.value(u"changes").toArray())
            t.changes << c.toInt();
        card.turns << t;
    }
    return card;
}

} // namespace calma
