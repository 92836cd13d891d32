// How heated an agent's own text reads: the analyzer's reading, except that a failure the agent
// names to own it or put it right ("we charged you twice, I'm sorry, that was our mistake", "I can
// refund the duplicate charge today") is not the agent's heat.
#pragma once

#include "coach/coachlexicon.h"
#include "tone/tonereport.h"

namespace calma {

class AgentTone
{
public:
    // `report` is the analyzer's reading of `text`; `matches` are the coach phrases found in it.
    // The case's own words (a failure, its urgency, its repetition) in a sentence that apologises,
    // offers the next step or says when, or in the sentence just before an apology, are set aside
    // and the heat and level follow; a sentence with an escalating phrase keeps all of its heat.
    static ToneReport owned(const ToneReport &report, const TokenizedText &text, const QList<CoachMatch> &matches);
};

} // namespace calma
