// calma-cli suggest and calma-cli coach: the reply assistant and the draft coach on JSON Lines.
#pragma once

#include <QStringList>

namespace calma::cli {

int runSuggest(const QStringList &arguments);
int runCoach(const QStringList &arguments);

} // namespace calma::cli
