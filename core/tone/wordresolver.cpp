// Word look-up with disguise handling.
#include "tone/wordresolver.h"

#include "tone/stemmer.h"

#include <array>
#include <span>

namespace calma {
namespace {

QChar leetLetter(QChar c)
{
    switch (c.unicode()) {
    case u'0': return u'o';
    case u'1': return u'i';
    case u'3': return u'e';
    case u'4': return u'a';
    case u'5': return u's';
    case u'7': return u't';
    case u'8': return u'b';
    case u'@': return u'a';
    case u'$': return u's';
    case u'!': return u'i';
    default: return c;
    }
}

bool isMaskChar(QChar c)
{
    return c == u'*' || c == u'#' || c == u'@' || c == u'$' || c == u'!';
}

} // namespace

struct WordResolver::Cache
{
    quint64 serial = 0;
    quint64 lastUse = 0;
    FoldedWordTable<ResolvedWord> words;
};

namespace {
using LookUpCache = WordResolver::Cache;

constexpr size_t kLookUpCacheSlots = 4;
constexpr qsizetype kLookUpCacheLimit = 1 << 16;

LookUpCache &lookUpCache(quint64 serial)
{
    thread_local std::array<LookUpCache, kLookUpCacheSlots> caches;
    thread_local quint64 uses = 0;
    LookUpCache *oldest = &caches.front();
    for (LookUpCache &slot : caches) {
        if (slot.serial == serial) {
            slot.lastUse = ++uses;
            return slot;
        }
        if (slot.lastUse < oldest->lastUse)
            oldest = &slot;
    }
    oldest->serial = serial;
    oldest->lastUse = ++uses;
    oldest->words.clear();
    return *oldest;
}

} // namespace

bool WordResolver::hasElongation(QStringView word)
{
    for (qsizetype i = 2; i < word.size(); ++i) {
        if (word.at(i) == word.at(i - 1) && word.at(i) == word.at(i - 2) && word.at(i).isLetter())
            return true;
    }
    return false;
}

QString WordResolver::collapseRuns(QStringView word, int keep)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size();) {
        qsizetype j = i;
        while (j < word.size() && word.at(j) == word.at(i))
            ++j;
        const qsizetype run = j - i;
        out.append(word.sliced(i, run >= 3 ? keep : run));
        i = j;
    }
    return out;
}

WordResolver::Cache &WordResolver::cache() const
{
    if (!m_cache)
        m_cache = &lookUpCache(m_lexicon.serial());
    return *m_cache;
}

ResolvedWord WordResolver::lookUp(QStringView word) const
{
    // Customers' vocabulary repeats: each thread keeps what a word came to for the few lexicons it
    // reads (base and team, Spanish and English), so a word is stemmed and tried once.
    LookUpCache &cache = this->cache();
    const quint64 hash = FoldedWordTable<ResolvedWord>::hash(word);
    if (const ResolvedWord *known = cache.words.find(word, hash))
        return *known;
    const ResolvedWord r = lookUpUncached(word);
    if (cache.words.size() >= kLookUpCacheLimit)
        cache.words.clear();
    cache.words.insert(word, hash, r);
    return r;
}

ResolvedWord WordResolver::lookUpUncached(QStringView word) const
{
    ResolvedWord r = lookUpForm(word);
    if (r.entry >= 0 || r.modifier >= 0)
        return r;
    // Snowball keeps superlatives whole: "dumbest", "laziest", "carísimo", "enfadadísimos".
    const QString base = superlativeBase(word);
    if (!base.isEmpty()) {
        const ResolvedWord b = lookUpForm(base);
        if (b.entry >= 0)
            return b;
    }
    if (ResolvedWord prefixed = resolvePrefixed(word); prefixed.entry >= 0) {
        prefixed.stemId = r.stemId; // phrases still see the word as written
        return prefixed;
    }
    return r;
}

ResolvedWord WordResolver::resolvePrefixed(QStringView word) const
{
    // "unhelpful", "unprofessional", "descortés", "ineficiente": a word of praise under a negative
    // prefix is praise negated. Only praise: "inform" is not "form" negated.
    static const QStringView english[] = {u"un", u"dis", u"in", u"im", u"ir", u"non"};
    static const QStringView spanish[] = {u"des", u"in", u"im", u"ir"};
    constexpr qsizetype kMinRest = 4;
    static const PerLanguage<std::span<const QStringView>> prefixes{spanish, english};
    for (const QStringView prefix : prefixes[m_lexicon.language()]) {
        if (word.size() < prefix.size() + kMinRest || !word.startsWith(prefix))
            continue;
        ResolvedWord r = lookUpForm(word.sliced(prefix.size()));
        if (r.entry >= 0 && m_lexicon.entry(r.entry).category == ToneCategory::Praise && m_lexicon.entry(r.entry).kind == EntryKind::Word) {
            r.modifier = -1;
            r.negativePrefix = true;
            return r;
        }
    }
    return {};
}

QString WordResolver::superlativeBase(QStringView word) const
{
    if (m_lexicon.language() == Language::English) {
        if (word.size() > 6 && word.endsWith(u"iest"))
            return word.chopped(4) + u'y';
        if (word.size() > 5 && word.endsWith(u"est"))
            return word.chopped(3).toString();
        return {};
    }
    for (const QStringView ending : {u"isimos", u"isimas", u"isimo", u"isima"}) {
        if (word.size() > ending.size() + 2 && word.endsWith(ending))
            return word.chopped(ending.size()) + u'o';
    }
    return {};
}

ResolvedWord WordResolver::lookUpForm(QStringView word) const
{
    thread_local std::string buffer;
    const std::string_view folded = Lexicon::utf8Key(word, buffer);
    ResolvedWord r;
    r.entry = m_lexicon.exactEntry(folded);
    r.modifier = m_lexicon.modifierEntry(folded);
    const std::string_view stem = Stemmer::stem(m_lexicon.language(), folded);
    if (r.entry < 0)
        r.entry = m_lexicon.stemEntry(stem);
    r.stemId = m_lexicon.stemId(stem);
    return r;
}

bool WordResolver::hidesHostileWord(const ResolvedWord &resolved) const
{
    if (resolved.entry < 0)
        return false;
    const LexiconEntry &entry = m_lexicon.entry(resolved.entry);
    return !lowersHeat(entry.category);
}

ResolvedWord WordResolver::resolve(QStringView word, const Token &token) const
{
    if (token.masked) {
        ResolvedWord r = resolveMasked(word);
        if (r.entry >= 0 || !token.mixedDigits)
            return r;
    }
    if (token.mixedDigits) {
        ResolvedWord r = resolveLeet(word);
        if (r.entry >= 0)
            return r;
    }
    if (!hasElongation(word))
        return lookUp(word);
    // "noooo" may be "no", "goood" is "good": try two letters, then one.
    ResolvedWord r = lookUp(collapseRuns(word, 2));
    if (r.entry < 0 && r.modifier < 0)
        r = lookUp(collapseRuns(word, 1));
    r.elongated = true;
    return r;
}

ResolvedWord WordResolver::resolveLeet(QStringView word) const
{
    QString decoded;
    decoded.reserve(word.size());
    for (QChar c : word) {
        const QChar letter = leetLetter(c);
        if (!letter.isLetter() && c != u'\'')
            return {}; // other digits: a code such as "4g" or "a12", not leetspeak
        decoded.append(letter);
    }
    ResolvedWord r = lookUp(hasElongation(decoded) ? collapseRuns(decoded, 1) : decoded);
    if (!hidesHostileWord(r))
        return {};
    r.disguise = Disguise::Leet;
    return r;
}

ResolvedWord WordResolver::resolveMasked(QStringView word) const
{
    // Leading @ and $ are letters in disguise (@sshole, $tupid); the rest of the symbols hide letters.
    QString pattern = word.toString();
    if (!pattern.isEmpty() && (pattern.at(0) == u'@' || pattern.at(0) == u'$'))
        pattern[0] = leetLetter(pattern.at(0));
    if (pattern.isEmpty() || isMaskChar(pattern.at(0)))
        return {};
    // Prefer the target that shows the most letters, then the longest, then the strongest: "f***"
    // shows one letter only, and is taken for the strongest insult it fits.
    ResolvedWord best;
    int bestRevealed = 0;
    qsizetype bestLength = 0;
    double bestWeight = 0;
    for (const DisguiseTarget &disguised : m_lexicon.disguiseTargets()) {
        const LexiconEntry &entry = m_lexicon.entry(disguised.entry);
        const QString &target = disguised.folded;
        if (target.size() > pattern.size())
            continue;
        int revealed = 0, hidden = 0;
        bool fits = true;
        for (qsizetype k = 0; k < target.size() && fits; ++k) {
            if (isMaskChar(pattern.at(k))) {
                ++hidden;
                continue;
            }
            fits = pattern.at(k) == target.at(k);
            ++revealed;
        }
        const QStringView rest = QStringView(pattern).sliced(target.size());
        for (QChar c : rest)
            fits = fits && c.isLetter();
        const bool enoughShown = revealed >= 2 || (hidden >= 2 && (entry.category == ToneCategory::Insult || entry.category == ToneCategory::Profanity) && entry.weight >= 2);
        if (!fits || hidden == 0 || !enoughShown)
            continue;
        const bool better = revealed > bestRevealed || (revealed == bestRevealed && target.size() > bestLength)
            || (revealed == bestRevealed && target.size() == bestLength && entry.weight > bestWeight);
        if (!better)
            continue;
        const QString candidate = target + rest;
        ResolvedWord r = lookUp(candidate);
        if (!hidesHostileWord(r))
            continue;
        r.disguise = Disguise::Masked;
        best = r;
        bestRevealed = revealed;
        bestLength = target.size();
        bestWeight = entry.weight;
    }
    return best;
}

} // namespace calma
