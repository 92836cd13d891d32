// The import journal (the imports table): on SQLite an import writes in batches, each its own short
// transaction, so that an agent's reply or a role-play save never waits for a whole import; the rows
// it writes carry its id and stay invisible to every reader until its last step marks it done (one
// short transaction). What an import that failed, was cancelled or whose process died wrote is removed,
// a batch at a time, by itself or by the next Calma that opens the database.
#pragma once

#include "storage/database.h"

#include <QString>
#include <optional>

namespace calma {

class ImportJournal
{
public:
    explicit ImportJournal(const Database &database) : m_database(database) {}

    // SQL that is true for a row of conversations, contacts or messages (`alias`: the table's name or
    // alias in the query) that readers may see: written outside an import, or by an import that is done.
    static QString visible(const QString &alias);

    enum class Begin { Started, Busy, Failed };
    // Registers a running import of `source` owned by this process (`id` set). Busy while another live
    // import writes: one import writes at a time, as two would find each other's invisible
    // conversations. Removes what abandoned imports left first.
    Begin begin(const QString &source, qint64 *id, QString *error) const;
    // Inside each batch's transaction: the import is still this process's and running (false, with
    // `error`, when another Calma removed it), and its heartbeat is now.
    bool renew(qint64 id, QString *error) const;
    // Inside the last step's transaction: the import is done and its rows are visible.
    bool finish(qint64 id, qint64 messages, QString *error) const;
    // Marks the import failed (its rows stay invisible) and removes its rows, a batch at a time.
    bool discard(qint64 id, QString *error) const;
    // Removes the rows of imports that failed or whose process is gone (a crash, kill -9, a power cut);
    // imports whose process is alive are left alone. Run when a database is opened for writing.
    bool removeAbandoned(QString *error) const;

    // Who runs an import: the process id means that process only on the same boot and in the same
    // PID namespace (`system`), and only while it has the same start time (ids are reused).
    struct Owner
    {
        qint64 pid = 0;
        qint64 started = 0; // clock ticks after boot; 0 when unknown
        QString system{};   // boot id and PID namespace; empty when unknown
    };
    static const Owner &self();
    // Whether the import's process may still be writing: exact when the owner's process can be
    // looked at from here, else while its heartbeat is younger than kLeaseMs.
    static bool alive(const Owner &owner, qint64 heartbeatMs, qint64 nowMs);
    static constexpr qint64 kLeaseMs = 60 * 1000;

private:
    bool discardRows(qint64 id, QString *error) const;

    const Database &m_database;
};

} // namespace calma
