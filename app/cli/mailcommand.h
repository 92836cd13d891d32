// calma-cli mail: the support mailbox from scripts (read .eml files; sync over IMAP).
#pragma once

#include <QStringList>

namespace calma::cli {

int runMail(const QStringList &arguments);

} // namespace calma::cli
