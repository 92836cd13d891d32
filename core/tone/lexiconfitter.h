// Fits lexicon weights to labelled messages: a scale per category and new words, checked on folds
// held apart, written as a team lexicon file.
#pragma once

#include "tone/toneanalyzer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <functional>

namespace calma {

struct LabelledMessage
{
    QString text;
    LanguageHint hint = LanguageHint::Auto;
    double heat = 0; // the heat it should have, 0–100
};

struct FitOptions
{
    int folds = 5;
    int minCount = 15;        // rows a new word must appear in
    double minWeight = 0.5;   // smallest weight of a new word worth writing
    double l2 = 2e-4;         // ridge penalty per row on new words' weights and known terms' changes
    int epochs = 150;
    bool wordsOnly = false;   // keep the categories' weights (data from another domain than support)
    bool terms = true;        // re-weight each known term seen in at least minCount rows
    QList<ToneCategory> frozen; // categories whose terms keep their weights (what the labels say nothing of)
};

// AUC of heat on rows held apart, before and after the fit: heated-or-worse against the rest, and
// tense-or-worse against the rest.
struct FoldScore
{
    int rows = 0;
    double heatedBefore = 0, heatedAfter = 0;
    double tenseBefore = 0, tenseAfter = 0;
};

struct LexiconFit
{
    Language language = Language::English;
    int rows = 0;
    QList<FoldScore> folds;
    std::array<double, kLexiconCategoryCount> categoryScale{}; // 1 = unchanged
    QList<LexiconEntry> entries;  // re-weighted shipped entries and new words
    int newWords = 0;
    int reweightedTerms = 0;      // known terms given a weight of their own
    QString error;                // set when nothing could be fitted
};

class LexiconFitter
{
public:
    // `base` is the analyzer the fit starts from (shipped lexicons plus `teamFiles`).
    // `withFitted` false: start from the hand-written shipped lexicons only, to refit the shipped weights.
    LexiconFitter(std::shared_ptr<const ToneAnalyzer> base, QStringList teamFiles, bool withFitted = true);

    // Fits one language's rows. `progress` (may be empty) is told each finished step of `steps`.
    LexiconFit fit(Language language, const QList<LabelledMessage> &rows, const FitOptions &options,
                   const std::function<void(int step, int steps)> &progress = {}) const;

    // A lexicon file (README format) with the fit's entries; `note` goes into its header.
    static QByteArray toTsv(const LexiconFit &fit, const QString &note);

    // Probability that a random positive scores above a random negative (ties count half).
    static double auc(const QList<double> &scores, const QList<bool> &positive);

private:
    struct Model;
    struct RowFeatures;
    Model train(Language language, const QList<LabelledMessage> &rows, const RowFeatures &features, const QList<int> &subset,
                const FitOptions &options) const;
    LexiconFit entriesFor(Language language, const Model &model, const FitOptions &options) const;
    FoldScore score(const QList<LabelledMessage> &rows, const QList<int> &subset, const LexiconFit &fit) const;

    std::shared_ptr<const ToneAnalyzer> m_base;
    QStringList m_teamFiles;
    bool m_withFitted = true;
};

} // namespace calma
