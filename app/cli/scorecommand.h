// calma-cli score: tone reports for messages given as JSON Lines or with --text.
#pragma once

#include <QStringList>

namespace calma::cli {

int runScore(const QStringList &arguments);

} // namespace calma::cli
