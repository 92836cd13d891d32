// Tokenising and stemming a text once for every phrase list that reads it.
#include "tone/tokenizedtext.h"

#include "tone/lexicon.h"
#include "tone/stemmer.h"

namespace calma {

TokenizedText TokenizedText::build(const QString &text, Language language)
{
    TokenizedText result;
    result.original = text;
    result.normalized = TextNormalizer::normalize(text);
    result.tokens = Tokenizer::tokenize(result.normalized, text);
    result.stems.resize(size_t(result.tokens.size()));
    std::string buffer;
    for (qsizetype t = 0; t < result.tokens.size(); ++t) {
        if (result.isWord(t))
            result.stems[size_t(t)] = std::string(Stemmer::stem(language, Lexicon::utf8Key(result.folded(t), buffer)));
    }
    return result;
}

bool TokenizedText::isWord(qsizetype t) const
{
    const TokenKind kind = tokens.at(t).kind;
    return kind == TokenKind::Word || kind == TokenKind::Number;
}

QStringView TokenizedText::folded(qsizetype t) const
{
    return QStringView(normalized.text).sliced(tokens.at(t).start, tokens.at(t).length());
}

} // namespace calma
