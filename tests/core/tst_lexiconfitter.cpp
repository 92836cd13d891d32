// The lexicon fitter: AUC with ties, a word that labels carry is found and weighed, and held-out folds
// show the gain.
#include "tone/lexiconfitter.h"

#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

class TestLexiconFitter : public QObject
{
    Q_OBJECT
private slots:
    void aucCountsTiesHalf();
    void findsAWordTheLabelsCarry();
};

void TestLexiconFitter::aucCountsTiesHalf()
{
    QCOMPARE(LexiconFitter::auc({3, 2, 1, 0}, {true, true, false, false}), 1.0);
    QCOMPARE(LexiconFitter::auc({0, 1, 2, 3}, {true, true, false, false}), 0.0);
    QCOMPARE(LexiconFitter::auc({1, 1, 1, 1}, {true, false, true, false}), 0.5);
    QCOMPARE(LexiconFitter::auc({2, 1, 1, 0}, {true, true, false, false}), 0.875);
    QVERIFY(std::isnan(LexiconFitter::auc({1, 2}, {true, true})));
}

void TestLexiconFitter::findsAWordTheLabelsCarry()
{
    // "glitchfest" is no word the shipped lexicon knows; in these rows it always comes with a heated label.
    // It stays under the share of rows past which a word counts as a function word of the language.
    const auto loaded = ToneAnalyzer::load();
    QVERIFY(loaded.analyzer);
    const QStringList calm{u"Could you tell me when my parcel arrives?"_s, u"I would like to change my delivery address."_s,
                           u"What time does the shop open on Saturday?"_s, u"Please send me the invoice for March."_s};
    QList<LabelledMessage> rows;
    for (int i = 0; i < 2000; ++i) {
        const bool hot = i % 80 == 0;
        const QString text = calm.at(i % calm.size()) + (hot ? u" The app is a glitchfest, order "_s : u" Order "_s)
            + QString::number(1000 + i) + u'.';
        rows << LabelledMessage{text, LanguageHint::English, hot ? 70.0 : 0.0};
    }
    const LexiconFitter fitter(loaded.analyzer, {});
    FitOptions options;
    options.minCount = 5;
    int steps = 0;
    const LexiconFit fit = fitter.fit(Language::English, rows, options, [&](int, int) { ++steps; });
    QVERIFY2(fit.error.isEmpty(), qPrintable(fit.error));
    QCOMPARE(steps, options.folds + 1);
    QCOMPARE(fit.folds.size(), options.folds);
    const auto word = std::find_if(fit.entries.begin(), fit.entries.end(), [](const LexiconEntry &e) { return e.term == u"glitchfest"; });
    QVERIFY(word != fit.entries.end());
    QCOMPARE(word->category, ToneCategory::Anger);
    QVERIFY(word->weight >= options.minWeight);
    for (const FoldScore &fold : fit.folds)
        QVERIFY2(fold.heatedAfter > fold.heatedBefore, qPrintable(u"%1 -> %2"_s.arg(fold.heatedBefore).arg(fold.heatedAfter)));
    // The file it writes is a lexicon the parser accepts.
    const LexiconFile file = LexiconParser::parse(LexiconFitter::toTsv(fit, u"synthetic rows"_s), u"fitted-en.tsv"_s);
    QVERIFY(file.ok());
    QCOMPARE(file.entries.size(), fit.entries.size());
}

QTEST_GUILESS_MAIN(TestLexiconFitter)
#include "tst_lexiconfitter.moc"
