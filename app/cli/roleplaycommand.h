// calma-cli scenario check FILE… and calma-cli roleplay SCENARIO: role-play in the terminal.
#pragma once

#include <QStringList>

namespace calma::cli {

int runScenario(const QStringList &arguments);
int runRoleplay(const QStringList &arguments);

} // namespace calma::cli
