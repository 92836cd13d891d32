// Feeds arbitrary bytes to the tone analyzer, as UTF-8 and as raw UTF-16, and checks the report's
// invariants: heat in range and evidence inside the text.
#include "tone/toneanalyzer.h"

#include <cstdint>
#include <cstdlib>

using namespace calma;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto loaded = ToneAnalyzer::load();
    if (!loaded.analyzer)
        std::abort();
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString utf16 = QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    for (const QString &text : {utf8, utf16}) {
        for (LanguageHint hint : {LanguageHint::Auto, LanguageHint::Spanish, LanguageHint::English}) {
            const ToneReport report = loaded.analyzer->analyze(text, hint);
            if (report.heat < 0 || report.heat > 100)
                std::abort();
            for (const Evidence &e : report.evidence) {
                if (e.start < 0 || e.start >= e.end || e.end > text.size())
                    std::abort();
            }
            (void)report.toJson(text);
        }
    }
    return 0;
}
