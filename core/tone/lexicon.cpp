// Compiling lexicon entries into look-up tables.
#include "tone/lexicon.h"

#include "tone/phrasematcher.h"
#include "tone/stemmer.h"
#include "tone/textnormalizer.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <climits>
#include <iterator>
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

std::span<const int> Lexicon::phrasesStartingWith(int first, int second) const
{
    if (!startsPhrases(first))
        return {};
    const PhraseStart &start = m_phraseStarts[size_t(first)];
    const auto begin = m_phraseSeconds.begin() + start.secondsBegin, end = m_phraseSeconds.begin() + start.secondsEnd;
    const auto it = std::lower_bound(begin, end, second, [](const PhraseSecond &p, int stem) { return p.stem < stem; });
    if (it == end || it->stem != second)
        return {};
    return std::span<const int>(m_phraseLists.data() + it->begin, it->end - it->begin);
}

std::span<const int> Lexicon::phrasesWithWildcardSecond(int first) const
{
    if (!startsPhrases(first))
        return {};
    const PhraseStart &start = m_phraseStarts[size_t(first)];
    return std::span<const int>(m_phraseLists.data() + start.wildcardBegin, start.wildcardEnd - start.wildcardBegin);
}

void Lexicon::addEntry(const LexiconEntry &entry)
{
    const int index = int(m_entries.size());
    m_entries.push_back(entry);
    const QString foldedTerm = TextNormalizer::foldString(entry.term);
    const std::string folded = foldedTerm.toStdString();
    const bool multiWord = folded.find(' ') != std::string::npos;
    switch (entry.kind) {
    case EntryKind::Acronym:
        m_acronyms.insert(foldedTerm, true);
        return;
    case EntryKind::Stopword:
        if (!m_stopwords.contains(foldedTerm))
            m_stopwordList.append(foldedTerm);
        m_stopwords.insert(foldedTerm, true);
        return;
    case EntryKind::Addressee:
        m_addressees.insert(foldedTerm, true);
        return;
    case EntryKind::Shortfall:
        m_shortfalls.insert(foldedTerm, true);
        return;
    case EntryKind::SelfSubject:
        m_selfSubjects.insert(foldedTerm, true);
        return;
    case EntryKind::Exact:
    case EntryKind::Emoji:
    case EntryKind::Commitment: // the verb's own forms: "ordered", not the noun "order"
    case EntryKind::Violent:    // "killed", "mato": not "mate", the drink
    case EntryKind::Laughter:   // "lol", "jaja"
    case EntryKind::Platform:   // "twitter", "reddit"; several words are a phrase ("social media")
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
        const bool keepsTense = isToneKind(entry.kind) && !lowersHeat(entry.category);
        for (const QString &word : QString::fromStdString(folded).split(u' ')) {
            if (word == u"*") {
                phrase.stems.push_back(kWildcard);
                continue;
            }
            if (keepsTense && phrase.stems.size() < 32 && isPastForm(m_language, word))
                phrase.past |= std::uint32_t(1) << phrase.stems.size();
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
    for (size_t rank = 0; rank < order.size(); ++rank)
        lexicon->m_phraseRank[size_t(order[rank])] = int(rank);
    // The flat index: phrases grouped by (first stem, second stem), the wildcard second as its own group
    // after a first stem's named ones, each group in rank order.
    std::vector<int> byStart;
    std::copy_if(order.begin(), order.end(), std::back_inserter(byStart), [&](int p) { return phrases[size_t(p)].stems.front() >= 0; });
    const auto secondOf = [&](int p) { return phrases[size_t(p)].stems.at(1); };
    std::stable_sort(byStart.begin(), byStart.end(), [&](int a, int b) {
        const int fa = phrases[size_t(a)].stems.front(), fb = phrases[size_t(b)].stems.front();
        if (fa != fb)
            return fa < fb;
        const int sa = secondOf(a) == kWildcard ? INT_MAX : secondOf(a), sb = secondOf(b) == kWildcard ? INT_MAX : secondOf(b);
        return sa < sb; // stable: rank order within a group
    });
    lexicon->m_phraseStarts.assign(lexicon->m_stemIds.size(), PhraseStart());
    lexicon->m_phraseLists = byStart;
    for (size_t i = 0; i < byStart.size();) {
        const int first = phrases[size_t(byStart[i])].stems.front();
        PhraseStart &start = lexicon->m_phraseStarts[size_t(first)];
        start.any = true;
        start.secondsBegin = start.secondsEnd = quint32(lexicon->m_phraseSeconds.size());
        while (i < byStart.size() && phrases[size_t(byStart[i])].stems.front() == first) {
            const int second = secondOf(byStart[i]);
            size_t j = i;
            while (j < byStart.size() && phrases[size_t(byStart[j])].stems.front() == first && secondOf(byStart[j]) == second)
                ++j;
            if (second == kWildcard) {
                start.wildcardBegin = quint32(i);
                start.wildcardEnd = quint32(j);
            } else {
                lexicon->m_phraseSeconds.push_back({second, quint32(i), quint32(j)});
                start.secondsEnd = quint32(lexicon->m_phraseSeconds.size());
            }
            i = j;
        }
    }
    return lexicon;
}

} // namespace calma
