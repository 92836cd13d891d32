// Stem-based phrase look-up.
#include "tone/phrasematcher.h"

#include "tone/lexicon.h"
#include "tone/stemmer.h"

namespace calma {

int PhraseMatcher::add(const QString &term)
{
    std::vector<std::string> stems;
    std::string buffer;
    for (const QString &word : TextNormalizer::foldString(term).split(u' ', Qt::SkipEmptyParts)) {
        if (word == u"*")
            stems.emplace_back("*");
        else
            stems.emplace_back(Stemmer::stem(m_language, Lexicon::utf8Key(word, buffer)));
    }
    const int index = int(m_phrases.size());
    if (!stems.empty() && stems.front() != "*")
        m_byFirstStem[stems.front()].push_back(index);
    m_phrases.push_back(std::move(stems));
    return index;
}

bool PhraseMatcher::matchesAt(const TokenizedText &text, qsizetype start, const std::vector<std::string> &stems,
                              qsizetype *last) const
{
    qsizetype t = start;
    for (size_t w = 0; w < stems.size(); ++w) {
        if (w > 0) {
            ++t;
            while (t < text.tokens.size()
                   && (text.tokens.at(t).kind == TokenKind::ClauseBreak || text.tokens.at(t).kind == TokenKind::Quote
                       || text.tokens.at(t).kind == TokenKind::Ellipsis))
                ++t;
        }
        if (t >= text.tokens.size() || !text.isWord(t))
            return false;
        if (stems[w] != "*" && text.stems[size_t(t)] != stems[w])
            return false;
    }
    *last = t;
    return true;
}

QList<PhraseMatch> PhraseMatcher::findAll(const TokenizedText &text) const
{
    QList<PhraseMatch> matches;
    for (qsizetype t = 0; t < text.tokens.size(); ++t) {
        if (!text.isWord(t))
            continue;
        const auto it = m_byFirstStem.find(text.stems[size_t(t)]);
        if (it == m_byFirstStem.end())
            continue;
        for (const int p : it->second) {
            qsizetype last = 0;
            if (matchesAt(text, t, m_phrases[size_t(p)], &last))
                matches.append({p, t, last, text.originalStart(t), text.originalEnd(last)});
        }
    }
    return matches;
}

} // namespace calma
