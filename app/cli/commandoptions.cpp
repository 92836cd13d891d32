// Shared calma-cli options.
#include "commandoptions.h"

#include <QThreadPool>
#include <cstdio>

namespace calma::cli {

std::optional<LanguageHint> CommandOptions::apply(const QCommandLineParser &parser, const char *command) const
{
    const auto hint = languageHintFromCode(parser.value(lang));
    if (!hint) {
        std::fprintf(stderr, "calma-cli %s: --lang must be es, en or auto\n", command);
        return std::nullopt;
    }
    if (parser.isSet(threads)) {
        bool ok = false;
        const int count = parser.value(threads).toInt(&ok);
        // More threads than a machine could use only costs memory (20,000 of them ran out of it).
        constexpr int kMaxThreads = 256;
        if (!ok || count < 1 || count > kMaxThreads) {
            std::fprintf(stderr, "calma-cli %s: --threads must be a whole number from 1 to %d\n", command, kMaxThreads);
            return std::nullopt;
        }
        QThreadPool::globalInstance()->setMaxThreadCount(count);
    }
    return hint;
}

} // namespace calma::cli
