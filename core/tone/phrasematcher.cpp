// Stem-based phrase look-up.
#include "tone/phrasematcher.h"

#include "tone/lexicon.h"
#include "tone/stemmer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calma {

bool isPastForm(Language language, QStringView folded)
{
    static const QStringList english{u"ed"_s};
    static const QStringList spanish{u"aron"_s,  u"ieron"_s, u"yeron"_s, u"aste"_s, u"iste"_s, u"asteis"_s, u"isteis"_s,
                                     u"ado"_s,   u"ada"_s,   u"ados"_s,  u"adas"_s, u"ido"_s,  u"ida"_s,    u"idos"_s,
                                     u"idas"_s,  u"aba"_s,   u"aban"_s,  u"abais"_s};
    constexpr qsizetype kShortest = 5; // "need", "bed", "nada", "vida" are no past
    if (folded.size() < kShortest)
        return false;
    const QStringList &endings = language == Language::Spanish ? spanish : english;
    return std::any_of(endings.begin(), endings.end(), [&](const QString &e) { return folded.endsWith(e); });
}

namespace {

// "lamentablemente", "unfortunately": an adverb of manner, which keeps its adjective's stem. It says
// how, not what: "lamentablemente no podemos" is bad news, not "lamento", an apology.
bool isMannerAdverb(Language language, QStringView folded)
{
    const QStringView suffix = language == Language::Spanish ? u"mente" : u"ly";
    return folded.size() >= suffix.size() + 4 && folded.endsWith(suffix);
}

} // namespace

int PhraseMatcher::add(const QString &term, Tense tense)
{
    // A stem of three letters or fewer that drops two or more of the word's letters stands for too many
    // words: "sabes" and "saberlo" stem to "sab", as "sábado" does; "digan" to "dig". Such a word
    // matches only as written.
    constexpr size_t kShortStem = 3;
    constexpr qsizetype kDropped = 2;
    // A word of one or two letters that an accent tells apart ("dé", give, from "de", of; "sé" from
    // "se") matches only as written with it.
    constexpr qsizetype kAccentedWord = 2;
    std::vector<Word> words;
    std::string buffer;
    const QStringList written = term.toLower().split(u' ', Qt::SkipEmptyParts);
    const QStringList foldedWords = TextNormalizer::foldString(term).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < foldedWords.size(); ++i) {
        const QString &word = foldedWords.at(i);
        if (word == u"*") {
            words.push_back({"*", {}, false, false, false, {}});
            continue;
        }
        const QString accented = written.size() == foldedWords.size() && word.size() <= kAccentedWord && written.at(i) != word
            ? written.at(i) : QString();
        std::string stem(Stemmer::stem(m_language, Lexicon::utf8Key(word, buffer)));
        const bool vague = stem.size() <= kShortStem && word.size() - qsizetype(stem.size()) >= kDropped;
        words.push_back({std::move(stem), vague ? word : QString(), tense == Tense::KeepPast && isPastForm(m_language, word),
                         tense == Tense::NotPast, isMannerAdverb(m_language, word), accented});
    }
    const int index = int(m_phrases.size());
    if (!words.empty() && words.front().stem != "*")
        m_byFirstStem[words.front().stem].push_back(index);
    m_phrases.push_back(std::move(words));
    return index;
}

bool PhraseMatcher::matchesAt(const TokenizedText &text, qsizetype start, const std::vector<Word> &words,
                              qsizetype *last) const
{
    qsizetype t = start;
    for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) {
            ++t;
            while (t < text.tokens.size()
                   && (text.tokens.at(t).kind == TokenKind::ClauseBreak || text.tokens.at(t).kind == TokenKind::Quote
                       || text.tokens.at(t).kind == TokenKind::Ellipsis))
                ++t;
        }
        if (t >= text.tokens.size() || !text.isWord(t))
            return false;
        const Word &word = words[w];
        if (word.stem != "*" && (text.stems[size_t(t)] != word.stem || (!word.exact.isEmpty() && text.folded(t) != word.exact)))
            return false;
        if (word.past && !isPastForm(m_language, text.folded(t)))
            return false;
        if (word.notPast && isPastForm(m_language, text.folded(t)))
            return false;
        if (word.stem != "*" && !word.adverb && isMannerAdverb(m_language, text.folded(t)))
            return false;
        if (!word.accented.isEmpty()
            && QStringView(text.original).sliced(text.originalStart(t), text.originalEnd(t) - text.originalStart(t)).compare(word.accented, Qt::CaseInsensitive) != 0)
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
