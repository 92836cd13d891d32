// An open Calma database: one schema on SQLite or PostgreSQL, migrated on open, with a connection per
// thread (Qt SQL connections must not cross threads).
#pragma once

#include "storage/databaseurl.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <memory>

class QThread;

namespace calma {

class Database
{
public:
    struct Opened;
    // Opens (creating a SQLite file and its folder when needed) and applies pending migrations. A
    // schema newer than this program knows is refused and left untouched.
    // `upToVersion` stops the migrations early (for tests of upgrades from older schemas); -1: all.
    // `createFolders`: make the SQLite file's missing folders (the app's own location, `db migrate`);
    // otherwise a path into a folder that does not exist is an error, so a typo creates nothing.
    static Opened open(const DatabaseUrl &url, int upToVersion = -1, bool createFolders = true);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Engine engine() const { return m_url.engine; }
    QSqlDatabase connection() const; // this thread's connection

    int schemaVersion() const;
    static int knownVersion(DatabaseUrl::Engine engine);

private:
    explicit Database(const DatabaseUrl &url) : m_url(url) {}
    QString migrate(int upToVersion);
    QSqlDatabase addConnection(const QString &name) const; // caller holds m_mutex or is the opener

    DatabaseUrl m_url;
    QString m_baseName;
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QString> m_connections; // connection name per thread
};

struct Database::Opened
{
    std::shared_ptr<Database> database; // null on error
    QString error;
};

} // namespace calma
