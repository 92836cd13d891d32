// Tells when the database changed under another connection: another agent on the team's PostgreSQL
// server (LISTEN/NOTIFY on the calma_changes channel, which migration 005's triggers announce on) or
// another process, or another thread, on the same SQLite file (PRAGMA data_version, polled). It runs
// on a thread of its own with a connection of its own, so the UI never waits for it; changed() comes
// in the watcher's own thread, at most once per `coalesceMs`, however many writes there were.
#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

namespace calma {

class Database;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(std::shared_ptr<Database> database, QObject *parent = nullptr, int pollMs = 1000, int coalesceMs = 200);
    ~ChangeWatcher() override;

    static QString channel() { return QStringLiteral("calma_changes"); }

signals:
    void changed();
    void failed(const QString &why); // the watch could not start (no listening on this server)

private:
    QThread m_thread;
    QTimer m_coalesce;
};

} // namespace calma
