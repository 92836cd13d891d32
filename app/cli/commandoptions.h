// Options several calma-cli commands share: language, team files, worker threads.
#pragma once

#include "coach/coach.h"
#include "tone/language.h"

#include <QCommandLineParser>
#include <cstdio>
#include <optional>

namespace calma::cli {

struct CommandOptions
{
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Language: es, en or auto (default: auto, per message)."),
                            QStringLiteral("code"), QStringLiteral("auto")};
    QCommandLineOption lexicon{QStringLiteral("lexicon"),
                               QStringLiteral("A team lexicon file that extends or overrides the shipped one (repeatable)."),
                               QStringLiteral("file")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("Worker threads for batch mode (default: all cores)."),
                               QStringLiteral("n")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({lang, lexicon, threads}); }
    // Applies --threads and reads --lang; prints the problem and returns nullopt on a bad value.
    std::optional<LanguageHint> apply(const QCommandLineParser &parser, const char *command) const;
};

// The coach's options: the shared ones plus team phrase lists and reply templates.
struct CoachOptions : CommandOptions
{
    QCommandLineOption phrases{QStringLiteral("phrases"), QStringLiteral("A team coach phrase list (TSV) that extends the shipped one (repeatable)."),
                               QStringLiteral("file")};
    QCommandLineOption replies{QStringLiteral("replies"), QStringLiteral("A team reply template file (JSON) that extends the shipped one (repeatable)."),
                               QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const
    {
        CommandOptions::addTo(parser);
        parser.addOptions({phrases, replies});
    }

    std::shared_ptr<const Coach> load(const QCommandLineParser &parser) const
    {
        const auto loaded = Coach::load({parser.values(lexicon), parser.values(phrases), parser.values(replies)});
        for (const LexiconIssue &issue : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
        return loaded.coach;
    }
};

} // namespace calma::cli
