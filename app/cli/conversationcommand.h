// calma-cli conversation: list, show, claim, release, reply, status and expiry, with --database URL.
#pragma once

#include <QStringList>

namespace calma::cli {

int runConversation(const QStringList &arguments);

} // namespace calma::cli
