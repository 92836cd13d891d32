// Folds text for matching (case, accents, quotes, invisible characters) while remembering where each
// folded character came from, so that evidence can point into the original text.
#pragma once

#include <QList>
#include <QString>

namespace calma {

struct NormalizedText
{
    QString text;            // lower-case, accents removed, quotes and dashes made plain, invisibles dropped
    // origin[i]: index in the original text of text[i]; origin[size()] = original length. 32 bits, so
    // that a huge message costs 4 bytes a character here, not 8 (ToneAnalyzer reads at most kMaxText).
    QList<qint32> origin;
};

class TextNormalizer
{
public:
    static NormalizedText normalize(QStringView original);

    // The folded form of one UTF-16 unit, or QChar(0xFFFF) when the unit is dropped
    // (combining marks, zero-width characters, variation selectors).
    static char16_t fold(char16_t unit);

    // Folds a short string the same way (no offsets): used for lexicon terms.
    static QString foldString(QStringView text);
};

} // namespace calma
