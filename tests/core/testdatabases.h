// Test helper: the same test on SQLite and on the PostgreSQL server the "postgres" CTest fixture
// starts (.ci/postgres). Without that server the PostgreSQL rows fail, not skip.
#pragma once

#include "storage/database.h"

#include <QString>
#include <memory>

namespace calma::test {

// Adds the "engine" column with a "sqlite" and a "postgresql" row.
void addEngines();
// The URL of a database for `engine`: a new SQLite file under `dir`, or the fixture's PostgreSQL
// database, wiped clean when `wipe` is set. Empty, with `error` set, when there is none.
QString databaseUrl(const QString &engine, const QString &dir, bool wipe, QString *error);
// Opens (and migrates) the database at `url`; null, with a warning saying why, when it cannot.
std::shared_ptr<Database> openDatabase(const QString &url);
// A new, empty database for `engine` (see databaseUrl), open; null, with a warning, when there is none.
std::shared_ptr<Database> freshDatabase(const QString &engine, const QString &dir);

} // namespace calma::test
