// Logistic regression of labelled heat on what the analyzer already sees (its evidence, by category)
// and on the words it does not know yet; the coefficients, put back into points of heat, become a
// team lexicon.
#include "tone/lexiconfitter.h"

#include "tone/stemmer.h"
#include "tone/textnormalizer.h"
#include "tone/tokenizer.h"

#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace calma {
namespace {

constexpr int kCategoryCount = int(ToneCategory::Elongation) + 1;
constexpr double kMinCategoryScale = 0.5;
constexpr double kMaxCategoryScale = 2.0;
constexpr double kMaxNewWordWeight = 3.0;
constexpr double kMaxWarmWordWeight = 2.0;
constexpr double kLearningRate = 0.3;
constexpr double kCategoryL2 = 1e-5;
constexpr double kHeatedTarget = levelThreshold(ToneLevel::Heated);
constexpr double kTenseTarget = levelThreshold(ToneLevel::Tense);
constexpr int kMinWordLetters = 3;
// A word in more rows than this is a function word of the language ("your", "people", "gonna"),
// whatever it correlates with in one data set.
constexpr double kMaxDocumentShare = 0.015;
// A known term's fitted weight stays within these factors of its written one: the fit calibrates the
// lexicon, it does not rewrite what a term means. It may lower a term less than raise it: labelled
// data from elsewhere (comments about third parties, say) that finds "scam" or "clown" cooler than
// written says little of a customer who aims them at the company, while a feeling word that runs
// hotter than written ("annoyed", "awful") runs hotter everywhere.
constexpr double kMaxTermScale = 3.0;
constexpr double kMinTermScale = 0.67;
constexpr double kMinTermChange = 0.1; // a smaller change is not worth a line in the file

// What the fit sees of one message: the analyzer's evidence summed by category, and the words the
// lexicon does not know (each once).
struct Features
{
    std::array<double, kCategoryCount> categories{};
    std::vector<std::pair<int, double>> terms; // lexicon entry, its summed evidence strength
    std::vector<std::string> stems;
    std::vector<QString> surfaces; // the folded word each stem came from
};

Features extract(const ToneAnalyzer &analyzer, Language language, QStringView text)
{
    Features f;
    const ToneReport report = analyzer.analyze(text, hintFor(language));
    std::vector<bool> covered(size_t(text.size()) + 1, false);
    for (const Evidence &e : report.evidence) {
        f.categories[size_t(e.category)] += e.strength;
        if (e.entry >= 0) {
            const auto it = std::find_if(f.terms.begin(), f.terms.end(), [&](const auto &t) { return t.first == e.entry; });
            if (it == f.terms.end())
                f.terms.emplace_back(e.entry, e.strength);
            else
                it->second += e.strength;
        }
        std::fill(covered.begin() + e.start, covered.begin() + e.end, true);
    }
    const Lexicon &lexicon = analyzer.lexicon(language);
    const NormalizedText normalized = TextNormalizer::normalize(text);
    const QList<Token> tokens = Tokenizer::tokenize(normalized, text);
    std::string key;
    for (const Token &token : tokens) {
        if (token.kind != TokenKind::Word || token.letters < kMinWordLetters || token.mixedDigits || token.masked
            || covered[size_t(normalized.origin[token.start])])
            continue;
        const QStringView word = QStringView(normalized.text).sliced(token.start, token.length());
        const std::string_view utf8 = Lexicon::utf8Key(word, key);
        if (lexicon.isStopword(word) || lexicon.isAddressee(word) || lexicon.isAcronym(word) || lexicon.exactEntry(utf8) >= 0
            || lexicon.modifierEntry(utf8) >= 0)
            continue;
        const std::string stem(Stemmer::stem(language, utf8));
        const QString stemText = QString::fromStdString(stem);
        if (lexicon.stemEntry(stem) >= 0 || lexicon.isStopword(stemText) || lexicon.isAddressee(stemText)
            || std::find(f.stems.begin(), f.stems.end(), stem) != f.stems.end())
            continue;
        f.stems.push_back(stem);
        f.surfaces.push_back(word.toString());
    }
    return f;
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double roundedWeight(double w)
{
    return std::round(w * 100) / 100;
}

quint32 stableHash(QStringView text)
{
    quint32 h = 2166136261u;
    for (QChar c : text)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}

} // namespace

struct LexiconFitter::Model
{
    double bias = 0;
    std::array<double, kCategoryCount> categories{};
    std::array<double, kCategoryCount> usage{};   // sum of |evidence strength| per category
    std::vector<std::string> words;
    std::vector<QString> surfaces;
    std::vector<double> wordWeights;
    std::vector<double> meanHeat;                 // of the rows a word appears in
    std::vector<int> counts;
    std::vector<int> terms;                       // lexicon entries given a coefficient of their own
    std::vector<double> termWeights;              // added to the term's category coefficient
};

struct LexiconFitter::RowFeatures
{
    std::vector<Features> rows;
};

LexiconFitter::LexiconFitter(std::shared_ptr<const ToneAnalyzer> base, QStringList teamFiles, bool withFitted)
    : m_base(std::move(base)), m_teamFiles(std::move(teamFiles)), m_withFitted(withFitted)
{
}

double LexiconFitter::auc(const QList<double> &scores, const QList<bool> &positive)
{
    QList<qsizetype> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return scores.at(a) < scores.at(b); });
    double rankSum = 0;
    qint64 positives = 0;
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j < order.size() && scores.at(order.at(j)) == scores.at(order.at(i)))
            ++j;
        const double rank = (double(i) + double(j) + 1) / 2.0;
        for (qsizetype k = i; k < j; ++k) {
            if (positive.at(order.at(k))) {
                rankSum += rank;
                ++positives;
            }
        }
        i = j;
    }
    const qint64 negatives = scores.size() - positives;
    if (positives == 0 || negatives == 0)
        return std::nan("");
    return (rankSum - double(positives) * double(positives + 1) / 2.0) / (double(positives) * double(negatives));
}

LexiconFitter::Model LexiconFitter::train(Language language, const QList<LabelledMessage> &rows, const RowFeatures &features,
                                          const QList<int> &subset, const FitOptions &options) const
{
    Model model;
    // The vocabulary: unknown words seen in enough rows of the subset.
    std::unordered_map<std::string, int> counts;
    std::unordered_map<std::string, QString> surfaces;
    std::unordered_map<std::string, double> heatSums;
    for (const int r : subset) {
        const Features &f = features.rows[size_t(r)];
        for (size_t i = 0; i < f.stems.size(); ++i) {
            ++counts[f.stems[i]];
            heatSums[f.stems[i]] += rows.at(r).heat;
            surfaces.try_emplace(f.stems[i], f.surfaces[i]);
        }
    }
    std::unordered_map<std::string, int> index;
    for (const auto &[stem, count] : counts) {
        if (count < options.minCount || count > kMaxDocumentShare * double(subset.size()))
            continue;
        index[stem] = int(model.words.size());
        model.words.push_back(stem);
        model.surfaces.push_back(surfaces[stem]);
        model.counts.push_back(count);
        model.meanHeat.push_back(heatSums[stem] / count);
    }
    // Known terms seen in enough rows, outside the frozen categories.
    std::unordered_map<int, int> termCounts, termIndex;
    if (options.terms) {
        const Lexicon &lexicon = m_base->lexicon(language);
        for (const int r : subset) {
            for (const auto &[entry, strength] : features.rows[size_t(r)].terms)
                ++termCounts[entry];
        }
        for (const auto &[entry, count] : termCounts) {
            if (count >= options.minCount && !options.frozen.contains(lexicon.entry(entry).category)) {
                termIndex[entry] = int(model.terms.size());
                model.terms.push_back(entry);
            }
        }
    }
    std::vector<std::vector<std::pair<int, double>>> rowTerms(size_t(rows.size()));
    for (const int r : subset) {
        for (const auto &[entry, strength] : features.rows[size_t(r)].terms) {
            if (const auto it = termIndex.find(entry); it != termIndex.end())
                rowTerms[size_t(r)].emplace_back(it->second, strength);
        }
    }
    // Rows as sparse word indices.
    std::vector<std::vector<int>> rowWords(size_t(rows.size()));
    double meanTarget = 0;
    for (const int r : subset) {
        for (const std::string &stem : features.rows[size_t(r)].stems) {
            if (const auto it = index.find(stem); it != index.end())
                rowWords[size_t(r)].push_back(it->second);
        }
        for (int c = 0; c < kCategoryCount; ++c)
            model.usage[size_t(c)] += std::abs(features.rows[size_t(r)].categories[size_t(c)]);
        meanTarget += rows.at(r).heat / 100.0;
    }
    meanTarget = std::clamp(meanTarget / std::max<qsizetype>(1, subset.size()), 0.01, 0.99);

    // Full-batch gradient descent with AdaGrad; category weights stay non-negative, because the
    // evidence's strength already carries its direction.
    model.bias = std::log(meanTarget / (1 - meanTarget));
    model.categories.fill(0.5);
    model.wordWeights.assign(model.words.size(), 0.0);
    model.termWeights.assign(model.terms.size(), 0.0);
    std::array<double, kCategoryCount> categoryGrad{}, categoryAda{};
    std::vector<double> wordGrad(model.words.size()), wordAda(model.words.size(), 0.0);
    std::vector<double> termGrad(model.terms.size()), termAda(model.terms.size(), 0.0);
    double biasAda = 0;
    const double n = double(std::max<qsizetype>(1, subset.size()));
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        categoryGrad.fill(0);
        std::fill(wordGrad.begin(), wordGrad.end(), 0.0);
        std::fill(termGrad.begin(), termGrad.end(), 0.0);
        double biasGrad = 0;
        for (const int r : subset) {
            const Features &f = features.rows[size_t(r)];
            double z = model.bias;
            for (int c = 0; c < kCategoryCount; ++c)
                z += model.categories[size_t(c)] * f.categories[size_t(c)];
            for (const int w : rowWords[size_t(r)])
                z += model.wordWeights[size_t(w)];
            for (const auto &[t, strength] : rowTerms[size_t(r)])
                z += model.termWeights[size_t(t)] * strength;
            const double g = (sigmoid(z) - rows.at(r).heat / 100.0) / n;
            biasGrad += g;
            for (int c = 0; c < kCategoryCount; ++c)
                categoryGrad[size_t(c)] += g * f.categories[size_t(c)];
            for (const int w : rowWords[size_t(r)])
                wordGrad[size_t(w)] += g;
            for (const auto &[t, strength] : rowTerms[size_t(r)])
                termGrad[size_t(t)] += g * strength;
        }
        biasAda += biasGrad * biasGrad;
        model.bias -= kLearningRate * biasGrad / (std::sqrt(biasAda) + 1e-9);
        for (int c = 0; c < kCategoryCount; ++c) {
            const double g = categoryGrad[size_t(c)] + kCategoryL2 * model.categories[size_t(c)];
            categoryAda[size_t(c)] += g * g;
            model.categories[size_t(c)] = std::max(0.0, model.categories[size_t(c)] - kLearningRate * g / (std::sqrt(categoryAda[size_t(c)]) + 1e-9));
        }
        for (size_t w = 0; w < model.words.size(); ++w) {
            const double g = wordGrad[w] + options.l2 * model.wordWeights[w];
            wordAda[w] += g * g;
            model.wordWeights[w] -= kLearningRate * g / (std::sqrt(wordAda[w]) + 1e-9);
        }
        for (size_t t = 0; t < model.terms.size(); ++t) {
            const double g = termGrad[t] + options.l2 * model.termWeights[t];
            termAda[t] += g * g;
            model.termWeights[t] -= kLearningRate * g / (std::sqrt(termAda[t]) + 1e-9);
        }
    }
    return model;
}

LexiconFit LexiconFitter::entriesFor(Language language, const Model &model, const FitOptions &options) const
{
    LexiconFit fit;
    fit.language = language;
    // Logit per point of the lexicon's own weights, averaged over how much each category is used:
    // dividing by it puts the fitted coefficients back on the lexicon's scale.
    double scaled = 0, used = 0;
    for (int c = 0; c < kLexiconCategoryCount; ++c) {
        scaled += model.categories[size_t(c)] * model.usage[size_t(c)];
        used += model.usage[size_t(c)];
    }
    const double perPoint = used > 0 ? scaled / used : 0;
    if (perPoint <= 1e-6) {
        fit.error = QStringLiteral("the labels do not rise with the lexicon's evidence: nothing to fit");
        return fit;
    }
    const Lexicon &lexicon = m_base->lexicon(language);
    for (int c = 0; c < kLexiconCategoryCount; ++c) {
        fit.categoryScale[size_t(c)] = model.usage[size_t(c)] > 0 && !options.wordsOnly
            ? std::clamp(model.categories[size_t(c)] / perPoint, kMinCategoryScale, kMaxCategoryScale) : 1.0;
    }
    // A known term's own coefficient is added to its category's, so its scale is their sum over the
    // category's (a term the labels rise with more than its category's weight says gets heavier).
    std::unordered_map<int, double> termScale;
    for (size_t t = 0; t < model.terms.size(); ++t) {
        const int i = model.terms[t];
        const double category = model.categories[size_t(lexicon.entry(i).category)];
        const double base = std::max(category, perPoint * kMinCategoryScale);
        termScale[i] = std::clamp((base + model.termWeights[t]) / base, kMinTermScale, kMaxTermScale);
    }
    for (int i = 0; i < lexicon.entryCount(); ++i) {
        LexiconEntry entry = lexicon.entry(i);
        if (!isToneKind(entry.kind) || int(entry.category) >= kLexiconCategoryCount)
            continue;
        const auto own = termScale.find(i);
        const double categoryScale = fit.categoryScale[size_t(entry.category)];
        const double scale = categoryScale * (own != termScale.end() ? own->second : 1.0);
        const bool reweighted = own != termScale.end() && std::abs(own->second - 1.0) >= kMinTermChange;
        if (!reweighted && std::abs(categoryScale - 1.0) < 0.05)
            continue;
        fit.reweightedTerms += reweighted ? 1 : 0;
        entry.weight = std::clamp(roundedWeight(entry.weight * scale), 0.01, 5.0);
        entry.language = language;
        fit.entries << entry;
    }
    for (size_t w = 0; w < model.words.size(); ++w) {
        const double points = model.wordWeights[w] / perPoint;
        LexiconEntry entry;
        entry.term = model.surfaces[w];
        entry.kind = EntryKind::Word;
        entry.language = language;
        if (points >= options.minWeight) {
            entry.category = model.meanHeat[w] >= kHeatedTarget ? ToneCategory::Anger : ToneCategory::Dissatisfaction;
            entry.weight = roundedWeight(std::min(points, kMaxNewWordWeight));
        } else if (points <= -2 * options.minWeight) {
            entry.category = ToneCategory::Praise;
            entry.weight = roundedWeight(std::min(-points, kMaxWarmWordWeight));
        } else {
            continue;
        }
        fit.entries << entry;
        ++fit.newWords;
    }
    return fit;
}

FoldScore LexiconFitter::score(const QList<LabelledMessage> &rows, const QList<int> &subset, const LexiconFit &fit) const
{
    FoldScore result;
    result.rows = int(subset.size());
    const auto after = ToneAnalyzer::load(m_teamFiles, fit.entries, m_withFitted);
    if (!after.analyzer)
        return result;
    const LanguageHint hint = hintFor(fit.language);
    QList<double> before, fitted;
    QList<bool> heated, tense;
    for (const int r : subset) {
        before << m_base->analyze(rows.at(r).text, hint).heat;
        fitted << after.analyzer->analyze(rows.at(r).text, hint).heat;
        heated << (rows.at(r).heat >= kHeatedTarget);
        tense << (rows.at(r).heat >= kTenseTarget);
    }
    result.heatedBefore = auc(before, heated);
    result.heatedAfter = auc(fitted, heated);
    result.tenseBefore = auc(before, tense);
    result.tenseAfter = auc(fitted, tense);
    return result;
}

LexiconFit LexiconFitter::fit(Language language, const QList<LabelledMessage> &rows, const FitOptions &options,
                              const std::function<void(int, int)> &progress) const
{
    const int folds = std::max(2, options.folds);
    const int steps = folds + 1;
    QList<QList<int>> foldRows(folds);
    for (int r = 0; r < rows.size(); ++r)
        foldRows[int(stableHash(rows.at(r).text) % quint32(folds))] << r;
    RowFeatures features;
    features.rows = QtConcurrent::blockingMapped<std::vector<Features>>(rows, [&](const LabelledMessage &row) {
        return extract(*m_base, language, row.text);
    });
    QList<FoldScore> scores;
    for (int k = 0; k < folds; ++k) {
        QList<int> training;
        for (int other = 0; other < folds; ++other) {
            if (other != k)
                training += foldRows.at(other);
        }
        const LexiconFit foldFit = entriesFor(language, train(language, rows, features, training, options), options);
        if (!foldFit.error.isEmpty())
            return foldFit;
        scores << score(rows, foldRows.at(k), foldFit);
        if (progress)
            progress(k + 1, steps);
    }
    QList<int> all(rows.size());
    std::iota(all.begin(), all.end(), 0);
    LexiconFit fit = entriesFor(language, train(language, rows, features, all, options), options);
    fit.rows = int(rows.size());
    fit.folds = scores;
    if (progress)
        progress(steps, steps);
    return fit;
}

QByteArray LexiconFitter::toTsv(const LexiconFit &fit, const QString &note)
{
    QByteArray out = "# Calma tone lexicon fitted by `calma-cli lexicon fit`";
    for (const QString &line : note.split(u'\n', Qt::SkipEmptyParts))
        out += "\n# " + line.toUtf8();
    out += "\n# " + QByteArray::number(fit.rows) + " labelled rows; category scales:";
    for (int c = 0; c < kLexiconCategoryCount; ++c)
        out += ' ' + categoryName(ToneCategory(c)).toUtf8() + '=' + QByteArray::number(fit.categoryScale[size_t(c)], 'f', 2);
    out += "\n@language\t" + languageCode(fit.language).toUtf8() + '\n';
    for (const LexiconEntry &entry : fit.entries) {
        out += entry.term.toUtf8() + '\t' + entryKindName(entry.kind).toUtf8() + '\t' + categoryName(entry.category).toUtf8()
            + '\t' + QByteArray::number(entry.weight, 'g', 4) + '\n';
    }
    return out;
}

} // namespace calma
