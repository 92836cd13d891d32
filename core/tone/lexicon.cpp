// Compiling lexicon entries into look-up tables.
#include "tone/lexicon.h"

#include "tone/stemmer.h"
#include "tone/textnormalizer.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <numeric>

namespace calma {

std::string Lexicon::foldedUtf8(QStringView word)
{
    return TextNormalizer::foldString(word).toStdString();
}

std::string_view Lexicon::utf8Key(QStringView folded, std::string &buffer)
{
    buffer.clear();
    for (QChar c : folded) {
        if (c.unicode() >= 0x80) {
            buffer = folded.toString().toStdString();
            return buffer;
        }
        buffer.push_back(char(c.unicode()));
    }
    return buffer;
}

int Lexicon::find(const StringMap &map, std::string_view key)
{
    const auto it = map.find(key);
    return it == map.end() ? -1 : it->second;
}

int Lexicon::internStem(const std::string &stem)
{
    const auto [it, inserted] = m_stemIds.try_emplace(stem, int(m_stemIds.size()));
    return it->second;
}

int Lexicon::toneEntryCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const LexiconEntry &e) { return isToneKind(e.kind); }));
}

namespace {

quint64 stemPair(int first, int second)
{
    return (quint64(quint32(first)) << 32) | quint32(second);
}

} // namespace

const std::vector<int> &Lexicon::phrasesStartingWith(int first, int second) const
{
    static const std::vector<int> none;
    const auto it = m_phrasesByFirstTwo.find(stemPair(first, second));
    return it == m_phrasesByFirstTwo.end() ? none : it->second;
}

const std::vector<int> &Lexicon::phrasesWithWildcardSecond(int first) const
{
    static const std::vector<int> none;
    return first >= 0 && size_t(first) < m_phrasesWildcardSecond.size() ? m_phrasesWildcardSecond[size_t(first)] : none;
}

void Lexicon::addEntry(const LexiconEntry &entry)
{
    const int index = int(m_entries.size());
    m_entries.push_back(entry);
    const std::string folded = foldedUtf8(entry.term);
    const bool multiWord = folded.find(' ') != std::string::npos;
    switch (entry.kind) {
    case EntryKind::Acronym:
        m_acronyms.insert(folded);
        return;
    case EntryKind::Stopword:
        m_stopwords.insert(folded);
        return;
    case EntryKind::Addressee:
        m_addressees.insert(folded);
        return;
    case EntryKind::Shortfall:
        m_shortfalls.insert(folded);
        return;
    case EntryKind::Exact:
    case EntryKind::Emoji:
    case EntryKind::Commitment: // the verb's own forms: "ordered", not the noun "order"
        m_exact[folded] = index;
        break;
    case EntryKind::Word:
    case EntryKind::Expectation: {
        const std::string stem(Stemmer::stem(m_language, folded));
        m_stemEntries[stem] = index;
        internStem(stem);
        break;
    }
    default:
        if (!multiWord) {
            m_modifiers[folded] = index;
            return;
        }
        break;
    }
    if (entry.kind == EntryKind::Phrase || multiWord) {
        LexiconPhrase phrase;
        phrase.entry = index;
        for (const QString &word : QString::fromStdString(folded).split(u' ')) {
            if (word == u"*")
                phrase.stems.push_back(kWildcard);
            else
                phrase.stems.push_back(internStem(std::string(Stemmer::stem(m_language, word.toStdString()))));
        }
        m_phrases.push_back(std::move(phrase));
    }
    if ((entry.kind == EntryKind::Word || entry.kind == EntryKind::Exact)
        && (entry.category == ToneCategory::Insult || entry.category == ToneCategory::Profanity
            || (entry.category == ToneCategory::Anger && entry.weight >= 1.5)))
        m_disguiseTargets.push_back({index, QString::fromStdString(folded)});
}

std::shared_ptr<const Lexicon> Lexicon::build(Language language, const QList<LexiconEntry> &entries)
{
    // Resolve overrides first: the last entry for a (kind, term) wins, weight 0 removes it.
    const QList<bool> survives = latestEntries(entries, entryKindName);

    auto lexicon = std::make_shared<Lexicon>();
    static std::atomic<quint64> builds{0};
    lexicon->m_language = language;
    lexicon->m_serial = ++builds;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const LexiconEntry &entry = entries.at(i);
        if (!survives.at(i))
            continue;
        if (entry.weight == 0 && entry.kind != EntryKind::Acronym)
            continue;
        lexicon->addEntry(entry);
    }
    // Match order: longer phrases first; of two as long, the one with fewer wildcards ("this is the
    // first time" before "this is the * time"); then file order. Phrases are found by their first two
    // words, so a common first word ("I", "no") does not mean trying every phrase it starts.
    const auto &phrases = lexicon->m_phrases;
    const auto wildcards = [&](int p) { return std::count(phrases[size_t(p)].stems.begin(), phrases[size_t(p)].stems.end(), kWildcard); };
    std::vector<int> order(phrases.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const size_t la = phrases[size_t(a)].stems.size(), lb = phrases[size_t(b)].stems.size();
        return la != lb ? la > lb : wildcards(a) < wildcards(b);
    });
    lexicon->m_phraseRank.assign(phrases.size(), 0);
    lexicon->m_phrasesWildcardSecond.resize(lexicon->m_stemIds.size());
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const int p = order[rank];
        const LexiconPhrase &phrase = phrases[size_t(p)];
        lexicon->m_phraseRank[size_t(p)] = int(rank);
        if (phrase.stems.at(1) == kWildcard)
            lexicon->m_phrasesWildcardSecond[size_t(phrase.stems.front())].push_back(p);
        else
            lexicon->m_phrasesByFirstTwo[stemPair(phrase.stems.front(), phrase.stems.at(1))].push_back(p);
    }
    return lexicon;
}

} // namespace calma
