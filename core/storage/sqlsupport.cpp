// Shared SQL helpers of the stores.
#include "storage/sqlsupport.h"

#include <QHash>
#include <QSqlError>

namespace calma::sql {

using namespace Qt::StringLiterals;

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant orNull(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
}

QString unstorable(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.unicode() == 0)
            return u"a NUL character at position %1"_s.arg(i + 1);
        if ((c.isHighSurrogate() && (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate()))
            || (c.isLowSurrogate() && (i == 0 || !value.at(i - 1).isHighSurrogate())))
            return u"an unpaired surrogate (\\u%1) at position %2: not a character"_s.arg(c.unicode(), 4, 16, QChar(u'0')).arg(i + 1);
    }
    return {};
}

bool run(QSqlQuery &q, const QString &what, QString *error)
{
    // What one engine would store and the other refuse (PostgreSQL takes neither in a text column) is
    // refused on both, with what it is, instead of a driver's message or a text that cannot move.
    const QVariantList values = q.boundValues();
    for (const QVariant &value : values) {
        if (value.typeId() != QMetaType::QString)
            continue;
        if (const QString why = unstorable(value.toString()); !why.isEmpty()) {
            if (error)
                *error = u"%1: the text has %2, which cannot be stored"_s.arg(what, why);
            return false;
        }
    }
    if (q.exec())
        return true;
    if (error)
        *error = u"%1: %2"_s.arg(what, q.lastError().text());
    return false;
}

QString returningId(DatabaseUrl::Engine engine)
{
    return engine == DatabaseUrl::Engine::PostgreSQL ? u" RETURNING id"_s : QString();
}

std::optional<qint64> lastId(QSqlQuery &q, DatabaseUrl::Engine engine)
{
    if (engine == DatabaseUrl::Engine::PostgreSQL) {
        if (q.next())
            return q.value(0).toLongLong();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

ReadSnapshot::ReadSnapshot(const Database &database) : m_db(database.connection())
{
    QSqlQuery q(m_db);
    m_open = q.exec(database.engine() == DatabaseUrl::Engine::SQLite ? u"BEGIN"_s
                                                                     : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"COMMIT"_s);
}

namespace {

struct OpenWrite
{
    int depth = 0;
    bool failed = false; // a joined write was left without committing
};

// The write transactions open on this thread, by connection name (connections never cross threads).
QHash<QString, OpenWrite> &openWrites()
{
    thread_local QHash<QString, OpenWrite> open;
    return open;
}

} // namespace

WriteTransaction::WriteTransaction(const Database &database) : m_db(database.connection())
{
    const auto it = openWrites().find(m_db.connectionName());
    if (it != openWrites().end() && it->depth > 0) {
        ++it->depth;
        m_joined = m_open = true;
        return;
    }
    if (database.engine() == DatabaseUrl::Engine::SQLite) {
        QSqlQuery q(m_db);
        m_open = q.exec(u"BEGIN IMMEDIATE"_s);
        m_error = q.lastError().text();
    } else {
        m_open = m_db.transaction();
        m_error = m_db.lastError().text();
    }
    if (m_open) {
        m_outer = true;
        openWrites().insert(m_db.connectionName(), {1, false});
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_joined) {
        OpenWrite &outer = openWrites()[m_db.connectionName()];
        --outer.depth;
        if (m_open)
            outer.failed = true;
        return;
    }
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    if (m_outer)
        openWrites().remove(m_db.connectionName());
}

bool WriteTransaction::commit()
{
    if (m_joined) {
        m_open = false;
        return true;
    }
    if (openWrites().value(m_db.connectionName()).failed) {
        m_error = u"a write inside this transaction failed, so nothing of it was written"_s;
        return false; // rolled back by the destructor
    }
    QSqlQuery q(m_db);
    const bool ok = q.exec(u"COMMIT"_s);
    m_open = !ok;
    m_error = q.lastError().text();
    return ok;
}

} // namespace calma::sql
