// The lexicon fitter: AUC with ties, a word that labels carry is found and weighed, and held-out folds
// show the gain; known terms are re-weighed within bounds, and frozen categories keep theirs.
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
    void reweighsKnownTerms();
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

void TestLexiconFitter::reweighsKnownTerms()
{
    // From the hand-written lexicons alone: "annoyed" (anger, weight 1) always comes with a hostile
    // label here, and "ridiculous" (anger, 2) with a merely tense one, in the same plain sentences.
    const auto loaded = ToneAnalyzer::load({}, {}, false);
    QVERIFY(loaded.analyzer);
    const Lexicon &lexicon = loaded.analyzer->lexicon(Language::English);
    const auto written = [&](const QString &term) {
        for (int i = 0; i < lexicon.entryCount(); ++i) {
            if (lexicon.entry(i).term == term)
                return lexicon.entry(i).weight;
        }
        return -1.0;
    };
    QCOMPARE(written(u"annoyed"_s), 1.0);
    QCOMPARE(written(u"ridiculous"_s), 2.0);
    const QStringList calm{u"Could you tell me when my parcel arrives?"_s, u"I would like to change my delivery address."_s,
                           u"What time does the shop open on Saturday?"_s, u"Please send me the invoice for March."_s};
    QList<LabelledMessage> rows;
    for (int i = 0; i < 1200; ++i) {
        const int kind = i % 6; // 0: annoyed, 1: ridiculous, else calm
        const QString text = calm.at(i % calm.size()) + (kind == 0 ? u" I am annoyed, order "_s : kind == 1 ? u" This is ridiculous, order "_s : u" Order "_s)
            + QString::number(1000 + i) + u'.';
        rows << LabelledMessage{text, LanguageHint::English, kind == 0 ? 90.0 : kind == 1 ? 30.0 : 0.0};
    }
    const LexiconFitter fitter(loaded.analyzer, {}, false);
    FitOptions options;
    options.minCount = 5;
    options.wordsOnly = true;
    const auto weightIn = [](const LexiconFit &fit, const QString &term) {
        const auto e = std::find_if(fit.entries.begin(), fit.entries.end(), [&](const LexiconEntry &x) { return x.term == term; });
        return e == fit.entries.end() ? -1.0 : e->weight;
    };
    const LexiconFit fit = fitter.fit(Language::English, rows, options);
    QVERIFY2(fit.error.isEmpty(), qPrintable(fit.error));
    QVERIFY(fit.reweightedTerms >= 2);
    QVERIFY2(weightIn(fit, u"annoyed"_s) > 1.0, qPrintable(QString::number(weightIn(fit, u"annoyed"_s))));
    QVERIFY(weightIn(fit, u"annoyed"_s) <= 3.0);          // within the factor a term may move
    const double ridiculous = weightIn(fit, u"ridiculous"_s);
    QVERIFY2(ridiculous > 0 && ridiculous < 2.0, qPrintable(QString::number(ridiculous)));
    QVERIFY(ridiculous >= 2.0 * 0.67 - 0.01);               // lowered less than it may be raised
    for (const FoldScore &fold : fit.folds)
        QVERIFY2(fold.heatedAfter >= fold.heatedBefore, qPrintable(u"%1 -> %2"_s.arg(fold.heatedBefore).arg(fold.heatedAfter)));

    // Categories the labels say nothing of keep their terms; without term fitting, none move.
    options.frozen = {ToneCategory::Anger};
    const LexiconFit kept = fitter.fit(Language::English, rows, options);
    QCOMPARE(weightIn(kept, u"annoyed"_s), -1.0);
    QCOMPARE(weightIn(kept, u"ridiculous"_s), -1.0);
    options.frozen.clear();
    options.terms = false;
    const LexiconFit none = fitter.fit(Language::English, rows, options);
    QCOMPARE(none.reweightedTerms, 0);
    QCOMPARE(weightIn(none, u"annoyed"_s), -1.0);
}

QTEST_GUILESS_MAIN(TestLexiconFitter)
#include "tst_lexiconfitter.moc"
