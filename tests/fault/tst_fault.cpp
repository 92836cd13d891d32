// Faults, on both engines where they apply, through calma-cli as a user would meet them: a full file
// system under the database or under the import's scratch file, an import racing an agent's reply and a
// role-play save, a newer schema in both SQLite journal modes, a PostgreSQL server that drops the import's
// connection while it reads and while it writes, and kill -9 at spread-out points of an import. After each,
// the database is whole: every row of the file or none, and it opens (SQLite's quick_check) as before.
//
// The rest of the fault suite lives beside the code it tests and runs under the CTest label "fault"
// (tests/CMakeLists.txt): outputs over the database and to /dev/full (tst_cli), two and six writers at
// once, a damaged page, a foreign database (tst_cli), and a server that never answers (tst_storage).
#include "storage/conversationstore.h"
#include "../core/testdatabases.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <unistd.h>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 20000; // three messages a ticket

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

QProcessEnvironment environment(const QString &tmp = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!tmp.isEmpty())
        env.insert(u"TMPDIR"_s, tmp);
    return env;
}

Run finish(QProcess &p, int timeoutMs = 300000)
{
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

Run cli(const QStringList &arguments, const QProcessEnvironment &env = environment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALMA_CLI), arguments);
    return finish(p);
}

// Runs calma-cli with every file it writes limited to `kilobytes` (a file system that is full for it):
// a write past the limit fails (EFBIG) instead of killing the process.
Run cliWithFileLimit(int kilobytes, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(u"bash"_s, QStringList{u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\""_s.arg(kilobytes), QStringLiteral(CALMA_CLI)} + arguments);
    return finish(p);
}

void writeCsv(const QString &path, int rows, const QByteArray &prefix)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ticket_id,message_id,body,requester_email,created_at\n");
    const QList<QByteArray> texts{"Where is my order? It has been two weeks.", "\"ES LA TERCERA VEZ QUE ESCRIBO, sois unos inútiles!!!\"",
                                  "\"Thank you, that solved it.\"", "Me habéis cobrado dos veces y quiero mi dinero ya",
                                  "\"Quoted, with a comma\nand a line break\""};
    for (int i = 0; i < rows; ++i) {
        file.write(prefix + QByteArray::number(i / 3) + ',' + prefix + QByteArray::number(i) + ',' + texts.at(i % texts.size()) + ",c"
                   + QByteArray::number(i / 3 % 500) + "@example.com,"
                   + QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + i * 60'000LL, QTimeZone::utc()).toString(Qt::ISODate).toLatin1() + '\n');
    }
}

struct Counts
{
    qint64 conversations = -1, messages = -1;
    QString error;
};

// Opens the database as calma-cli would (SQLite runs quick_check first) and counts.
Counts counts(const QString &url)
{
    Counts c;
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed) {
        c.error = error;
        return c;
    }
    const auto opened = Database::open(*parsed);
    if (!opened.database) {
        c.error = opened.error;
        return c;
    }
    const ConversationStore store(opened.database);
    c.conversations = store.conversationCount();
    c.messages = store.messageCount();
    return c;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDisk_data();
    void fullDisk();
    void importRacesReplyAndRoleplaySave_data() { test::addEngines(); }
    void importRacesReplyAndRoleplaySave();
    void newerSchemaLeftUntouched_data();
    void newerSchemaLeftUntouched();
    void serverDropsTheImport_data();
    void serverDropsTheImport();
    void killedAtRandomPoints_data() { test::addEngines(); }
    void killedAtRandomPoints();
    void killedBetweenBatchesIsRemovedOnOpen();

private:
    QString freshUrl(const QString &engine);

    QTemporaryDir m_dir;
    QString m_big, m_small, m_script;
};

void TestFault::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(u"big.csv"_s);
    m_small = m_dir.filePath(u"small.csv"_s);
    writeCsv(m_big, kRows, "B-");
    writeCsv(m_small, 30, "S-");
    m_script = m_dir.filePath(u"replies.jsonl"_s);
    QFile script(m_script);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("{\"text\": \"I'm sorry order A-48213 is late. I'll send a replacement today by next-day delivery.\", \"seconds\": 30}\n");
}

QString TestFault::freshUrl(const QString &engine)
{
    QString error;
    const QString url = test::databaseUrl(engine, m_dir.path(), true, &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

void TestFault::fullDisk_data()
{
    QTest::addColumn<bool>("scratch"); // the import's scratch file fills, else the database's file system
    QTest::newRow("under the scratch file") << true;
    QTest::newRow("under the database") << false;
}

void TestFault::fullDisk()
{
    // A full file system is an error that says so, and the database is as it was: nothing of the file
    // is in it, and it opens.
    QFETCH(bool, scratch);
    QTemporaryDir dir;
    const QString tmp = dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(tmp));
    QString folder = dir.path();
    bool mounted = false;
    if (!scratch) {
        // A file system of 2 MB for the database (the scratch file stays in the temporary folder):
        // mounted when this runs as root, as CI does.
        folder = dir.filePath(u"small-fs"_s);
        QVERIFY(QDir().mkpath(folder));
        mounted = ::geteuid() == 0 && QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, folder}) == 0;
    }
    const QString db = QDir(folder).filePath(u"calma.sqlite"_s);
    QCOMPARE(cli({u"import"_s, m_small, u"--database"_s, db}).exitCode, 0);
    const Counts before = counts(db);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(before.messages, 30);
    Run run;
    if (scratch)
        run = cliWithFileLimit(256, {u"import"_s, m_big, u"--database"_s, db}, environment(tmp));
    else if (mounted)
        run = cli({u"import"_s, m_big, u"--database"_s, db}, environment(tmp));
    else
        QSKIP("mounting a small file system needs root; the scratch-file case covers a full disk without it");
    qInfo("the import said: %s", run.err.trimmed().constData());
    const Counts after = counts(db);
    if (mounted)
        QProcess::execute(u"umount"_s, {folder});
    QCOMPARE(run.exitCode, 1);
    if (scratch) // the per-file limit stops whichever file grows past it first: the scratch file or the database's log
        QVERIFY2((run.err.contains(QByteArray(QByteArray("scratch file in ") + QFile::encodeName(tmp) + " failed"))
                  || run.err.contains("cannot write to "))
                     && run.err.contains("nothing was imported"),
                 run.err.constData());
    else
        QVERIFY2(run.err.contains("database or disk is full") && run.err.contains("nothing was imported"), run.err.constData());
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.messages, before.messages);
    QCOMPARE(after.conversations, before.conversations);
}

void TestFault::importRacesReplyAndRoleplaySave()
{
    // An agent's reply and a role-play save made while a large import runs both land, and so does the
    // whole import: nobody's write is lost to "database is locked".
    QFETCH(QString, engine);
    const QString url = freshUrl(engine);
    QVERIFY(!url.isEmpty());
    QCOMPARE(cli({u"import"_s, m_small, u"--database"_s, url}).exitCode, 0);
    qint64 conversation = 0;
    {
        const auto db = test::openDatabase(url);
        QVERIFY(db);
        conversation = ConversationStore(db).conversationByExternalId(u"S-0"_s).value_or(0);
    }
    QVERIFY(conversation > 0);
    for (int round = 0; round < 3; ++round) {
        QProcess import;
        import.start(QStringLiteral(CALMA_CLI), {u"import"_s, m_big, u"--database"_s, url});
        QVERIFY(import.waitForStarted());
        QThread::msleep(200 + 400 * round); // while it reads, and later while it may write
        QProcess reply, roleplay;
        reply.start(QStringLiteral(CALMA_CLI), {u"conversation"_s, u"reply"_s, QString::number(conversation), u"--agent"_s, u"Marta"_s,
                                                u"--text"_s, u"Thanks for waiting, round %1."_s.arg(round), u"--database"_s, url});
        roleplay.start(QStringLiteral(CALMA_CLI), {u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, m_script, u"--save"_s,
                                                   u"--trainee"_s, u"Ana"_s, u"--database"_s, url});
        const Run replied = finish(reply), saved = finish(roleplay), imported = finish(import);
        QVERIFY2(replied.exitCode == 0, replied.err.constData());
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }
    const auto db = test::openDatabase(url);
    QVERIFY(db);
    const ConversationStore store(db);
    QCOMPARE(store.messageCount(), qint64(30 + kRows + 3));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM roleplay_sessions"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestFault::newerSchemaLeftUntouched_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("journal"); // SQLite's journal mode
    QTest::newRow("sqlite, write-ahead log") << u"sqlite"_s << u"wal"_s;
    QTest::newRow("sqlite, rollback journal") << u"sqlite"_s << u"delete"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << QString();
}

void TestFault::newerSchemaLeftUntouched()
{
    // A database a newer Calma wrote is refused by an import before anything is written: on SQLite the
    // file stays byte for byte as it was, in either journal mode.
    QFETCH(QString, engine);
    QFETCH(QString, journal);
    const QString url = freshUrl(engine);
    QVERIFY(!url.isEmpty());
    QCOMPARE(cli({u"db"_s, u"migrate"_s, u"--database"_s, url}).exitCode, 0);
    {
        const auto db = test::openDatabase(url);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, name, applied_ms) VALUES (99, 'future', 0)"_s));
    }
    if (engine == u"sqlite") {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal"_s);
        sql.setDatabaseName(url);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"PRAGMA journal_mode = %1"_s.arg(journal)) && q.next());
        QCOMPARE(q.value(0).toString(), journal);
        q.finish();
        sql.close();
        sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"journal"_s);
    }
    const QByteArray bytes = engine == u"sqlite" ? fileBytes(url) : QByteArray();
    const Run run = cli({u"import"_s, m_small, u"--database"_s, url});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("newer than this Calma knows"), run.err.constData());
    if (engine == u"sqlite") {
        QVERIFY(fileBytes(url) == bytes); // the journal mode is in the header: it is unchanged too
    } else {
        QString error;
        const auto parsed = DatabaseUrl::parse(url, &error);
        QVERIFY(parsed);
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
        sql.setHostName(parsed->host);
        sql.setPort(parsed->port);
        sql.setUserName(parsed->user);
        sql.setDatabaseName(parsed->name);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM messages), (SELECT MAX(version) FROM schema_migrations)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 99);
        q.finish();
        sql.close();
        sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
}

void TestFault::serverDropsTheImport_data()
{
    QTest::addColumn<bool>("writing"); // dropped while it writes (in its transaction), else before (opening, reading the file)
    QTest::newRow("before it writes") << false;
    QTest::newRow("while it writes") << true;
}

void TestFault::serverDropsTheImport()
{
    // The PostgreSQL server ends the import's connection (pg_terminate_backend: what the import sees
    // of a server that is killed or restarted; the server itself serves the other tests): the import
    // says so and exits non-zero, and none of the file is in the database. Should the end come only as
    // the import commits, the file is there whole and the import said so; then it is tried again.
    QFETCH(bool, writing);
    const QString name = u"calma-fault-%1"_s.arg(writing ? u"write"_s : u"read"_s);
    bool cut = false;
    QString url;
    // The import now writes for a short time (its rows go out in batches beside the scoring), so ending
    // the connection in the middle is a matter of timing: each attempt is a fresh try, up to eight.
    for (int attempt = 0; attempt < 8 && !cut; ++attempt) {
        url = freshUrl(u"postgresql"_s);
        QVERIFY(!url.isEmpty());
        QCOMPARE(cli({u"import"_s, m_small, u"--database"_s, url}).exitCode, 0);
        QString error;
        const auto parsed = DatabaseUrl::parse(url, &error);
        QVERIFY(parsed);
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setHostName(parsed->host);
        admin.setPort(parsed->port);
        admin.setUserName(parsed->user);
        admin.setDatabaseName(parsed->name);
        QVERIFY(admin.open());
        QProcess import;
        import.start(QStringLiteral(CALMA_CLI), {u"import"_s, m_big, u"--database"_s, url + u"?application_name="_s + name});
        QVERIFY(import.waitForStarted());
        bool terminated = false;
        QElapsedTimer clock;
        clock.start();
        while (!terminated && import.state() == QProcess::Running && clock.elapsed() < 120000) {
            QSqlQuery q(admin);
            // Before it writes: connected and idle for a moment (opening the database, or reading and
            // scoring the file). Writing: in a transaction that has written (it has a transaction id).
            q.prepare(writing ? u"SELECT pid FROM pg_stat_activity WHERE application_name = ? AND backend_xid IS NOT NULL"_s
                              : u"SELECT pid FROM pg_stat_activity WHERE application_name = ? AND state = 'idle' AND "
                                u"now() - state_change > interval '150 milliseconds'"_s);
            q.addBindValue(name);
            if (q.exec() && q.next()) {
                const int pid = q.value(0).toInt();
                q.finish();
                terminated = q.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)) && q.next() && q.value(0).toBool();
            }
            QThread::msleep(writing ? 2 : 20);
        }
        const Run run = finish(import);
        qInfo("attempt %d: the import said: %s", attempt + 1, run.err.trimmed().constData());
        int messages = -1;
        {
            QSqlQuery q(admin);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next());
            messages = q.value(0).toInt();
        }
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"admin"_s);
        QVERIFY2(terminated, "the import's connection was never seen at work");
        if (run.exitCode == 0) {
            QCOMPARE(messages, 30 + kRows); // it committed first: all of it
            continue;
        }
        cut = true;
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(messages, 30); // none of the big file
        QVERIFY2(run.err.contains("terminat") || run.err.contains("server closed the connection") || run.err.contains("no connection"),
                 run.err.constData());
    }
    // Before it writes, the connection ended is the opener's, idle: the import writes on a connection of
    // its own, made when it starts to write, and the file goes in whole (checked above).
    QVERIFY2(cut || !writing, "the connection was never ended before the import committed");
    // The server is fine: the same import succeeds now.
    QCOMPARE(cli({u"import"_s, m_big, u"--database"_s, url}).exitCode, 0);
    QCOMPARE(counts(url).messages, qint64(30 + kRows));
}

void TestFault::killedAtRandomPoints()
{
    // kill -9 at four points spread over an import (a fixed seed), and at four more once it has begun
    // to write (SQLite's write-ahead log grows; PostgreSQL's transaction has written): afterwards the
    // database opens and holds all of the file or none of it, and a next import completes it.
    QFETCH(QString, engine);
    QString url = freshUrl(engine);
    QVERIFY(!url.isEmpty());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(cli({u"import"_s, m_big, u"--database"_s, url}).exitCode, 0);
    const qint64 duration = clock.elapsed();
    const bool sqlite = engine == u"sqlite";
    // Each kill meets a real import: a new database, its schema made beforehand (so that only the
    // import writes to it).
    auto fresh = [&] {
        url = freshUrl(engine);
        return !url.isEmpty() && cli({u"db"_s, u"migrate"_s, u"--database"_s, url}).exitCode == 0;
    };
    QVERIFY(fresh());
    QSqlDatabase admin;
    if (!sqlite) {
        QString error;
        const auto parsed = DatabaseUrl::parse(url, &error);
        QVERIFY(parsed);
        admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"watch"_s);
        admin.setHostName(parsed->host);
        admin.setPort(parsed->port);
        admin.setUserName(parsed->user);
        admin.setDatabaseName(parsed->name);
        QVERIFY(admin.open());
    }
    auto writing = [&] {
        if (sqlite)
            return QFileInfo(url + u"-wal"_s).size() > 256 * 1024;
        QSqlQuery q(u"SELECT 1 FROM pg_stat_activity WHERE application_name = 'calma-fault-kill' AND backend_xid IS NOT NULL"_s, admin);
        return q.next();
    };
    QRandomGenerator random(12);
    // A killed import cannot remove its scratch folder: the next one does, once the process is gone.
    const QString tmp = m_dir.filePath(u"killed-tmp-"_s + engine);
    QVERIFY(QDir().mkpath(tmp));
    int whileWriting = 0;
    for (int kill = 0; kill < 8; ++kill) {
        if (kill > 0)
            QVERIFY(fresh());
        const bool waitForWrite = kill % 2 == 1;
        const int delay = int(random.bounded(waitForWrite ? qint64(200) : qint64(duration * 3 / 2)));
        QProcess import;
        import.setProcessEnvironment(environment(tmp));
        import.start(QStringLiteral(CALMA_CLI), {u"import"_s, m_big, u"--database"_s, sqlite ? url : url + u"?application_name=calma-fault-kill"_s});
        QVERIFY(import.waitForStarted());
        bool wrote = false;
        if (waitForWrite) {
            QElapsedTimer waited;
            waited.start();
            while (!(wrote = writing()) && import.state() == QProcess::Running && waited.elapsed() < 120000)
                QThread::msleep(1);
        }
        QThread::msleep(delay);
        import.kill(); // SIGKILL
        import.waitForFinished();
        whileWriting += wrote;
        const Counts c = counts(url);
        qInfo("killed %d ms %s: %lld messages", delay, wrote ? "after it began to write" : "after it started", c.messages);
        QVERIFY2(c.error.isEmpty(), qPrintable(u"after a kill at %1 ms: %2"_s.arg(delay).arg(c.error)));
        QVERIFY2((c.messages == 0 && c.conversations == 0) || (c.messages == kRows && c.conversations == kRows / 3 + (kRows % 3 ? 1 : 0)),
                 qPrintable(u"after a kill at %1 ms: %2 messages in %3 conversations"_s.arg(delay).arg(c.messages).arg(c.conversations)));
    }
    if (!sqlite) {
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"watch"_s);
    }
    QVERIFY2(whileWriting > 0, "no kill came while the import was writing");
    const Run last = cli({u"import"_s, m_big, u"--database"_s, url}, environment(tmp));
    QVERIFY2(last.exitCode == 0, last.err.constData());
    QCOMPARE(counts(url).messages, qint64(kRows));
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestFault::killedBetweenBatchesIsRemovedOnOpen()
{
    // SQLite commits a long import a chunk at a time. kill -9 once some chunks are committed (seen from
    // another connection: the import's journal entry running, its messages there): nothing of it shows,
    // the next open removes its rows and its entry, and importing the file again adds all of it —
    // nothing is taken for "already imported" because of the dead rows.
    const QString url = freshUrl(u"sqlite"_s);
    QVERIFY(!url.isEmpty());
    QCOMPARE(cli({u"import"_s, m_small, u"--database"_s, url}).exitCode, 0);
    const QString tmp = m_dir.filePath(u"killed-between-tmp"_s);
    QVERIFY(QDir().mkpath(tmp));
    QSqlDatabase watch = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"between"_s);
    watch.setDatabaseName(url);
    QVERIFY(watch.open());
    qint64 raw = 0, shown = -1;
    bool killed = false;
    for (int attempt = 0; attempt < 3 && !killed; ++attempt) {
        QProcess import;
        import.setProcessEnvironment(environment(tmp));
        import.start(QStringLiteral(CALMA_CLI), {u"import"_s, m_big, u"--database"_s, url});
        QVERIFY(import.waitForStarted());
        bool midway = false;
        QElapsedTimer clock;
        clock.start();
        while (!midway && import.state() == QProcess::Running && clock.elapsed() < 120000) {
            QSqlQuery q(watch);
            midway = q.exec(u"SELECT (SELECT COUNT(*) FROM imports WHERE state = 'running'), (SELECT COUNT(*) FROM messages)"_s) && q.next()
                && q.value(0).toInt() == 1 && q.value(1).toInt() > 30;
            if (!midway)
                QThread::msleep(2);
        }
        if (midway)
            import.kill(); // SIGKILL
        import.waitForFinished();
        QSqlQuery q(watch);
        QVERIFY(q.exec(u"SELECT state FROM imports ORDER BY id DESC LIMIT 1"_s));
        killed = midway && q.next() && q.value(0).toString() == u"running";
        if (!killed) {
            qInfo("attempt %d: the import ended before it was seen between its batches", attempt + 1);
            continue;
        }
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next());
        raw = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE "
                       u"(m.import_id IS NULL OR m.import_id NOT IN (SELECT id FROM imports WHERE state <> 'done')) AND "
                       u"(c.import_id IS NULL OR c.import_id NOT IN (SELECT id FROM imports WHERE state <> 'done'))"_s)
                && q.next());
        shown = q.value(0).toLongLong();
    }
    QVERIFY2(killed, "the import was never seen between its batches");
    QVERIFY2(raw > 30, "nothing of the import had been committed: nothing was tested");
    QCOMPARE(shown, 30); // what readers see, before anything is cleaned up
    // The next open removes it.
    const Counts after = counts(url);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.messages, 30);
    QCOMPARE(after.conversations, 10);
    {
        QSqlQuery q(watch);
        QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM messages), (SELECT COUNT(*) FROM conversations), (SELECT COUNT(*) FROM imports "
                       u"WHERE state <> 'done'), (SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'inútiles')"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 30);
        QCOMPARE(q.value(1).toInt(), 10);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 6); // the search index holds the small file's rows only
    }
    watch.close();
    watch = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"between"_s);
    const Run again = cli({u"import"_s, m_big, u"--database"_s, url}, environment(tmp));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains(QByteArray(QByteArray("messages added: ") + QByteArray::number(kRows) + ", already imported: 0")), again.out.constData());
    QCOMPARE(counts(url).messages, qint64(30 + kRows));
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestFault)
#include "tst_fault.moc"
