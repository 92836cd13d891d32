// calma-cli db, import, export, search and demo: Calma's data from scripts, with --database URL.
#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace calma::cli {

// --database URL, shared by every command that reads or writes Calma's data.
const QCommandLineOption &databaseOption();
// The database named by --database (or the default); prints why and returns std::nullopt when it is not a URL.
std::optional<DatabaseUrl> chosenDatabase(const QCommandLineParser &parser);
// Opens the database at `url`, migrating it; prints why when it cannot.
// Opens the database; missing folders are created only for Calma's own default location or when
// `createFolders` is asked for (`db migrate`), so a mistyped --database creates nothing.
std::shared_ptr<Database> openDatabase(const DatabaseUrl &url, bool createFolders = false);
// Opens the database named by --database (or the default), migrating it; prints why when it cannot.
std::shared_ptr<Database> openDatabase(const QCommandLineParser &parser);
// False (with the reason printed, prefixed by `command`) when `output` is the database of `url` or one
// of its files; checked before the database is opened, so nothing is touched.
bool outputAllowed(const QString &output, const DatabaseUrl &url, const QString &command = {});

int runDb(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runDemo(const QStringList &arguments);

} // namespace calma::cli
