// Finds what a word means to the lexicon: its entry, its stem, and whether it was disguised
// (leetspeak, masking, stretched letters) to hide an insult.
#pragma once

#include "tone/lexicon.h"
#include "tone/tokenizer.h"

namespace calma {

enum class Disguise : quint8 { None, Leet, Masked, Spaced };

struct ResolvedWord
{
    int entry = -1;    // tone entry (exact form wins over stem)
    int modifier = -1; // negator, intensifier, diminisher or contrast
    int stemId = -1;   // for phrase matching
    Disguise disguise = Disguise::None;
    bool elongated = false; // a letter repeated three or more times ("noooo")
    bool negativePrefix = false; // praise under a negative prefix: "unhelpful", "descortés"
};

// One resolver serves one message on one thread (a scan's): it finds its thread's cache of look-ups
// once, on its first look-up, rather than for every word.
class WordResolver
{
public:
    explicit WordResolver(const Lexicon &lexicon) : m_lexicon(lexicon) {}
    WordResolver(const WordResolver &) = delete;
    WordResolver &operator=(const WordResolver &) = delete;

    // `word` is folded text (see TextNormalizer).
    ResolvedWord resolve(QStringView word, const Token &token) const;
    // Looks a plain folded word up without disguise handling.
    ResolvedWord lookUp(QStringView word) const;

    static bool hasElongation(QStringView word);
    static QString collapseRuns(QStringView word, int keep); // runs of 3+ equal letters to `keep` letters

    struct Cache; // a thread's look-ups for one lexicon (wordresolver.cpp)

private:
    ResolvedWord lookUpUncached(QStringView word) const;
    ResolvedWord lookUpForm(QStringView word) const;
    QString superlativeBase(QStringView word) const;
    ResolvedWord resolvePrefixed(QStringView word) const;
    ResolvedWord resolveLeet(QStringView word) const;
    ResolvedWord resolveMasked(QStringView word) const;
    bool hidesHostileWord(const ResolvedWord &resolved) const;

    Cache &cache() const;

    const Lexicon &m_lexicon;
    mutable Cache *m_cache = nullptr; // this thread's, for this lexicon
};

} // namespace calma
