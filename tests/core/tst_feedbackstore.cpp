// Score feedback: the verdict → level rule, and FeedbackStore on SQLite and on a real PostgreSQL server
// (the "postgres" test fixture; without it the PostgreSQL rows fail, not skip).
#include "feedback/scorefeedback.h"
#include "storage/feedbackstore.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(calma::FeedbackVerdict)
Q_DECLARE_METATYPE(calma::ToneLevel)
Q_DECLARE_METATYPE(std::optional<calma::ToneLevel>)

class TestFeedbackStore : public QObject
{
    Q_OBJECT
private slots:
    void correctedLevel_data();
    void correctedLevel();
    void verdictNames();
    void problems();
    void addsAndReadsBack_data() { test::addEngines(); }
    void addsAndReadsBack();
    void refusesWhatCannotBeStored_data() { test::addEngines(); }
    void refusesWhatCannotBeStored();
    void reportsAFailedRead_data() { test::addEngines(); }
    void reportsAFailedRead();
    void migrationKeepsEarlierFeedback_data() { test::addEngines(); }
    void migrationKeepsEarlierFeedback();

private:
    // A conversation with one customer message; returns the message's id.
    static qint64 addMessage(const std::shared_ptr<Database> &database, const QString &body, int heat);

    QTemporaryDir m_dir;
};

void TestFeedbackStore::correctedLevel_data()
{
    QTest::addColumn<FeedbackVerdict>("verdict");
    QTest::addColumn<ToneLevel>("given");
    QTest::addColumn<std::optional<ToneLevel>>("chosen");
    QTest::addColumn<ToneLevel>("expected");
    const auto none = std::optional<ToneLevel>();
    QTest::newRow("too high: one level down") << FeedbackVerdict::TooHigh << ToneLevel::Heated << none << ToneLevel::Tense;
    QTest::newRow("too high from hostile") << FeedbackVerdict::TooHigh << ToneLevel::Hostile << none << ToneLevel::Heated;
    QTest::newRow("too high stays calm at calm") << FeedbackVerdict::TooHigh << ToneLevel::Calm << none << ToneLevel::Calm;
    QTest::newRow("too low: one level up") << FeedbackVerdict::TooLow << ToneLevel::Tense << none << ToneLevel::Heated;
    QTest::newRow("too low from calm") << FeedbackVerdict::TooLow << ToneLevel::Calm << none << ToneLevel::Tense;
    QTest::newRow("too low stays hostile at hostile") << FeedbackVerdict::TooLow << ToneLevel::Hostile << none << ToneLevel::Hostile;
    QTest::newRow("wrong kind: same level") << FeedbackVerdict::WrongKind << ToneLevel::Heated << none << ToneLevel::Heated;
    QTest::newRow("too high, agent's choice wins") << FeedbackVerdict::TooHigh << ToneLevel::Hostile << std::optional(ToneLevel::Calm)
                                                    << ToneLevel::Calm;
    QTest::newRow("too low, agent's choice wins") << FeedbackVerdict::TooLow << ToneLevel::Calm << std::optional(ToneLevel::Hostile)
                                                   << ToneLevel::Hostile;
    QTest::newRow("wrong kind, agent's choice wins") << FeedbackVerdict::WrongKind << ToneLevel::Tense << std::optional(ToneLevel::Calm)
                                                      << ToneLevel::Calm;
}

void TestFeedbackStore::correctedLevel()
{
    QFETCH(FeedbackVerdict, verdict);
    QFETCH(ToneLevel, given);
    QFETCH(std::optional<ToneLevel>, chosen);
    QFETCH(ToneLevel, expected);
    QCOMPARE(calma::correctedLevel(verdict, given, chosen), expected);
    // The same rule through a feedback, whose given level is its heat's.
    ScoreFeedback f;
    f.verdict = verdict;
    f.heat = 25 * int(given) + 10;
    f.expectedLevel = chosen;
    QCOMPARE(f.correctedLevel(), expected);
}

void TestFeedbackStore::verdictNames()
{
    for (const FeedbackVerdict v : {FeedbackVerdict::TooHigh, FeedbackVerdict::TooLow, FeedbackVerdict::WrongKind})
        QCOMPARE(verdictFromName(verdictName(v)), std::optional(v));
    QCOMPARE(verdictName(FeedbackVerdict::TooHigh), u"too_high"_s);
    QCOMPARE(verdictName(FeedbackVerdict::TooLow), u"too_low"_s);
    QCOMPARE(verdictName(FeedbackVerdict::WrongKind), u"wrong_kind"_s);
    QVERIFY(!verdictFromName(u"too high"_s));
    QCOMPARE(dimensionFromName(u"dissatisfaction"_s), std::optional(ToneDimension::Dissatisfaction));
    QCOMPARE(dimensionFromName(u"anger"_s), std::optional(ToneDimension::Anger));
    QVERIFY(!dimensionFromName(u"shouting"_s)); // a signal, not a dimension
}

void TestFeedbackStore::problems()
{
    ScoreFeedback f;
    f.text = u"I am so disappointed."_s;
    f.heat = 60; // heated
    QVERIFY(feedbackProblem(f).isEmpty());
    f.verdict = FeedbackVerdict::TooHigh;
    f.expectedLevel = ToneLevel::Hostile;
    QVERIFY(feedbackProblem(f).contains(u"too high"_s));
    f.expectedLevel = ToneLevel::Heated; // the same level: lower within it
    QVERIFY(feedbackProblem(f).isEmpty());
    f.verdict = FeedbackVerdict::TooLow;
    f.expectedLevel = ToneLevel::Calm;
    QVERIFY(feedbackProblem(f).contains(u"too low"_s));
    f.expectedLevel.reset();
    f.heat = 101;
    QVERIFY(feedbackProblem(f).contains(u"101"_s));
    f.heat = 60;
    f.text = u"   "_s;
    QVERIFY(!feedbackProblem(f).isEmpty());
}

qint64 TestFeedbackStore::addMessage(const std::shared_ptr<Database> &database, const QString &body, int heat)
{
    // Stored as it was scored then: the heat in the row is what the feedback is about.
    QSqlQuery q(database->connection());
    ConversationStore store(database);
    QString error;
    const auto conversation = store.addConversation({{}, u"Ana"_s, {}, {}, u"Pedido"_s}, &error);
    if (!conversation) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    const auto id = store.addMessage({*conversation, {}, u"customer"_s, u"Ana"_s, body, 1'700'000'000'000, std::nullopt}, &error);
    if (!id) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    q.prepare(u"UPDATE messages SET heat = ?, language = 'es', level = ? WHERE id = ?"_s);
    q.addBindValue(heat);
    q.addBindValue(levelName(levelForHeat(heat)));
    q.addBindValue(*id);
    return q.exec() ? *id : 0;
}

void TestFeedbackStore::addsAndReadsBack()
{
    QFETCH(QString, engine);
    const auto database = test::freshDatabase(engine, m_dir.path());
    QVERIFY(database);
    const qint64 message = addMessage(database, u"Estoy muy decepcionada con el pedido."_s, 64);
    QVERIFY(message > 0);
    const FeedbackStore store(database);
    QString error;

    // From the tone check: no message, a kind, no level.
    ScoreFeedback checked;
    checked.agent = u"Marta"_s;
    checked.verdict = FeedbackVerdict::WrongKind;
    checked.expectedKind = ToneDimension::Dissatisfaction;
    checked.text = u"I'm really sad my order never came."_s;
    checked.language = Language::English;
    checked.heat = 58;
    checked.comment = u"Sad, not angry"_s;
    checked.createdMs = 1'700'000'000'100;
    const auto first = store.add(checked, &error);
    QVERIFY2(first, qPrintable(error));

    // From the conversation: its message, the agent's level, no comment.
    ScoreFeedback fromThread;
    fromThread.messageId = message;
    fromThread.agent = u"Marta"_s;
    fromThread.verdict = FeedbackVerdict::TooHigh;
    fromThread.expectedLevel = ToneLevel::Calm;
    fromThread.text = u"Estoy muy decepcionada con el pedido."_s;
    fromThread.language = Language::Spanish;
    fromThread.heat = 64;
    fromThread.createdMs = 1'700'000'000'200;
    const auto second = store.add(fromThread, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(*second != *first);

    // Nobody's: no agent.
    ScoreFeedback anonymous = checked;
    anonymous.agent.clear();
    anonymous.verdict = FeedbackVerdict::TooLow;
    anonymous.expectedKind.reset();
    anonymous.comment.clear();
    anonymous.createdMs = 1'700'000'000'300;
    QVERIFY2(store.add(anonymous, &error), qPrintable(error));

    const auto rows = store.all(&error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 3);
    const ScoreFeedback &a = rows->at(0);
    QCOMPARE(a.id, *first);
    QVERIFY(!a.messageId);
    QCOMPARE(a.agent, u"Marta"_s);
    QCOMPARE(a.verdict, FeedbackVerdict::WrongKind);
    QVERIFY(!a.expectedLevel);
    QCOMPARE(a.expectedKind, std::optional(ToneDimension::Dissatisfaction));
    QCOMPARE(a.text, checked.text);
    QCOMPARE(a.language, Language::English);
    QCOMPARE(a.heat, 58);
    QCOMPARE(a.comment, u"Sad, not angry"_s);
    QCOMPARE(a.createdMs, checked.createdMs);
    QCOMPARE(a.correctedLevel(), ToneLevel::Heated);
    const ScoreFeedback &b = rows->at(1);
    QCOMPARE(b.messageId, std::optional(message));
    QCOMPARE(b.verdict, FeedbackVerdict::TooHigh);
    QCOMPARE(b.expectedLevel, std::optional(ToneLevel::Calm));
    QVERIFY(!b.expectedKind);
    QCOMPARE(b.language, Language::Spanish);
    QCOMPARE(b.comment, QString());
    QCOMPARE(rows->at(2).agent, QString());
    QCOMPARE(rows->at(2).correctedLevel(), ToneLevel::Hostile); // heated (58), too low

    // The agent is the one in the agents table, added once.
    QSqlQuery q(database->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM agents WHERE name = 'Marta'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT agent_id FROM score_feedback WHERE id = "_s + QString::number(*first)) && q.next());
    QCOMPARE(std::optional(q.value(0).toLongLong()), ConversationStore(database).agentId(u"Marta"_s, &error));

    // A message's feedback goes with the message (the customer's data leaves entirely).
    QVERIFY(q.exec(u"DELETE FROM messages WHERE id = "_s + QString::number(message)));
    QCOMPARE(store.all(&error)->size(), 2);
}

void TestFeedbackStore::refusesWhatCannotBeStored()
{
    QFETCH(QString, engine);
    const auto database = test::freshDatabase(engine, m_dir.path());
    QVERIFY(database);
    const FeedbackStore store(database);
    QString error;
    ScoreFeedback f;
    f.text = u"Where is my order?"_s;
    f.heat = 30;
    f.messageId = 999'999; // no such message
    QVERIFY(!store.add(f, &error));
    QVERIFY2(error.startsWith(u"saving feedback: "_s), qPrintable(error));
    error.clear();
    f.messageId.reset();
    f.verdict = FeedbackVerdict::TooHigh;
    f.expectedLevel = ToneLevel::Hostile;
    QVERIFY(!store.add(f, &error));
    QVERIFY2(error.contains(u"too high"_s), qPrintable(error));
    QCOMPARE(store.all(&error)->size(), 0);
}

void TestFeedbackStore::reportsAFailedRead()
{
    QFETCH(QString, engine);
    const auto database = test::freshDatabase(engine, m_dir.path());
    QVERIFY(database);
    QSqlQuery q(database->connection());
    QVERIFY(q.exec(u"DROP TABLE score_feedback"_s));
    QString error;
    QVERIFY(!FeedbackStore(database).all(&error));
    QVERIFY2(error.contains(u"feedback"_s), qPrintable(error));
}

void TestFeedbackStore::migrationKeepsEarlierFeedback()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = test::databaseUrl(engine, m_dir.path(), true, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const auto parsed = DatabaseUrl::parse(url, &error);
    QVERIFY(parsed);
    {
        // Version 2: feedback was a message and an expected level only.
        const auto old = Database::open(*parsed, 2);
        QVERIFY2(old.database, qPrintable(old.error));
        QCOMPARE(old.database->schemaVersion(), 2);
        // Written as a Calma of version 2 wrote it (today's stores speak today's schema).
        QSqlQuery q(old.database->connection());
        QVERIFY(q.exec(u"INSERT INTO contacts (id, name, created_ms) VALUES (1, 'Ana', 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO conversations (id, contact_id, subject, status, waiting_since_ms, created_ms) VALUES (1, 1, 'Pedido', 'open', 1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO messages (id, conversation_id, direction, author, body, sent_ms, language, heat, level) VALUES "
                       u"(1, 1, 'customer', 'Ana', 'Sois unos inútiles', 1700000000000, 'es', 80, 'hostile')"_s));
        QVERIFY(q.exec(u"INSERT INTO agents (id, name, created_ms) VALUES (1, 'Tom', 1)"_s));
        const qint64 message = 1;
        const std::optional<qint64> agent = 1;
        q.prepare(u"INSERT INTO score_feedback (message_id, agent_id, expected_level, comment, created_ms) VALUES (?, ?, 'heated', "
                  u"'not that bad', 5)"_s);
        q.addBindValue(message);
        q.addBindValue(*agent);
        QVERIFY(q.exec());
    }
    const auto current = Database::open(*parsed);
    QVERIFY2(current.database, qPrintable(current.error));
    QCOMPARE(current.database->schemaVersion(), Database::knownVersion(current.database->engine()));
    const auto rows = FeedbackStore(current.database).all(&error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 1);
    const ScoreFeedback &f = rows->first();
    QCOMPARE(f.verdict, FeedbackVerdict::WrongKind);
    QCOMPARE(f.text, u"Sois unos inútiles"_s);
    QCOMPARE(f.language, Language::Spanish);
    QCOMPARE(f.heat, 80);
    QCOMPARE(f.expectedLevel, std::optional(ToneLevel::Heated));
    QCOMPARE(f.correctedLevel(), ToneLevel::Heated);
    QCOMPARE(f.agent, u"Tom"_s);
    QCOMPARE(f.comment, u"not that bad"_s);
    QCOMPARE(f.createdMs, qint64(5));
    // And new feedback without a message fits the new table.
    ScoreFeedback fresh;
    fresh.text = u"Hola"_s;
    QVERIFY2(FeedbackStore(current.database).add(fresh, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFeedbackStore)
#include "tst_feedbackstore.moc"
