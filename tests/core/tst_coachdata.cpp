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
    void teamTemplatesOverride();
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
    const QByteArray good = R"({"id": "ok-one", "strategy": "calm", "situations": ["general"], "text": "{greeting} ok", "principle": "p"})";
    auto file = [&](const QByteArray &second) -> QByteArray {
        return QByteArray("{\n  \"language\": \"en\",\n  \"templates\": [\n    ") + good + ",\n    " + second + "\n  ]\n}\n";
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"language\": \"en\",\n  \"templates\": [\n    {\"id\": }\n  ]\n}") << 4 << QString();
    QTest::newRow("strategy") << file(R"({"id": "x", "strategy": "angry", "situations": ["general"], "text": "t", "principle": "p"})") << 5 << u"strategy"_s;
    QTest::newRow("situation") << file(R"({"id": "x", "strategy": "calm", "situations": ["weather"], "text": "t", "principle": "p"})") << 5 << u"situations"_s;
    QTest::newRow("placeholder") << file(R"({"id": "x", "strategy": "calm", "situations": ["general"], "text": "{greting}", "principle": "p"})") << 5 << u"text"_s;
    QTest::newRow("duplicate id") << file(R"({"id": "ok-one", "strategy": "calm", "situations": ["general"], "text": "t", "principle": "p"})") << 5 << u"id"_s;
    QTest::newRow("level") << file(R"({"id": "x", "strategy": "calm", "situations": ["general"], "levels": ["furious"], "text": "t", "principle": "p"})") << 5 << u"levels"_s;
    QTest::newRow("no principle") << file(R"({"id": "x", "strategy": "calm", "situations": ["general"], "text": "t"})") << 5 << u"principle"_s;
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
    QVERIFY2(file.templates.size() >= 40, qPrintable(QString::number(file.templates.size())));
    QSet<QString> covered;
    for (const ReplyTemplate &t : file.templates) {
        for (const QString &s : t.situations)
            covered.insert(s + u'/' + strategyName(t.strategy));
        QVERIFY2(t.text.startsWith(u"{greeting}"_s) && t.text.contains(u"{agent}"_s), qPrintable(t.id));
    }
    for (const QString &situation : {u"delivery"_s, u"billing"_s, u"refund"_s, u"outage"_s, u"account"_s}) {
        for (const QString &strategy : {u"calm"_s, u"apologetic"_s, u"topic-shift"_s})
            QVERIFY2(covered.contains(situation + u'/' + strategy), qPrintable(situation + u'/' + strategy));
    }
    for (const QString &need : {u"money-dispute/topic-shift"_s, u"policy/topic-shift"_s, u"abuse/calm"_s, u"praise/calm"_s,
                                u"feedback/calm"_s, u"missing-info/calm"_s, u"general/calm"_s, u"general/topic-shift"_s,
                                u"general/apologetic"_s})
        QVERIFY2(covered.contains(need), qPrintable(need));
    QVERIFY(!covered.contains(u"money-dispute/apologetic"_s));
    for (const QString &key : {u"greeting"_s, u"greeting.named"_s, u"agent"_s, u"timeframe"_s, u"missing.order"_s,
                               u"reason.evidence"_s, u"verdict.send"_s, u"gap.ask"_s, u"flag.feelings"_s})
        QVERIFY2(file.phrases.contains(key), qPrintable(key));
}

void TestCoachData::teamTemplatesOverride()
{
    const ReplyTemplateFile shipped = ReplyTemplates::parse(
        R"({"language":"en","phrases":{"greeting":"Hi,"},"templates":[{"id":"a","strategy":"calm","situations":["general"],"text":"{greeting} one","principle":"p"}]})",
        u"en.json"_s);
    const ReplyTemplateFile team = ReplyTemplates::parse(
        R"({"language":"en","phrases":{"greeting":"Hello,"},"templates":[{"id":"a","strategy":"calm","situations":["general"],"text":"{greeting} two","principle":"p"},{"id":"b","strategy":"topic-shift","situations":["general"],"text":"{greeting} three","principle":"p"}]})",
        u"team.json"_s);
    QVERIFY(shipped.ok() && team.ok());
    const auto templates = ReplyTemplates::build(Language::English, {shipped, team});
    QCOMPARE(templates->templates().size(), 2);
    QCOMPARE(templates->templates().first().text, u"{greeting} two"_s);
    QCOMPARE(templates->phrase(u"greeting"_s), u"Hello,"_s);
}

QTEST_GUILESS_MAIN(TestCoachData)
#include "tst_coachdata.moc"
