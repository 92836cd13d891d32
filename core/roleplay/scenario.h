// A role-play scenario: a simulated customer with a persona, a situation and the facts an agent would
// look up, an opening message, starting heat, what the customer says at each heat band and after each
// kind of reply, what raises and lowers their heat, and how the conversation ends.
// Format: resources/scenarios/README.md.
#pragma once

#include "tone/language.h"
#include "tone/tonereport.h"
#include "tone/tsvreader.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace calma {

// What a trainee's reply does, as the simulated customer takes it. Each trigger moves the heat by
// the scenario's amount for it (a default unless the scenario says otherwise).
struct TriggerInfo
{
    QString name;     // "feelings", "acknowledge", ...
    int defaultDelta; // positive raises the heat, negative lowers it
};
const QList<TriggerInfo> &roleplayTriggers();
std::optional<int> defaultTriggerDelta(const QString &name);

enum class Outcome { Unfinished, Resolved, Escalated, Left };
QString outcomeName(Outcome outcome); // "unfinished", "resolved", "escalated", "left"
std::optional<Outcome> outcomeFromName(QStringView name);

struct ScenarioFact
{
    QString key;   // used as {key} in the customer's lines
    QString label; // what the agent sees, e.g. "Order"
    QString value;
};

struct ScenarioEnding
{
    int heat = 0;             // resolved: heat at or below; escalated: heat at or above
    QStringList needs;        // resolved: triggers that must have happened at some point
    QStringList lines;        // what the customer says as it ends
};

struct Scenario
{
    QString id;
    QString title;
    QString kind;             // late-delivery, double-charge, outage, refund-dispute, policy-refusal, abusive, confused, praise
    Language language = Language::English;
    QString personaName;
    QString personaDescription;
    QString summary;          // the situation, for the trainee
    bool realFailure = false; // the company really failed: a specific apology fits
    bool moneyDispute = false;// a dispute over an amount or a position: apologising for it backfires
    QList<ScenarioFact> facts;
    QString opening;
    int startHeat = 50;
    int timeLimitMinutes = 15;
    int maxTurns = 8;         // trainee replies before the customer gives up
    int promptSeconds = 60;   // a reply within this is prompt
    int slowSeconds = 180;    // a reply slower than this raises the heat
    QHash<QString, int> reactions;           // trigger -> heat change (all triggers, defaults filled in)
    QMap<ToneLevel, QStringList> bandLines;  // what the customer says at each heat band
    QHash<QString, QStringList> afterLines;  // what the customer says right after a trigger
    ScenarioEnding resolved;
    ScenarioEnding escalated;
    ScenarioEnding left;
    QString source;           // file it came from

    int reaction(const QString &trigger) const { return reactions.value(trigger); }
    // `text` with {fact} placeholders filled in.
    QString fill(const QString &text) const;
};

struct ScenarioFile
{
    QString fileName;
    std::shared_ptr<const Scenario> scenario; // null when errors is not empty
    QList<LexiconIssue> errors;               // FILE:LINE (field): message

    bool ok() const { return errors.isEmpty(); }
};

class ScenarioParser
{
public:
    static ScenarioFile parse(const QByteArray &json, const QString &fileName);
    static ScenarioFile parseFile(const QString &path);
    static const QStringList &kinds();
};

// The scenarios Calma ships (resources/scenarios) plus a team's own folder, by id; a team's scenario
// with the same id replaces the shipped one.
class ScenarioLibrary
{
public:
    struct Loaded;
    static Loaded load(const QStringList &extraFolders = {});

    const QList<std::shared_ptr<const Scenario>> &all() const { return m_scenarios; }
    std::shared_ptr<const Scenario> find(const QString &id) const;

private:
    QList<std::shared_ptr<const Scenario>> m_scenarios; // sorted by language, then title
};

struct ScenarioLibrary::Loaded
{
    std::shared_ptr<const ScenarioLibrary> library;
    QList<LexiconIssue> errors; // scenarios with errors are left out and reported here
};

} // namespace calma
