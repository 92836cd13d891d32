// Storage on both engines: every test runs on SQLite and on a real PostgreSQL server (started by the
// "postgres" test fixture; see .ci/postgres). Without the server the PostgreSQL rows fail, not skip.
#include "storage/conversationstore.h"
#include "testdatabases.h"
#include "tone/toneanalyzer.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QtConcurrent/QtConcurrentRun>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000; // a fixed "now" keeps the ranking deterministic

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void migratesOnce_data() { engines(); }
    void migratesOnce();
    void refusesNewerSchema_data() { engines(); }
    void refusesNewerSchema();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void storesMessagesWithTheirTone_data() { engines(); }
    void storesMessagesWithTheirTone();
    void inboxRanksByHeatAndWaiting_data() { engines(); }
    void inboxRanksByHeatAndWaiting();
    void fullTextSearch_data() { engines(); }
    void fullTextSearch();
    void concurrentClaims_data() { engines(); }
    void concurrentClaims();
    void badUrls();
    void silentServerTimesOut();

private:
    void engines() { test::addEngines(); }
    DatabaseUrl url(const QString &engine, bool fresh = false) const;
    std::shared_ptr<Database> open(int upTo = -1);

    QTemporaryDir m_dir;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

void TestStorage::initTestCase()
{
    m_analyzer = ToneAnalyzer::load().analyzer;
    QVERIFY(m_analyzer);
}

DatabaseUrl TestStorage::url(const QString &engine, bool fresh) const
{
    QString error;
    const QString text = test::databaseUrl(engine, m_dir.path(), fresh, &error);
    if (text.isEmpty())
        qWarning("%s", qPrintable(error));
    return DatabaseUrl::parse(text, &error).value_or(DatabaseUrl{});
}

void TestStorage::init()
{
    const QString engine = QString::fromLatin1(QTest::currentDataTag());
    if (engine != u"sqlite" && engine != u"postgresql")
        return;
    QString error;
    if (test::databaseUrl(engine, m_dir.path(), true, &error).isEmpty())
        QFAIL(qPrintable(error));
}

std::shared_ptr<Database> TestStorage::open(int upTo)
{
    const QString engine = QString::fromLatin1(QTest::currentDataTag());
    const auto opened = Database::open(url(engine), upTo);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.error));
    return opened.database;
}

void TestStorage::migratesOnce()
{
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::knownVersion(db->engine()));
    QVERIFY(Database::knownVersion(db->engine()) >= 1);
    db.reset();
    auto again = open();
    QVERIFY(again);
    QSqlQuery q(again->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::knownVersion(again->engine()));
}

void TestStorage::refusesNewerSchema()
{
    {
        auto db = open();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, name, applied_ms) VALUES (999, 'future', 0)"_s));
    }
    QFETCH(QString, engine);
    const auto opened = Database::open(url(engine));
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.contains(u"newer"_s) && opened.error.contains(u"999"_s), qPrintable(opened.error));
    // Untouched: the future version is still recorded.
    const auto reopened = Database::open(url(engine), 0);
    QVERIFY(!reopened.database);
}

void TestStorage::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("from");
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        const auto kind = engine == u"sqlite" ? DatabaseUrl::Engine::SQLite : DatabaseUrl::Engine::PostgreSQL;
        for (int v = 0; v < Database::knownVersion(kind); ++v)
            QTest::newRow(qPrintable(engine)) << engine << v;
    }
}

void TestStorage::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    auto old = open(from);
    QVERIFY(old);
    QCOMPARE(old->schemaVersion(), from);
    old.reset();
    auto current = open();
    QVERIFY(current);
    QCOMPARE(current->schemaVersion(), Database::knownVersion(current->engine()));
    ConversationStore store(current);
    QString error;
    QVERIFY2(store.addConversation({u"x-1"_s, u"Ana"_s, u"ana@example.com"_s, {}, u"Hola"_s}, &error), qPrintable(error));
}

void TestStorage::storesMessagesWithTheirTone()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error;
    const auto id = store.addConversation({u"zd-1"_s, u"Lucía"_s, u"lucia@example.com"_s, u"+34 600 000 123"_s, u"Pedido"_s}, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(store.conversationByExternalId(u"zd-1"_s), id);
    const QString angry = u"ES LA TERCERA VEZ que escribo, sois unos inútiles!!!"_s;
    const ToneReport report = m_analyzer->analyze(angry);
    QVERIFY(store.addMessage({*id, u"m1"_s, u"customer"_s, u"Lucía"_s, u"¿Dónde está mi pedido?"_s, kNow - 90 * kMinute,
                              m_analyzer->analyze(u"¿Dónde está mi pedido?"_s)}, &error));
    QVERIFY(store.addMessage({*id, u"m2"_s, u"agent"_s, u"Marta"_s, u"Lo reviso ahora."_s, kNow - 80 * kMinute, std::nullopt}, &error));
    QVERIFY(store.addMessage({*id, u"m3"_s, u"customer"_s, u"Lucía"_s, angry, kNow - 10 * kMinute, report}, &error));
    QVERIFY(store.hasMessage(*id, u"m3"_s));
    QVERIFY(!store.addMessage({*id, u"m3"_s, u"customer"_s, u"Lucía"_s, angry, kNow, report}, &error)); // same external id
    const QList<StoredMessage> messages = store.messages(*id);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1).direction, u"agent"_s);
    QCOMPARE(messages.at(1).heat, -1);
    QCOMPARE(messages.at(2).heat, report.heat);
    QCOMPARE(messages.at(2).level, levelName(report.level));
    QVERIFY(messages.at(2).toneReport.contains(u"\"evidence\""_s));
    const QList<ConversationSummary> inbox = store.inbox({.nowMs = kNow});
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().heat, report.heat);
    QCOMPARE(inbox.first().lastCustomerMs, kNow - 10 * kMinute);
    QCOMPARE(inbox.first().language, u"es"_s);
    QCOMPARE(inbox.first().customer, u"Lucía"_s);
}

void TestStorage::inboxRanksByHeatAndWaiting()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error;
    auto add = [&](const QString &ext, const QString &text, qint64 minutesAgo, const QString &status = u"open"_s) {
        const auto id = store.addConversation({ext, ext, ext + u"@example.com"_s, {}, ext, u"email"_s, status, kNow - minutesAgo * kMinute}, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(store.addMessage({*id, {}, u"customer"_s, ext, text, kNow - minutesAgo * kMinute, m_analyzer->analyze(text)}, &error),
                 qPrintable(error));
    };
    add(u"hot-now"_s, u"Sois unos inútiles, ES LA TERCERA VEZ!!!"_s, 1);
    add(u"calm-waiting"_s, u"Hola, ¿me confirman la dirección de entrega? Gracias."_s, 12 * 60);
    add(u"calm-now"_s, u"Hello, could you confirm my delivery address? Thanks."_s, 2);
    add(u"tense-hour"_s, u"I'm quite disappointed, my refund is late again."_s, 60);
    add(u"closed-hot"_s, u"You useless idiots, I want my money back!!!"_s, 5, u"closed"_s);
    const QList<ConversationSummary> inbox = store.inbox({.nowMs = kNow}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList order;
    for (const ConversationSummary &c : inbox)
        order << c.externalId;
    QCOMPARE(order.size(), 4); // closed conversations are not in the default inbox
    QCOMPARE(order.first(), u"hot-now"_s);
    QCOMPARE(order.last(), u"calm-now"_s);      // calm and just written: last
    QVERIFY(order.indexOf(u"calm-waiting"_s) < order.indexOf(u"calm-now"_s)); // waiting raises priority
    for (qsizetype i = 1; i < inbox.size(); ++i)
        QVERIFY(inbox.at(i - 1).priority >= inbox.at(i).priority);

    // The indexed plain inbox and the general query (any filter) rank alike, page after page.
    QStringList general;
    for (const ConversationSummary &c : store.inbox({.waitingAtLeastMs = 1, .nowMs = kNow}))
        general << c.externalId;
    QCOMPARE(general, order);
    QStringList paged;
    for (int offset = 0; offset < 4; ++offset)
        paged << store.inbox({.limit = 1, .offset = offset, .nowMs = kNow}).value(0).externalId;
    QCOMPARE(paged, order);
    QCOMPARE(store.inbox({.minimumHeat = 50, .nowMs = kNow}).size(), 1);
    QCOMPARE(store.inbox({.waitingAtLeastMs = 30 * kMinute, .nowMs = kNow}).size(), 2);
    QCOMPARE(store.inbox({.statuses = {u"closed"_s}, .nowMs = kNow}).size(), 1);
    QCOMPARE(store.inbox({.limit = 2, .offset = 2, .nowMs = kNow}).size(), 2);
    const QList<ConversationSummary> refund = store.inbox({.text = u"refund"_s, .nowMs = kNow}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(refund.size(), 1);
    QCOMPARE(refund.first().externalId, u"tense-hour"_s);
}

void TestStorage::fullTextSearch()
{
    QFETCH(QString, engine);
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error;
    const auto id = store.addConversation({u"s-1"_s, u"Ana"_s, u"ana@example.com"_s, {}, u"Reembolso"_s}, &error);
    QVERIFY(id);
    for (const QString &text : {u"Quiero que me devuelvan los reembolsos pendientes."_s, u"La atención fue pésima."_s,
                                u"The refunds were never processed."_s}) {
        QVERIFY2(store.addMessage({*id, {}, u"customer"_s, u"Ana"_s, text, kNow, m_analyzer->analyze(text)}, &error), qPrintable(error));
    }
    QCOMPARE(store.search(u"reembolsos"_s, 10, &error).size(), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(store.search(u"refunds processed"_s, 10).size(), 1);
    QVERIFY(store.search(u"refunds processed"_s, 10).first().snippet.contains(u'['));
    QCOMPARE(store.search(u"missing-word-xyz"_s, 10).size(), 0);
    QCOMPARE(store.search(u"\" OR 1=1 --"_s, 10, &error).size(), 0); // operators are words, not syntax
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (engine == u"sqlite")
        QCOMPARE(store.search(u"atencion pesima"_s, 10).size(), 1); // accents aside
    else
        QCOMPARE(store.search(u"reembolso"_s, 10).size(), 1);       // Spanish stems
}

void TestStorage::concurrentClaims()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error;
    const auto id = store.addConversation({u"c-1"_s, u"Ana"_s, u"ana@example.com"_s, {}, u"Claim me"_s}, &error);
    QVERIFY(id);
    QVERIFY(store.agentId(u"Marta"_s, &error) && store.agentId(u"Tom"_s, &error));
    // Two agents on two connections (threads) claim at the same moment: exactly one wins.
    for (int round = 0; round < 10; ++round) {
        store.release(*id, u"Marta"_s);
        store.release(*id, u"Tom"_s);
        QSemaphore ready, go;
        auto attempt = [&](const QString &agent) {
            ConversationStore mine(db);
            ready.release();
            go.acquire();
            return mine.claim(*id, agent, kNow + round);
        };
        QFuture<ClaimResult> a = QtConcurrent::run(attempt, u"Marta"_s);
        QFuture<ClaimResult> b = QtConcurrent::run(attempt, u"Tom"_s);
        ready.acquire(2);
        go.release(2);
        const ClaimResult ra = a.result(), rb = b.result();
        QVERIFY((ra == ClaimResult::Claimed) != (rb == ClaimResult::Claimed));
        QVERIFY(ra == ClaimResult::Taken || rb == ClaimResult::Taken);
    }
    QString holder;
    const ClaimResult again = store.claim(*id, u"Ana-agent"_s, kNow + 20, 30 * kMinute, &holder);
    QCOMPARE(again, ClaimResult::Taken);
    QVERIFY(holder == u"Marta"_s || holder == u"Tom"_s);
    QCOMPARE(store.claim(*id, holder, kNow + 21), ClaimResult::AlreadyYours);
    QCOMPARE(store.claim(*id, u"Ana-agent"_s, kNow + 31 * kMinute + 21), ClaimResult::Claimed); // a stale claim is taken over
    QCOMPARE(store.inbox({.nowMs = kNow}).first().assignee, u"Ana-agent"_s);
}

void TestStorage::silentServerTimesOut()
{
    // A server that accepts the connection and never answers gives up after connect_timeout, with
    // an error, instead of hanging.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 4), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const int port = ntohs(address.sin_port);
    QString error;
    const auto url = DatabaseUrl::parse(u"postgresql://calma@127.0.0.1:%1/calma?connect_timeout=2"_s.arg(port), &error);
    QVERIFY(url);
    QElapsedTimer clock;
    clock.start();
    const Database::Opened opened = Database::open(*url);
    const qint64 took = clock.elapsed();
    ::close(listener);
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.contains(u"cannot open"_s), qPrintable(opened.error));
    QVERIFY2(took < 15000, qPrintable(QString::number(took)));
}

void TestStorage::badUrls()
{
    QString error;
    QVERIFY(!DatabaseUrl::parse(u"mysql://x/y"_s, &error));
    QVERIFY(error.contains(u"unknown database URL"_s));
    QVERIFY(!DatabaseUrl::parse(u"postgresql://localhost"_s, &error));
    QVERIFY(error.contains(u"names no database"_s));
    const auto pg = DatabaseUrl::parse(u"postgresql://ana:secret@db.example.com:6543/calma"_s, &error);
    QVERIFY(pg);
    QCOMPARE(pg->port, 6543);
    QVERIFY(!pg->display().contains(u"secret"_s));
    // The URL's options reach the server's client library; a typo is an error, not silently dropped.
    const auto tls = DatabaseUrl::parse(u"postgresql://ana@db.example.com/calma?sslmode=require&connect_timeout=5&application_name=desk"_s, &error);
    QVERIFY2(tls, qPrintable(error));
    QCOMPARE(tls->options.value(u"sslmode"_s), u"require"_s);
    QCOMPARE(tls->options.value(u"connect_timeout"_s), u"5"_s);
    QVERIFY(!DatabaseUrl::parse(u"postgresql://ana@db.example.com/calma?sslmod=require"_s, &error));
    QVERIFY2(error.contains(u"unknown option \"sslmod\""_s), qPrintable(error));
    QVERIFY(!DatabaseUrl::parse(u"postgresql://ana@db.example.com/calma?sslmode=sometimes"_s, &error));
    QVERIFY(!DatabaseUrl::parse(u"postgresql://ana@db.example.com/calma?connect_timeout=soon"_s, &error));
    const auto unreachable = Database::open(*DatabaseUrl::parse(u"postgresql://calma@127.0.0.1:1/none"_s, &error));
    QVERIFY(!unreachable.database);
    QVERIFY(unreachable.error.startsWith(u"cannot open postgresql://calma@127.0.0.1:1/none"_s));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
