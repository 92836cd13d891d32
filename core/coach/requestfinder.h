// Finding what a customer asks, sentence by sentence (used by CustomerAskReader).
#pragma once

#include "coach/customerask.h"

namespace calma {

// Adds to `ask` the requests of the message in `tokens`, each with its kind and deadline, and the
// rhetorical questions. `ask.facts` must hold the message's dates already ("antes del 15 de marzo");
// `noise` (insults) and `threats` are never requests.
void findRequests(const TokenizedText &tokens, const QList<CoachMatch> &matches, const QList<Evidence> &noise,
                  const QList<Threat> &threats, Language language, CustomerAsk &ask);

} // namespace calma
