// A message prepared once for phrase matching: folded text, tokens and each word's Snowball stem.
#pragma once

#include "tone/language.h"
#include "tone/tokenizer.h"

#include <string>
#include <vector>

namespace calma {

struct TokenizedText
{
    QString original;
    NormalizedText normalized;
    QList<Token> tokens;
    std::vector<std::string> stems; // per token; empty for anything but words and numbers

    static TokenizedText build(const QString &text, Language language);

    bool isWord(qsizetype t) const;
    QStringView folded(qsizetype t) const;
    qsizetype originalStart(qsizetype t) const { return normalized.origin.at(tokens.at(t).start); }
    qsizetype originalEnd(qsizetype t) const { return normalized.origin.at(tokens.at(t).end - 1) + 1; }
};

} // namespace calma
