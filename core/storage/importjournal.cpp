// The imports table: registering, renewing, finishing and removing imports that write in batches.
#include "storage/importjournal.h"

#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <functional>
#include <unistd.h>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// Rows removed per transaction when an import is discarded: each message also leaves the search index,
// so a batch stays well under a second and other writers get their turn in between.
constexpr int kRemoveBatch = 2000;
constexpr int kPauseMs = 10;

// Field 22 of /proc/PID/stat, the process's start time in clock ticks after boot; 0 when the process
// is not there or has ended (a zombie waiting for its parent is as gone as an ended one).
qint64 processStarted(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // "PID (COMMAND) STATE PPID …": the command may hold spaces and parentheses; the last ')' ends it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return 0;
    return fields.at(19).toLongLong(); // field 22 counted from PID; fields[0] is field 3
}

QString currentSystem()
{
    QFile boot(u"/proc/sys/kernel/random/boot_id"_s);
    const QByteArray bootId = boot.open(QIODevice::ReadOnly) ? boot.readAll().trimmed() : QByteArray();
    char ns[128] = {};
    const ssize_t n = ::readlink("/proc/self/ns/pid", ns, sizeof ns - 1);
    if (bootId.isEmpty() || n <= 0)
        return {};
    return QString::fromLatin1(bootId) + u' ' + QString::fromLatin1(ns, qsizetype(n));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what, QString *error)
{
    if (!q.prepare(sql)) {
        *error = u"%1: %2"_s.arg(what, q.lastError().text());
        return false;
    }
    sql::bindAll(q, values);
    return sql::run(q, what, error);
}

} // namespace

QString ImportJournal::visible(const QString &alias)
{
    return u"(%1.import_id IS NULL OR %1.import_id NOT IN (SELECT id FROM imports WHERE state <> 'done'))"_s.arg(alias);
}

const ImportJournal::Owner &ImportJournal::self()
{
    static const Owner owner{qint64(::getpid()), processStarted(::getpid()), currentSystem()};
    return owner;
}

// Why the process id and its start time, with a heartbeat only as the fallback: a SQLite database in
// write-ahead-log mode is only ever shared by processes of one machine (the log's index is shared
// memory), so on the same boot and in the same PID namespace the kernel says exactly, and at once,
// whether the importing process still runs — the start time tells a reused id from the original. A
// lease alone would either leave a killed import's rows in place for its whole length or, made short,
// take an import that is only waiting for the write lock for dead. Where the kernel cannot say (another
// PID namespace, such as a container sharing the file, or no /proc), the import counts as alive while
// its heartbeat, renewed with every batch, is younger than kLeaseMs.
bool ImportJournal::alive(const Owner &owner, qint64 heartbeatMs, qint64 nowMs)
{
    const Owner &me = self();
    if (!owner.system.isEmpty() && owner.system == me.system && owner.started > 0 && me.started > 0)
        return processStarted(owner.pid) == owner.started;
    return nowMs - heartbeatMs < kLeaseMs;
}

ImportJournal::Begin ImportJournal::begin(const QString &source, qint64 *id, QString *error) const
{
    if (!removeAbandoned(error))
        return Begin::Failed;
    sql::WriteTransaction transaction(m_database);
    if (!transaction.open()) {
        *error = u"cannot start a transaction: "_s + transaction.error();
        return Begin::Failed;
    }
    QSqlQuery q(m_database.connection());
    // Another import under way: wait for it (if its process went since removeAbandoned() looked, the
    // next attempt removes it).
    if (!exec(q, u"SELECT 1 FROM imports WHERE state = 'running'"_s, {}, u"reading the imports under way"_s, error))
        return Begin::Failed;
    if (q.next())
        return Begin::Busy;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!exec(q, u"SELECT COALESCE(MAX(id), 0) FROM messages"_s, {}, u"reading the last message"_s, error) || !q.next()) {
        if (error->isEmpty())
            *error = u"reading the last message: "_s + q.lastError().text();
        return Begin::Failed;
    }
    const qint64 lastMessage = q.value(0).toLongLong();
    const Owner &me = self();
    if (!exec(q, u"INSERT INTO imports (state, source, owner_pid, owner_started, owner_system, first_message_id, started_ms, heartbeat_ms) "
                 u"VALUES ('running', ?, ?, ?, ?, ?, ?, ?)"_s,
              {source, me.pid, me.started, me.system, lastMessage, now, now}, u"registering the import"_s, error))
        return Begin::Failed;
    const QVariant registered = q.lastInsertId();
    if (!registered.isValid() || !transaction.commit()) {
        *error = u"registering the import: "_s + (transaction.error().isEmpty() ? u"no id"_s : transaction.error());
        return Begin::Failed;
    }
    *id = registered.toLongLong();
    return Begin::Started;
}

bool ImportJournal::renew(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!exec(q, u"UPDATE imports SET heartbeat_ms = ? WHERE id = ? AND state = 'running'"_s, {QDateTime::currentMSecsSinceEpoch(), id},
              u"renewing the import"_s, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = u"the import was stopped: another Calma took its process for gone and removed what it had written"_s;
        return false;
    }
    return true;
}

bool ImportJournal::finish(qint64 id, qint64 messages, QString *error) const
{
    QSqlQuery q(m_database.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!exec(q, u"UPDATE imports SET state = 'done', finished_ms = ?, heartbeat_ms = ?, messages = ? WHERE id = ? AND state = 'running'"_s,
              {now, now, messages, id}, u"finishing the import"_s, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = u"the import was stopped: another Calma took its process for gone and removed what it had written"_s;
        return false;
    }
    return true;
}

bool ImportJournal::discard(qint64 id, QString *error) const
{
    {
        sql::WriteTransaction transaction(m_database);
        QSqlQuery q(m_database.connection());
        if (!transaction.open()) {
            *error = u"cannot start a transaction: "_s + transaction.error();
            return false;
        }
        if (!exec(q, u"UPDATE imports SET state = 'failed', finished_ms = ? WHERE id = ? AND state <> 'done'"_s,
                  {QDateTime::currentMSecsSinceEpoch(), id}, u"stopping the import"_s, error)
            || !transaction.commit()) {
            if (error->isEmpty())
                *error = u"stopping the import: "_s + transaction.error();
            return false;
        }
    }
    return discardRows(id, error);
}

bool ImportJournal::discardRows(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!exec(q, u"SELECT first_message_id FROM imports WHERE id = ? AND state = 'failed'"_s, {id}, u"reading the import"_s, error))
        return false;
    if (!q.next())
        return true; // removed meanwhile by another Calma, or done
    qint64 after = q.value(0).toLongLong();
    q.finish();
    // Each step is a transaction of its own, short enough for other writers to go in between; a crash
    // half way leaves the import failed (its rows invisible), and the next open goes on.
    auto step = [&](const std::function<bool(QSqlQuery &, bool *more)> &work) {
        for (bool more = true; more;) {
            sql::WriteTransaction transaction(m_database);
            if (!transaction.open()) {
                *error = u"cannot start a transaction: "_s + transaction.error();
                return false;
            }
            QSqlQuery w(m_database.connection());
            if (!work(w, &more) || !transaction.commit()) {
                if (error->isEmpty())
                    *error = u"removing an unfinished import: "_s + transaction.error();
                return false;
            }
            if (more)
                QThread::msleep(kPauseMs); // the lock free for a moment, for anyone waiting for it
        }
        return true;
    };
    const QString what = u"removing what an unfinished import wrote"_s;
    // Its messages, in id order from where it began (there is no index on import_id: a range of ids).
    const bool messagesGone = step([&](QSqlQuery &w, bool *more) {
        if (!exec(w, u"SELECT MAX(id), COUNT(*) FROM (SELECT id FROM messages WHERE id > ? AND import_id = ? ORDER BY id LIMIT %1) AS b"_s.arg(kRemoveBatch),
                  {after, id}, what, error))
            return false;
        if (!w.next()) {
            *error = what + u": "_s + w.lastError().text();
            return false;
        }
        const qint64 last = w.value(0).toLongLong(), count = w.value(1).toLongLong();
        w.finish();
        *more = count == kRemoveBatch;
        if (count == 0)
            return true;
        if (!exec(w, u"DELETE FROM messages WHERE id > ? AND id <= ? AND import_id = ?"_s, {after, last, id}, what, error))
            return false;
        after = last;
        return true;
    });
    if (!messagesGone)
        return false;
    for (const QString &table : {u"conversations"_s, u"contacts"_s}) {
        const bool gone = step([&](QSqlQuery &w, bool *more) {
            if (!exec(w, u"DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE import_id = ? LIMIT %2)"_s.arg(table).arg(kRemoveBatch / 4), {id},
                      what, error))
                return false;
            *more = w.numRowsAffected() == kRemoveBatch / 4;
            return true;
        });
        if (!gone)
            return false;
    }
    sql::WriteTransaction transaction(m_database);
    if (!transaction.open()) {
        *error = u"cannot start a transaction: "_s + transaction.error();
        return false;
    }
    if (!exec(q, u"DELETE FROM imports WHERE id = ? AND state = 'failed'"_s, {id}, what, error) || !transaction.commit()) {
        if (error->isEmpty())
            *error = what + u": "_s + transaction.error();
        return false;
    }
    return true;
}

bool ImportJournal::removeAbandoned(QString *error) const
{
    if (m_database.engine() != DatabaseUrl::Engine::SQLite)
        return true; // an import there is one transaction: a dead one left nothing
    QSqlQuery q(m_database.connection());
    if (!exec(q, u"SELECT id, state, owner_pid, owner_started, owner_system, heartbeat_ms FROM imports WHERE state <> 'done'"_s, {},
              u"reading the unfinished imports"_s, error))
        return false;
    struct Found
    {
        qint64 id = 0, heartbeat = 0;
        bool failed = false;
    };
    QList<Found> gone;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (q.next()) {
        const bool failed = q.value(1).toString() == u"failed";
        if (failed || !alive({q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toString()}, q.value(5).toLongLong(), now))
            gone.append({q.value(0).toLongLong(), q.value(5).toLongLong(), failed});
    }
    q.finish();
    for (const Found &f : std::as_const(gone)) {
        if (!f.failed) {
            // Failed only if nothing renewed it since it was read: a live import's heartbeat has moved.
            sql::WriteTransaction transaction(m_database);
            if (!transaction.open()) {
                *error = u"cannot start a transaction: "_s + transaction.error();
                return false;
            }
            if (!exec(q, u"UPDATE imports SET state = 'failed', finished_ms = ? WHERE id = ? AND state = 'running' AND heartbeat_ms = ?"_s,
                      {now, f.id, f.heartbeat}, u"stopping an abandoned import"_s, error)
                || !transaction.commit()) {
                if (error->isEmpty())
                    *error = u"stopping an abandoned import: "_s + transaction.error();
                return false;
            }
        }
        if (!discardRows(f.id, error))
            return false;
    }
    return true;
}

} // namespace calma
