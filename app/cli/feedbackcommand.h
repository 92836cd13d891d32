// calma-cli feedback export: agents' "this score is wrong" as labelled JSON Lines for `lexicon fit`.
#pragma once

#include <QStringList>

namespace calma::cli {

int runFeedback(const QStringList &arguments);

} // namespace calma::cli
