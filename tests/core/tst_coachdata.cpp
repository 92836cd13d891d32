// The coach's data files: positioned errors for bad phrase lists and templates, and the shipped
// files' health (coverage of every situation and strategy the assistant needs).
#include "coach/coachlexicon.h"
#include "coach/replytemplates.h"

#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestCoachData : public QObject
{
    Q_OBJECT
private slots:
    void badPhraseLines_data();
    void badPhraseLines();
    void badTemplates_data();
    void badTemplates();
    void shippedPhrases_data();
    void shippedPhrases();
    void shippedTemplates_data();
    void shippedTemplates();
    void languagesMatch();
    void teamTemplatesOverride();
    void register_();
};

void TestCoachData::badPhraseLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    const QByteArray head = "@language\ten\n# comment\n";
    QTest::newRow("fields") << head + "calm down\tflag\tfeelings\n" << 3 << QString();
    QTest::newRow("kind") << head + "calm down\tflagg\tfeelings\tI hear you\n" << 3 << u"kind"_s;
    QTest::newRow("label") << head + "parcel\ttopic\tparcels\t-\n" << 3 << u"label"_s;
    QTest::newRow("flag without rewrite") << head + "calm down\tflag\tfeelings\t-\n" << 3 << u"rewrites"_s;
    QTest::newRow("rewrite on a topic") << head + "parcel\ttopic\tdelivery\tbox\n" << 3 << u"rewrites"_s;
    QTest::newRow("duplicate") << head + "parcel\ttopic\tdelivery\t-\nParcel\ttopic\tdelivery\t-\n" << 4 << u"term"_s;
}

void TestCoachData::badPhraseLines()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, field);
    const CoachFile file = CoachLexicon::parse(content, u"team-en.tsv"_s);
    QCOMPARE(file.errors.size(), 1);
    QCOMPARE(file.errors.first().line, line);
    QCOMPARE(file.errors.first().field, field);
}

void TestCoachData::badTemplates_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    auto file = [&](const QByteArray &part) -> QByteArray {
        return QByteArray("{\n  \"language\": \"en\",\n  \"parts\": {\n    \"ack\": [\"I understand.\"],\n    ") + part + "\n  }\n}\n";
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"language\": \"en\",\n  \"parts\": {\n    \"ack\": [ }\n  }\n}") << 4 << QString();
    QTest::newRow("slot") << file(R"("greet": ["Hi"])") << 5 << u"parts"_s;
    QTest::newRow("qualifier") << file(R"("ack.weather": ["Sunny."])") << 5 << u"parts"_s;
    QTest::newRow("placeholder") << file(R"("next": ["I'll write {dedline}."])") << 5 << u"parts"_s;
    QTest::newRow("empty") << file(R"("next": [])") << 5 << u"parts"_s;
    QTest::newRow("bracket") << file(R"("next": ["I'll write [to you."])") << 5 << u"parts"_s;
    QTest::newRow("register") << file(R"("next": ["((Le escribo."])") << 5 << u"parts"_s;
    QTest::newRow("itself") << file(R"("next": ["{next} again"])") << 5 << u"parts"_s;
    QTest::newRow("old templates") << QByteArray("{\n  \"language\": \"en\",\n  \"templates\": []\n}\n") << 3 << u"templates"_s;
}

void TestCoachData::badTemplates()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, field);
    const ReplyTemplateFile file = ReplyTemplates::parse(content, u"team.json"_s);
    QCOMPARE(file.errors.size(), 1);
    QCOMPARE(file.errors.first().line, line);
    QCOMPARE(file.errors.first().field, field);
    QVERIFY(file.errors.first().toString().startsWith(u"team.json:"_s + QString::number(line)));
}

void TestCoachData::shippedPhrases_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("es") << u":/coach/es.tsv"_s;
    QTest::newRow("en") << u":/coach/en.tsv"_s;
    QTest::newRow("es-case") << u":/coach/es-case.tsv"_s;
    QTest::newRow("en-case") << u":/coach/en-case.tsv"_s;
}

void TestCoachData::shippedPhrases()
{
    QFETCH(QString, path);
    const CoachFile file = CoachLexicon::parseFile(path);
    for (const LexiconIssue &issue : file.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(file.ok());
    QHash<QString, int> perLabel;
    for (const CoachEntry &e : file.entries)
        ++perLabel[coachKindName(e.kind) + u'/' + e.label];
    if (path.endsWith(u"-case.tsv")) {
        // The business, what is asked, when, and what may follow: every label has its words.
        for (const QString &domain : domainNames())
            QVERIFY2(perLabel.value(u"domain/"_s + domain) >= 15, qPrintable(domain));
        for (const QString &kind : requestKindNames())
            QVERIFY2(perLabel.value(u"ask/"_s + kind) >= 8, qPrintable(kind));
        for (const QString &deadline : deadlineKindNames())
            QVERIFY2(perLabel.value(u"deadline/"_s + deadline) >= 3, qPrintable(deadline));
        QVERIFY(perLabel.value(u"rhetorical/-"_s) >= 15);
        return;
    }
    perLabel.clear();
    for (const CoachEntry &e : file.entries)
        ++perLabel[coachKindName(e.kind) + u'/' + e.label];
    for (const QString &flag : {u"feelings"_s, u"repetition"_s, u"blame"_s, u"impossible"_s, u"wall"_s, u"not-my-problem"_s,
                                u"sarcasm"_s, u"passive-aggressive"_s, u"command"_s, u"dismissive"_s})
        QVERIFY2(perLabel.value(u"flag/"_s + flag) >= 2, qPrintable(flag));
    for (const QString &topic : {u"delivery"_s, u"billing"_s, u"refund"_s, u"outage"_s, u"account"_s})
        QVERIFY2(perLabel.value(u"topic/"_s + topic) >= 10, qPrintable(topic));
    QVERIFY(perLabel.value(u"request/request"_s) + perLabel.value(u"request/question"_s) >= 20);
    QVERIFY(perLabel.value(u"acknowledge/-"_s) >= 10);
    QVERIFY(perLabel.value(u"next-step/-"_s) >= 10);
    QVERIFY(perLabel.value(u"timeframe/-"_s) >= 10);
}

void TestCoachData::shippedTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("es") << u":/replies/es.json"_s;
    QTest::newRow("en") << u":/replies/en.json"_s;
}

void TestCoachData::shippedTemplates()
{
    QFETCH(QString, path);
    const ReplyTemplateFile file = ReplyTemplates::parseFile(path);
    for (const LexiconIssue &issue : file.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(file.ok());
    // Every strategy has its skeleton; every request kind an action; every failure an acknowledgement
    // and an apology; every threat its calm answer.
    for (const QString &key : {u"skeleton.calm"_s, u"skeleton.apologetic"_s, u"skeleton.topic-shift"_s, u"skeleton.calm.abuse"_s,
                               u"skeleton.calm.praise"_s, u"skeleton.topic-shift.position"_s, u"ack"_s, u"apology"_s, u"shift"_s,
                               u"park"_s, u"boundary"_s, u"thanks"_s, u"threat"_s, u"action"_s, u"next"_s, u"next.needed"_s,
                               u"missing"_s, u"close"_s, u"answer"_s})
        QVERIFY2(file.parts.contains(key), qPrintable(key));
    for (const QString &kind : requestKindNames())
        QVERIFY2(file.parts.contains(u"action."_s + kind), qPrintable(kind));
    for (const QString &failure : failureLabels()) {
        QVERIFY2(file.parts.contains(u"ack."_s + failure), qPrintable(failure));
        QVERIFY2(file.parts.contains(u"apology."_s + failure), qPrintable(failure));
    }
    for (const QString &threat : {u"legal"_s, u"regulator"_s, u"press"_s, u"review"_s, u"chargeback"_s})
        QVERIFY2(file.parts.contains(u"threat."_s + threat), qPrintable(threat));
    for (auto it = file.parts.begin(); it != file.parts.end(); ++it) {
        if (it.key().startsWith(u"skeleton"))
            QVERIFY2(it->first().text.startsWith(u"{greeting}"_s) && it->first().text.endsWith(u"{agent}"_s), qPrintable(it.key()));
    }
    for (const QString &domain : domainNames()) {
        QVERIFY2(file.phrases.contains(u"needs."_s + domain), qPrintable(domain));
        QVERIFY2(file.phrases.contains(u"subject."_s + domain), qPrintable(domain));
    }
    for (const QString &kind : {u"order"_s, u"booking"_s, u"flight"_s, u"claim"_s, u"account"_s, u"card"_s, u"member"_s, u"invoice"_s,
                                u"ticket"_s}) {
        QVERIFY2(file.phrases.value(u"ref."_s + kind).contains(u"{code}"_s), qPrintable(kind));
        QVERIFY2(file.phrases.contains(u"missing."_s + kind), qPrintable(kind));
    }
    for (const QString &key : {u"greeting"_s, u"greeting.named"_s, u"agent"_s, u"timeframe"_s, u"deadline.today"_s,
                               u"reason.evidence"_s, u"verdict.send"_s, u"verdict.matching"_s, u"gap.ask"_s, u"flag.feelings"_s})
        QVERIFY2(file.phrases.contains(key), qPrintable(key));
}

void TestCoachData::languagesMatch()
{
    // Both languages carry the same parts: a reply in one is never poorer than in the other.
    const ReplyTemplateFile es = ReplyTemplates::parseFile(u":/replies/es.json"_s);
    const ReplyTemplateFile en = ReplyTemplates::parseFile(u":/replies/en.json"_s);
    QStringList esKeys = es.parts.keys(), enKeys = en.parts.keys();
    esKeys.sort();
    enKeys.sort();
    QCOMPARE(esKeys, enKeys);
    QStringList esPhrases = es.phrases.keys(), enPhrases = en.phrases.keys();
    esPhrases.sort();
    enPhrases.sort();
    QCOMPARE(esPhrases, enPhrases);
}

void TestCoachData::teamTemplatesOverride()
{
    const ReplyTemplateFile shipped = ReplyTemplates::parse(
        R"({"language":"en","phrases":{"greeting":"Hi,"},"parts":{"ack":["one"],"close":["Regards,"]}})", u"en.json"_s);
    const ReplyTemplateFile team = ReplyTemplates::parse(
        R"({"language":"en","phrases":{"greeting":"Hello,"},"parts":{"ack":["two","three"],"ack.airline":["four"]}})", u"team.json"_s);
    QVERIFY(shipped.ok() && team.ok());
    const auto templates = ReplyTemplates::build(Language::English, {shipped, team});
    QCOMPARE(templates->part(u"ack"_s)->size(), 2);
    QCOMPARE(templates->part(u"ack"_s)->first().text, u"two"_s);
    QCOMPARE(templates->part(u"close"_s)->first().text, u"Regards,"_s);
    QVERIFY(templates->part(u"ack.airline"_s));
    QCOMPARE(templates->phrase(u"greeting"_s), u"Hello,"_s);
}

void TestCoachData::register_()
{
    QCOMPARE(ReplyTemplates::inRegister(u"((Le|Te)) escribo sobre ((su|tu)) reserva."_s, false), u"Le escribo sobre su reserva."_s);
    QCOMPARE(ReplyTemplates::inRegister(u"((Le|Te)) escribo sobre ((su|tu)) reserva."_s, true), u"Te escribo sobre tu reserva."_s);
}

QTEST_GUILESS_MAIN(TestCoachData)
#include "tst_coachdata.moc"
