// Databases for tests on both engines.
#include "testdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <functional>

namespace calma::test {

using namespace Qt::StringLiterals;

void addEngines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

namespace {

// Runs `work` on a connection of its own to `database` on the test server; returns what went wrong.
QString onServer(const DatabaseUrl &server, const QString &database, const std::function<QString(QSqlQuery &)> &work)
{
    const QString name = u"calma-test-admin"_s;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(database);
        QSqlQuery q(db);
        problem = db.open() ? work(q) : u"cannot reach the test server: "_s + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

QString databaseUrl(const QString &engine, const QString &dir, bool wipe, QString *error)
{
    static int counter = 0;
    if (engine == u"sqlite")
        return QDir(dir).filePath(u"calma-%1.sqlite"_s.arg(wipe ? ++counter : counter));
    QFile state(qEnvironmentVariable("CALMA_TEST_POSTGRES_STATE"));
    if (!state.open(QIODevice::ReadOnly)) {
        *error = u"no PostgreSQL server: the storage tests need the \"postgres\" fixture (.ci/postgres) and CALMA_TEST_POSTGRES_STATE"_s;
        return {};
    }
    const QString serverUrl = QString::fromUtf8(state.readAll()).trimmed().section(u' ', 1);
    // Each test program has a database of its own on the shared server, so that `ctest -j` can run
    // them side by side: one program wiping its schema never pulls tables from under another.
    QString problem;
    const auto server = DatabaseUrl::parse(serverUrl, &problem);
    if (!server) {
        *error = problem;
        return {};
    }
    QString own = QCoreApplication::applicationName().toLower();
    own.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    own = server->name + u'_' + own;
    problem = onServer(*server, server->name, [&](QSqlQuery &q) -> QString {
        q.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
        q.addBindValue(own);
        if (!q.exec())
            return u"cannot list the test databases: "_s + q.lastError().text();
        if (!q.next() && !q.exec(u"CREATE DATABASE \""_s + own + u'"'))
            return u"cannot create the test database "_s + own + u": "_s + q.lastError().text();
        return {};
    });
    if (problem.isEmpty() && wipe) {
        problem = onServer(*server, own, [](QSqlQuery &q) -> QString {
            if (!q.exec(u"DROP SCHEMA public CASCADE"_s) || !q.exec(u"CREATE SCHEMA public"_s))
                return u"cannot wipe the test database: "_s + q.lastError().text();
            return {};
        });
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return serverUrl.section(u'/', 0, -2) + u'/' + own;
}

std::shared_ptr<Database> openDatabase(const QString &url)
{
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const auto opened = Database::open(*parsed);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.error));
    return opened.database;
}

std::shared_ptr<Database> freshDatabase(const QString &engine, const QString &dir)
{
    QString error;
    const QString url = databaseUrl(engine, dir, true, &error);
    if (url.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return openDatabase(url);
}

} // namespace calma::test
