// Lexicon files: positioned errors for bad lines, languages, and the shipped lexicons' health.
#include "tone/lexicon.h"
#include "tone/lexiconparser.h"
#include "tone/toneanalyzer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestLexiconParser : public QObject
{
    Q_OBJECT
private slots:
    void badLines_data();
    void badLines();
    void goodFile();
    void languageFromFileName();
    void missingLanguage();
    void shippedLexicons_data();
    void shippedLexicons();
    void overridesAndRemovals();
    void everyShippedFileParses();
};

void TestLexiconParser::badLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray head = "@language\tes\n# comment\n\n";
    QTest::newRow("three fields") << head + "furioso\tword\tanger\n" << 4 << QString() << u"expected 4"_s;
    QTest::newRow("unknown kind") << head + "furioso\twrod\tanger\t2\n" << 4 << u"kind"_s << u"unknown kind"_s;
    QTest::newRow("unknown category") << head + "furioso\tword\tangry\t2\n" << 4 << u"category"_s << u"unknown category"_s;
    QTest::newRow("weight not a number") << head + "furioso\tword\tanger\tdos\n" << 4 << u"weight"_s << u"weight must be"_s;
    QTest::newRow("weight too big") << head + "furioso\tword\tanger\t9\n" << 4 << u"weight"_s << u"weight must be"_s;
    QTest::newRow("phrase of one word") << head + "furioso\tphrase\tanger\t2\n" << 4 << u"term"_s << u"two or more words"_s;
    QTest::newRow("word with spaces") << head + "muy mal\tword\tanger\t2\n" << 4 << u"term"_s << u"use kind \"phrase\""_s;
    QTest::newRow("wildcard at the end") << head + "es la *\tphrase\tanger\t2\n" << 4 << u"term"_s << u"wildcard"_s;
    QTest::newRow("modifier with category") << head + "muy\tintensifier\tanger\t1.5\n" << 4 << u"category"_s << u"takes category \"-\""_s;
    QTest::newRow("duplicate") << head + "harto\tword\tanger\t2\nharto\tword\tanger\t1\n" << 5 << u"term"_s << u"duplicate of line 4"_s;
    QTest::newRow("invalid UTF-8") << head + "harto\tword\tanger\t2\nca\xff\xfe\tword\tanger\t1\n" << 5 << QString() << u"not valid UTF-8"_s;
    QTest::newRow("bad language") << QByteArray("@language\tfr\n") << 1 << u"language"_s << u"must be \"es\" or \"en\""_s;
    QTest::newRow("empty term") << head + "\tword\tanger\t2\n" << 4 << u"term"_s << u"empty term"_s;
    QTest::newRow("weight not finite") << head + "harto\tword\tanger\tnan\n" << 4 << u"weight"_s << u"weight must be"_s;
    QTest::newRow("weight infinite") << head + "harto\tword\tanger\tinf\n" << 4 << u"weight"_s << u"weight must be"_s;
    QTest::newRow("expectation that calms") << head + "llegar\texpectation\tpraise\t1\n" << 4 << u"category"_s << u"must raise heat"_s;
    QTest::newRow("commitment that calms") << head + "pagué\tcommitment\tgratitude\t1\n" << 4 << u"category"_s << u"must raise heat"_s;
    QTest::newRow("addressee with category") << head + "usted\taddressee\tinsult\t1\n" << 4 << u"category"_s << u"takes category \"-\""_s;
    QTest::newRow("shortfall of two words") << head + "en vez\tshortfall\t-\t1\n" << 4 << u"term"_s << u"several words"_s;
}

void TestLexiconParser::badLines()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const LexiconFile file = LexiconParser::parse(content, u"team.tsv"_s);
    QCOMPARE(file.errors.size(), 1);
    const LexiconIssue &issue = file.errors.first();
    QCOMPARE(issue.file, u"team.tsv"_s);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
    QVERIFY(issue.toString().startsWith(u"team.tsv:"_s + QString::number(line)));
}

void TestLexiconParser::goodFile()
{
    const LexiconFile file = LexiconParser::parse(
        "\xEF\xBB\xBF@language\ten\r\nfurious\tword\tanger\t2\r\nthanks for nothing\tphrase\tsarcasm\t3\n"
        "not\tnegator\t-\t1\na bit\tdiminisher\t-\t0.5\nvat\tacronym\t-\t0\n", u"en.tsv"_s);
    QVERIFY(file.ok());
    QCOMPARE(file.language, Language::English);
    QCOMPARE(file.entries.size(), 5);
    QCOMPARE(file.entries.at(1).kind, EntryKind::Phrase);
    QCOMPARE(file.entries.at(1).category, ToneCategory::Sarcasm);
    QCOMPARE(file.entries.at(1).line, 3);
    QCOMPARE(file.entries.at(3).weight, 0.5);
}

void TestLexiconParser::languageFromFileName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team-es.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cabreado\tword\tanger\t2\n");
    f.close();
    const LexiconFile file = LexiconParser::parseFile(path);
    QVERIFY(file.ok());
    QCOMPARE(file.language, Language::Spanish);
}

void TestLexiconParser::missingLanguage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cabreado\tword\tanger\t2\n");
    f.close();
    const LexiconFile file = LexiconParser::parseFile(path);
    QCOMPARE(file.errors.size(), 1);
    QVERIFY(file.errors.first().message.contains(u"no language"_s));

    const LexiconFile missing = LexiconParser::parseFile(dir.filePath(u"nope-es.tsv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.first().message.contains(u"cannot open"_s));
}

void TestLexiconParser::shippedLexicons_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Language>("language");
    QTest::newRow("es") << u":/lexicon/es.tsv"_s << Language::Spanish;
    QTest::newRow("en") << u":/lexicon/en.tsv"_s << Language::English;
}

void TestLexiconParser::shippedLexicons()
{
    QFETCH(QString, path);
    QFETCH(Language, language);
    const LexiconFile file = LexiconParser::parseFile(path);
    for (const LexiconIssue &issue : file.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(file.ok());
    QCOMPARE(file.language, language);
    const auto lexicon = Lexicon::build(language, file.entries);
    QVERIFY2(lexicon->toneEntryCount() > 1000, qPrintable(QString::number(lexicon->toneEntryCount())));
    QHash<EntryKind, int> perKind;
    for (const LexiconEntry &e : file.entries)
        ++perKind[e.kind];
    QVERIFY(perKind[EntryKind::Phrase] > 200);
    QVERIFY(perKind[EntryKind::Negator] >= 5);
    QVERIFY(perKind[EntryKind::Intensifier] >= 10);
    QVERIFY(perKind[EntryKind::Contrast] >= 3);
    QVERIFY(perKind[EntryKind::Acronym] >= 40);
    QVERIFY(perKind[EntryKind::Stopword] >= 80);
    QVERIFY(perKind[EntryKind::Emoji] >= 10);
}

void TestLexiconParser::overridesAndRemovals()
{
    const LexiconFile shipped = LexiconParser::parse("molesto\tword\tanger\t1\nharto\tword\tanger\t2\n", u"es.tsv"_s);
    const LexiconFile team = LexiconParser::parse("molesto\tword\tanger\t3\nharto\tword\tanger\t0\nflipante\tword\tanger\t1\n", u"team-es.tsv"_s);
    const auto lexicon = Lexicon::build(Language::Spanish, shipped.entries + team.entries);
    QCOMPARE(lexicon->toneEntryCount(), 2);
    const int molesto = lexicon->stemEntry("molest");
    QVERIFY(molesto >= 0);
    QCOMPARE(lexicon->entry(molesto).weight, 3.0);
    QCOMPARE(lexicon->entry(molesto).source, u"team-es.tsv"_s);
    QCOMPARE(lexicon->stemEntry("hart"), -1);
}

void TestLexiconParser::everyShippedFileParses()
{
    // The feeling, service and fitted files load after the main ones; each is clean on its own.
    QVERIFY(ToneAnalyzer::shippedLexicons().size() >= 5);
    for (const QString &path : ToneAnalyzer::shippedLexicons()) {
        const LexiconFile file = LexiconParser::parseFile(path);
        for (const LexiconIssue &issue : file.errors)
            qWarning("%s", qPrintable(issue.toString()));
        QVERIFY2(file.ok(), qPrintable(path));
        QVERIFY2(!file.entries.isEmpty(), qPrintable(path));
    }
    QVERIFY(ToneAnalyzer::load().analyzer);
}

QTEST_GUILESS_MAIN(TestLexiconParser)
#include "tst_lexiconparser.moc"
