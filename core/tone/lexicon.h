// A language's lexicon compiled for matching: exact forms, Snowball stems, phrases and modifiers.
// Immutable once built, so one instance is shared by every thread.
#pragma once

#include "tone/foldedwordtable.h"
#include "tone/language.h"
#include "tone/lexiconparser.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace calma {

// FNV-1a: the keys are short words, for which it is faster than std::hash's Murmur.
struct StringViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const
    {
        quint64 h = 14695981039346656037ull;
        for (const char c : s)
            h = (h ^ quint8(c)) * 1099511628211ull;
        return size_t(h);
    }
};
using StringMap = std::unordered_map<std::string, int, StringViewHash, std::equal_to<>>;

struct DisguiseTarget
{
    int entry = -1;
    QString folded; // the term as TextNormalizer folds it
};

struct LexiconPhrase
{
    std::vector<int> stems; // stem ids; kWildcard matches any one word
    int entry = -1;
    // Words of a failure written in the past ("changed my flight", "waited * hours", "me cancelaron")
    // match only a past form: "can I change my flight?" and "please wait 24 hours" report nothing.
    std::uint32_t past = 0; // bit w: word w
};

class Lexicon
{
public:
    static constexpr int kWildcard = -2;

    // Later entries replace earlier ones with the same term and kind; a weight of 0 removes an entry.
    static std::shared_ptr<const Lexicon> build(Language language, const QList<LexiconEntry> &entries);

    Language language() const { return m_language; }
    // Unique to this build of a lexicon, for caches of look-ups (an address can be reused).
    quint64 serial() const { return m_serial; }
    const LexiconEntry &entry(int index) const { return m_entries[size_t(index)]; }
    int entryCount() const { return int(m_entries.size()); }
    int toneEntryCount() const;

    // Look-ups take folded UTF-8 (see TextNormalizer); -1 when absent.
    int exactEntry(std::string_view folded) const { return find(m_exact, folded); }
    int modifierEntry(std::string_view folded) const { return find(m_modifiers, folded); }
    int stemEntry(std::string_view stem) const { return find(m_stemEntries, stem); }
    int stemId(std::string_view stem) const { return find(m_stemIds, stem); }
    // These take a folded word as it is in the normalized text.
    bool isAcronym(QStringView folded) const { return m_acronyms.contains(folded); }
    bool isStopword(QStringView folded) const { return m_stopwords.contains(folded); }
    bool isStopword(QStringView folded, quint64 hash) const { return m_stopwords.find(folded, hash) != nullptr; }
    // The stopwords, folded, in the order they were added (the language detector merges both lexicons').
    const QStringList &stopwords() const { return m_stopwordList; }
    // A word that points at the reader or the company ("you", "vuestra"): swearing next to it is an insult.
    bool isAddressee(QStringView folded) const { return m_addressees.contains(folded); }
    // "only", "instead", "todavía": after something paid for or promised, it did not turn out so.
    bool isShortfall(QStringView folded) const { return m_shortfalls.contains(folded); }
    // "i'm", "am", "soy", "siento": the writer is the subject; "I'm such an idiot" is said of oneself.
    bool isSelfSubject(QStringView folded) const { return m_selfSubjects.contains(folded); }

    // The phrases that can start at a word with stem `first` followed by a word with stem `second`
    // (-1 when the next token is no known word): those naming that second word, and those with a
    // wildcard there. Each list is in match order; phraseRank() merges them (lower ranks are tried first:
    // longer phrases, then fewer wildcards, then file order).
    std::span<const int> phrasesStartingWith(int first, int second) const;
    std::span<const int> phrasesWithWildcardSecond(int first) const;
    // Whether any phrase starts with a word of this stem (most words start none).
    bool startsPhrases(int first) const
    {
        return first >= 0 && size_t(first) < m_phraseStarts.size() && m_phraseStarts[size_t(first)].any;
    }
    int phraseRank(int index) const { return m_phraseRank[size_t(index)]; }
    const LexiconPhrase &phrase(int index) const { return m_phrases[size_t(index)]; }
    // Single-word entries that a masked or leetspeak spelling may hide (insults, strong anger).
    const std::vector<DisguiseTarget> &disguiseTargets() const { return m_disguiseTargets; }

    // The folded form of a term as UTF-8, as the look-ups above expect it.
    static std::string foldedUtf8(QStringView word);
    // UTF-8 of already folded text, written into a reused buffer (no allocation for ASCII words).
    static std::string_view utf8Key(QStringView folded, std::string &buffer);

private:
    static int find(const StringMap &map, std::string_view key);
    int internStem(const std::string &stem);
    void addEntry(const LexiconEntry &entry);

    Language m_language = Language::English;
    quint64 m_serial = 0;
    std::vector<LexiconEntry> m_entries;
    StringMap m_exact;       // exact and emoji entries
    StringMap m_modifiers;   // single-word modifiers
    StringMap m_stemEntries; // word entries by stem
    StringMap m_stemIds;     // every stem a phrase uses
    FoldedWordTable<bool> m_acronyms;
    FoldedWordTable<bool> m_stopwords;
    QStringList m_stopwordList;
    FoldedWordTable<bool> m_addressees;
    FoldedWordTable<bool> m_shortfalls;
    FoldedWordTable<bool> m_selfSubjects;
    std::vector<LexiconPhrase> m_phrases;
    // Phrases by their first two stems, flat: per first stem id, its range of second stems (sorted) and
    // its phrases with a wildcard second; each second stem names its range of phrase indexes.
    struct PhraseStart
    {
        quint32 secondsBegin = 0, secondsEnd = 0;   // in m_phraseSeconds
        quint32 wildcardBegin = 0, wildcardEnd = 0; // in m_phraseLists
        bool any = false;
    };
    struct PhraseSecond
    {
        int stem = -1;
        quint32 begin = 0, end = 0; // in m_phraseLists
    };
    std::vector<PhraseStart> m_phraseStarts; // by first stem id
    std::vector<PhraseSecond> m_phraseSeconds;
    std::vector<int> m_phraseLists;
    std::vector<int> m_phraseRank;
    std::vector<DisguiseTarget> m_disguiseTargets;
};

} // namespace calma
