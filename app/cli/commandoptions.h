// Options several calma-cli commands share: language, team files, worker threads.
#pragma once

#include "tone/language.h"

#include <QCommandLineParser>
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

} // namespace calma::cli
