// Opening databases, per-thread connections and numbered migrations (resources/sql/<engine>/NNN_name.sql).
#include "storage/database.h"

#include <QCoreApplication>

#include "storage/importjournal.h"
#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

namespace calma {
namespace {

QString engineFolder(DatabaseUrl::Engine engine)
{
    return engine == DatabaseUrl::Engine::SQLite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
}

struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

QList<Migration> migrations(DatabaseUrl::Engine engine)
{
    QList<Migration> list;
    const QDir dir(engineFolder(engine));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = file.section(u'_', 0, 0).toInt(&ok);
        if (ok)
            list.append({version, QFileInfo(file).completeBaseName().section(u'_', 1), dir.filePath(file)});
    }
    return list;
}

// Splits a migration into statements: at semicolons ending a line, except inside a trigger body
// (CREATE TRIGGER … END;) or a dollar-quoted PostgreSQL body.
QStringList statements(const QString &sql)
{
    QStringList result;
    QString current;
    bool inTrigger = false, inDollar = false;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") && current.trimmed().isEmpty())
            continue;
        if (trimmed.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollar = !inDollar;
        current += line + u'\n';
        const bool ends = trimmed.endsWith(u';') && !inDollar && (!inTrigger || trimmed.compare(u"END;", Qt::CaseInsensitive) == 0);
        if (ends) {
            result << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

// A schema newer than this program knows is never touched.
QString newerSchema(const DatabaseUrl &url, int current, int known)
{
    if (current <= known)
        return {};
    return QStringLiteral("%1 has schema version %2, newer than this Calma knows (%3): it was left untouched; "
                          "use a newer Calma").arg(url.display(), QString::number(current), QString::number(known));
}

// Before anything is written: a database that holds tables but no Calma schema, or a newer Calma
// schema, is left exactly as it was (not even its journal mode changes).
QString inspect(QSqlDatabase &db, const DatabaseUrl &url, int known)
{
    QSqlQuery q(db);
    const bool sqlite = url.engine == DatabaseUrl::Engine::SQLite;
    if (!q.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                       : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                        "ORDER BY table_name")))
        return QStringLiteral("cannot read %1: %2").arg(url.display(), q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return {}; // a new database: Calma sets it up
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        return QStringLiteral("%1 holds tables (%2) but is not a Calma database: it was left untouched; give another database")
            .arg(url.display(), QStringList(tables.mid(0, 5)).join(QStringLiteral(", ")) + (tables.size() > 5 ? QStringLiteral(", …") : QString()));
    }
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return QStringLiteral("cannot read the schema version of %1: %2").arg(url.display(), q.lastError().text());
    if (const QString newer = newerSchema(url, q.value(0).toInt(), known); !newer.isEmpty())
        return newer;
    if (sqlite) {
        // A damaged file is found before anything is written to it, not half way through an import
        // or an export (about 4 ms per MB of database).
        if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return QStringLiteral("cannot check %1: %2").arg(url.display(), q.lastError().text());
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")}) {
            return QStringLiteral("%1 is damaged (%2): it was left untouched; restore it from a backup, or recover what can be read "
                                  "with sqlite3's .recover")
                .arg(url.display(), problems.join(QStringLiteral("; ")));
        }
    }
    return {};
}

// SQLite's own busy handler waits longer and longer between attempts (up to 100 ms each): next to a
// writer that commits batch after batch with only a moment in between (an import), it would hardly
// ever find the lock free. Trying every millisecond, for the same ten seconds, gets in in that moment.
int tryEveryMillisecond(void *, int attempts)
{
    if (attempts >= 10000)
        return 0; // about ten seconds: "database is locked"
    QThread::usleep(1000);
    return 1;
}

QString configure(QSqlDatabase &db, DatabaseUrl::Engine engine)
{
    if (engine != DatabaseUrl::Engine::SQLite) {
        // The server's NOTICE lines ("relation … already exists, skipping") are not for users.
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SET client_min_messages TO WARNING")) ? QString() : q.lastError().text();
    }
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return q.lastError().text();
    }
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_busy_handler(connection, tryEveryMillisecond, nullptr);
    }
    // Switching to WAL needs the file to itself for a moment, and SQLite answers "locked" at once,
    // without waiting, while another process opening the same new file holds it: try again for as
    // long as the busy timeout would have waited.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (!q.lastError().text().contains(QStringLiteral("locked")) || waited.elapsed() > 10000)
            return q.lastError().text();
        QThread::msleep(20);
    }
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return q.lastError().text();
    return {};
}

} // namespace

Database::Opened Database::open(const DatabaseUrl &url, int upToVersion, bool createFolders)
{
    Opened opened;
    std::shared_ptr<Database> database(new Database(url));
    database->m_baseName = QStringLiteral("calma-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (url.engine == DatabaseUrl::Engine::SQLite) {
        const QString folder = QFileInfo(url.path).absolutePath();
        if (!QFileInfo(folder).isDir()) {
            if (!createFolders) {
                opened.error = QStringLiteral("cannot open %1: the folder %2 does not exist (run 'calma-cli db migrate' to create a "
                                              "database there)").arg(url.display(), folder);
                return opened;
            }
            QDir().mkpath(folder);
        }
    }
    QSqlDatabase db = database->addConnection(database->m_baseName);
    database->removeWithThread(database->m_baseName); // the opener may be a worker thread that ends
    if (!db.isValid()) {
        opened.error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(url.display());
        return opened;
    }
    if (!db.open()) {
        opened.error = QStringLiteral("cannot open %1: %2").arg(url.display(), db.lastError().text());
        return opened;
    }
    if (const QString problem = inspect(db, url, knownVersion(url.engine)); !problem.isEmpty()) {
        opened.error = problem;
        return opened;
    }
    if (const QString problem = configure(db, url.engine); !problem.isEmpty()) {
        opened.error = QStringLiteral("cannot configure %1: %2").arg(url.display(), problem);
        return opened;
    }
    if (const QString problem = database->migrate(upToVersion); !problem.isEmpty()) {
        opened.error = problem;
        return opened;
    }
    if (url.engine == DatabaseUrl::Engine::SQLite) {
        // What an import whose process died (kill -9, a crash, a power cut) wrote is invisible already;
        // here it goes, a short transaction at a time. Imports whose process is alive are left alone.
        QSqlQuery q(db);
        QString problem;
        bool journal = false;
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'imports'")))
            problem = q.lastError().text();
        else
            journal = q.next();
        q.finish();
        if (!problem.isEmpty()) {
            opened.error = QStringLiteral("cannot read %1: %2").arg(url.display(), problem);
            return opened;
        }
        // Those rows are invisible whatever happens here: a database that cannot take the deletes now
        // (a full disk) still opens, and the next open tries again.
        if (journal && !ImportJournal(*database).removeAbandoned(&problem))
            qWarning("Calma storage: cannot remove yet what an unfinished import left in %s (it stays invisible): %s",
                     qPrintable(url.display()), qPrintable(problem));
    }
    opened.database = database;
    return opened;
}

Database::~Database()
{
    // Connections of other threads cannot be closed from here; removing them drops their handles.
    QMutexLocker lock(&m_connections->mutex);
    for (auto it = m_connections->byThread.cbegin(); it != m_connections->byThread.cend(); ++it) {
        if (it.key() == QThread::currentThread()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_connections->byThread.clear();
}


QSqlDatabase Database::addConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_url.engine == DatabaseUrl::Engine::SQLite ? QStringLiteral("QSQLITE")
                                                                                           : QStringLiteral("QPSQL"), name);
    m_connections->byThread.insert(QThread::currentThread(), name);
    if (m_url.engine == DatabaseUrl::Engine::SQLite) {
        db.setDatabaseName(m_url.path);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.name);
        // A server that accepts but never answers must not hang a window or a script forever.
        QMap<QString, QString> options = m_url.options;
        if (!options.contains(QStringLiteral("connect_timeout")))
            options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
        if (!options.contains(QStringLiteral("application_name")))
            options.insert(QStringLiteral("application_name"), QStringLiteral("calma"));
        QStringList pairs;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            pairs << it.key() + u'=' + it.value();
        db.setConnectOptions(pairs.join(u';'));
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    QThread *const thread = QThread::currentThread();
    QMutexLocker lock(&m_connections->mutex);
    if (const auto it = m_connections->byThread.constFind(thread); it != m_connections->byThread.cend())
        return QSqlDatabase::database(*it);
    const QString name = m_baseName + u'-' + QString::number(++m_connectionCount);
    QSqlDatabase db = addConnection(name);
    if (db.open()) {
        // A connection without its settings (the busy timeout, foreign keys, WAL) would fail later in
        // ways that hide why, or not fail at all where it should: it is closed, so that every query on it
        // fails with the database's own error rather than run half-configured.
        if (const QString problem = configure(db, m_url.engine); !problem.isEmpty()) {
            qWarning("calma: cannot configure a connection to %s: %s", qPrintable(m_url.display()), qPrintable(problem));
            db.close();
        }
    }
    removeWithThread(name);
    return db;
}

void Database::removeWithThread(const QString &name) const
{
    QThread *const thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
        return; // the main thread's connections go with the Database
    // QThread::finished is emitted in the ending thread, before wait() returns: the connection is
    // closed and removed there, and the Database forgets it (unless it went first and did it itself).
    const std::weak_ptr<Connections> table = m_connections;
    QObject::connect(thread, &QThread::finished, thread, [table, thread, name] {
        const auto t = table.lock();
        if (!t)
            return;
        {
            QMutexLocker l(&t->mutex);
            if (t->byThread.value(thread) != name)
                return;
            t->byThread.remove(thread);
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }, Qt::DirectConnection);
}

int Database::openConnections() const
{
    QMutexLocker lock(&m_connections->mutex);
    return int(m_connections->byThread.size());
}

int Database::knownVersion(DatabaseUrl::Engine engine)
{
    const QList<Migration> list = migrations(engine);
    return list.isEmpty() ? 0 : list.last().version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Database::migrate(int upToVersion)
{
    // Several processes may open a fresh database at once. Each migration is applied under the write
    // lock (BEGIN IMMEDIATE on SQLite; an advisory lock on PostgreSQL, also around creating the
    // migrations table) and only if nobody applied it meanwhile, so the second process finds the
    // work done instead of failing with "table already exists".
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const bool postgres = engine() == DatabaseUrl::Engine::PostgreSQL;
    constexpr qint64 kMigrationLock = 0x43616c6d61; // "Calma"
    struct SessionLock
    {
        QSqlQuery &q;
        bool held = false;
        ~SessionLock()
        {
            if (held)
                q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        }
    } lock{q};
    if (postgres) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
            return QStringLiteral("cannot lock %1 for its migrations: %2").arg(m_url.display(), q.lastError().text());
        lock.held = true;
    }
    const QString bigint = postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    {
        sql::WriteTransaction create(*this);
        if (!create.open() || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                     "applied_ms %1 NOT NULL)").arg(bigint))
            || !create.commit())
            return QStringLiteral("cannot record migrations in %1: %2").arg(m_url.display(), q.lastError().text() + create.error());
    }
    if (const QString newer = newerSchema(m_url, schemaVersion(), knownVersion(engine())); !newer.isEmpty())
        return newer;
    // SQLite rebuilds a table to change its constraints (CREATE, copy, DROP, RENAME): with foreign keys
    // on, the DROP would delete the rows that reference it (ON DELETE CASCADE). They are off while a
    // migration runs (the pragma only takes effect outside a transaction) and checked before it commits.
    struct ForeignKeysOff
    {
        QSqlQuery &q;
        bool off = false;
        ~ForeignKeysOff()
        {
            if (off)
                q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } foreignKeys{q};
    for (const Migration &migration : migrations(engine())) {
        if (upToVersion >= 0 && migration.version > upToVersion)
            break;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read migration %1").arg(migration.path);
        if (!postgres && !foreignKeys.off) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
                return QStringLiteral("cannot prepare migration %1: %2").arg(QString::number(migration.version), q.lastError().text());
            foreignKeys.off = true;
        }
        sql::WriteTransaction transaction(*this);
        if (!transaction.open())
            return QStringLiteral("cannot start migration %1: %2").arg(QString::number(migration.version), transaction.error());
        // Under the lock: applied by another process since we looked?
        if (schemaVersion() >= migration.version)
            continue; // the transaction rolls back; nothing of ours was written
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            if (!q.exec(statement)) {
                return QStringLiteral("migration %1 (%2) failed, nothing of it was applied: %3")
                    .arg(QString::number(migration.version), migration.name, q.lastError().text());
            }
        }
        if (!postgres) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return QStringLiteral("migration %1 (%2) failed, nothing of it was applied: %3")
                    .arg(QString::number(migration.version), migration.name, q.lastError().text());
            if (q.next())
                return QStringLiteral("migration %1 (%2) failed, nothing of it was applied: it would leave a row of %3 "
                                      "pointing at a missing row of %4")
                    .arg(QString::number(migration.version), migration.name, q.value(0).toString(), q.value(2).toString());
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)"));
        q.addBindValue(migration.version);
        q.addBindValue(migration.name);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !transaction.commit())
            return QStringLiteral("cannot record migration %1: %2").arg(QString::number(migration.version), q.lastError().text() + transaction.error());
    }
    return {};
}

} // namespace calma
