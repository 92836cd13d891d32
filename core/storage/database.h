// An open Calma database: one schema on SQLite or PostgreSQL, migrated on open, with a connection per
// thread (Qt SQL connections must not cross threads).
#pragma once

#include "storage/databaseurl.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <atomic>
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
    QSqlDatabase connection() const; // this thread's connection, removed when the thread ends
    int openConnections() const;     // for tests: how many threads hold one now

    int schemaVersion() const;
    static int knownVersion(DatabaseUrl::Engine engine);

private:
    explicit Database(const DatabaseUrl &url) : m_url(url) {}
    QString migrate(int upToVersion);
    QSqlDatabase addConnection(const QString &name) const; // caller holds the connections' mutex or is the opener
    void removeWithThread(const QString &name) const;      // this thread closes and removes it when it ends

    // Connection names per thread, shared with the threads themselves: a thread that ends closes and
    // removes its own connection, so a new thread at the same address never gets a dead one's.
    struct Connections
    {
        QMutex mutex;
        QHash<QThread *, QString> byThread;
    };

    DatabaseUrl m_url;
    QString m_baseName;
    std::shared_ptr<Connections> m_connections = std::make_shared<Connections>();
    mutable std::atomic<quint64> m_connectionCount{0};
};

struct Database::Opened
{
    std::shared_ptr<Database> database; // null on error
    QString error;
};

} // namespace calma
