// Splits folded text into words, numbers, emoji and punctuation, keeping offsets and what the
// original spelling looked like (capitals), which the analyzer's signals need.
#pragma once

#include "tone/textnormalizer.h"

#include <QList>

namespace calma {

enum class TokenKind : quint8 {
    Word,          // letters, possibly with digits, apostrophes or masking symbols (f**k, 1d10ta, don't)
    Number,        // digits only (with separators)
    Emoji,         // one emoji or emoticon
    Exclamation,   // a run of ! and ? containing at least one !, or of three or more ?
    Quote,         // " or '
    Ellipsis,      // ... or …
    ClauseBreak,   // , ; : ( ) - and similar: ends a modifier's reach
    SentenceBreak, // . ? and line breaks
};

struct Token
{
    qint32 start = 0; // in the normalized text (ToneAnalyzer reads at most kMaxText units: 32 bits)
    qint32 end = 0;
    TokenKind kind = TokenKind::Word;
    quint16 letters = 0;    // letters in the original spelling
    quint16 capitals = 0;   // of which upper-case
    quint16 exclamations = 0;
    quint16 questions = 0;
    bool masked = false;    // contains * # @ $ ! between letters
    bool mixedDigits = false; // letters and digits together (leetspeak candidate)
    int sentence = 0;       // index of the sentence the token belongs to

    qsizetype length() const { return end - start; }
};

class Tokenizer
{
public:
    static QList<Token> tokenize(const NormalizedText &normalized, QStringView original);
};

} // namespace calma
