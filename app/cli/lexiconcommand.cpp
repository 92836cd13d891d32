// calma-cli lexicon check: every bad line is reported as FILE:LINE (field): message.
#include "lexiconcommand.h"

#include "tone/lexicon.h"

#include <QCommandLineParser>
#include <QMap>
#include <cstdio>

namespace calma::cli {

int runLexicon(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks lexicon files (term<TAB>kind<TAB>category<TAB>weight) and reports every bad line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The action: check."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Lexicon files to check."), QStringLiteral("FILE…"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.first() != u"check") {
        std::fprintf(stderr, "usage: calma-cli lexicon check FILE…\n");
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
