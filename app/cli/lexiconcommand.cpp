// calma-cli lexicon check: every bad line is reported as FILE:LINE (field): message.
// calma-cli lexicon fit: fits a team lexicon to labelled JSON Lines.
#include "lexiconcommand.h"

#include "jsonlines.h"
#include "tone/lexicon.h"
#include "tone/lexiconfitter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <cstdio>

namespace calma::cli {
namespace {

constexpr int kMinRowsToFit = 200;

// emotion -> heat, from resources/lexicon/emotion-levels.tsv.
QHash<QString, double> emotionHeat()
{
    QHash<QString, double> heat;
    QFile file(QStringLiteral(":/lexicon/emotion-levels.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return heat;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 2)
            heat.insert(fields.at(0), fields.at(1).toDouble());
    }
    return heat;
}

// The label of one row: "heat" (0–100), "level" (calm, tense, heated, hostile) or "emotions" (a list).
std::optional<double> rowHeat(const QJsonObject &row, const QHash<QString, double> &emotions, QString *error)
{
    if (row.contains(u"heat")) {
        const double heat = row.value(u"heat").toDouble(-1);
        if (!row.value(u"heat").isDouble() || heat < 0 || heat > 100) {
            *error = QStringLiteral("\"heat\" must be a number from 0 to 100");
            return std::nullopt;
        }
        return heat;
    }
    if (row.contains(u"level")) {
        const auto level = levelFromName(row.value(u"level").toString());
        if (!level) {
            *error = QStringLiteral("\"level\" must be calm, tense, heated or hostile");
            return std::nullopt;
        }
        const HeatBand band = levelBand(*level); // the middle of the level's band
        return (band.from + band.to) / 2.0;
    }
    if (row.value(u"emotions").isArray()) {
        double heat = 0;
        for (const QJsonValue &v : row.value(u"emotions").toArray()) {
            const auto it = emotions.constFind(v.toString());
            if (it == emotions.cend()) {
                *error = QStringLiteral("unknown emotion \"%1\" (known: resources/lexicon/emotion-levels.tsv)").arg(v.toString());
                return std::nullopt;
            }
            heat = std::max(heat, *it);
        }
        return heat;
    }
    *error = QStringLiteral("no label: give \"heat\", \"level\" or \"emotions\"");
    return std::nullopt;
}

QString percent(double auc)
{
    return std::isnan(auc) ? QStringLiteral("  -  ") : QString::number(auc, 'f', 3);
}

struct FitCommandOptions
{
    const QCommandLineOption &out, &note, &folds, &minCount, &lang, &lexicon, &l2, &wordsOnly, &refitShipped, &keep, &noTerms;
};

int runFit(const QCommandLineParser &parser, const QStringList &positional, const FitCommandOptions &o)
{
    const QCommandLineOption &outOption = o.out, &noteOption = o.note, &foldsOption = o.folds, &minCountOption = o.minCount,
                             &langOption = o.lang, &lexiconOption = o.lexicon;
    if (positional.size() != 2 || !parser.isSet(outOption)) {
        std::fprintf(stderr, "usage: calma-cli lexicon fit LABELLED.jsonl --out FILE [--lang es|en] [--folds N] [--min-count N] [--note TEXT]\n");
        return 2;
    }
    const QString input = positional.at(1);
    const QString output = parser.value(outOption);
    if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath()) {
        std::fprintf(stderr, "calma-cli lexicon fit: the output %s is the input\n", qPrintable(output));
        return 2;
    }
    const bool withFitted = !parser.isSet(o.refitShipped);
    const auto base = ToneAnalyzer::load(parser.values(lexiconOption), {}, withFitted);
    if (!base.analyzer) {
        for (const LexiconIssue &issue : base.errors)
            std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
        return 2;
    }
    std::optional<Language> only;
    if (parser.isSet(langOption)) {
        only = languageFromCode(parser.value(langOption));
        if (!only) {
            std::fprintf(stderr, "calma-cli lexicon fit: --lang must be es or en\n");
            return 2;
        }
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "calma-cli lexicon fit: cannot read %s: %s\n", qPrintable(input), qPrintable(file.errorString()));
        return 2;
    }
    // All or nothing: every bad line is reported and nothing is fitted.
    const QHash<QString, double> emotions = emotionHeat();
    QMap<Language, QList<LabelledMessage>> rows;
    int bad = 0;
    for (qint64 lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const LineOutput read = processLine(line, lineNumber, [&](const QJsonObject &row, qint64 number) -> LineOutput {
            QString error;
            LabelledMessage message;
            message.text = stringField(row, QStringLiteral("text"), true, &error);
            const auto hint = languageField(row, LanguageHint::Auto, &error);
            const auto heat = error.isEmpty() ? rowHeat(row, emotions, &error) : std::nullopt;
            if (!error.isEmpty() || !hint || !heat)
                return lineError(number, error);
            message.heat = *heat;
            message.hint = *hint;
            const Language language = *hint == LanguageHint::Auto ? base.analyzer->detectLanguage(message.text)
                : *hint == LanguageHint::Spanish ? Language::Spanish : Language::English;
            if (!only || *only == language)
                rows[language] << message;
            return {};
        });
        if (!read.error.isEmpty()) {
            std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(input), static_cast<long long>(lineNumber), qPrintable(read.error));
            ++bad;
        }
    }
    if (bad > 0) {
        std::fprintf(stderr, "calma-cli lexicon fit: %d bad line(s) in %s; nothing was fitted\n", bad, qPrintable(input));
        return 1;
    }
    FitOptions options;
    options.folds = parser.value(foldsOption).toInt();
    options.minCount = parser.value(minCountOption).toInt();
    bool l2Ok = false;
    options.l2 = parser.value(o.l2).toDouble(&l2Ok);
    options.wordsOnly = parser.isSet(o.wordsOnly);
    options.terms = !parser.isSet(o.noTerms);
    for (const QString &name : parser.value(o.keep).split(u',', Qt::SkipEmptyParts)) {
        const auto category = categoryFromName(name.trimmed());
        if (!category) {
            std::fprintf(stderr, "calma-cli lexicon fit: --keep: \"%s\" is not a category (anger, insult, threat, urgency, repetition, "
                                 "sarcasm, politeness, gratitude, apology, praise, dissatisfaction, profanity)\n", qPrintable(name.trimmed()));
            return 2;
        }
        options.frozen << *category;
    }
    if (options.folds < 2 || options.minCount < 1 || !l2Ok || !std::isfinite(options.l2) || options.l2 < 0) {
        std::fprintf(stderr, "calma-cli lexicon fit: --folds must be at least 2, --min-count at least 1 and --l2 a number from 0\n");
        return 2;
    }
    const LexiconFitter fitter(base.analyzer, parser.values(lexiconOption), withFitted);
    QList<LexiconFit> fits;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString code = languageCode(it.key());
        if (it.value().size() < kMinRowsToFit) {
            std::fprintf(stderr, "%s: %lld rows, too few to fit (at least %d); skipped\n", qPrintable(code),
                         static_cast<long long>(it.value().size()), kMinRowsToFit);
            continue;
        }
        const LexiconFit fit = fitter.fit(it.key(), it.value(), options, [&](int step, int steps) {
            std::fprintf(stderr, "%s: step %d of %d\n", qPrintable(code), step, steps);
        });
        if (!fit.error.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(code), qPrintable(fit.error));
            return 1;
        }
        std::printf("%s: %d rows, %d new words, %d terms re-weighted, %lld entries. AUC of heat on held-out folds (before -> after):\n",
                    qPrintable(code), fit.rows, fit.newWords, fit.reweightedTerms, static_cast<long long>(fit.entries.size()));
        std::printf("  fold   rows   heated-or-worse    tense-or-worse\n");
        double sums[4] = {0, 0, 0, 0};
        for (int k = 0; k < fit.folds.size(); ++k) {
            const FoldScore &f = fit.folds.at(k);
            std::printf("  %4d %6d   %s -> %s    %s -> %s\n", k + 1, f.rows, qPrintable(percent(f.heatedBefore)),
                        qPrintable(percent(f.heatedAfter)), qPrintable(percent(f.tenseBefore)), qPrintable(percent(f.tenseAfter)));
            sums[0] += f.heatedBefore; sums[1] += f.heatedAfter; sums[2] += f.tenseBefore; sums[3] += f.tenseAfter;
        }
        const double n = double(std::max<qsizetype>(1, fit.folds.size()));
        std::printf("  mean          %s -> %s    %s -> %s\n", qPrintable(percent(sums[0] / n)), qPrintable(percent(sums[1] / n)),
                    qPrintable(percent(sums[2] / n)), qPrintable(percent(sums[3] / n)));
        fits << fit;
    }
    if (fits.isEmpty()) {
        std::fprintf(stderr, "calma-cli lexicon fit: nothing to fit in %s\n", qPrintable(input));
        return 1;
    }
    if (fits.size() > 1 && !parser.isSet(langOption)) {
        std::fprintf(stderr, "calma-cli lexicon fit: %s has rows in both languages; a lexicon file holds one: pass --lang es or --lang en\n",
                     qPrintable(input));
        return 2;
    }
    const QString note = parser.isSet(noteOption) ? parser.value(noteOption)
                                                  : QStringLiteral("Fitted on %1.").arg(QFileInfo(input).fileName());
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(LexiconFitter::toTsv(fits.first(), note)) < 0 || !out.commit()) {
        std::fprintf(stderr, "calma-cli lexicon fit: cannot write %s: %s\n", qPrintable(output), qPrintable(out.errorString()));
        return 1;
    }
    std::printf("wrote %s; use it with --lexicon %s or in Settings\n", qPrintable(output), qPrintable(output));
    return 0;
}

} // namespace

int runLexicon(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "check: checks lexicon files (term<TAB>kind<TAB>category<TAB>weight) and reports every bad line.\n"
        "fit: fits category, term and word weights to labelled JSON Lines ({\"text\":…, \"lang\":…, and \"heat\" 0-100, "
        "\"level\" or \"emotions\"}), prints the AUC before and after on folds held apart, and writes a team lexicon."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check or fit."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Lexicon files to check, or the labelled file to fit."), QStringLiteral("FILE…"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("fit: the lexicon file to write."), QStringLiteral("file"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("fit: what the data is, for the file's header."), QStringLiteral("text"));
    const QCommandLineOption foldsOption(QStringLiteral("folds"), QStringLiteral("fit: folds held apart to measure on (default 5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption minCountOption(QStringLiteral("min-count"), QStringLiteral("fit: rows a new word, or a known term to be re-weighted, must appear in (default 15)."), QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("fit: only rows in this language (es or en)."), QStringLiteral("code"));
    const QCommandLineOption l2Option(QStringLiteral("l2"), QStringLiteral("fit: ridge penalty on new words' weights (default 0.0002)."), QStringLiteral("x"), QStringLiteral("0.0002"));
    const QCommandLineOption shippedOption(QStringLiteral("refit-shipped"), QStringLiteral("fit: start from the hand-written shipped lexicons, leaving out the shipped fitted weights (to refit them)."));
    const QCommandLineOption wordsOnlyOption(QStringLiteral("words-only"), QStringLiteral("fit: add new words but keep the categories' weights (for data from another domain)."));
    const QCommandLineOption lexiconOption(QStringLiteral("lexicon"), QStringLiteral("fit: team lexicon files to start from (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("fit: categories whose terms keep their weights, comma-separated (what the labels say nothing of, e.g. threat,urgency)."), QStringLiteral("categories"));
    const QCommandLineOption noTermsOption(QStringLiteral("no-terms"), QStringLiteral("fit: do not re-weight known terms one by one (only categories and new words)."));
    parser.addOptions({outOption, noteOption, foldsOption, minCountOption, langOption, lexiconOption, l2Option, wordsOnlyOption, shippedOption, keepOption, noTermsOption});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"fit")
        return runFit(parser, positional, {outOption, noteOption, foldsOption, minCountOption, langOption, lexiconOption, l2Option, wordsOnlyOption, shippedOption, keepOption, noTermsOption});
    if (positional.size() < 2 || positional.first() != u"check") {
        std::fprintf(stderr, "usage: calma-cli lexicon check FILE…\n       calma-cli lexicon fit LABELLED.jsonl --out FILE\n");
        return 2;
    }
    bool allGood = true;
    for (const QString &path : positional.sliced(1)) {
        const LexiconFile file = LexiconParser::parseFile(path);
        for (const LexiconIssue &issue : file.errors)
            std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
        if (!file.ok()) {
            allGood = false;
            continue;
        }
        QMap<QString, int> kinds;
        for (const LexiconEntry &entry : file.entries)
            ++kinds[entryKindName(entry.kind)];
        QStringList counts;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        std::printf("%s: OK, %lld entries for language %s (%s)\n", qPrintable(path),
                    static_cast<long long>(file.entries.size()), qPrintable(languageCode(*file.language)),
                    qPrintable(counts.join(QStringLiteral(", "))));
    }
    return allGood ? 0 : 1;
}

} // namespace calma::cli
