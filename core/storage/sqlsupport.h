// Small pieces every store's SQL needs, the same on SQLite and PostgreSQL: binding, running with a
// message that says what failed, reading a new row's id, and a write transaction.
#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace calma::sql {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL get an empty string instead.
QVariant text(const QString &value);
// SQL NULL of the value's type when `value` is negative (unknown), else the value.
QVariant orNull(qint64 value);
void bindAll(QSqlQuery &q, const QVariantList &values);
// Why a text cannot be stored on both engines (a NUL character, an unpaired surrogate), or empty.
QString unstorable(const QString &value);
// Runs `q`; on failure sets `error` to "what: the database's message". A bound text that cannot be
// stored (see unstorable()) is refused before it reaches the database.
bool run(QSqlQuery &q, const QString &what, QString *error);
// " RETURNING id" on PostgreSQL, nothing on SQLite: append to an INSERT, then read it with lastId().
QString returningId(DatabaseUrl::Engine engine);
std::optional<qint64> lastId(QSqlQuery &q, DatabaseUrl::Engine engine);

// Commits on success, rolls back otherwise: nothing is left half-written. On SQLite the write lock is
// taken at the start (BEGIN IMMEDIATE): two writers that read and then write would otherwise each hold a
// read lock the other's write waits for.
// A read of several statements that sees one state of the database (a snapshot): an export during
// an import carries all of a transaction's rows or none.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Nested on the same connection (a store's write inside an importer's transaction), the inner one
// joins the outer: its commit is the outer's, and an inner one left without committing makes the outer
// commit fail, so a half-done write is never committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool open() const { return m_open; }
    const QString &error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_outer = false;  // began the transaction
    bool m_joined = false; // inside another WriteTransaction on this connection
    QString m_error;
};

} // namespace calma::sql
