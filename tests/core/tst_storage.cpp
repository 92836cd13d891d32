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
#include <cmath>
#include <QSignalSpy>
#include "storage/changewatcher.h"
#include <functional>
#include <QTest>
#include <QThread>

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
    void changesReachAnotherConnection_data() { engines(); }
    void changesReachAnotherConnection();
    void connectionsEndWithTheirThreads_data() { engines(); }
    void connectionsEndWithTheirThreads();
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
    void unstorableTextIsRefused_data() { engines(); }
    void unstorableTextIsRefused();
    void replyMakesPending_data() { engines(); }
    void replyMakesPending();
    void customerMessageReopens_data() { engines(); }
    void customerMessageReopens();
    void noteChangesNothing_data() { engines(); }
    void noteChangesNothing();
    void claimHeldByAnother_data() { engines(); }
    void claimHeldByAnother();
    void claimExpiresAfterTheSetting_data() { engines(); }
    void claimExpiresAfterTheSetting();
    void solvingReleases_data() { engines(); }
    void solvingReleases();
    void inboxWithoutWaiting_data() { engines(); }
    void inboxWithoutWaiting();
    void inboxOrdersCountsAndExpiredClaims_data() { engines(); }
    void inboxOrdersCountsAndExpiredClaims();
    void databaseErrorIsNotNotFound_data() { engines(); }
    void databaseErrorIsNotNotFound();
    void migrationFromV3KeepsData_data() { engines(); }
    void migrationFromV3KeepsData();
    void badUrls();
    void silentServerTimesOut();

private:
    void engines() { test::addEngines(); }
    DatabaseUrl url(const QString &engine, bool fresh = false) const;
    std::shared_ptr<Database> open(int upTo = -1);
    // A conversation with one customer message `minutesAgo` before kNow.
    qint64 conversationWithCustomer(const ConversationStore &store, const QString &ext, qint64 minutesAgo);

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

void TestStorage::changesReachAnotherConnection()
{
    // Two agents, two connections to one database: what one writes (a claim, a reply, a status, a
    // new customer message) reaches the other's watcher, without a reload. Prints the latency.
    auto mine = open();
    QVERIFY(mine);
    const auto theirs = Database::open(mine->url()).database;
    QVERIFY(theirs);
    ChangeWatcher watcher(mine, nullptr, 100, 50);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy failed(&watcher, &ChangeWatcher::failed);
    QTest::qWait(300); // listening
    QVERIFY(failed.isEmpty());
    changed.clear();
    ConversationStore store(theirs);
    QString error;
    const auto id = store.addConversation({u"live-1"_s, u"Ana"_s, {}, {}, u"Router"_s, u"email"_s, u"open"_s, kNow}, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(store.addMessage({*id, {}, u"customer"_s, u"Ana"_s, u"Sigue sin funcionar"_s, kNow, m_analyzer->analyze(u"Sigue sin funcionar"_s)}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    for (const auto &write : std::vector<std::function<bool()>>{
             [&] { return store.claim(*id, u"Tom"_s, kNow) == ClaimResult::Claimed; },
             [&] { QString holder; return store.reply(*id, u"Tom"_s, u"Lo miro ahora."_s, kNow + 1000, &holder, &error) == ReplyResult::Sent; },
             [&] { return store.setStatus(*id, u"solved"_s, kNow + 2000, &error) == StatusResult::Changed; },
         }) {
        QTest::qWait(120); // past the coalescing window
        changed.clear();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(write());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        qInfo("%s: the other connection heard of the write after %lld ms", qPrintable(QString::fromLatin1(QTest::currentDataTag())),
              static_cast<long long>(clock.elapsed()));
    }
}

void TestStorage::connectionsEndWithTheirThreads()
{
    // A worker thread's connection is closed and removed when the thread ends, so that a later thread
    // (possibly at the same address) opens a live one of its own instead of inheriting a dead one.
    auto db = open();
    QVERIFY(db);
    db->connection(); // the test's own thread
    const int before = db->openConnections();
    const int namesBefore = int(QSqlDatabase::connectionNames().size());
    for (int round = 0; round < 3; ++round) {
        qint64 counted = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QSqlQuery q(db->connection());
            if (q.exec(u"SELECT COUNT(*) FROM conversations"_s) && q.next())
                counted = q.value(0).toLongLong();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(counted, qint64(0));
        QCOMPARE(db->openConnections(), before);
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), namesBefore);
    }
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
    // The schema holds what Calma keeps: the never-used reply_templates table is gone.
    QSqlQuery gone(again->connection());
    QVERIFY(!gone.exec(u"SELECT COUNT(*) FROM reply_templates"_s));
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
        // The status an export gives, set after its history, as the demo loader does.
        if (status != u"open")
            QCOMPARE(store.setStatus(*id, status, kNow, &error), StatusResult::Changed);
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

qint64 TestStorage::conversationWithCustomer(const ConversationStore &store, const QString &ext, qint64 minutesAgo)
{
    QString error;
    const auto id = store.addConversation({ext, u"Ana"_s, ext + u"@example.com"_s, {}, u"Pedido"_s, u"email"_s, u"open"_s,
                                           kNow - minutesAgo * kMinute}, &error);
    if (!id) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    const QString text = u"¿Dónde está mi pedido? Llevo días esperando."_s;
    if (!store.addMessage({*id, {}, u"customer"_s, u"Ana"_s, text, kNow - minutesAgo * kMinute, m_analyzer->analyze(text)}, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return *id;
}

void TestStorage::unstorableTextIsRefused()
{
    // A NUL character or an unpaired surrogate in a reply (pasted from a broken file, say) is refused the
    // same way on both engines, with what it is, and nothing of the reply is written: SQLite would keep it
    // and PostgreSQL fail with a driver's message.
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"nul-1"_s, 10);
    QVERIFY(id);
    for (const QString &body : QStringList{u"Lo reviso\u0000 ahora"_s, QString(u"Lo reviso"_s + QChar(0xD800) + u" ahora"_s)}) {
        QString holder, error;
        QCOMPARE(store.reply(id, u"Marta"_s, body, kNow, &holder, &error), ReplyResult::Failed);
        QVERIFY2(error.contains(u"cannot be stored"_s) && error.contains(u"position 10"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"QPSQL"_s) && !error.contains(u"QSQLITE"_s), qPrintable(error));
        QCOMPARE(store.messages(id).size(), 1);
        QCOMPARE(store.conversation(id, kNow, &error)->status, u"open"_s);
    }
    QString holder, error;
    QCOMPARE(store.reply(id, u"Marta"_s, u"Lo reviso ahora 👍"_s, kNow, &holder, &error), ReplyResult::Sent);
}

void TestStorage::replyMakesPending()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"r-1"_s, 40);
    QVERIFY(id);
    auto state = store.conversation(id, kNow, nullptr);
    QVERIFY(state);
    QCOMPARE(state->status, u"open"_s);
    QCOMPARE(state->waitingSinceMs, kNow - 40 * kMinute);
    QString holder, error;
    std::optional<qint64> message;
    QCOMPARE(store.reply(id, u"Marta"_s, u"Lo reviso ahora mismo."_s, kNow - 5 * kMinute, &holder, &error, &message), ReplyResult::Sent);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(message);
    state = store.conversation(id, kNow, &error);
    QVERIFY(state);
    QCOMPARE(state->status, u"pending"_s);
    QCOMPARE(state->waitingSinceMs, qint64(0));        // nobody waiting
    QCOMPARE(state->assignee, u"Marta"_s);     // an unclaimed conversation is claimed by the replier
    QCOMPARE(state->claimedMs, kNow - 5 * kMinute);
    const QList<StoredMessage> messages = store.messages(id);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().direction, u"agent"_s);
    QCOMPARE(messages.last().author, u"Marta"_s);
    QCOMPARE(messages.last().heat, -1);
    // The holder's reply is activity: it refreshes the claim.
    QCOMPARE(store.reply(id, u"Marta"_s, u"Ya está en camino."_s, kNow, &holder, &error), ReplyResult::Sent);
    QCOMPARE(store.conversation(id, kNow, &error)->claimedMs, kNow);
    // An empty reply or an unknown conversation writes nothing.
    QCOMPARE(store.reply(id, u"Marta"_s, u"   "_s, kNow, &holder, &error), ReplyResult::Failed);
    QCOMPARE(store.reply(id + 1000, u"Marta"_s, u"Hola"_s, kNow, &holder, &error), ReplyResult::NotFound);
    QCOMPARE(store.messages(id).size(), 3);
    QCOMPARE(store.messageCount(), qint64(3));
}

void TestStorage::customerMessageReopens()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"o-1"_s, 60);
    QVERIFY(id);
    QString holder, error;
    QCOMPARE(store.reply(id, u"Marta"_s, u"Lo miro."_s, kNow - 50 * kMinute, &holder, &error), ReplyResult::Sent);
    QCOMPARE(store.conversation(id, kNow, &error)->status, u"pending"_s);
    // Any writer (here the store as an importer uses it) reopens: open, waiting since that message.
    const QString text = u"Sigue sin llegar."_s;
    QVERIFY(store.addMessage({id, u"c2"_s, u"customer"_s, u"Ana"_s, text, kNow - 20 * kMinute, m_analyzer->analyze(text)}, &error));
    auto state = store.conversation(id, kNow, &error);
    QCOMPARE(state->status, u"open"_s);
    QCOMPARE(state->waitingSinceMs, kNow - 20 * kMinute);
    // Already waiting since earlier: the clock keeps running from then.
    QVERIFY(store.addMessage({id, u"c3"_s, u"customer"_s, u"Ana"_s, text, kNow - 10 * kMinute, m_analyzer->analyze(text)}, &error));
    QCOMPARE(store.conversation(id, kNow, &error)->waitingSinceMs, kNow - 20 * kMinute);
    // A message older than our last reply (an import of the history) does not reopen.
    QCOMPARE(store.reply(id, u"Marta"_s, u"Sale hoy."_s, kNow - 5 * kMinute, &holder, &error), ReplyResult::Sent);
    QVERIFY(store.addMessage({id, u"c0"_s, u"customer"_s, u"Ana"_s, text, kNow - 55 * kMinute, m_analyzer->analyze(text)}, &error));
    QCOMPARE(store.conversation(id, kNow, &error)->status, u"pending"_s);
    // Solved and closed both reopen on the customer's next message: nobody's message is left unseen.
    QCOMPARE(store.setStatus(id, u"solved"_s, kNow, &error), StatusResult::Changed);
    QVERIFY(store.addMessage({id, u"c4"_s, u"customer"_s, u"Ana"_s, text, kNow - 2 * kMinute, m_analyzer->analyze(text)}, &error));
    state = store.conversation(id, kNow, &error);
    QCOMPARE(state->status, u"open"_s);
    QCOMPARE(state->waitingSinceMs, kNow - 2 * kMinute);
    QCOMPARE(store.setStatus(id, u"closed"_s, kNow, &error), StatusResult::Changed);
    QVERIFY(store.addMessage({id, u"c5"_s, u"customer"_s, u"Ana"_s, text, kNow - kMinute, m_analyzer->analyze(text)}, &error));
    state = store.conversation(id, kNow, &error);
    QCOMPARE(state->status, u"open"_s);
    QCOMPARE(state->waitingSinceMs, kNow - kMinute);
}

void TestStorage::noteChangesNothing()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"n-1"_s, 30);
    QVERIFY(id);
    QString error;
    QCOMPARE(store.claim(id, u"Marta"_s, kNow - 20 * kMinute, -1, nullptr, &error), ClaimResult::Claimed);
    const auto before = store.conversation(id, kNow, &error);
    QVERIFY(before);
    QVERIFY(store.addMessage({id, {}, u"note"_s, u"Marta"_s, u"Cliente VIP, ojo."_s, kNow - 10 * kMinute, std::nullopt}, &error));
    const auto after = store.conversation(id, kNow, &error);
    QVERIFY(after);
    QCOMPARE(after->status, before->status);
    QCOMPARE(after->status, u"open"_s);
    QCOMPARE(after->waitingSinceMs, before->waitingSinceMs);
    QCOMPARE(after->assignee, before->assignee);
    QCOMPARE(after->claimedMs, before->claimedMs);
    QCOMPARE(after->heat, before->heat);
}

void TestStorage::claimHeldByAnother()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"h-1"_s, 30);
    QVERIFY(id);
    QString holder, error;
    QCOMPARE(store.claim(id, u"Marta"_s, kNow - 10 * kMinute, -1, &holder, &error), ClaimResult::Claimed);
    QCOMPARE(store.claim(id, u"Tom"_s, kNow, -1, &holder, &error), ClaimResult::Taken);
    QCOMPARE(holder, u"Marta"_s);
    // Tom's reply is refused, naming the holder, and leaves nothing behind.
    holder.clear();
    QCOMPARE(store.reply(id, u"Tom"_s, u"Hola, soy Tom."_s, kNow, &holder, &error), ReplyResult::Taken);
    QCOMPARE(holder, u"Marta"_s);
    QCOMPARE(store.messages(id).size(), 1);
    QCOMPARE(store.conversation(id, kNow, &error)->status, u"open"_s);
    // Only the holder releases.
    QCOMPARE(store.release(id, u"Tom"_s, &holder, &error), ReleaseResult::NotYours);
    QCOMPARE(holder, u"Marta"_s);
    QCOMPARE(store.release(id, u"Marta"_s, &holder, &error), ReleaseResult::Released);
    QCOMPARE(store.release(id, u"Marta"_s, &holder, &error), ReleaseResult::NotYours);
    QVERIFY(holder.isEmpty());
    QCOMPARE(store.release(id + 1000, u"Marta"_s, &holder, &error), ReleaseResult::NotFound);
    QCOMPARE(store.claim(id + 1000, u"Marta"_s, kNow, -1, &holder, &error), ClaimResult::NotFound);
    QCOMPARE(store.claim(id, u"Tom"_s, kNow, -1, &holder, &error), ClaimResult::Claimed);
}

void TestStorage::claimExpiresAfterTheSetting()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"e-1"_s, 90);
    QVERIFY(id);
    QString holder, error;
    QCOMPARE(store.claimExpiryMs(&error), kDefaultClaimExpiryMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 start = kNow - 80 * kMinute;
    QCOMPARE(store.claim(id, u"Marta"_s, start, -1, &holder, &error), ClaimResult::Claimed);
    QCOMPARE(store.claim(id, u"Tom"_s, start + 29 * kMinute, -1, &holder, &error), ClaimResult::Taken); // default: 30 min
    QCOMPARE(store.claim(id, u"Tom"_s, start + 31 * kMinute, -1, &holder, &error), ClaimResult::Claimed);
    // The team sets 10 minutes: Tom's claim lasts 10 minutes without his activity; his reply is activity.
    QVERIFY2(store.setClaimExpiryMs(10 * kMinute, &error), qPrintable(error));
    QCOMPARE(ConversationStore(db).claimExpiryMs(&error), 10 * kMinute);
    QCOMPARE(store.reply(id, u"Tom"_s, u"Lo reviso."_s, start + 39 * kMinute, &holder, &error), ReplyResult::Sent);
    QCOMPARE(store.claim(id, u"Marta"_s, start + 48 * kMinute, -1, &holder, &error), ClaimResult::Taken);
    QCOMPARE(holder, u"Tom"_s);
    QCOMPARE(store.conversation(id, start + 48 * kMinute, &error)->assignee, u"Tom"_s);
    QCOMPARE(store.conversation(id, start + 50 * kMinute, &error)->assignee, QString()); // expired: nobody holds it
    QCOMPARE(store.reply(id, u"Marta"_s, u"Te ayudo yo."_s, start + 50 * kMinute, &holder, &error), ReplyResult::Sent);
    QCOMPARE(store.conversation(id, start + 50 * kMinute, &error)->assignee, u"Marta"_s);
    QVERIFY(!store.setClaimExpiryMs(0, &error));
}

void TestStorage::solvingReleases()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"s-1"_s, 30);
    QVERIFY(id);
    QString holder, error;
    QCOMPARE(store.claim(id, u"Marta"_s, kNow, -1, &holder, &error), ClaimResult::Claimed);
    QCOMPARE(store.setStatus(id, u"solved"_s, kNow, &error), StatusResult::Changed);
    auto state = store.conversation(id, kNow, &error);
    QCOMPARE(state->status, u"solved"_s);
    QCOMPARE(state->assignee, QString());
    QCOMPARE(state->waitingSinceMs, qint64(0));
    QCOMPARE(store.claim(id, u"Tom"_s, kNow, -1, &holder, &error), ClaimResult::Claimed);
    QCOMPARE(store.setStatus(id, u"closed"_s, kNow, &error), StatusResult::Changed);
    QCOMPARE(store.conversation(id, kNow, &error)->assignee, QString());
    // Reopened by hand: the customer waits from now; pending: nobody waits.
    QCOMPARE(store.setStatus(id, u"open"_s, kNow, &error), StatusResult::Changed);
    QCOMPARE(store.conversation(id, kNow, &error)->waitingSinceMs, kNow);
    QCOMPARE(store.setStatus(id, u"pending"_s, kNow, &error), StatusResult::Changed);
    QCOMPARE(store.conversation(id, kNow, &error)->waitingSinceMs, qint64(0));
    QCOMPARE(store.setStatus(id, u"done"_s, kNow, &error), StatusResult::BadStatus);
    QVERIFY(error.contains(u"solved"_s));
    QCOMPARE(store.setStatus(id + 1000, u"open"_s, kNow, &error), StatusResult::NotFound);
    QCOMPARE(store.conversation(id, kNow, &error)->status, u"pending"_s);
}

void TestStorage::inboxWithoutWaiting()
{
    // Pending conversations (nobody waiting, waiting_since NULL) rank by heat; solved and closed are hidden.
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error, holder;
    const qint64 answered = conversationWithCustomer(store, u"answered"_s, 600);
    const qint64 waiting = conversationWithCustomer(store, u"waiting"_s, 600);
    const qint64 fresh = conversationWithCustomer(store, u"fresh"_s, 20);
    const qint64 solved = conversationWithCustomer(store, u"solved"_s, 30);
    const qint64 closed = conversationWithCustomer(store, u"closed"_s, 30);
    QVERIFY(answered && waiting && fresh && solved && closed);
    QCOMPARE(store.reply(answered, u"Marta"_s, u"Ya está resuelto."_s, kNow - 5 * kMinute, &holder, &error), ReplyResult::Sent);
    QCOMPARE(store.setStatus(solved, u"solved"_s, kNow, &error), StatusResult::Changed);
    QCOMPARE(store.setStatus(closed, u"closed"_s, kNow, &error), StatusResult::Changed);
    for (const InboxQuery &query : {InboxQuery{.nowMs = kNow}, InboxQuery{.minimumHeat = 0, .text = u"pedido"_s, .nowMs = kNow}}) {
        const QList<ConversationSummary> inbox = store.inbox(query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList order;
        for (const ConversationSummary &c : inbox) {
            order << c.externalId;
            QVERIFY(!std::isnan(c.priority));
        }
        QCOMPARE(order, (QStringList{u"waiting"_s, u"fresh"_s, u"answered"_s}));
        QCOMPARE(inbox.at(2).status, u"pending"_s);
        QCOMPARE(inbox.at(2).waitingSinceMs, qint64(0));
        QCOMPARE(inbox.at(2).priority, double(inbox.at(2).heat)); // no waiting points
        QCOMPARE(inbox.at(0).waitingSinceMs, kNow - 600 * kMinute);
    }
    QCOMPARE(store.inbox({.statuses = {u"solved"_s}, .nowMs = kNow}).size(), 1);
    QCOMPARE(store.inbox({.statuses = {u"solved"_s, u"closed"_s}, .nowMs = kNow}).size(), 2);
    QCOMPARE(store.inbox({.waitingAtLeastMs = 60 * kMinute, .nowMs = kNow}).size(), 1); // the pending one is not waiting
}

void TestStorage::inboxOrdersCountsAndExpiredClaims()
{
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    QString error, holder;
    const qint64 a = conversationWithCustomer(store, u"a"_s, 300);
    const qint64 b = conversationWithCustomer(store, u"b"_s, 30);
    const qint64 c = conversationWithCustomer(store, u"c"_s, 100);
    const qint64 d = conversationWithCustomer(store, u"d"_s, 200);
    QVERIFY(a && b && c && d);
    // c gets hotter ten minutes ago (still waiting since its first message); d is answered a minute ago.
    const QString hot = u"¡¡ERES UN INÚTIL!! ESTO ES UNA VERGÜENZA, OS VOY A DENUNCIAR"_s;
    QVERIFY2(store.addMessage({c, {}, u"customer"_s, u"Ana"_s, hot, kNow - 10 * kMinute, m_analyzer->analyze(hot)}, &error), qPrintable(error));
    QCOMPARE(store.reply(d, u"Marta"_s, u"Ya está en camino."_s, kNow - kMinute, &holder, &error), ReplyResult::Sent);
    auto order = [&](InboxOrder o) {
        QStringList ids;
        for (const ConversationSummary &row : store.inbox({.order = o, .nowMs = kNow}, &error))
            ids << row.externalId;
        return ids;
    };
    QCOMPARE(order(InboxOrder::LongestWaiting), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s})); // by the last message; d waits on nobody
    QCOMPARE(order(InboxOrder::Hottest), (QStringList{u"c"_s, u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(order(InboxOrder::Newest), (QStringList{u"d"_s, u"c"_s, u"b"_s, u"a"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The counts take the filters and the search, not the page.
    QCOMPARE(store.inboxCount({.nowMs = kNow}, &error), qint64(4));
    QCOMPARE(store.inboxCount({.waitingAtLeastMs = 60 * kMinute, .nowMs = kNow}, &error), qint64(1));
    QCOMPARE(store.inboxCount({.text = u"vergüenza"_s, .nowMs = kNow}, &error), qint64(1));
    QCOMPARE(store.inboxCount({.statuses = {u"pending"_s}, .nowMs = kNow}, &error), qint64(1));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // An expired claim names nobody in the inbox, as in conversation().
    QCOMPARE(store.claim(a, u"Tom"_s, kNow - 40 * kMinute, -1, &holder, &error), ClaimResult::Claimed);
    QCOMPARE(store.claim(b, u"Tom"_s, kNow - 5 * kMinute, -1, &holder, &error), ClaimResult::Claimed);
    QHash<QString, QString> assignees;
    for (const ConversationSummary &row : store.inbox({.nowMs = kNow}, &error))
        assignees.insert(row.externalId, row.assignee);
    QCOMPARE(assignees.value(u"a"_s), QString());
    QCOMPARE(store.conversation(a, kNow, &error)->assignee, QString());
    QCOMPARE(assignees.value(u"b"_s), u"Tom"_s);
    QCOMPARE(assignees.value(u"d"_s), u"Marta"_s);
}

void TestStorage::databaseErrorIsNotNotFound()
{
    QFETCH(QString, engine);
    auto db = open();
    QVERIFY(db);
    ConversationStore store(db);
    const qint64 id = conversationWithCustomer(store, u"x-1"_s, 30);
    QVERIFY(id);
    QString holder, error;
    // The database refuses every change to a conversation (a trigger): the claim fails with the
    // database's reason, not "no such conversation".
    QSqlQuery q(db->connection());
    if (engine == u"sqlite") {
        QVERIFY2(q.exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON conversations BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY2(q.exec(u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON conversations FOR EACH ROW EXECUTE FUNCTION refuse()"_s),
                 qPrintable(q.lastError().text()));
    }
    QCOMPARE(store.claim(id, u"Marta"_s, kNow, -1, &holder, &error), ClaimResult::Failed);
    QVERIFY2(error.contains(u"refused by the test"_s), qPrintable(error));
    error.clear();
    QCOMPARE(store.reply(id, u"Marta"_s, u"Hola"_s, kNow, &holder, &error), ReplyResult::Failed);
    QVERIFY2(error.contains(u"refused by the test"_s), qPrintable(error));
    QCOMPARE(store.messages(id).size(), 1); // nothing of the reply was stored
    QCOMPARE(store.setStatus(id, u"solved"_s, kNow, &error), StatusResult::Failed);
    const QString text = u"Hola otra vez"_s;
    QVERIFY(!store.addMessage({id, {}, u"customer"_s, u"Ana"_s, text, kNow, m_analyzer->analyze(text)}, &error));
    QCOMPARE(store.messages(id).size(), 1); // the message and its conversation's update are one write
    QVERIFY(q.exec(u"DROP TRIGGER refuse"_s + (engine == u"sqlite" ? QString() : u" ON conversations"_s)));
    // A table that is not there (a damaged or foreign schema): an error, not NotFound.
    QVERIFY2(q.exec(u"ALTER TABLE conversations RENAME TO conversations_gone"_s), qPrintable(q.lastError().text()));
    error.clear();
    QCOMPARE(store.claim(id, u"Marta"_s, kNow, -1, &holder, &error), ClaimResult::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"conversations"_s), qPrintable(error));
    QCOMPARE(store.release(id, u"Marta"_s, &holder, &error), ReleaseResult::Failed);
    QCOMPARE(store.setStatus(id, u"solved"_s, kNow, &error), StatusResult::Failed);
    QCOMPARE(store.reply(id, u"Marta"_s, u"Hola"_s, kNow, &holder, &error), ReplyResult::Failed);
    error.clear();
    QVERIFY(!store.conversation(id, kNow, &error));
    QVERIFY(!error.isEmpty()); // not "no such conversation"
    // Lookups by id, which the importer, the demo loader and mail use to decide what to add: a failed
    // read is an error, never "not there yet" (which would add a second copy).
    error.clear();
    QVERIFY(!store.conversationByExternalId(u"x-1"_s, &error));
    QVERIFY2(error.startsWith(u"looking up conversation x-1: "_s), qPrintable(error));
    error.clear();
    QCOMPARE(store.conversationCount(&error), -1); // not 0, which would load the demo into a team's database
    QVERIFY2(error.startsWith(u"counting conversations: "_s), qPrintable(error));
    QVERIFY2(q.exec(u"ALTER TABLE messages RENAME TO messages_gone"_s), qPrintable(q.lastError().text()));
    error.clear();
    QVERIFY(!store.messageText(id, u"m-1"_s, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.hasMessage(id, u"m-1"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestStorage::migrationFromV3KeepsData()
{
    QFETCH(QString, engine);
    {
        auto old = open(3);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 3);
        QSqlQuery q(old->connection());
        for (const QString &sql : {
                 u"INSERT INTO agents (id, name, created_ms) VALUES (1, 'Marta', 1)"_s,
                 u"INSERT INTO contacts (id, name, email, created_ms) VALUES (1, 'Ana', 'ana@example.com', 1)"_s,
                 u"INSERT INTO conversations (id, external_id, contact_id, subject, status, assignee_id, claimed_ms, last_customer_ms, "
                 u"waiting_since_ms, last_message_ms, heat, peak_heat, created_ms) VALUES (1, 'v3-open', 1, 'Abierta', 'open', 1, 100, 500, "
                 u"500, 600, 40, 70, 10), (2, 'v3-pending', 1, 'Pendiente', 'pending', NULL, NULL, 300, 300, 400, 20, 20, 10), "
                 u"(3, 'v3-closed', 1, 'Cerrada', 'closed', NULL, NULL, 200, 200, 200, 90, 90, 10)"_s,
                 u"INSERT INTO messages (id, conversation_id, external_id, direction, author, body, sent_ms, heat) VALUES "
                 u"(1, 1, 'm1', 'customer', 'Ana', 'Mi pedido no llega', 500, 40), (2, 1, 'm2', 'agent', 'Marta', 'Lo miro', 600, NULL), "
                 u"(3, 2, 'm3', 'customer', 'Ana', 'Gracias', 300, 20), (4, 3, 'm4', 'customer', 'Ana', 'Sois unos inútiles', 200, 90)"_s,
                 u"INSERT INTO score_feedback (message_id, verdict, text, language, heat, created_ms) VALUES (4, 'too_high', "
                 u"'Sois unos inútiles', 'es', 90, 1)"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
        }
        if (engine == u"sqlite")
            QVERIFY(q.exec(u"INSERT INTO messages_fts(rowid, body) SELECT id, body FROM messages"_s));
        else
            QVERIFY(q.exec(u"SELECT setval('conversations_id_seq', 3), setval('messages_id_seq', 4), setval('agents_id_seq', 1), "
                           u"setval('contacts_id_seq', 1)"_s));
    }
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::knownVersion(db->engine()));
    ConversationStore store(db);
    QCOMPARE(store.conversationCount(), qint64(3));
    QCOMPARE(store.messageCount(), qint64(4)); // the rebuild kept the rows that point at conversations
    QString error;
    auto open1 = store.conversation(1, 700, &error);
    QVERIFY2(open1, qPrintable(error));
    QCOMPARE(open1->externalId, u"v3-open"_s);
    QCOMPARE(open1->subject, u"Abierta"_s);
    QCOMPARE(open1->assignee, u"Marta"_s);
    QCOMPARE(open1->claimedMs, qint64(100));
    QCOMPARE(open1->waitingSinceMs, qint64(500));  // open: still waiting
    QCOMPARE(open1->heat, 40);
    QCOMPARE(store.conversation(2, 700, &error)->waitingSinceMs, qint64(0)); // pending and closed: nobody waiting
    QCOMPARE(store.conversation(3, 700, &error)->waitingSinceMs, qint64(0));
    QCOMPARE(store.messages(1).size(), 2);
    QCOMPARE(store.search(u"inútiles"_s, 10).size(), 1);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM score_feedback"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // The new schema: solved is a status, the indexes are there, foreign keys still cascade.
    QCOMPARE(store.setStatus(1, u"solved"_s, 700, &error), StatusResult::Changed);
    if (engine == u"sqlite") {
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('conversations_heat', 'conversations_waiting')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QVERIFY(!q.exec(u"UPDATE conversations SET status = 'archived' WHERE id = 1"_s)); // the CHECK is still there
    QVERIFY(q.exec(u"DELETE FROM conversations WHERE id = 3"_s));
    QCOMPARE(store.messageCount(), qint64(3));
    const auto added = store.addConversation({u"v4-new"_s, u"Luis"_s, u"luis@example.com"_s, {}, u"Nueva"_s}, &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(*added > 2); // the sequence goes on after the rebuild
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
