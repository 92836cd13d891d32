// calma-cli lexicon check FILE…: validates team lexicon files.
#pragma once

#include <QStringList>

namespace calma::cli {

int runLexicon(const QStringList &arguments);

} // namespace calma::cli
