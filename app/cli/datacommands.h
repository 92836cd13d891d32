// calma-cli db, import, export, search and demo: Calma's data from scripts, with --database URL.
#pragma once

#include <QStringList>

namespace calma::cli {

int runDb(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runDemo(const QStringList &arguments);

} // namespace calma::cli
