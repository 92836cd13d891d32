// calma-cli's contract, run as a user would run it: one output line per input line, in order, with
// error objects for bad lines and a non-zero exit at the end.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QFileInfo>
#include <QDir>

#include <memory>
#include <vector>

#include <unistd.h>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }
};

// calma-cli in English, whatever the locale the tests run in, unless `locale` says otherwise.
Run cli(const QStringList &arguments, const QByteArray &input = {}, const QString &locale = u"C.UTF-8"_s)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LC_ALL"_s, locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALMA_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void scenarioCheck();
    void roleplayScripted();
    void personaNameWithPercent();
    void scoresInOrder();
    void plainLinesReadAsAnyLine();
    void badLines_data();
    void badLines();
    void hugeLine();
    void largeBatchKeepsOrder();
    void scoreToAFullDisk();
    void textAndExplain();
    void explainsInTheUsersLanguage();
    void lexiconCheck();
    void lexiconFit();
    void teamLexiconOption();
    void usageErrors();
    void suggest();
    void coach();
    void suggestionsAreReproducible();
    void dataCommands();
    void feedbackExport();
    void outputsNeverReplaceTheDatabase_data();
    void outputsNeverReplaceTheDatabase();
    void concurrentWriters();
    void damagedDatabaseExportsNothing();
    void foreignAndNewerDatabasesUntouched();
    void mistypedPathCreatesNothing();
    void importSkipsBadRowsWhenAsked();
    void badNumbers_data();
    void badNumbers();
    void outputsToAFullDisk_data();
    void outputsToAFullDisk();
    void conversationWorkflow();
    void conversationUsageErrors_data();
    void conversationUsageErrors();
};

void TestCli::scoresInOrder()
{
    const Run run = cli({u"score"_s}, R"({"id":"a","text":"Gracias por todo, muy amables"}
{"id":2,"text":"ES LA TERCERA VEZ QUE LLAMO, sois unos inútiles!!!"}
{"text":"Where is my order?","lang":"en"}
)");
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(u"id").toString(), u"a"_s);
    QCOMPARE(lines.at(1).value(u"id").toInt(), 2);
    QVERIFY(lines.at(2).value(u"id").isNull());
    QCOMPARE(lines.at(0).value(u"lang").toString(), u"es"_s);
    QCOMPARE(lines.at(0).value(u"level").toString(), u"calm"_s);
    QVERIFY(lines.at(1).value(u"heat").toInt() >= 50);
    QCOMPARE(lines.at(2).value(u"lang").toString(), u"en"_s);
    const QJsonObject dims = lines.at(1).value(u"dimensions").toObject();
    QCOMPARE(dims.size(), 11);
    QVERIFY(dims.value(u"insult").toInt() > 0);
    QVERIFY(dims.contains(u"dissatisfaction"));
    QVERIFY(lines.at(1).value(u"valence").toInt() < 0);
    QVERIFY(lines.at(1).value(u"valence").toInt() >= -100);
    QVERIFY(run.out.startsWith(R"({"id":"a","lang":"es","heat":)"));
    const QJsonObject evidence = lines.at(1).value(u"evidence").toArray().first().toObject();
    const QString text = u"ES LA TERCERA VEZ QUE LLAMO, sois unos inútiles!!!"_s;
    QCOMPARE(text.mid(evidence.value(u"start").toInt(), evidence.value(u"end").toInt() - evidence.value(u"start").toInt()),
             evidence.value(u"text").toString());
}

void TestCli::plainLinesReadAsAnyLine()
{
    // Plain lines take a fast reader; the rest the general one. Both must give the same answer: the
    // lines are scored as they are and again with CALMA_CLI_GENERAL_READER=1, which sends every line
    // to the general reader.
    const QByteArrayList lines{
        R"({"text":"You are IDIOTS!!! 😡","id":"a\/b"})",
        R"({"id":12345678901234567,"text":"hola, ¿dónde está mi pedido?"})",
        R"({"id":9007199254740993,"text":"hola"})",
        R"({"id":1.5,"text":"thanks"})",
        R"({"id":-0,"text":"thanks"})",
        R"({"id":1e2,"text":"thanks"})",
        R"({"id":true,"text":"x"})",
        R"({"id":null,"text":"x","lang":null})",
        R"({"id":{"a":[1,2]},"text":"x"})",
        R"({"text":"es la tercera vez","lang":"en"})",
        R"({"text":"x","lang":"fr"})",
        R"({"text":"x","lang":5})",
        R"({"text":5})",
        R"({"text":"a","text":"SOIS UNOS INÚTILES"})",
        R"({"txt":"a"})",
        R"({"text":"\ud83d\ude21 \u00f1 \"q\" \\ \n \u2028 lone \ud800 here"})",
        R"({"text":"x","id":"ñandú € 😡 \u0001"})",
        R"({"text":"x", "extra": [1,2,{"y":null}], "lang":"es"})",
        R"({"\u0074ext":"escaped key, you morons", "l\u0061ng":"en"})",
        "{\"text\":\"crlf, you idiots\"}\r",
    };
    QByteArray plain;
    for (const QByteArray &line : lines)
        plain += line + '\n';
    const Run fast = cli({u"score"_s}, plain);
    qputenv("CALMA_CLI_GENERAL_READER", "1");
    const Run slow = cli({u"score"_s}, plain);
    qunsetenv("CALMA_CLI_GENERAL_READER");
    QCOMPARE(fast.exitCode, 1); // some lines are bad
    QCOMPARE(slow.exitCode, 1);
    const QByteArrayList fastLines = fast.out.split('\n'), slowLines = slow.out.split('\n');
    QCOMPARE(fastLines.size(), lines.size() + 1);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(fastLines.at(i), slowLines.at(i));
    QCOMPARE(fast.err, slow.err);
}

void TestCli::badLines_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{text: hola}") << u"not JSON"_s;
    QTest::newRow("no text") << QByteArray(R"({"id":1})") << u"missing field \"text\""_s;
    QTest::newRow("text not a string") << QByteArray(R"({"text":12})") << u"must be a string"_s;
    QTest::newRow("array") << QByteArray(R"(["hola"])") << u"expected a JSON object"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"text\":\"hol\xe1 caf\xc3\"}") << u"invalid UTF-8 at byte 13"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"text\":\"\xc0\xaf\"}") << u"invalid UTF-8"_s;
    QTest::newRow("NUL byte") << QByteArray("{\"text\":\"ho\0la\"}", 16) << u"not JSON"_s;
    QTest::newRow("empty line") << QByteArray("") << u"empty line"_s;
    QTest::newRow("bad lang") << QByteArray(R"({"text":"hola","lang":"fr"})") << u"\"lang\""_s;
}

void TestCli::badLines()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, message);
    const Run run = cli({u"score"_s}, "{\"text\":\"first\"}\n" + bad + "\n{\"text\":\"third\"}\n");
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(u"heat"));
    QCOMPARE(lines.at(1).value(u"line").toInt(), 2);
    QVERIFY2(lines.at(1).value(u"error").toString().contains(message), qPrintable(lines.at(1).value(u"error").toString()));
    QVERIFY(lines.at(2).contains(u"heat"));
    QVERIFY(run.err.contains("line 2:"));
}

void TestCli::hugeLine()
{
    QByteArray text;
    const QByteArray chunk = "Estoy harto!!! Nadie me responde. ";
    while (text.size() < 10 * 1024 * 1024)
        text += chunk;
    const Run run = cli({u"score"_s}, "{\"id\":\"big\",\"text\":\"" + text + "\"}\n{\"text\":\"ok\"}\n");
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(u"id").toString(), u"big"_s);
    QCOMPARE(lines.at(0).value(u"level").toString(), u"hostile"_s);
}

void TestCli::largeBatchKeepsOrder()
{
    QByteArray input;
    for (int i = 0; i < 10000; ++i)
        input += QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"text":"mensaje número )" + QByteArray::number(i) + "\"}\n";
    const Run run = cli({u"score"_s, u"--threads"_s, u"2"_s}, input);
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 10000);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).value(u"id").toInt(), i);
}

void TestCli::scoreToAFullDisk()
{
    // Every write is checked: output that cannot be written stops the run and says why.
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += R"({"text":"Es la tercera vez que escribo y nadie me responde"})" "\n";
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(CALMA_CLI), {u"score"_s});
    QVERIFY(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("cannot write the output") && err.contains("No space left on device"), err.constData());
    QCOMPARE(err.count("cannot write the output"), 1); // said once, not by the command and again on exit
    for (const QStringList &arguments : {QStringList{u"score"_s, u"--text"_s, u"hola"_s}, QStringList{u"score"_s, u"--text"_s, u"hola"_s, u"--explain"_s}}) {
        QProcess one;
        one.setStandardOutputFile(u"/dev/full"_s);
        one.start(QStringLiteral(CALMA_CLI), arguments);
        QVERIFY(one.waitForFinished(60000));
        QCOMPARE(one.exitCode(), 2);
        QCOMPARE(one.readAllStandardError().count("cannot write the output"), 1);
    }
}

void TestCli::textAndExplain()
{
    const Run json = cli({u"score"_s, u"--text"_s, u"Sois unos inútiles"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.lines().size(), 1);
    const Run plain = cli({u"score"_s, u"--text"_s, u"Sois unos inútiles!!!"_s, u"--explain"_s, u"--color"_s, u"never"_s});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("Heat "), plain.out.constData());
    QVERIFY(plain.out.contains("inútiles]"));
    QVERIFY(plain.out.contains("insult"));
    QVERIFY(!plain.out.contains("\x1b["));
    const Run colored = cli({u"score"_s, u"--text"_s, u"Sois unos inútiles"_s, u"--explain"_s, u"--color"_s, u"always"_s});
    QVERIFY(colored.out.contains("\x1b[1;31m"));
    QVERIFY(colored.out.contains("inútiles\x1b[0m"));
}

void TestCli::explainsInTheUsersLanguage()
{
    // The reasons and the explanation follow the locale, as the desktop app's do; the JSON keys and
    // level names do not.
    const Run spanish = cli({u"score"_s, u"--text"_s, u"Qué tonta soy, puse mal la dirección"_s, u"--explain"_s, u"--color"_s, u"never"_s}, {},
                            u"es_ES.UTF-8"_s);
    QCOMPARE(spanish.exitCode, 0);
    QVERIFY2(spanish.out.contains("Tensión ") && spanish.out.contains("Qué ha llevado a la puntuación"), spanish.out.constData());
    QVERIFY2(spanish.out.contains("dicho de uno mismo") && spanish.out.contains("insatisfacción"), spanish.out.constData());
    const Run json = cli({u"score"_s, u"--text"_s, u"Sois unos inútiles"_s}, {}, u"es_ES.UTF-8"_s);
    QVERIFY2(json.out.contains("\"level\":\"hostile\"") && json.out.contains("insulto o palabrota"), json.out.constData());
    const Run english = cli({u"score"_s, u"--text"_s, u"Qué tonta soy, puse mal la dirección"_s, u"--explain"_s, u"--color"_s, u"never"_s});
    QVERIFY2(english.out.contains("Heat ") && english.out.contains("said of oneself"), english.out.constData());
}

void TestCli::lexiconCheck()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"team-es.tsv"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("megacabreo\tword\tanger\t3\nni de broma\tphrase\tanger\t1\n");
    good.close();
    const Run ok = cli({u"lexicon"_s, u"check"_s, good.fileName()});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("OK, 2 entries"));

    QFile bad(dir.filePath(u"bad-en.tsv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("fine\tword\tanger\t1\nangry\tword\tanger\tlots\nmad\tverb\tanger\t1\n");
    bad.close();
    const Run failed = cli({u"lexicon"_s, u"check"_s, bad.fileName()});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("bad-en.tsv:2 (weight)"), failed.err.constData());
    QVERIFY(failed.err.contains("bad-en.tsv:3 (kind)"));
}

void TestCli::lexiconFit()
{
    // The project's labelled corpus ("level" labels) is enough to fit on and to measure on held-out folds.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"fitted-en.tsv"_s);
    const Run fit = cli({u"lexicon"_s, u"fit"_s, QStringLiteral(CALMA_TEST_DATA "/corpus_en.jsonl"), u"--lang"_s, u"en"_s,
                         u"--min-count"_s, u"3"_s, u"--out"_s, out, u"--note"_s, u"the project's corpus"_s});
    QCOMPARE(fit.exitCode, 0);
    QVERIFY2(fit.out.contains("held-out folds") && fit.out.contains("mean"), fit.out.constData());
    QVERIFY(fit.out.contains("->"));
    QVERIFY2(fit.out.contains("terms re-weighted"), fit.out.constData());
    const Run check = cli({u"lexicon"_s, u"check"_s, out});
    QCOMPARE(check.exitCode, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY(text.contains("# the project's corpus") && text.contains("@language\ten"));
    // The fitted file loads as a team lexicon.
    QCOMPARE(cli({u"score"_s, u"--lexicon"_s, out, u"--text"_s, u"where is my refund"_s}).exitCode, 0);

    // Bad lines: every one reported with its number, nothing written.
    QFile bad(dir.filePath(u"bad.jsonl"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"text\":\"hola\",\"heat\":20}\nnot json\n{\"text\":\"x\",\"emotions\":[\"rage\"]}\n{\"heat\":5}\n"
              "{\"text\":\"y\",\"heat\":150}\n");
    bad.close();
    const QString none = dir.filePath(u"none.tsv"_s);
    const Run failed = cli({u"lexicon"_s, u"fit"_s, bad.fileName(), u"--out"_s, none});
    QCOMPARE(failed.exitCode, 1);
    for (const char *where : {"bad.jsonl:2: not JSON", "bad.jsonl:3: unknown emotion", "bad.jsonl:4: missing field", "bad.jsonl:5:"})
        QVERIFY2(failed.err.contains(where), failed.err.constData());
    QVERIFY(!QFileInfo::exists(none));
    // A category to keep must be one.
    const Run keep = cli({u"lexicon"_s, u"fit"_s, QStringLiteral(CALMA_TEST_DATA "/corpus_en.jsonl"), u"--lang"_s, u"en"_s,
                          u"--keep"_s, u"threat,shouting-ish"_s, u"--out"_s, none});
    QCOMPARE(keep.exitCode, 2);
    QVERIFY2(keep.err.contains("--keep: \"shouting-ish\" is not a category"), keep.err.constData());
    QVERIFY(!QFileInfo::exists(none));
    // The output may not be the input.
    QCOMPARE(cli({u"lexicon"_s, u"fit"_s, bad.fileName(), u"--out"_s, bad.fileName()}).exitCode, 2);
    QVERIFY(bad.open(QIODevice::ReadOnly) && bad.readAll().startsWith("{\"text\":\"hola\""));
}

void TestCli::scenarioCheck()
{
    QTemporaryDir dir;
    QFile shipped(QStringLiteral(CALMA_TEST_DATA "/scenario-valid.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray valid = shipped.readAll();
    const Run ok = cli({u"scenario"_s, u"check"_s, shipped.fileName()});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("OK, \"test-late\" (en, late-delivery, start heat 60"), ok.out.constData());

    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(valid).replace("\"startHeat\": 60", "\"startHeat\": \"hot\"").replace("{order}?", "{ordr}?"));
    bad.close();
    const Run failed = cli({u"scenario"_s, u"check"_s, shipped.fileName(), bad.fileName()});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.contains("OK")); // the good file is still reported
    QVERIFY2(failed.err.contains("bad.json:14 (opening): unknown placeholder {ordr}"), failed.err.constData());
    QVERIFY2(failed.err.contains("bad.json:15 (startHeat): \"startHeat\" must be a whole number from 0 to 100"), failed.err.constData());
    QCOMPARE(cli({u"scenario"_s, u"check"_s, dir.filePath(u"missing.json"_s)}).exitCode, 1);
    QCOMPARE(cli({u"scenario"_s}).exitCode, 2);
}

void TestCli::personaNameWithPercent()
{
    // What a team writes is printed as written: "%2" in a name is not a slot for the next value.
    QTemporaryDir dir;
    QFile shipped(QStringLiteral(CALMA_TEST_DATA "/../../resources/scenarios/en-late-delivery.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(shipped.readAll()).object();
    scenario.insert(u"id"_s, u"team-percent"_s);
    QJsonObject persona = scenario.value(u"persona"_s).toObject();
    persona.insert(u"name"_s, u"Ana %2 López"_s);
    scenario.insert(u"persona"_s, persona);
    QFile team(dir.filePath(u"team-percent.json"_s));
    QVERIFY(team.open(QIODevice::WriteOnly));
    team.write(QJsonDocument(scenario).toJson());
    team.close();
    QFile script(dir.filePath(u"replies.jsonl"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"({"text": "I'm sorry, I'm checking it now and will write to you today.", "seconds": 20})" "\n");
    script.close();
    const Run run = cli({u"roleplay"_s, u"team-percent"_s, u"--scenarios"_s, dir.path(), u"--script"_s, script.fileName()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Ana %2 L"), run.out.left(600).constData());
}

void TestCli::roleplayScripted()
{
    QTemporaryDir dir;
    QFile script(dir.filePath(u"replies.jsonl"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(R"({"text": "Calm down, as I already said it is on its way.", "seconds": 200}
{"text": "I'm sorry order A-48213 is late. I'll send a replacement today by next-day delivery, it arrives tomorrow.", "seconds": 30}
)");
    script.close();
    const QStringList arguments{u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, script.fileName(), u"--seed"_s, u"3"_s, u"--json"_s};
    const Run first = cli(arguments);
    QCOMPARE(first.exitCode, 0);
    const QJsonObject session = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(session.value(u"scenario").toString(), u"en-late-delivery"_s);
    const QJsonArray turns = session.value(u"turns").toArray();
    QCOMPARE(turns.size(), 5);
    QCOMPARE(turns.at(1).toObject().value(u"responseSeconds").toDouble(), 200.0);
    QVERIFY(turns.at(2).toObject().value(u"heat").toInt() > turns.at(0).toObject().value(u"heat").toInt());
    QVERIFY(turns.at(4).toObject().value(u"heat").toInt() < turns.at(2).toObject().value(u"heat").toInt());
    const int total = session.value(u"score").toObject().value(u"total").toInt();
    QVERIFY(total > 0 && total < 100);
    // The same seed and script replay the same session, byte for byte.
    QCOMPARE(cli(arguments).out, first.out);

    // Saved for the dashboard, with an HTML report.
    const QString db = dir.filePath(u"train.sqlite"_s);
    const QString report = dir.filePath(u"report.html"_s);
    const Run saved = cli({u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, script.fileName(), u"--save"_s,
                           u"--trainee"_s, u"Ana"_s, u"--database"_s, db, u"--report"_s, report});
    QCOMPARE(saved.exitCode, 0);
    QVERIFY2(saved.out.contains("Saved as session 1."), saved.out.constData());
    QVERIFY(saved.out.contains("Score: "));
    QVERIFY(saved.out.contains("raised the heat by"));
    QFile html(report);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("Role-play report"));

    // Typed replies on standard input; /quit stops.
    const Run typed = cli({u"roleplay"_s, u"es-late-delivery"_s}, "Entiendo su enfado, lo siento mucho.\n/quit\n");
    QCOMPARE(typed.exitCode, 0);
    QVERIFY(typed.out.contains("Not finished"));

    QFile badScript(dir.filePath(u"bad.jsonl"_s));
    QVERIFY(badScript.open(QIODevice::WriteOnly));
    badScript.write("{\"text\": \"hi\"}\n{\"seconds\": 3}\n");
    badScript.close();
    const Run failed = cli({u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, badScript.fileName()});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("bad.jsonl:2: (text) missing or empty"), failed.err.constData());
    const Run unknown = cli({u"roleplay"_s, u"no-such-scenario"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("en-late-delivery"));
    QVERIFY(cli({u"roleplay"_s, u"--list"_s}).out.contains("es-abusive"));
}

void TestCli::teamLexiconOption()
{
    QTemporaryDir dir;
    QFile team(dir.filePath(u"team-es.tsv"_s));
    QVERIFY(team.open(QIODevice::WriteOnly));
    team.write("megacabreo\tword\tanger\t3\n");
    team.close();
    const Run run = cli({u"score"_s, u"--lexicon"_s, team.fileName(), u"--lang"_s, u"es"_s, u"--text"_s, u"vaya megacabreo"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("megacabreo"));
    const Run missing = cli({u"score"_s, u"--lexicon"_s, dir.filePath(u"nope-es.tsv"_s), u"--text"_s, u"x"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("cannot open"));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"score"_s, u"--lang"_s, u"fr"_s, u"--text"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"lexicon"_s}).exitCode, 2);
}

void TestCli::suggest()
{
    const Run run = cli({u"suggest"_s, u"--agent"_s, u"Marta"_s},
                        R"({"id":1,"text":"Mi pedido 4500123 no ha llegado, ¿cuándo llega?","customer":"Ana"}
not json
{"id":3,"text":"You only refunded $20 of the $89.90 I paid, I want a full refund. This is outrageous."}
{"id":4,"text":"¿Y mi pedido?","conversation":[{"from":"customer","text":"Mi pedido 4500123 no ha llegado."}]}
{"id":5,"text":"hola","conversation":"yesterday"}
)");
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0).value(u"id").toInt(), 1);
    QCOMPARE(lines.at(0).value(u"lang").toString(), u"es"_s);
    QVERIFY(QJsonDocument(lines.at(3)).toJson().contains("4500123"));
    QVERIFY(lines.at(4).value(u"error").toString().contains(u"conversation"_s));
    const QJsonArray suggestions = lines.at(0).value(u"suggestions").toArray();
    QVERIFY(suggestions.size() >= 2);
    for (const QJsonValue &v : suggestions) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(u"text"_s).toString().contains(u"Marta"_s));
        QVERIFY(s.value(u"text"_s).toString().contains(u"Ana"_s));
        QVERIFY(s.value(u"heat"_s).toInt() < 25);
        QVERIFY(!s.value(u"reason"_s).toString().isEmpty());
    }
    QCOMPARE(lines.at(0).value(u"facts").toArray().first().toObject().value(u"text").toString(), u"4500123"_s);
    QCOMPARE(lines.at(1).value(u"line").toInt(), 2);
    QCOMPARE(lines.at(2).value(u"suggestions").toArray().first().toObject().value(u"strategy").toString(), u"topic-shift"_s);

    // The reasons in the agent's language, the reply in the customer's.
    const Run spanishScreen = cli({u"suggest"_s, u"--reason-lang"_s, u"es"_s, u"--text"_s,
                                   u"My order 4471 still hasn't arrived and nobody answers my emails."_s});
    QCOMPARE(spanishScreen.exitCode, 0);
    const QJsonObject first = spanishScreen.lines().value(0).value(u"suggestions").toArray().first().toObject();
    QVERIFY2(first.value(u"text"_s).toString().contains(u"order"_s), spanishScreen.out.constData());
    QVERIFY2(first.value(u"reason"_s).toString().contains(u"El tono del mensaje"_s), spanishScreen.out.constData());
    const Run badLanguage = cli({u"suggest"_s, u"--reason-lang"_s, u"fr"_s, u"--text"_s, u"hola"_s});
    QCOMPARE(badLanguage.exitCode, 2);
    QVERIFY(badLanguage.err.contains("--reason-lang must be es or en"));
}

void TestCli::suggestionsAreReproducible()
{
    // The same messages get the same replies in every run (nothing depends on per-process hash seeds).
    QByteArray input;
    for (const char *text : {"You are useless thieves, where is my refund?", "Sois unos inútiles, ¿dónde está mi pedido?",
                             "My order is late again, this is the third time I write", "Me habéis cobrado dos veces la factura",
                             "Great service, thank you so much!", "No internet since yesterday, fix it now"})
        input += QByteArray("{\"text\":\"") + text + "\"}\n";
    const QByteArray first = cli({u"suggest"_s}, input).out;
    QVERIFY(!first.isEmpty());
    for (int run = 0; run < 3; ++run)
        QCOMPARE(cli({u"suggest"_s}, input).out, first);
}

void TestCli::coach()
{
    const Run one = cli({u"coach"_s, u"--draft"_s, u"Calm down, as I already said it's our policy."_s, u"--message"_s,
                         u"Why was my refund refused?"_s});
    QCOMPARE(one.exitCode, 0);
    const QJsonObject review = one.lines().first();
    QCOMPARE(review.value(u"verdict").toString(), u"rewrite"_s);
    QVERIFY(review.value(u"flags").toArray().size() >= 3);
    QVERIFY(!review.value(u"flags").toArray().first().toObject().value(u"rewrites").toArray().isEmpty());

    const Run batch = cli({u"coach"_s}, R"({"id":"a","draft":"Entiendo la espera. Le escribo hoy antes de las 18:00 con el seguimiento del pedido 4500123.","message":"¿Dónde está mi pedido 4500123?"}
{"id":"b","message":"no draft here"}
)");
    QCOMPARE(batch.exitCode, 1);
    const auto lines = batch.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(u"verdict").toString(), u"send"_s);
    QVERIFY(lines.at(1).value(u"error").toString().contains(u"draft"_s));
}

void TestCli::dataCommands()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli.sqlite"_s);
    const Run migrate = cli({u"db"_s, u"migrate"_s, u"--database"_s, db});
    QCOMPARE(migrate.exitCode, 0);
    QVERIFY(migrate.out.contains("schema version: 8 (this Calma knows 8)"));
    QFile csv(dir.filePath(u"export.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Ticket,Mensaje,Correo,Fecha\nT-1,\"Mi pedido 4500123 no llega, llámenme al +34 600 000 123\",ana@example.com,2026-03-01\n"
              "T-2,You useless idiots,tom@example.org,2026-03-02\n");
    csv.close();
    const Run imported = cli({u"import"_s, csv.fileName(), u"--database"_s, db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("messages added: 2"), imported.out.constData());
    QCOMPARE(cli({u"import"_s, csv.fileName(), u"--database"_s, db}).out.contains("already imported: 2"), true);
    const Run info = cli({u"db"_s, u"info"_s, u"--database"_s, db});
    QVERIFY(info.out.contains("conversations: 2") && info.out.contains("messages: 2"));
    const Run found = cli({u"search"_s, u"pedido"_s, u"--database"_s, db});
    QCOMPARE(found.exitCode, 0);
    QVERIFY(found.out.contains("[pedido]"));
    const Run exported = cli({u"export"_s, u"--redact"_s, u"--format"_s, u"json"_s, u"--database"_s, db});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("4500123") && !exported.out.contains("ana@example.com") && !exported.out.contains("600 000"));
    QFile bad(dir.filePath(u"bad.csv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Ticket,Mensaje\nT-9,\"sin cerrar\n");
    bad.close();
    const Run failed = cli({u"import"_s, bad.fileName(), u"--database"_s, db});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("bad.csv:2: column 5: a quoted field is never closed"), failed.err.constData());
    const Run demo = cli({u"demo"_s, u"--database"_s, dir.filePath(u"demo.sqlite"_s)});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("demo data: 2"));
    QCOMPARE(cli({u"db"_s, u"info"_s, u"--database"_s, u"mysql://nope"_s}).exitCode, 1);
}

void TestCli::feedbackExport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"feedback.sqlite"_s);
    QCOMPARE(cli({u"db"_s, u"migrate"_s, u"--database"_s, db}).exitCode, 0);
    // No feedback yet: nothing to write, and that is not an error.
    const Run empty = cli({u"feedback"_s, u"export"_s, u"--database"_s, db});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.isEmpty());
    {
        // Feedback as the app stores it: one on a message, one from the tone check (no message).
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"feedback"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        for (const char *statement : {
                 "INSERT INTO agents (name, created_ms) VALUES ('Marta', 1)",
                 "INSERT INTO conversations (id, waiting_since_ms, created_ms) VALUES (1, 1, 1)",
                 "INSERT INTO messages (id, conversation_id, direction, body, sent_ms, language, heat, level) "
                 "VALUES (7, 1, 'customer', 'Estoy muy decepcionada', 1, 'es', 64, 'heated')",
                 "INSERT INTO score_feedback (message_id, agent_id, verdict, text, language, heat, comment, created_ms) "
                 "VALUES (7, 1, 'too_high', 'Estoy muy decepcionada', 'es', 64, '', 100)",
                 "INSERT INTO score_feedback (message_id, agent_id, verdict, expected_kind, text, language, heat, comment, created_ms) "
                 "VALUES (NULL, NULL, 'wrong_kind', 'dissatisfaction', 'I''m so sad, \"again\"\nit broke', 'en', 58, 'sad, not angry', 200)",
                 "INSERT INTO score_feedback (message_id, agent_id, verdict, expected_level, text, language, heat, comment, created_ms) "
                 "VALUES (NULL, 1, 'too_low', 'hostile', 'Fine. Whatever.', 'en', 10, '', 300)"}) {
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"feedback"_s);

    const Run run = cli({u"feedback"_s, u"export"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = lines.at(0);
    QCOMPARE(first.value(u"text").toString(), u"Estoy muy decepcionada"_s);
    QCOMPARE(first.value(u"lang").toString(), u"es"_s);
    QCOMPARE(first.value(u"level").toString(), u"tense"_s); // heated, too high: one level down
    QCOMPARE(first.value(u"verdict").toString(), u"too_high"_s);
    QCOMPARE(first.value(u"calma_heat").toInt(), 64);
    QCOMPARE(first.value(u"message_id").toInt(), 7);
    QCOMPARE(first.value(u"agent").toString(), u"Marta"_s);
    QCOMPARE(first.value(u"comment").toString(), QString());
    QCOMPARE(first.value(u"created_ms").toInt(), 100);
    // lexicon fit takes a "heat" before a "level" as the label: Calma's own heat must not be one.
    QVERIFY(!first.contains(u"heat"));
    const QJsonObject second = lines.at(1);
    QCOMPARE(second.value(u"text").toString(), u"I'm so sad, \"again\"\nit broke"_s);
    QCOMPARE(second.value(u"level").toString(), u"heated"_s); // wrong kind: the same level
    QCOMPARE(second.value(u"expected_kind").toString(), u"dissatisfaction"_s);
    QVERIFY(second.value(u"message_id").isNull());
    QVERIFY(second.value(u"agent").isNull());
    QCOMPARE(lines.at(2).value(u"level").toString(), u"hostile"_s); // the agent's own choice
    QVERIFY(lines.at(2).value(u"expected_kind").isNull());
    QVERIFY(run.out.startsWith("{\"text\":\"Estoy muy decepcionada\",\"lang\":\"es\",\"level\":\"tense\",\"verdict\":\"too_high\","));

    // To a file: the same lines, replaced whole.
    const QString file = dir.filePath(u"feedback.jsonl"_s);
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export that is much longer than the new one will be, to see it replaced whole\n"
              "an older export that is much longer than the new one will be, to see it replaced whole\n"
              "an older export that is much longer than the new one will be, to see it replaced whole\n"
              "an older export that is much longer than the new one will be, to see it replaced whole\n");
    old.close();
    const Run toFile = cli({u"feedback"_s, u"export"_s, u"--database"_s, db, u"--output"_s, file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), run.out);

    // Never over the database or its companions.
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    for (const QString &target : QStringList{db, db + u"-wal"_s, db + u"-shm"_s, dir.filePath(u"sub/../feedback.sqlite"_s)}) {
        const Run refused = cli({u"feedback"_s, u"export"_s, u"--database"_s, db, u"--output"_s, target});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("is the database being read"), refused.err.constData());
    }
    QCOMPARE(cli({u"db"_s, u"info"_s, u"--database"_s, db}).exitCode, 0); // still a database

    // A write that fails says where and why, and the status says it failed; /dev/full stays a device.
    const Run full = cli({u"feedback"_s, u"export"_s, u"--database"_s, db, u"--output"_s, u"/dev/full"_s});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains("/dev/full") && full.err.contains("No space left on device"), full.err.constData());
    QVERIFY(QFileInfo::exists(u"/dev/full"_s) && !QFileInfo(u"/dev/full"_s).isFile());
    QProcess toFull;
    toFull.setStandardOutputFile(u"/dev/full"_s);
    toFull.start(QStringLiteral(CALMA_CLI), {u"feedback"_s, u"export"_s, u"--database"_s, db});
    QVERIFY(toFull.waitForFinished(60000));
    QCOMPARE(toFull.exitCode(), 1);
    const QByteArray err = toFull.readAllStandardError();
    QVERIFY2(err.contains("standard output") && err.contains("No space left on device"), err.constData());
    const Run missing = cli({u"feedback"_s, u"export"_s, u"--database"_s, db, u"--output"_s, dir.filePath(u"no/such/folder/x.jsonl"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no/such/folder/x.jsonl"), missing.err.constData());

    QCOMPARE(cli({u"feedback"_s}).exitCode, 2);
    QCOMPARE(cli({u"feedback"_s, u"import"_s}).exitCode, 2);
}

void TestCli::outputsNeverReplaceTheDatabase_data()
{
    QTest::addColumn<QString>("target"); // how the output names the database
    QTest::newRow("the file") << u"db"_s;
    QTest::newRow("its -wal") << u"wal"_s;
    QTest::newRow("its -shm") << u"shm"_s;
    QTest::newRow("a symbolic link") << u"link"_s;
    QTest::newRow("a hard link") << u"hard"_s;
    QTest::newRow("through ..") << u"dots"_s;
}

void TestCli::outputsNeverReplaceTheDatabase()
{
    // An export or a report pointed at the database it reads is refused before anything is written,
    // by name, link or hard link; the database and a role-play session are not lost.
    QFETCH(QString, target);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"calma.sqlite"_s);
    QCOMPARE(cli({u"demo"_s, u"--database"_s, db}).exitCode, 0);
    QString path = db;
    if (target == u"wal" || target == u"shm") {
        path = db + u'-' + target;
        QFile companion(path);
        QVERIFY(companion.open(QIODevice::WriteOnly)); // as a reader leaves it while another agent works
    } else if (target == u"link") {
        path = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(db, path));
    } else if (target == u"hard") {
        path = dir.filePath(u"hard.sqlite"_s);
        QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(path).constData()), 0);
    } else if (target == u"dots") {
        QDir(dir.path()).mkdir(u"sub"_s);
        path = dir.filePath(u"sub/../calma.sqlite"_s);
    }
    const auto size = QFileInfo(db).size();
    const Run exported = cli({u"export"_s, u"--database"_s, db, u"--output"_s, path});
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains("is the database being read"), exported.err.constData());
    const Run feedback = cli({u"feedback"_s, u"export"_s, u"--database"_s, db, u"--output"_s, path});
    QCOMPARE(feedback.exitCode, 2);
    QTemporaryFile script;
    QVERIFY(script.open());
    script.write(R"({"text":"I'm sorry, I'm checking your order now and will write to you today.","seconds":20})" "\n");
    script.close();
    const Run roleplay = cli({u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, script.fileName(), u"--save"_s,
                              u"--database"_s, db, u"--report"_s, path});
    QCOMPARE(roleplay.exitCode, 2);
    QVERIFY2(roleplay.err.contains("is the database being read"), roleplay.err.constData());
    QCOMPARE(QFileInfo(db).size(), size);
    if (target == u"db") {
        // A scripted session that is saved is dated now, not 1970.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run saved = cli({u"roleplay"_s, u"en-late-delivery"_s, u"--script"_s, script.fileName(), u"--save"_s, u"--database"_s, db});
        QCOMPARE(saved.exitCode, 0);
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"started"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(u"SELECT MIN(started_ms) FROM roleplay_sessions"_s, sql);
        QVERIFY2(q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toLongLong() >= before, qPrintable(q.value(0).toString()));
        q.finish();
        sql.close();
        sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"started"_s);
    }
    const Run info = cli({u"db"_s, u"info"_s, u"--database"_s, db});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("conversations: 224"), info.out.constData());
    // Another file is fine, and is written whole.
    const Run elsewhere = cli({u"export"_s, u"--database"_s, db, u"--output"_s, dir.filePath(u"export.csv"_s)});
    QCOMPARE(elsewhere.exitCode, 0);
    QVERIFY(QFileInfo(dir.filePath(u"export.csv"_s)).size() > 1000);
}

void TestCli::concurrentWriters()
{
    // Six processes opening one fresh SQLite file at once all succeed (the migrations take a lock
    // and skip what another applied), and two imports at once both land: the second waits for the
    // write lock instead of failing with "database is locked".
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shared.sqlite"_s);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(CALMA_CLI), {u"db"_s, u"migrate"_s, u"--database"_s, db});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QStringList files;
    for (int f = 0; f < 2; ++f) {
        QFile csv(dir.filePath(u"batch%1.csv"_s.arg(f)));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Ticket,Message,Email,Date\n");
        for (int i = 0; i < 3000; ++i)
            csv.write(QStringLiteral("T-%1-%2,Where is my order %2? Nobody answers.,c%2@example.com,2026-03-01\n").arg(f).arg(i).toUtf8());
        csv.close();
        files << csv.fileName();
    }
    processes.clear();
    for (const QString &file : files) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(CALMA_CLI), {u"import"_s, file, u"--database"_s, db});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const Run info = cli({u"db"_s, u"info"_s, u"--database"_s, db});
    QVERIFY2(info.out.contains("messages: 6000"), info.out.constData());
}

void TestCli::damagedDatabaseExportsNothing()
{
    // A damaged page is an error that says so, never an export of fewer messages with status 0.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"damaged.sqlite"_s);
    QCOMPARE(cli({u"demo"_s, u"--database"_s, db}).exitCode, 0);
    QCOMPARE(cli({u"db"_s, u"info"_s, u"--database"_s, db}).exitCode, 0); // checkpointed and closed
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = 4096, pages = file.size() / page;
    for (qint64 n = pages / 2; n < pages / 2 + 6; ++n) {
        QVERIFY(file.seek(n * page + 200));
        file.write(QByteArray(1500, char(0xff)));
    }
    file.close();
    const QString out = dir.filePath(u"export.csv"_s);
    const Run exported = cli({u"export"_s, u"--database"_s, db, u"--output"_s, out});
    QVERIFY2(exported.exitCode != 0, exported.err.constData());
    QVERIFY2(exported.err.contains("malformed") || exported.err.contains("corrupt") || exported.err.contains("damaged"), exported.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    // Opening it to write is refused before anything is written: the file stays as it was.
    QFile before(db);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const QString csv = dir.filePath(u"new.csv"_s);
    QFile sample(csv);
    QVERIFY(sample.open(QIODevice::WriteOnly));
    sample.write("ticket,text\nT9,Where is my parcel?\n");
    sample.close();
    const Run import = cli({u"import"_s, u"--database"_s, db, csv});
    QVERIFY(import.exitCode != 0);
    QVERIFY2(import.err.contains("is damaged") && import.err.contains("left untouched"), import.err.constData());
    QFile after(db);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == bytes);
}

void TestCli::foreignAndNewerDatabasesUntouched()
{
    // Another application's SQLite file, or a newer Calma's, is refused before anything is written:
    // no Calma tables are added and the journal mode stays as it was.
    QTemporaryDir dir;
    const QString foreign = dir.filePath(u"crm.sqlite"_s), newer = dir.filePath(u"newer.sqlite"_s);
    QCOMPARE(cli({u"db"_s, u"migrate"_s, u"--database"_s, newer}).exitCode, 0);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        sql.setDatabaseName(foreign);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s));
        sql.close();
        sql.setDatabaseName(newer);
        QVERIFY(sql.open());
        QSqlQuery n(sql);
        QVERIFY(n.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(n.exec(u"INSERT INTO schema_migrations (version, name, applied_ms) VALUES (99, 'future', 0)"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);
    const Run onForeign = cli({u"db"_s, u"info"_s, u"--database"_s, foreign});
    QCOMPARE(onForeign.exitCode, 1);
    QVERIFY2(onForeign.err.contains("not a Calma database") && onForeign.err.contains("customers"), onForeign.err.constData());
    const Run onNewer = cli({u"export"_s, u"--database"_s, newer});
    QCOMPARE(onNewer.exitCode, 1);
    QVERIFY2(onNewer.err.contains("newer than this Calma knows"), onNewer.err.constData());
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        sql.setDatabaseName(foreign);
        QVERIFY(sql.open());
        QSqlQuery q(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"_s, sql);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        sql.close();
        sql.setDatabaseName(newer);
        QVERIFY(sql.open());
        QSqlQuery mode(u"PRAGMA journal_mode"_s, sql);
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), u"delete"_s);
        mode.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestCli::importSkipsBadRowsWhenAsked()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"skip.sqlite"_s), csv = dir.filePath(u"mixed.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ticket,text,date\nT1,hola,2026-01-01\nT2,,2026-01-02\nT3,adiós,ayer\nT4,bien,2026-01-04\n");
    file.close();
    // All or nothing by default: the first bad row stops it and nothing is written.
    const Run strict = cli({u"import"_s, csv, u"--database"_s, db});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains("mixed.csv:3 (text): empty message text"), strict.err.constData());
    // Asked to skip: every bad row is listed with its line and reason, and the rest is imported.
    const Run skipping = cli({u"import"_s, csv, u"--skip-bad-rows"_s, u"--database"_s, db});
    QCOMPARE(skipping.exitCode, 0);
    QVERIFY2(skipping.err.contains("skipped ") && skipping.err.contains("mixed.csv:3 (text): empty message text")
                 && skipping.err.contains("mixed.csv:4 (date): not a date and time: \"ayer\""),
             skipping.err.constData());
    QVERIFY2(skipping.out.contains("messages added: 2") && skipping.out.contains("skipped: 2"), skipping.out.constData());
    // Every row bad: skipping them all imports nothing, and that is not a success.
    QFile allBad(dir.filePath(u"allbad.csv"_s));
    QVERIFY(allBad.open(QIODevice::WriteOnly));
    allBad.write("ticket,text\nT7,\nT8,\n");
    allBad.close();
    const Run none = cli({u"import"_s, allBad.fileName(), u"--skip-bad-rows"_s, u"--database"_s, db});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("nothing was imported: every row has an error"), none.err.constData());
    // Bad dates given as numbers, and the date format said.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("ticket,text,date\nT9,hola,1767225600\n");
    file.close();
    QCOMPARE(cli({u"import"_s, csv, u"--database"_s, db}).exitCode, 1);
    QCOMPARE(cli({u"import"_s, csv, u"--date-format"_s, u"ymd"_s, u"--database"_s, db}).exitCode, 2);
    QCOMPARE(cli({u"import"_s, csv, u"--date-format"_s, u"epoch-s"_s, u"--database"_s, db}).exitCode, 0);
}

void TestCli::mistypedPathCreatesNothing()
{
    // A --database in a folder that does not exist is an error, and creates nothing; db migrate creates it.
    QTemporaryDir dir;
    const QString typo = dir.filePath(u"suport/calma.sqlite"_s);
    const Run info = cli({u"db"_s, u"info"_s, u"--database"_s, typo});
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains("does not exist"), info.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"suport"_s)));
    QCOMPARE(cli({u"db"_s, u"migrate"_s, u"--database"_s, typo}).exitCode, 0);
    QVERIFY(QFileInfo::exists(typo));
}

void TestCli::badNumbers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("threads 0") << QStringList{u"score"_s, u"--threads"_s, u"0"_s, u"--text"_s, u"hola"_s} << QByteArray("--threads");
    QTest::newRow("threads -3") << QStringList{u"score"_s, u"--threads"_s, u"-3"_s, u"--text"_s, u"hola"_s} << QByteArray("--threads");
    QTest::newRow("threads 20000") << QStringList{u"score"_s, u"--threads"_s, u"20000"_s, u"--text"_s, u"hola"_s} << QByteArray("from 1 to 256");
    QTest::newRow("limit abc") << QStringList{u"search"_s, u"pedido"_s, u"--limit"_s, u"abc"_s} << QByteArray("--limit");
    QTest::newRow("limit -1") << QStringList{u"search"_s, u"pedido"_s, u"--limit"_s, u"-1"_s} << QByteArray("--limit");
}

void TestCli::badNumbers()
{
    // A number out of range is a usage error that names the option, never a crash.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    if (arguments.first() == u"search")
        arguments << u"--database"_s << dir.filePath(u"none.sqlite"_s);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"none.sqlite"_s))); // checked before the database is opened
}

void TestCli::outputsToAFullDisk_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("toFile"); // --output /dev/full rather than standard output
    QTest::newRow("export --output") << QStringList{u"export"_s, u"--output"_s, u"/dev/full"_s} << true;
    QTest::newRow("export to standard output") << QStringList{u"export"_s} << false;
    QTest::newRow("search") << QStringList{u"search"_s, u"pedido"_s} << false;
    QTest::newRow("db info") << QStringList{u"db"_s, u"info"_s} << false;
    QTest::newRow("suggest") << QStringList{u"suggest"_s, u"--text"_s, u"Where is my order 4500123?"_s} << false;
    QTest::newRow("coach") << QStringList{u"coach"_s, u"--draft"_s, u"Calm down."_s} << false;
}

void TestCli::outputsToAFullDisk()
{
    // A full disk is an error that says so (exit non-zero), never "written".
    QFETCH(QStringList, arguments);
    QFETCH(bool, toFile);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"calma.sqlite"_s);
    QCOMPARE(cli({u"demo"_s, u"--database"_s, db}).exitCode, 0);
    const bool usesDatabase = arguments.first() != u"suggest" && arguments.first() != u"coach";
    if (usesDatabase)
        arguments << u"--database"_s << db;
    QProcess process;
    if (!toFile)
        process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(CALMA_CLI), arguments);
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() != 0, qPrintable(arguments.join(u' ')));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("No space left on device"), err.constData());
    QVERIFY2(!err.contains("written to"), err.constData());
}

void TestCli::conversationWorkflow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"workflow.sqlite"_s);
    QFile csv(dir.filePath(u"tickets.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Ticket,Mensaje,Correo,Fecha\nT-1,\"Mi pedido no llega, es la tercera vez que escribo!!!\",ana@example.com,2026-03-01T10:00:00Z\n"
              "T-2,Could you confirm my address?,tom@example.org,2026-03-02T09:00:00Z\n");
    csv.close();
    QCOMPARE(cli({u"import"_s, csv.fileName(), u"--database"_s, db}).exitCode, 0);

    // list: the inbox's order, JSON Lines with the contract's keys, nulls where nothing is known.
    const Run listed = cli({u"conversation"_s, u"list"_s, u"--json"_s, u"--database"_s, db});
    QCOMPARE(listed.exitCode, 0);
    const auto rows = listed.lines();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(listed.out.startsWith(R"({"id":)"), listed.out.constData());
    QVERIFY(listed.out.contains(R"("assignee":null)"));
    for (const QJsonObject &row : rows) {
        for (const char *key : {"id", "external_id", "subject", "status", "assignee", "heat", "waiting_since"})
            QVERIFY2(row.contains(QLatin1StringView(key)), key);
        QCOMPARE(row.value(u"status").toString(), u"open"_s);
    }
    QCOMPARE(rows.at(0).value(u"external_id").toString(), u"T-1"_s); // hotter first
    QCOMPARE(rows.at(0).value(u"waiting_since").toString(), u"2026-03-01T10:00:00Z"_s);
    const QString id = QString::number(rows.at(0).value(u"id").toInteger());
    const QString other = QString::number(rows.at(1).value(u"id").toInteger());
    const Run table = cli({u"conversation"_s, u"list"_s, u"--database"_s, db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("ID ") && table.out.contains("T-1 ") && table.out.contains("2026-03-01 10:00 UTC"), table.out.constData());

    // show: state and messages; an unscored message (a reply) has heat null.
    Run shown = cli({u"conversation"_s, u"show"_s, id, u"--json"_s, u"--database"_s, db});
    QCOMPARE(shown.exitCode, 0);
    QJsonObject state = shown.lines().value(0);
    QCOMPARE(state.value(u"status").toString(), u"open"_s);
    QVERIFY(state.value(u"assignee").isNull());
    QCOMPARE(state.value(u"messages").toArray().size(), 1);
    QCOMPARE(state.value(u"messages").toArray().first().toObject().value(u"direction").toString(), u"customer"_s);
    QVERIFY(state.value(u"messages").toArray().first().toObject().value(u"heat").toInt() > 0);

    // claim, and a claim held by another agent: refused, naming the holder.
    Run run = cli({u"conversation"_s, u"claim"_s, id, u"--agent"_s, u"Marta"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("claimed by Marta"), run.out.constData());
    run = cli({u"conversation"_s, u"claim"_s, id, u"--agent"_s, u"Tom"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("claimed by Marta") && run.err.contains("30 min"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    run = cli({u"conversation"_s, u"release"_s, id, u"--agent"_s, u"Tom"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("claimed by Marta, not by Tom"), run.err.constData());
    // A reply by someone else is refused and writes nothing.
    run = cli({u"conversation"_s, u"reply"_s, id, u"--agent"_s, u"Tom"_s, u"--text"_s, u"Hola"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("claimed by Marta") && run.err.contains("not stored"), run.err.constData());
    // The holder's reply: pending, nobody waiting, still hers.
    run = cli({u"conversation"_s, u"reply"_s, id, u"--agent"_s, u"Marta"_s, u"--text"_s, u"Lo siento mucho, lo miro ahora."_s, u"--json"_s,
               u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    state = run.lines().value(0);
    QCOMPARE(state.value(u"status").toString(), u"pending"_s);
    QVERIFY(state.value(u"waiting_since").isNull());
    QCOMPARE(state.value(u"assignee").toString(), u"Marta"_s);
    shown = cli({u"conversation"_s, u"show"_s, id, u"--json"_s, u"--database"_s, db});
    const QJsonArray messages = shown.lines().value(0).value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject reply = messages.at(1).toObject();
    QCOMPARE(reply.value(u"direction").toString(), u"agent"_s);
    QCOMPARE(reply.value(u"author").toString(), u"Marta"_s);
    QCOMPARE(reply.value(u"text").toString(), u"Lo siento mucho, lo miro ahora."_s);
    QVERIFY(reply.value(u"heat").isNull());
    QVERIFY(QDateTime::fromString(reply.value(u"time").toString(), Qt::ISODate).isValid());
    QVERIFY(reply.value(u"time").toString().endsWith(u'Z'));
    // An unclaimed conversation is claimed by the replier.
    run = cli({u"conversation"_s, u"reply"_s, other, u"--agent"_s, u"Tom"_s, u"--text"_s, u"Sure, one moment."_s, u"--json"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines().value(0).value(u"assignee").toString(), u"Tom"_s);
    // The readable show.
    shown = cli({u"conversation"_s, u"show"_s, id, u"--database"_s, db});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("status: pending") && shown.out.contains("assignee: Marta") && shown.out.contains("waiting since: not waiting")
                 && shown.out.contains("agent Marta"), shown.out.constData());

    // status: solved releases; solved and closed leave the default list.
    run = cli({u"conversation"_s, u"status"_s, id, u"solved"_s, u"--json"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    state = run.lines().value(0);
    QCOMPARE(state.value(u"status").toString(), u"solved"_s);
    QVERIFY(state.value(u"assignee").isNull());
    QCOMPARE(cli({u"conversation"_s, u"list"_s, u"--json"_s, u"--database"_s, db}).lines().size(), 1);
    const auto solved = cli({u"conversation"_s, u"list"_s, u"--status"_s, u"solved"_s, u"--json"_s, u"--database"_s, db}).lines();
    QCOMPARE(solved.size(), 1);
    QCOMPARE(solved.first().value(u"external_id").toString(), u"T-1"_s);
    run = cli({u"conversation"_s, u"release"_s, other, u"--agent"_s, u"Tom"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("released"), run.out.constData());
    run = cli({u"conversation"_s, u"release"_s, other, u"--agent"_s, u"Tom"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not claimed by anyone"), run.err.constData());

    // The team's claim expiry.
    run = cli({u"conversation"_s, u"expiry"_s, u"45"_s, u"--database"_s, db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("45 min"), run.out.constData());
    QVERIFY(cli({u"conversation"_s, u"expiry"_s, u"--database"_s, db}).out.contains("45 min"));

    // Not found: exit 1, nothing written.
    for (const QString &action : {u"show"_s, u"claim"_s, u"release"_s, u"reply"_s, u"status"_s}) {
        QStringList arguments{u"conversation"_s, action, u"999"_s, u"--database"_s, db};
        if (action != u"show" && action != u"status")
            arguments << u"--agent"_s << u"Marta"_s;
        if (action == u"reply")
            arguments << u"--text"_s << u"Hola"_s;
        if (action == u"status")
            arguments.insert(3, u"open"_s);
        run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("there is no conversation 999"), qPrintable(action + u": "_s + QString::fromUtf8(run.err)));
        QVERIFY(run.out.isEmpty());
    }
    const Run info = cli({u"db"_s, u"info"_s, u"--database"_s, db});
    QVERIFY2(info.out.contains("conversations: 2") && info.out.contains("messages: 4"), info.out.constData());
}

void TestCli::conversationUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no action") << QStringList{} << QByteArray("usage: calma-cli conversation");
    QTest::newRow("unknown action") << QStringList{u"archive"_s, u"1"_s} << QByteArray("unknown action 'archive'");
    QTest::newRow("id not a number") << QStringList{u"show"_s, u"abc"_s} << QByteArray("not \"abc\"");
    QTest::newRow("id zero") << QStringList{u"show"_s, u"0"_s} << QByteArray("whole number from 1");
    QTest::newRow("no id") << QStringList{u"claim"_s, u"--agent"_s, u"Marta"_s} << QByteArray("which conversation?");
    QTest::newRow("claim without agent") << QStringList{u"claim"_s, u"1"_s} << QByteArray("--agent NAME is required");
    QTest::newRow("release without agent") << QStringList{u"release"_s, u"1"_s} << QByteArray("--agent NAME is required");
    QTest::newRow("reply without agent") << QStringList{u"reply"_s, u"1"_s, u"--text"_s, u"Hola"_s} << QByteArray("--agent NAME is required");
    QTest::newRow("reply without text") << QStringList{u"reply"_s, u"1"_s, u"--agent"_s, u"Marta"_s} << QByteArray("--text TEXT is required");
    QTest::newRow("reply with empty text") << QStringList{u"reply"_s, u"1"_s, u"--agent"_s, u"Marta"_s, u"--text"_s, u"  "_s}
                                          << QByteArray("--text TEXT is required");
    QTest::newRow("bad status") << QStringList{u"status"_s, u"1"_s, u"archived"_s} << QByteArray("open, pending, solved, closed, not \"archived\"");
    QTest::newRow("no status") << QStringList{u"status"_s, u"1"_s} << QByteArray("which status?");
    QTest::newRow("bad list status") << QStringList{u"list"_s, u"--status"_s, u"waiting"_s} << QByteArray("--status must be");
    QTest::newRow("bad limit") << QStringList{u"list"_s, u"--limit"_s, u"0"_s} << QByteArray("--limit");
    QTest::newRow("bad expiry") << QStringList{u"expiry"_s, u"soon"_s} << QByteArray("whole number of minutes");
    QTest::newRow("extra argument") << QStringList{u"show"_s, u"1"_s, u"2"_s} << QByteArray("unexpected \"2\"");
}

void TestCli::conversationUsageErrors()
{
    // Usage errors exit 2 and are found before the database is opened: nothing is created or written.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"none.sqlite"_s);
    const Run run = cli(QStringList{u"conversation"_s} + arguments + QStringList{u"--database"_s, db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(db));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
