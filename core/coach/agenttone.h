// How heated an agent's own text reads: the analyzer's reading, except that a failure the agent
// names to own it or put it right ("we charged you twice, I'm sorry, that was our mistake", "I can
// refund the duplicate charge") is not the agent's heat.
#pragma once

#include "coach/coachlexicon.h"
#include "tone/tonereport.h"

namespace calma {

class AgentTone
{
public:
    // `report` is the analyzer's reading of `text`; `matches` are the coach phrases found in it.
    // Reported-failure evidence in a sentence that apologises or offers the next step, or in the
    // sentence just before an apology, is set aside and the heat and level follow; a sentence with
    // an escalating phrase keeps all of its heat.
    static ToneReport owned(const ToneReport &report, const TokenizedText &text, const QList<CoachMatch> &matches);
};

} // namespace calma
