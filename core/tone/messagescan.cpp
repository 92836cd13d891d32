// The lexical stages of a message's scan: spelled-out words, look-ups, phrases, modifiers, contrast,
// commitments, irony, repeats and swearing by target.
#include "tone/messagescan.h"

#include "tone/phrasematcher.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <span>

namespace calma::detail {

namespace {

bool isOneOf(QStringView word, std::span<const QStringView> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isProgressive(QStringView w)
{
    return w.size() >= 6 && (w.endsWith(u"ing") || w.endsWith(u"ando") || w.endsWith(u"iendo"));
}

bool isOneOf(QStringView word, std::initializer_list<QStringView> words)
{
    return isOneOf(word, std::span<const QStringView>(words.begin(), words.size()));
}

// A negation with a word of degree says "as much as it gets", not the opposite: "I have never been so
// disappointed", "never had such good service", "I couldn't be more grateful", "nunca tan amables",
// "no podríamos estar más contentos". (Folded forms: no accents.)
bool isNeverWord(QStringView w, Language language)
{
    return language == Language::Spanish ? isOneOf(w, {u"nunca", u"jamas"}) : isOneOf(w, {u"never"});
}
bool isDegreeAfterNever(QStringView w, Language language)
{
    return language == Language::Spanish ? isOneOf(w, {u"tan", u"tanto", u"tanta", u"tantos", u"tantas"})
                                         : isOneOf(w, {u"so", u"such"});
}
bool isModalOfPossibility(QStringView w, Language language)
{
    return language == Language::Spanish
        ? isOneOf(w, {u"podria", u"podriamos", u"podrian", u"podrias", u"puedo", u"puede", u"puedes", u"podemos", u"pueden",
                      u"pudo", u"pude", u"pudimos", u"pudieron", u"podia", u"podiamos", u"podian"})
        : isOneOf(w, {u"could", u"can", u"couldn't", u"can't", u"cannot", u"couldnt", u"cant"});
}
bool isComparative(QStringView w, Language language)
{
    return language == Language::Spanish ? isOneOf(w, {u"mas"}) : isOneOf(w, {u"more"});
}
bool isEnough(QStringView w, Language language)
{
    return language == Language::Spanish ? isOneOf(w, {u"suficiente", u"suficientemente"}) : isOneOf(w, {u"enough"});
}

QString translateCategory(ToneCategory category)
{
    switch (category) {
    case ToneCategory::Anger: return CalmaToneReason::tr("anger or frustration");
    case ToneCategory::Insult: return CalmaToneReason::tr("insult or profanity");
    case ToneCategory::Threat: return CalmaToneReason::tr("threat to leave, complain or go public");
    case ToneCategory::Urgency: return CalmaToneReason::tr("demands urgency");
    case ToneCategory::Repetition: return CalmaToneReason::tr("repeated contact or being ignored");
    case ToneCategory::Sarcasm: return CalmaToneReason::tr("sarcasm");
    case ToneCategory::Politeness: return CalmaToneReason::tr("politeness");
    case ToneCategory::Gratitude: return CalmaToneReason::tr("thanks");
    case ToneCategory::Apology: return CalmaToneReason::tr("apology");
    case ToneCategory::Praise: return CalmaToneReason::tr("praise");
    case ToneCategory::Dissatisfaction: return CalmaToneReason::tr("dissatisfaction or a reported failure");
    case ToneCategory::Profanity: return CalmaToneReason::tr("swearing");
    case ToneCategory::Shouting: return CalmaToneReason::tr("shouting");
    case ToneCategory::Punctuation: return CalmaToneReason::tr("emphatic punctuation");
    case ToneCategory::Elongation: return CalmaToneReason::tr("stretched word");
    }
    return {};
}

constexpr int kCategories = int(ToneCategory::Elongation) + 1;

// The fixed parts of reasons, translated once per thread and language: tr() takes a lock and walks the
// installed translators, which was most of what building a message's reasons cost. The translation
// names its own language, so a translator installed or removed while the program runs (the language
// setting) is noticed at the next message.
// A translated "%1 … %2" split once into its three literal parts, so that filling it in is three
// appends rather than QString::arg's parse; a translation that swaps or repeats the places is filled
// in with arg().
struct TwoPlaces
{
    QString format;
    QString before, between, after;
    bool split = false;

    void set(const QString &translated)
    {
        format = translated;
        const qsizetype one = translated.indexOf(u"%1"), two = translated.indexOf(u"%2");
        split = one >= 0 && two > one && translated.indexOf(u"%1", one + 2) < 0 && translated.indexOf(u"%2", two + 2) < 0
            && !translated.sliced(two + 2).contains(u'%') && !translated.first(one).contains(u'%')
            && !translated.sliced(one + 2, two - one - 2).contains(u'%');
        if (split) {
            before = translated.first(one);
            between = translated.sliced(one + 2, two - one - 2);
            after = translated.sliced(two + 2);
        }
    }
    QString fill(const QString &a, const QString &b) const
    {
        if (!split)
            return format.arg(a, b);
        QString out;
        out.reserve(before.size() + a.size() + between.size() + b.size() + after.size());
        out += before;
        out += a;
        out += between;
        out += b;
        out += after;
        return out;
    }
};

struct ReasonTexts
{
    QString language;
    std::array<QString, kCategories> categories;
    TwoPlaces subject; // "%1: %2"
    TwoPlaces note;    // "%1, %2"
};

thread_local ReasonTexts t_reasonTexts;
thread_local bool t_reasonTextsChecked = false; // during one message's score(): read once

const ReasonTexts &reasonTexts()
{
    ReasonTexts &texts = t_reasonTexts;
    if (t_reasonTextsChecked && !texts.subject.format.isEmpty())
        return texts;
    //: The code of the language these reasons are in ("es" in the Spanish translation): when it
    //: changes, the other reasons are read from the translation again.
    const QString language = CalmaToneReason::tr("en");
    if (texts.subject.format.isEmpty() || texts.language != language) {
        texts.language = language;
        for (int c = 0; c < kCategories; ++c)
            texts.categories[size_t(c)] = translateCategory(ToneCategory(c));
        texts.subject.set(CalmaToneReason::tr("%1: %2"));
        texts.note.set(CalmaToneReason::tr("%1, %2"));
    }
    return texts;
}

} // namespace

ReasonTextsCheck::ReasonTextsCheck()
{
    reasonTexts();
    t_reasonTextsChecked = true;
}

ReasonTextsCheck::~ReasonTextsCheck()
{
    t_reasonTextsChecked = false;
}

QString describe(ToneCategory category)
{
    return reasonTexts().categories[size_t(category)];
}

QString reasonFor(const QString &subject, ToneCategory category, const QStringList &notes)
{
    const ReasonTexts &texts = reasonTexts();
    QString why = texts.subject.fill(subject, texts.categories[size_t(category)]);
    for (const QString &note : notes)
        why = texts.note.fill(why, note);
    return why;
}

QString quotedReasonFor(QStringView term, bool lower, ToneCategory category, const QStringList &notes)
{
    const ReasonTexts &texts = reasonTexts();
    if (!texts.subject.split || !texts.note.split) {
        const QString subject = quoted(lower ? term.toString().toLower() : term.toString());
        return reasonFor(subject, category, notes);
    }
    // One allocation for what reasonFor(quoted(term), …) builds in several: each note wraps the
    // reason so far, so the notes' openings come first, then the subject, then each note's rest.
    const QString &name = texts.categories[size_t(category)];
    qsizetype size = texts.subject.before.size() + term.size() + 2 + texts.subject.between.size() + name.size() + texts.subject.after.size();
    for (const QString &note : notes)
        size += texts.note.before.size() + texts.note.between.size() + note.size() + texts.note.after.size();
    // Written through a pointer into a string made at its final size: appending part by part cost
    // more than the rest of the score.
    QString why(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(why.data());
    const auto put = [&out](QStringView part) {
        std::copy(part.utf16(), part.utf16() + part.size(), out);
        out += part.size();
    };
    for (qsizetype i = 0; i < notes.size(); ++i)
        put(texts.note.before);
    put(texts.subject.before);
    *out++ = u'"';
    char16_t *const quotedTerm = out;
    put(term);
    if (lower) {
        // ASCII in place; anything else as QString::toLower has it (full case mapping, which may
        // change the length).
        if (std::all_of(term.begin(), term.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            for (char16_t *c = quotedTerm; c != out; ++c) {
                if (*c >= u'A' && *c <= u'Z')
                    *c = char16_t(*c + 32);
            }
        } else {
            const qsizetype done = quotedTerm - reinterpret_cast<char16_t *>(why.data());
            const QString lowered = term.toString().toLower();
            why.resize(size - term.size() + lowered.size());
            out = reinterpret_cast<char16_t *>(why.data()) + done;
            put(lowered);
        }
    }
    *out++ = u'"';
    put(texts.subject.between);
    put(name);
    put(texts.subject.after);
    for (const QString &note : notes) {
        put(texts.note.between);
        put(note);
        put(texts.note.after);
    }
    Q_ASSERT(out == reinterpret_cast<char16_t *>(why.data()) + why.size());
    return why;
}

QString quoted(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    out += s;
    out += u'"';
    return out;
}

// "XXXXX", "zzzz": placeholders and noises, not words.
bool isFiller(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [&](QChar c) { return c == word.front(); });
}

// Thanks, praise and apologies in capitals or with "!!!" are enthusiasm. Politeness is not:
// "PLEASE FIX THIS" and "HELLO?? ANYONE?" are shouting.
bool isWarm(ToneCategory category)
{
    return category == ToneCategory::Gratitude || category == ToneCategory::Praise || category == ToneCategory::Apology;
}

std::byte *Scan::arenaBuffer()
{
    alignas(std::max_align_t) thread_local std::byte buffer[kArenaBuffer];
    return buffer;
}

void Scan::joinSpacedLetters()
{
    // "i d i o t a", "s.t.u.p.i.d": single letters one or two characters apart, read as one word when
    // that word is a hostile one. The token list is rebuilt once, so this stays linear, and only
    // from the first word it finds: most messages spell nothing out and keep their list.
    // Rebuilt in place: tokens are only ever merged, so the write position never passes the read one
    // (a copy would double the memory of a huge message).
    qsizetype out = 0;
    bool rebuilding = false;
    m_joined.clear();
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (std::as_const(m_tokens)[i].kind != TokenKind::Word || std::as_const(m_tokens)[i].length() != 1) {
            if (rebuilding)
                m_tokens[out++] = m_tokens[i];
            continue; // only a letter can start a spelt-out word
        }
        QString joined;
        QVarLengthArray<int, kMaxSpelledLetters> letterTokens;
        {
            letterTokens.append(i);
            for (int j = i + 1; j < m_tokens.size() && letterTokens.size() < kMaxSpelledLetters; ++j) {
                const Token &t = m_tokens[j];
                if (t.kind == TokenKind::SentenceBreak || t.kind == TokenKind::ClauseBreak) {
                    if (t.length() != 1)
                        break;
                    continue;
                }
                if (t.kind != TokenKind::Word || t.length() != 1 || t.start - m_tokens[letterTokens.last()].end > 2)
                    break;
                letterTokens.append(j);
            }
            // Most single letters are words ("I", "a", "y"): only a run of three or more is spelling.
            if (letterTokens.size() >= 3) {
                joined.reserve(letterTokens.size());
                for (const int t : letterTokens)
                    joined += folded(t);
            }
        }
        // The longest hostile word the letters start with: "i d i o t a i d i o t a" is two of them.
        ResolvedWord r;
        while (joined.size() >= 3) {
            r = m_resolver.lookUp(WordResolver::collapseRuns(joined, 1));
            if (r.entry >= 0 && !lowersHeat(m_lexicon.entry(r.entry).category))
                break;
            joined.chop(1);
        }
        if (joined.size() < 3) {
            // No hostile word here: keep the run's tokens as they are and move past it, so every
            // letter is looked at once.
            const int end = letterTokens.isEmpty() ? i : int(letterTokens.last());
            for (int k = i; rebuilding && k <= end; ++k)
                m_tokens[out++] = m_tokens[k];
            i = end;
            continue;
        }
        if (!rebuilding) {
            out = i;
            rebuilding = true;
        }
        const int last = letterTokens.at(joined.size() - 1);
        Token merged = m_tokens[i];
        merged.end = m_tokens[last].end;
        merged.letters = quint16(joined.size());
        for (int j = i + 1; j <= last; ++j)
            merged.capitals += m_tokens[j].capitals;
        m_tokens[out] = merged;
        m_joined.emplace(int(out), joined);
        ++out;
        i = last;
    }
    if (rebuilding)
        m_tokens.resize(out);
}

void Scan::resolveWords()
{
    m_words.assign(size_t(m_tokens.size()), ResolvedWord());
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (token.kind == TokenKind::Emoji) {
            m_words[t] = m_resolver.lookUp(folded(t));
        } else if (token.kind == TokenKind::Word) {
            if (const auto joined = m_joined.find(t); joined != m_joined.end()) {
                m_words[t] = m_resolver.lookUp(WordResolver::collapseRuns(joined->second, 1));
                m_words[t].disguise = Disguise::Spaced;
            } else {
                m_words[t] = m_resolver.resolve(folded(t), token);
            }
        }
    }
}

bool Scan::matchPhraseAt(int start, const LexiconPhrase &phrase, int *last) const
{
    int t = start;
    for (size_t w = 0; w < phrase.stems.size(); ++w) {
        if (w > 0) {
            ++t;
            // Commas, quotes and "..." may sit between a phrase's words; sentence ends may not.
            while (t < m_tokens.size() && (m_tokens[t].kind == TokenKind::ClauseBreak || m_tokens[t].kind == TokenKind::Quote
                                           || m_tokens[t].kind == TokenKind::Ellipsis))
                ++t;
        }
        if (t >= m_tokens.size() || !isWord(t) || m_role[size_t(t)] != Role::Free)
            return false;
        if (phrase.stems[w] != Lexicon::kWildcard && m_words[size_t(t)].stemId != phrase.stems[w])
            return false;
        // A past word of the lexicon matches a past or a progressive form ("shouting at me"), never the
        // bare verb of a request ("change my flight", "esperar 24 horas").
        if ((phrase.past >> w) & 1u && !isPastForm(m_lexicon.language(), folded(t)) && !isProgressive(folded(t)))
            return false;
    }
    *last = t;
    return true;
}

int Scan::nextWordStem(int t) const
{
    ++t;
    while (t < m_tokens.size() && (m_tokens[t].kind == TokenKind::ClauseBreak || m_tokens[t].kind == TokenKind::Quote
                                   || m_tokens[t].kind == TokenKind::Ellipsis))
        ++t;
    return t < m_tokens.size() && isWord(t) ? m_words[size_t(t)].stemId : -1;
}

void Scan::sortHits()
{
    std::sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) { return a.first < b.first; });
}

void Scan::matchPhrases()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!isWord(i) || m_words[size_t(i)].stemId < 0)
            continue;
        const int first = m_words[size_t(i)].stemId;
        if (!m_lexicon.startsPhrases(first))
            continue;
        const int second = nextWordStem(i);
        const std::span<const int> named = second >= 0 ? m_lexicon.phrasesStartingWith(first, second) : std::span<const int>();
        const std::span<const int> open = m_lexicon.phrasesWithWildcardSecond(first);
        // Both lists are in match order: walk them together by rank, as one list.
        for (size_t a = 0, b = 0; a < named.size() || b < open.size();) {
            const bool takeNamed = b >= open.size()
                || (a < named.size() && m_lexicon.phraseRank(named[a]) < m_lexicon.phraseRank(open[b]));
            const int p = takeNamed ? named[a++] : open[b++];
            const LexiconPhrase &phrase = m_lexicon.phrase(p);
            int last = 0;
            if (!matchPhraseAt(i, phrase, &last))
                continue;
            const LexiconEntry &entry = m_lexicon.entry(phrase.entry);
            const Role role = isToneKind(entry.kind) ? Role::Tone : Role::Modifier;
            for (int t = i; t <= last; ++t)
                m_role[size_t(t)] = role;
            if (role == Role::Tone) {
                m_hits.push_back({i, last, entry.category, entry.weight, entry.term, {}, false});
                m_hits.back().frame = entry.kind == EntryKind::Frame;
                m_hits.back().entry = phrase.entry;
            } else
                m_modifier[size_t(i)] = phrase.entry;
            i = last;
            break;
        }
    }
}

void Scan::matchWords()
{
    for (int t = 0; t < m_tokens.size(); ++t) {
        if (m_role[size_t(t)] != Role::Free)
            continue;
        const ResolvedWord &w = m_words[size_t(t)];
        if (w.entry >= 0) {
            const LexiconEntry &entry = m_lexicon.entry(w.entry);
            Hit hit{t, t, entry.category, entry.weight, entry.term, {}, false, entry.kind == EntryKind::Expectation,
                    entry.kind == EntryKind::Commitment};
            hit.entry = w.entry;
            if (w.elongated && entry.category == ToneCategory::Politeness) {
                // "pleeeease", "porfaaaa": pleading, not politeness; the stretch is counted as a signal.
                continue;
            }
            if (w.negativePrefix) {
                hit.category = ToneCategory::Dissatisfaction;
                hit.weight *= kNegatedPraise;
                hit.notes << CalmaToneReason::tr("praise negated by its prefix");
            }
            if (w.disguise == Disguise::Leet)
                hit.notes << CalmaToneReason::tr("disguised in leetspeak");
            else if (w.disguise == Disguise::Masked)
                hit.notes << CalmaToneReason::tr("masked with symbols");
            else if (w.disguise == Disguise::Spaced)
                hit.notes << CalmaToneReason::tr("spelled out letter by letter");
            m_role[size_t(t)] = Role::Tone;
            m_hits.push_back(hit);
        } else if (w.modifier >= 0) {
            m_role[size_t(t)] = Role::Modifier;
            m_modifier[size_t(t)] = w.modifier;
        }
    }
    sortHits();
}

void Scan::addWaiting()
{
    // "standing in the rain for 40 mins waiting", "a 3-hour queue", "dos horas esperando en la cola":
    // a span of time spent waiting is a failure, however it is worded. Minutes count from a quarter
    // of an hour; hours, days, weeks and months always. Phrases of the lexicon that already say it
    // ("waited * hours", "horas de espera") keep their own reading.
    // The words it reads, in one table per language (looked up once per word of the message):
    // a word of waiting (not the bare verb: "please wait 24 hours", "tendrá que esperar" is what an
    // agent asks), a unit of time (1 minutes, 2 hours, 3 days or longer) or a count in words.
    enum : quint8 { Wait = 0x01, UnitMask = 0x06, Count = 0x08 };
    static const PerLanguage<FoldedWordTable<quint8>> tables = [] {
        PerLanguage<FoldedWordTable<quint8>> t;
        const auto add = [](FoldedWordTable<quint8> &table, std::initializer_list<QStringView> words, quint8 code) {
            for (QStringView w : words)
                table.insert(w, code);
        };
        FoldedWordTable<quint8> &es = t[Language::Spanish];
        add(es, {u"esperando", u"esperandolo", u"esperandola", u"esperado", u"esperamos", u"esperaba", u"cola", u"colas", u"plantado",
                 u"plantada", u"plantados", u"plantadas", u"tirado", u"tirada", u"tirados", u"tiradas", u"atrapado", u"atrapada",
                 u"atrapados", u"atrapadas", u"sentado", u"sentada", u"sentados", u"sentadas"}, Wait);
        add(es, {u"minuto", u"minutos", u"min"}, 1 << 1);
        add(es, {u"hora", u"horas", u"h"}, 2 << 1);
        add(es, {u"dia", u"dias", u"semana", u"semanas", u"mes", u"meses"}, 3 << 1);
        add(es, {u"un", u"una", u"media", u"dos", u"tres", u"cuatro", u"cinco", u"seis", u"siete", u"ocho", u"nueve", u"diez", u"doce",
                 u"varias", u"varios", u"muchas", u"muchos"}, Count);
        FoldedWordTable<quint8> &en = t[Language::English];
        add(en, {u"waited", u"waiting", u"queue", u"queued", u"queuing", u"queueing", u"standing", u"stood", u"stuck", u"stranded",
                 u"sat", u"sitting", u"trapped"}, Wait);
        add(en, {u"min", u"mins", u"minute", u"minutes"}, 1 << 1);
        add(en, {u"hour", u"hours", u"hr", u"hrs", u"h"}, 2 << 1);
        add(en, {u"day", u"days", u"week", u"weeks", u"month", u"months"}, 3 << 1);
        add(en, {u"an", u"a", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"twelve",
                 u"several", u"few", u"many", u"half"}, Count);
        return t;
    }();
    const FoldedWordTable<quint8> &table = tables[m_lexicon.language()];
    const auto codeOf = [&](int t) {
        const quint8 *code = table.find(folded(t));
        return code ? *code : quint8(0);
    };
    // Most words cannot be one of waiting: their first letter or length says so before any look-up.
    const bool spanish = m_lexicon.language() == Language::Spanish;
    const auto isWaitWord = [&](int t) {
        const QStringView w = folded(t);
        if (w.size() < 3 || w.size() > 11)
            return false;
        const char16_t c = w.front().unicode();
        const bool mayBe = spanish ? (c == u'e' || c == u'c' || c == u'p' || c == u't' || c == u'a' || c == u's')
                                   : (c == u'w' || c == u'q' || c == u's' || c == u't');
        return mayBe && (codeOf(t) & Wait) != 0;
    };
    const auto unitOf = [&](int t) { return (codeOf(t) & UnitMask) >> 1; };
    const auto isCountWord = [&](int t) { return (codeOf(t) & Count) != 0; };
    const int n = int(m_tokens.size());
    // The word before `t`, also across a hyphen that joins them ("3-hour").
    const auto previousWord = [&](int t) {
        int p = t - 1;
        if (p > 0 && m_tokens[p].kind == TokenKind::ClauseBreak && m_norm.text.at(m_tokens[p].start) == u'-'
            && m_tokens[p].end == m_tokens[t].start && m_tokens[p - 1].end == m_tokens[p].start)
            --p;
        return p >= 0 && isWord(p) ? p : -1;
    };
    // The duration that ends at unit word `t`: its first token, or -1 when it is too short or none.
    const auto durationBefore = [&](int t) {
        const int unit = unitOf(t);
        const int count = unit ? previousWord(t) : -1;
        if (count < 0)
            return -1;
        if (m_tokens[count].kind == TokenKind::Number) {
            bool ok = false;
            const int value = folded(count).toInt(&ok);
            return ok && (unit > 1 ? value >= 1 : value >= 15) ? count : -1;
        }
        return unit > 1 && isCountWord(count) ? count : -1;
    };
    bool added = false;
    for (int t = 0; t < n; ++t) {
        if (!isWord(t) || !isWaitWord(t))
            continue;
        int from = -1, to = -1; // the duration
        for (int u = std::max(0, t - kWaitingReach); u <= std::min(n - 1, t + kWaitingReach) && from < 0; ++u) {
            if (!isWord(u) || m_clause[size_t(u)] != m_clause[size_t(t)])
                continue;
            if (const int start = durationBefore(u); start >= 0) {
                from = start;
                to = u;
            }
        }
        if (from < 0)
            continue;
        bool free = true;
        for (int u = from; u <= to && free; ++u)
            free = m_role[size_t(u)] != Role::Tone;
        if (!free)
            continue;
        // The waiting word with it, unless it says something of its own ("stuck").
        const bool withWord = m_role[size_t(t)] != Role::Tone;
        const int first = withWord ? std::min(from, t) : from;
        const int last = withWord ? std::max(to, t) : to;
        for (int u = first; u <= last; ++u)
            m_role[size_t(u)] = Role::Tone;
        Hit hit{first, last, ToneCategory::Dissatisfaction, kWaiting, {}, {CalmaToneReason::tr("time spent waiting")}, false};
        m_hits.push_back(hit);
        added = true;
        t = last;
    }
    if (added)
        sortHits();
}

void Scan::assignClauses()
{
    m_clause.assign(size_t(m_tokens.size()), 0);
    int clause = 0;
    for (int t = 0; t < m_tokens.size(); ++t) {
        const TokenKind kind = m_tokens[t].kind;
        const bool contrast = m_modifier[size_t(t)] >= 0 && modifierKind(t) == EntryKind::Contrast;
        if (kind == TokenKind::ClauseBreak || kind == TokenKind::SentenceBreak || kind == TokenKind::Exclamation || contrast)
            ++clause;
        m_clause[size_t(t)] = clause;
    }
}

void Scan::readDegreeAdverbs()
{
    // A harsh adverb right before praise says how much, not what: "ridiculously good", "stupidly
    // easy", "absurdamente barato", "increíblemente rápido". The adverb counts nothing and the praise
    // counts more. Before anything else ("ridiculously slow") the adverb keeps its heat.
    const QStringView suffix = m_lexicon.language() == Language::Spanish ? u"mente" : u"ly";
    Table<int> hitAt(size_t(m_tokens.size()), -1, &m_arena);
    for (size_t h = 0; h < m_hits.size(); ++h)
        hitAt[size_t(m_hits[h].first)] = int(h);
    for (Hit &hit : m_hits) {
        const int t = hit.first;
        if (hit.last != t || t + 1 >= m_tokens.size() || lowersHeat(hit.category) || hit.weight <= 0
            || m_clause[size_t(t)] != m_clause[size_t(t + 1)] || m_tokens[t].sentence != m_tokens[t + 1].sentence)
            continue;
        const QStringView word = folded(t);
        // A swear word grades the praise after it the same way: "damn good", "fucking brilliant".
        const bool swear = hit.category == ToneCategory::Profanity;
        if (!swear && (word.size() < suffix.size() + 4 || !word.endsWith(suffix)))
            continue;
        const int next = hitAt[size_t(t + 1)];
        if (next < 0 || m_hits[size_t(next)].category != ToneCategory::Praise)
            continue;
        Hit &praise = m_hits[size_t(next)];
        praise.weight *= kDegreeAdverb;
        praise.gradedFrom = t;
        praise.notes << CalmaToneReason::tr("intensified by %1").arg(quoted(originalText(t, t)));
        hit.weight = 0;
        hit.shownAtZero = true;
        hit.notes << CalmaToneReason::tr("says how much of the praise after it");
    }
}

void Scan::applyModifiers(Hit &hit)
{
    // A face says what it says: "not again :(" is not a negated frown; nor is a laugh ("nadie llamó jaja").
    if (m_tokens[hit.first].kind == TokenKind::Emoji || isEntryKind(hit, EntryKind::Laughter))
        return;
    double intensity = 1.0;
    QString intensifier;
    int words = 0;
    bool negatorWordBefore = false; // a negation, even one inside another hit ("nadie informa")
    const int reach = std::max(0, hit.first - kLookbackTokens);
    const Language language = m_lexicon.language();
    int degree = -1;      // "so", "tan" between a negation and the hit, or just after it ("never served so fast")
    int comparative = -1; // "more", "más"; or "enough" after it ("can't recommend them enough")
    bool extreme = false;
    // Words of degree matter only after a negation: most hits have none before them.
    bool negationBefore = false;
    for (int t = hit.first - 1; t >= reach && m_clause[size_t(t)] == m_clause[size_t(hit.first)] && !negationBefore; --t)
        negationBefore = m_modifier[size_t(t)] >= 0 && modifierKind(t) == EntryKind::Negator;
    // A degree word counts next to the hit only ("such a good" aside): "so" after it must be followed by
    // what it grades ("never served so fast", not "never hurt so you…").
    const auto nextWord = [&](int t) {
        for (++t; t < m_tokens.size() && m_clause[size_t(t)] == m_clause[size_t(hit.first)]; ++t) {
            if (isWord(t))
                return t;
        }
        return -1;
    };
    if (const int t = negationBefore ? nextWord(hit.last) : -1; t >= 0 && isDegreeAfterNever(folded(t), language)) {
        const int graded = nextWord(t);
        if (graded >= 0 && !m_lexicon.isStopword(folded(graded)))
            degree = t;
    }
    for (int t = hit.last + 1, after = 0; negationBefore && t < m_tokens.size() && after < 4 && m_clause[size_t(t)] == m_clause[size_t(hit.first)]; ++t) {
        if (!isWord(t))
            continue;
        ++after;
        if (comparative < 0 && isEnough(folded(t), language))
            comparative = t;
    }
    int between = 0; // words between the hit and a degree word before it
    bool articleBetween = false;
    for (int t = hit.first - 1; t >= reach && m_clause[size_t(t)] == m_clause[size_t(hit.first)]; --t) {
        if (!isWord(t))
            continue;
        ++words;
        // Past the negation's reach, only the negation of a degree word is looked for ("couldn't
        // have been more helpful", "nunca me habían tratado tan bien").
        const bool inReach = words <= kNegationReach;
        if (!inReach && (hit.negated || extreme || (degree < 0 && comparative < 0)))
            break;
        const int wordModifier = m_words[size_t(t)].modifier;
        negatorWordBefore = negatorWordBefore || (inReach && wordModifier >= 0 && m_lexicon.entry(wordModifier).kind == EntryKind::Negator);
        if (negationBefore && !hit.negated && !extreme) {
            const bool nextToHit = between == 0 || (between == 1 && articleBetween && folded(t) == u"such");
            if (degree < 0 && comparative < 0 && nextToHit && isDegreeAfterNever(folded(t), language))
                degree = t;
            if (comparative < 0 && degree < 0 && nextToHit && isComparative(folded(t), language))
                comparative = t;
            articleBetween = between == 0 && isOneOf(folded(t), {u"a", u"an"});
            ++between;
        }
        if (m_modifier[size_t(t)] < 0)
            continue;
        const LexiconEntry &mod = m_lexicon.entry(m_modifier[size_t(t)]);
        if (mod.kind == EntryKind::Negator && !hit.negated && !extreme && (degree >= 0 || comparative >= 0)) {
            const auto modalAt = [&](int w) {
                return w >= 0 && w < hit.first && isWord(w) && isModalOfPossibility(folded(w), language);
            };
            const int with = degree >= 0 && isNeverWord(folded(t), language) ? degree
                : comparative >= 0 && (modalAt(t) || modalAt(t - 1) || modalAt(t + 1)) ? comparative
                                                                                     : -1;
            if (with >= 0) {
                extreme = true;
                m_negationUsed[size_t(t)] = true;
                hit.notes << CalmaToneReason::tr("%1 with %2: as much as it gets, not the opposite")
                                 .arg(quoted(originalText(t, t)), quoted(originalText(with, with)));
                continue;
            }
        }
        if (!inReach)
            continue;
        if (mod.kind == EntryKind::Negator && !hit.negated && !extreme) {
            hit.negated = true;
            m_negationUsed[size_t(t)] = true;
            hit.notes << CalmaToneReason::tr("negated by %1").arg(quoted(mod.term));
        } else if ((mod.kind == EntryKind::Intensifier || mod.kind == EntryKind::Diminisher) && words <= kIntensifierReach
                   && intensifier.isEmpty()) {
            intensity = mod.weight;
            intensifier = mod.term;
        }
    }
    if (!hit.negated && negatorWordBefore && (hit.category == ToneCategory::Politeness || hit.category == ToneCategory::Gratitude)) {
        // "nadie informa de nada", "no me avisan de nada": courtesy words after a negation, even one
        // that is part of a complaint, are negative concord ("(about) nothing"), not "you're welcome".
        hit.weight = 0;
        return;
    }
    if (hit.expectation && !hit.negated) {
        hit.weight = 0; // "it arrived", "ya funciona": what should happen, happened
        return;
    }
    if (hit.negated) {
        if (hit.expectation || hit.commitment) {
            if (hit.expectation)
                hit.notes << CalmaToneReason::tr("something that should have happened did not");
        } else if (hit.category == ToneCategory::Praise) {
            // "no estoy contento", "not helpful": let down, not angry.
            hit.category = ToneCategory::Dissatisfaction;
            hit.weight *= kNegatedPraise;
            return;
        } else if (hit.category != ToneCategory::Insult && hit.category != ToneCategory::Profanity) {
            hit.weight = 0; // "no es culpa suya", "no es urgente", "no gracias"
            return;
        }
    }
    if (!intensifier.isEmpty()) {
        hit.weight *= intensity;
        hit.notes << (intensity >= 1 ? CalmaToneReason::tr("intensified by %1") : CalmaToneReason::tr("softened by %1")).arg(quoted(intensifier));
    }
}

void Scan::applyContrast()
{
    // "pero"/"but": within a sentence, what follows the first contrast word weighs more than what
    // came before it.
    const int sentences = m_tokens.isEmpty() ? 0 : m_tokens.last().sentence + 1;
    Table<int> contrastAt(size_t(sentences), -1, &m_arena);
    for (int t = 0; t < m_tokens.size(); ++t) {
        int &first = contrastAt[size_t(m_tokens[t].sentence)];
        if (first < 0 && m_modifier[size_t(t)] >= 0 && modifierKind(t) == EntryKind::Contrast)
            first = t;
    }
    for (Hit &hit : m_hits) {
        const int t = contrastAt[size_t(m_tokens[hit.first].sentence)];
        if (t < 0 || hit.weight == 0)
            continue;
        const QString &word = m_lexicon.entry(m_modifier[size_t(t)]).term;
        if (hit.last < t) {
            hit.weight *= kBeforeContrast;
            hit.notes << CalmaToneReason::tr("before %1, weighs less").arg(quoted(word));
        } else if (hit.first > t) {
            hit.weight *= kAfterContrast;
            hit.notes << CalmaToneReason::tr("after %1, weighs more").arg(quoted(word));
        }
    }
}

bool Scan::shortfallAfter(const Hit &hit) const
{
    const int lastSentence = m_tokens[hit.last].sentence + kShortfallSentences;
    const int sentence = m_tokens[hit.last].sentence;
    for (int t = hit.last + 1; t < m_tokens.size() && m_tokens[t].sentence <= lastSentence; ++t) {
        // "paid for express but it never came"; a "never" in the next sentence is about something else
        // ("…paid in 3 days! Never had an insurer this good").
        if (m_modifier[size_t(t)] >= 0 && m_tokens[t].sentence == sentence
            && (modifierKind(t) == EntryKind::Negator || modifierKind(t) == EntryKind::Contrast))
            return true;
        if (isWord(t) && m_lexicon.isShortfall(folded(t)))
            return true;
    }
    return false;
}

void Scan::addBareNegations()
{
    // "No, that's not what I asked", "no lo entiendo": a negation that negates nothing the lexicon
    // knows still leans negative, a little. It is added after the intensity pass, so it never turns
    // a neutral sentence into a complaint.
    double total = 0;
    for (int t = 0; t < m_tokens.size() && total < kBareNegationCap; ++t) {
        if (!isBareNegation(t))
            continue;
        const double weight = std::min(kBareNegation, kBareNegationCap - total);
        total += weight;
        Hit hit{t, t, ToneCategory::Dissatisfaction, weight, {}, {CalmaToneReason::tr("a negation")}, false};
        hit.weak = true;
        m_hits.push_back(hit);
    }
    sortHits();
}

void Scan::resolveCommitments()
{
    // "Pagué el envío urgente y sigue sin llegar", "booked a sea view, got the car park": what was
    // paid for, ordered or promised counts when the message goes on to say it did not turn out so.
    // "Charged for a bottle we never ordered" is the negated form.
    for (Hit &hit : m_hits) {
        if (!hit.commitment || hit.weight <= 0)
            continue;
        if (hit.negated || shortfallAfter(hit))
            hit.notes << CalmaToneReason::tr("paid for, ordered or promised, and then not so");
        else
            hit.weight = 0;
    }
}

void Scan::resolveFrames()
{
    // "I understand why you're fed up", "entiendo que esté harto", "you're entitled to take legal
    // advice": the heat named after an empathy or permission frame is the reader's feeling or right,
    // not the writer's. The frame holds to the end of its sentence or to a contrast ("I understand
    // you're busy, but this is a joke").
    // Each frame covers the tokens after it, to its end; one sweep gives, per token, the furthest end
    // of a frame covering it, so that a hit is framed when its last token is before that end (linear
    // in the message, however many frames and hits it has).
    const int n = int(m_tokens.size());
    Table<int> opens(size_t(n) + 1, 0, &m_arena); // at a frame's first covered token: the end of its cover
    bool any = false;
    for (const Hit &frame : m_hits) {
        if (!frame.frame || frame.weight <= 0 || frame.negated)
            continue;
        const int sentence = m_tokens[frame.last].sentence;
        int end = frame.last + 1;
        while (end < n && m_tokens[end].sentence == sentence && !(m_modifier[size_t(end)] >= 0 && modifierKind(end) == EntryKind::Contrast))
            ++end;
        opens[size_t(frame.last + 1)] = std::max(opens[size_t(frame.last + 1)], end);
        any = true;
    }
    if (!any)
        return;
    Table<int> coveredUntil(size_t(n), 0, &m_arena);
    for (int t = 0, until = 0; t < n; ++t) {
        until = std::max(t < until ? until : 0, opens[size_t(t)]);
        coveredUntil[size_t(t)] = t < until ? until : 0;
    }
    for (Hit &hit : m_hits) {
        if (hit.weight <= 0 || lowersHeat(hit.category) || hit.last >= coveredUntil[size_t(hit.first)])
            continue;
        hit.weight = 0;
        hit.notes << CalmaToneReason::tr("named with empathy: the reader's feeling, not the writer's");
    }
}

void Scan::indexSentences()
{
    const int sentences = m_tokens.isEmpty() ? 1 : m_tokens.last().sentence + 1;
    m_hottest.assign(size_t(sentences), 0.0);
    m_warmToken.assign(size_t(m_tokens.size()), false);
    m_sincere = false;
    for (const Hit &hit : m_hits) {
        const bool attributive = hit.last + 1 < m_tokens.size() && isWord(hit.last + 1);
        if (hit.weight > 0 && (hit.category == ToneCategory::Gratitude || (hit.category == ToneCategory::Praise && attributive)))
            m_sincere = true;
        if (hit.weight <= 0)
            continue;
        const auto s = size_t(m_tokens[hit.first].sentence);
        // Swearing is intensity, not a complaint that praise beside it could mock.
        if (!lowersHeat(hit.category) && hit.category != ToneCategory::Profanity)
            m_hottest[s] = std::max(m_hottest[s], hit.weight);
        const bool warm = isWarm(hit.category);
        for (int t = hit.first; warm && t <= hit.last; ++t)
            m_warmToken[size_t(t)] = true;
    }
    // A bare negation is a complaint too, for praise that stands alone beside it ("Brilliant. The
    // parcel went to a house that doesn't exist.").
    for (int t = 0; t < m_tokens.size(); ++t) {
        if (isBareNegation(t)) {
            double &hottest = m_hottest[size_t(m_tokens[t].sentence)];
            hottest = std::max(hottest, kBareNegation);
        }
    }
}

bool Scan::isBareNegation(int t) const
{
    return m_modifier[size_t(t)] >= 0 && modifierKind(t) == EntryKind::Negator && !m_negationUsed[size_t(t)]
        && m_role[size_t(t)] == Role::Modifier;
}

bool Scan::hotHitNear(int sentence, double minimumWeight) const
{
    for (int s = std::max(0, sentence - 1); s <= sentence + 2 && s < int(m_hottest.size()); ++s) {
        if (m_hottest[size_t(s)] >= minimumWeight)
            return true;
    }
    return false;
}

void Scan::detectSarcasm(Hit &hit)
{
    if (hit.category != ToneCategory::Praise || hit.negated || isEntryKind(hit, EntryKind::Laughter))
        return;
    const int n = int(m_tokens.size());
    const auto kindAt = [&](int t) { return t >= 0 && t < n ? m_tokens[t].kind : TokenKind::SentenceBreak; };
    bool sarcastic = false;
    // Scare quotes: su "excelente" servicio.
    if (kindAt(hit.first - 1) == TokenKind::Quote) {
        for (int t = hit.last + 1; t < std::min(n, hit.last + 4) && !sarcastic; ++t)
            sarcastic = kindAt(t) == TokenKind::Quote;
    }
    // "great job... not".
    const TokenKind next = kindAt(hit.last + 1);
    int after = hit.last + 1;
    while (after < n && (kindAt(after) == TokenKind::Ellipsis || kindAt(after) == TokenKind::ClauseBreak))
        ++after;
    if (!sarcastic && after > hit.last + 1 && after < n && m_modifier[size_t(after)] >= 0
        && modifierKind(after) == EntryKind::Negator) {
        const TokenKind end = kindAt(after + 1);
        sarcastic = end == TokenKind::SentenceBreak || end == TokenKind::Exclamation || end == TokenKind::Ellipsis;
    }
    // An interjection ("Genial, otra vez lo mismo", "Perfect!! Another delay") next to real anger.
    // The word of degree belongs to the praise: "oh fucking great, another delay".
    int wordsBefore = 0;
    for (int t = (hit.gradedFrom >= 0 ? hit.gradedFrom : hit.first) - 1; t >= 0 && wordsBefore < 2 && m_tokens[t].sentence == m_tokens[hit.first].sentence; --t)
        wordsBefore += isWord(t) ? 1 : 0;
    const bool interjection = wordsBefore <= 1
        && (next == TokenKind::ClauseBreak || next == TokenKind::Exclamation || next == TokenKind::Ellipsis
            || next == TokenKind::SentenceBreak);
    // Sincere thanks or praise elsewhere in the message make an exclamation of praise sincere too:
    // "¡Qué maravilla de atención! Me devolvieron el dinero del vuelo cancelado. Repetiré con vosotros".
    // A concession is sincere: "I love it, but the colour is not what I expected", "Genial, pero la talla
    // no es la mía" grant the praise and then complain; irony does not say "but".
    bool concedes = false;
    for (int t = hit.last + 1; t < n && t <= hit.last + 3 && m_tokens[t].sentence == m_tokens[hit.last].sentence; ++t)
        concedes = concedes || (m_modifier[size_t(t)] >= 0 && modifierKind(t) == EntryKind::Contrast);
    // Praise sincere elsewhere does not make an interjection sincere when the complaint is in its own
    // sentence: "nice, another 2 hour delay. love flying with you", "genial, otro retraso más".
    const bool standsAlone = next != TokenKind::ClauseBreak;
    const double complaint = standsAlone ? kBareNegation : kIronyAfterComma;
    const bool complaintBeside = !standsAlone && m_hottest[size_t(m_tokens[hit.first].sentence)] >= complaint;
    if (!sarcastic && interjection && (!m_sincere || complaintBeside) && !concedes) {
        // "Fantastic. The replacement is broken too." A praise word standing alone as a sentence next to
        // a complaint is irony; after a comma it needs a stronger complaint ("Genial, otra vez lo mismo").
        sarcastic = hotHitNear(m_tokens[hit.first].sentence, complaint);
    }
    if (sarcastic) {
        hit.category = ToneCategory::Sarcasm;
        hit.weight = 1.5 + hit.weight;
        hit.notes << CalmaToneReason::tr("praise used sarcastically");
    }
}

bool Scan::insideFriendlyHit(int token) const
{
    return m_warmToken[size_t(token)];
}

void Scan::dampenRepeats()
{
    // The third 😡 or the second "three weeks" adds less than the first.
    // By term (two entries of one term, a word and a phrase, are one repeat); messages hold few hits,
    // so a short list beats a hash.
    Table<std::pair<const QString *, int>> seen(&m_arena);
    for (Hit &hit : m_hits) {
        if (hit.term.isEmpty())
            continue;
        auto it = std::find_if(seen.begin(), seen.end(), [&](const auto &s) { return *s.first == hit.term; });
        if (it == seen.end()) {
            seen.emplace_back(&hit.term, 0);
            it = seen.end() - 1;
        }
        const int count = it->second++;
        if (count > 0) {
            hit.weight *= std::pow(kRepeatDamping, count);
            hit.notes << CalmaToneReason::tr("repeated");
        }
    }
}

bool Scan::addresseeNear(const Hit &hit) const
{
    const int sentence = m_tokens[hit.first].sentence;
    // In the same clause: "shit, you even remembered" is surprise, "your shitty app" is not.
    const int clause = m_clause[size_t(hit.first)];
    const auto addressee = [&](int t) {
        return isWord(t) && m_role[size_t(t)] == Role::Free && m_clause[size_t(t)] == clause
            && m_lexicon.isAddressee(folded(t));
    };
    int words = 0;
    for (int t = hit.first - 1; t >= 0 && m_tokens[t].sentence == sentence && words < kAddresseeReach; --t) {
        if (isWord(t) && (++words, addressee(t)))
            return true;
    }
    words = 0;
    for (int t = hit.last + 1; t < m_tokens.size() && m_tokens[t].sentence == sentence && words < kAddresseeReach; ++t) {
        if (isWord(t) && (++words, addressee(t)))
            return true;
    }
    return false;
}

void Scan::aimProfanity()
{
    // "your shitty app", "sois una mierda": swearing at the reader is an insult. Undirected swearing
    // ("holy shit, that was quick") is intensity, weighed later by what its sentence says.
    for (Hit &hit : m_hits) {
        if (hit.category != ToneCategory::Profanity || hit.weight <= 0)
            continue;
        if (addresseeNear(hit)) {
            hit.category = ToneCategory::Insult;
            hit.weight *= kAimedProfanity;
            hit.notes << CalmaToneReason::tr("aimed at the reader");
        } else if (predicateOfAThing(hit)) {
            // "the battery life is crap", "el servicio es una mierda": a verdict on the thing, whatever
            // warmth is said beside it.
            hit.category = ToneCategory::Anger;
            hit.notes << CalmaToneReason::tr("said of a thing: a verdict on it, not intensity");
        } else if (cursesSomeone(hit)) {
            hit.category = ToneCategory::Anger;
            hit.notes << CalmaToneReason::tr("a curse on someone: anger at them, not intensity");
        }
    }
}

bool Scan::cursesSomeone(const Hit &hit) const
{
    // The swear word opens its clause in its bare form and has someone or something after it to curse:
    // "fuck the airline for this", "damn them", "mierda de servicio". Alone in its clause ("fuck, that was
    // quick", "joder, qué rápido") or followed by a yes ("hell yes", "damn right") it is intensity.
    const QStringView swear = folded(hit.last);
    if (hit.first != hit.last || swear.endsWith(u"ing") || swear.endsWith(u"in") || swear.endsWith(u"ed"))
        return false;
    const int clause = m_clause[size_t(hit.first)];
    for (int t = hit.first - 1; t >= 0 && m_clause[size_t(t)] == clause; --t) {
        if (isWord(t) && !isOneOf(folded(t), {u"oh", u"and", u"so", u"just", u"well", u"y", u"pues", u"ay"}))
            return false;
    }
    // What follows is cursed unless it begins a sentence of its own: "damn that was quick", "crap I
    // almost cried", "joder que rápido".
    static const QStringView notCursed[] = {u"yes", u"yeah", u"yea", u"yep", u"yess", u"right", u"straight", u"sure", u"it",
                                            u"i", u"i'm", u"im", u"we", u"he", u"she", u"they", u"there", u"me", u"what", u"how",
                                            u"yo", u"si", u"claro", u"vaya", u"que", u"como", u"no", u"ya", u"pues", u"tio", u"tia"};
    static const QStringView verbsAfterDemonstrative[] = {u"is", u"was", u"were", u"are", u"has", u"had", u"looks", u"looked",
                                                          u"feels", u"felt", u"went", u"got", u"worked", u"works", u"just",
                                                          u"es", u"fue", u"ha", u"esta", u"estuvo"};
    int next = -1;
    for (int t = hit.last + 1; t < m_tokens.size() && m_clause[size_t(t)] == clause && next < 0; ++t)
        next = isWord(t) ? t : -1;
    if (next < 0 || isOneOf(folded(next), notCursed))
        return false;
    if (m_words[size_t(next)].entry >= 0 && lowersHeat(m_lexicon.entry(m_words[size_t(next)].entry).category))
        return false;
    if (isOneOf(folded(next), {u"that", u"this", u"eso", u"esto"})) {
        for (int t = next + 1; t < m_tokens.size() && m_clause[size_t(t)] == clause; ++t) {
            if (isWord(t))
                return !isOneOf(folded(t), verbsAfterDemonstrative);
        }
    }
    return true;
}

bool Scan::predicateOfAThing(const Hit &hit) const
{
    // The swear word follows a copula, with at most a few words of degree or an article between:
    // "is absolute shit", "was total crap", "es una puta mierda". "Is the shit" praises in English slang.
    static const QStringView englishCopulas[] = {u"is", u"was", u"are", u"were", u"been", u"be", u"being", u"looks", u"feels",
                                                 u"sounds", u"seems", u"it's", u"that's", u"thats", u"this's", u"they're"};
    static const QStringView englishFillers[] = {u"a", u"an", u"absolute", u"absolutely", u"total", u"totally", u"complete",
                                                 u"completely", u"utter", u"utterly", u"pure", u"such", u"just", u"so", u"really",
                                                 u"literally", u"basically", u"honestly", u"still", u"now", u"bloody", u"fucking"};
    static const QStringView spanishCopulas[] = {u"es", u"son", u"era", u"eran", u"fue", u"fueron", u"esta", u"estan", u"estaba",
                                                 u"sea", u"parece", u"resulta", u"sido"};
    static const QStringView spanishFillers[] = {u"un", u"una", u"unos", u"unas", u"puta", u"autentica", u"autentico", u"completa",
                                                 u"total", u"pura", u"verdadera", u"menuda", u"absoluta", u"hecho", u"hecha", u"ya",
                                                 u"ahora", u"sencillamente", u"simplemente"};
    const bool spanish = m_lexicon.language() == Language::Spanish;
    const auto copulas = spanish ? std::span<const QStringView>(spanishCopulas) : std::span<const QStringView>(englishCopulas);
    const auto fillers = spanish ? std::span<const QStringView>(spanishFillers) : std::span<const QStringView>(englishFillers);
    const int clause = m_clause[size_t(hit.first)];
    // It ends the predicate: "is fucking amazing", "es una puta mierda" grade the word after them.
    const QStringView swear = folded(hit.last);
    if (swear.endsWith(u"ing") || swear.endsWith(u"in'"))
        return false;
    for (int t = hit.last + 1; t < m_tokens.size() && m_clause[size_t(t)] == clause; ++t) {
        if (isWord(t)) {
            const QStringView next = folded(t);
            if (m_words[size_t(t)].entry >= 0
                || (!m_lexicon.isStopword(next)
                    && !isOneOf(next, {u"now", u"too", u"again", u"anyway", u"though", u"lately", u"today", u"honestly", u"ahora",
                                       u"ya", u"tambien", u"hoy", u"encima"})))
                return false;
            break;
        }
    }
    int words = 0;
    for (int t = hit.first - 1; t >= 0 && m_clause[size_t(t)] == clause && words < 4; --t) {
        if (!isWord(t))
            continue;
        ++words;
        const QStringView word = folded(t);
        if (isOneOf(word, copulas))
            return true;
        if (!isOneOf(word, fillers))
            return false;
    }
    return false;
}

bool Scan::aimedAtReader(const Hit &hit) const
{
    // English puts the person after the verb ("kill you", "murder all of you"); Spanish puts it before,
    // as a clitic ("te mato", "os voy a matar"), or joins it to the verb, and the lexicon lists those forms
    // as threats of their own ("matarte"). A possessive points at a thing: "your update killed my battery".
    static const QStringView englishObjects[] = {u"you", u"ya", u"u", u"y'all", u"yall", u"youse", u"ye", u"yourself", u"yourselves",
                                                 u"him", u"her", u"someone", u"somebody", u"anyone", u"anybody", u"everyone", u"everybody"};
    static const QStringView spanishClitics[] = {u"te", u"os", u"les", u"le"};
    const bool spanish = m_lexicon.language() == Language::Spanish;
    const int clause = m_clause[size_t(hit.first)];
    int words = 0;
    if (spanish) {
        for (int t = hit.first - 1; t >= 0 && m_clause[size_t(t)] == clause && words < kViolenceReach; --t) {
            if (isWord(t) && (++words, isOneOf(folded(t), spanishClitics)))
                return true;
        }
        return false;
    }
    for (int t = hit.last + 1; t < m_tokens.size() && m_clause[size_t(t)] == clause && words < kViolenceReach; ++t) {
        if (isWord(t) && (++words, isOneOf(folded(t), englishObjects)))
            return true;
    }
    return false;
}

bool Scan::saidOfAThing(const Hit &hit) const
{
    // "killed my battery", "ha matado la batería": the verb has an object, a determiner or possessive
    // right after it. "A murder mystery", "prices are murder": a noun, about nothing in particular.
    static const QStringView english[] = {u"my", u"the", u"our", u"his", u"its", u"their", u"your", u"this", u"that", u"these",
                                          u"those", u"a", u"an", u"every", u"all", u"it", u"them"};
    static const QStringView spanish[] = {u"el", u"la", u"los", u"las", u"mi", u"mis", u"tu", u"tus", u"su", u"sus",
                                          u"nuestro", u"nuestra", u"este", u"esta", u"ese", u"esa", u"todo", u"toda", u"un", u"una"};
    const auto &words = m_lexicon.language() == Language::Spanish ? std::span<const QStringView>(spanish) : std::span<const QStringView>(english);
    const int next = hit.last + 1;
    if (next >= m_tokens.size() || !isWord(next) || m_clause[size_t(next)] != m_clause[size_t(hit.last)])
        return false;
    return isOneOf(folded(next), words);
}

void Scan::aimRecourse()
{
    // A lawyer, a court or the press is a threat when the writer turns to it: "my lawyer", "speak to a
    // solicitor", "take this to court", "hablaré con mi abogado", "a los tribunales". Said of nobody
    // ("the basketball court", "I'm a lawyer myself", "el abogado de la otra parte") it threatens little.
    static const QStringView englishNouns[] = {u"lawyer", u"lawyers", u"attorney", u"attorneys", u"solicitor", u"solicitors",
                                               u"court", u"courts", u"tribunal", u"journalist", u"journalists"};
    static const QStringView spanishNouns[] = {u"abogado", u"abogados", u"abogada", u"letrado", u"juzgado", u"juzgados",
                                               u"tribunales", u"periodista", u"periodistas"};
    static const QStringView englishFrames[] = {u"my", u"our", u"to", u"in", u"into", u"with", u"contact", u"contacting", u"call",
                                                u"calling", u"hire", u"hiring", u"get", u"getting", u"involve", u"involving",
                                                u"consult", u"consulting", u"speak", u"speaking", u"talk", u"talking", u"instruct",
                                                u"instructed", u"forward", u"forwarded", u"forwarding", u"from", u"see", u"go", u"going"};
    static const QStringView spanishFrames[] = {u"mi", u"mis", u"nuestro", u"nuestros", u"nuestra", u"a", u"al", u"con", u"ante",
                                                u"en", u"contactar", u"llamar", u"hablar", u"hablare", u"acudir", u"acudire", u"ir",
                                                u"ire", u"iremos", u"llevare", u"llevaremos", u"consultar", u"consultare", u"pasar", u"pasare"};
    const bool spanish = m_lexicon.language() == Language::Spanish;
    const auto nouns = spanish ? std::span<const QStringView>(spanishNouns) : std::span<const QStringView>(englishNouns);
    const auto frames = spanish ? std::span<const QStringView>(spanishFrames) : std::span<const QStringView>(englishFrames);
    for (Hit &hit : m_hits) {
        if (hit.category != ToneCategory::Threat || hit.weight <= 0 || hit.first != hit.last || !isOneOf(folded(hit.first), nouns))
            continue;
        bool framed = false;
        int words = 0;
        for (int t = hit.first - 1; t >= 0 && m_clause[size_t(t)] == m_clause[size_t(hit.first)] && words < kRecourseReach && !framed; --t) {
            if (isWord(t)) {
                ++words;
                framed = isOneOf(folded(t), frames);
            }
        }
        if (framed)
            continue;
        hit.weight *= kUnaimedRecourse;
        hit.notes << CalmaToneReason::tr("named, but nobody is turning to it");
    }
}

void Scan::aimPublicity()
{
    // A platform is going public when the writer tells it something: "I'll post this on Twitter",
    // "going to share my experience on social media", "lo voy a publicar en redes". Named for anything
    // else ("I messaged you on Instagram", "lo vi en Twitter", "found you on Tripadvisor") it threatens
    // little. The verb comes before the platform, or the platform "hears" after it ("Twitter will hear
    // about this", "que se entere todo Twitter").
    static const QStringView englishVerbs[] = {
        u"post", u"posting", u"share", u"sharing", u"tweet", u"tweeting", u"write",
        u"writing", u"tell", u"telling", u"put", u"putting", u"expose", u"exposing", u"publish",
        u"publishing", u"review", u"reviewing", u"leave", u"leaving", u"rate", u"rating", u"blast", u"blasting",
        u"plaster", u"plastering", u"spread", u"spreading", u"upload", u"uploading", u"broadcast", u"shame",
        u"shaming", u"warn", u"warning", u"take", u"taking", u"public", u"viral", u"hear"};
    static const QStringView spanishVerbs[] = {
        u"publicar", u"publicare", u"publicarlo", u"publicarla", u"publicaremos", u"publico", u"subo", u"comparto", u"cuelgo", u"colgar", u"colgare", u"colgarlo",
        u"compartir", u"compartire", u"compartirlo", u"contar", u"contare", u"contarlo", u"contaremos", u"subir",
        u"subire", u"subirlo", u"poner", u"pondre", u"ponerlo", u"difundir", u"difundire", u"difundirlo", u"escribir",
        u"escribire", u"denunciar", u"denunciare", u"denunciarlo", u"exponer", u"expondre", u"airear", u"airearlo", u"llevar",
        u"llevare", u"llevarlo", u"valorar", u"valorare", u"resena", u"opinion", u"viral", u"entere", u"enteren"};
    const bool spanish = m_lexicon.language() == Language::Spanish;
    const auto verbs = spanish ? std::span<const QStringView>(spanishVerbs) : std::span<const QStringView>(englishVerbs);
    for (Hit &hit : m_hits) {
        if (hit.weight <= 0 || !isEntryKind(hit, EntryKind::Platform))
            continue;
        const int sentence = m_tokens[hit.first].sentence;
        bool told = false;
        int words = 0;
        for (int t = hit.first - 1; t >= 0 && m_tokens[t].sentence == sentence && words < kTellingReach && !told; --t) {
            if (isWord(t)) {
                ++words;
                told = isOneOf(folded(t), verbs);
            }
        }
        words = 0;
        for (int t = hit.last + 1; t < m_tokens.size() && m_tokens[t].sentence == sentence && words < 3 && !told; ++t) {
            if (isWord(t)) {
                ++words;
                told = isOneOf(folded(t), {u"will", u"hear", u"know", u"sabra", u"sabran", u"entere", u"enteren"});
            }
        }
        if (told) {
            hit.notes << CalmaToneReason::tr("going public");
            continue;
        }
        hit.weight *= kUntoldPlatform;
        hit.notes << CalmaToneReason::tr("named, but nothing is posted or told there");
    }
}

void Scan::addRecurrence()
{
    // "another 2 hour delay", "yet another broken part", "otro retraso", "otra factura mal": a failure
    // that has happened before is a repeated one, whatever the noun.
    static const QStringView english[] = {u"another"};
    static const QStringView spanish[] = {u"otro", u"otra", u"otros", u"otras"};
    const auto words = m_lexicon.language() == Language::Spanish ? std::span<const QStringView>(spanish) : std::span<const QStringView>(english);
    double total = 0;
    const qsizetype before = qsizetype(m_hits.size());
    for (qsizetype h = 0; h < before && total < kRecurrenceCap; ++h) {
        const Hit &hit = m_hits[size_t(h)];
        if (hit.weight < kRecurrenceFailure || hit.negated
            || (hit.category != ToneCategory::Dissatisfaction && hit.category != ToneCategory::Anger))
            continue;
        const int clause = m_clause[size_t(hit.first)];
        int seen = 0;
        for (int t = hit.first - 1; t >= 0 && m_clause[size_t(t)] == clause && seen < kRecurrenceReach; --t) {
            if (!isWord(t))
                continue;
            ++seen;
            if (m_role[size_t(t)] != Role::Free || !isOneOf(folded(t), words))
                continue;
            const double weight = std::min(kRecurrence, kRecurrenceCap - total);
            total += weight;
            m_role[size_t(t)] = Role::Tone;
            m_hits.push_back({t, t, ToneCategory::Repetition, weight, {}, {CalmaToneReason::tr("the failure again")}, false});
            break;
        }
    }
    if (qsizetype(m_hits.size()) != before)
        sortHits();
}

void Scan::aimViolence()
{
    // "kill", "mato": aimed at a person ("I'll kill you", "te voy a matar") it is a threat; said of a
    // thing ("this update killed my battery", "me ha matado la batería") it is a failure in strong
    // words; elsewhere ("a murder mystery") it says little more.
    for (Hit &hit : m_hits) {
        if (hit.weight <= 0 || !isEntryKind(hit, EntryKind::Violent))
            continue;
        if (aimedAtReader(hit)) {
            hit.notes << CalmaToneReason::tr("aimed at the reader");
            continue;
        }
        hit.category = ToneCategory::Dissatisfaction;
        if (saidOfAThing(hit)) {
            hit.weight *= kUnaimedViolence;
            hit.notes << CalmaToneReason::tr("said of a thing: strong words for a failure, not a threat");
        } else {
            hit.weight *= kViolentNoun;
            hit.notes << CalmaToneReason::tr("aimed at no one: not a threat");
        }
    }
}

void Scan::aimAtSelf()
{
    // "I'm such an idiot", "soy un desastre", "me siento estúpida": an insult with the writer as its
    // subject is self-reproach, not abuse of the reader or of anyone else.
    for (Hit &hit : m_hits) {
        if (hit.category != ToneCategory::Insult || hit.weight <= 0)
            continue;
        const int sentence = m_tokens[hit.first].sentence;
        const int clause = m_clause[size_t(hit.first)];
        bool self = false;
        int words = 0;
        for (int t = hit.first - 1; t >= 0 && !self && words <= kSelfReach && m_tokens[t].sentence == sentence
             && m_clause[size_t(t)] == clause; --t) {
            if (!isWord(t))
                continue;
            ++words;
            if (m_lexicon.isAddressee(folded(t)))
                break; // "I'm telling you, you idiot"
            self = m_lexicon.isSelfSubject(folded(t));
        }
        // "qué tonta soy": the subject after, closing the clause.
        const int next = hit.last + 1;
        if (!self && next < m_tokens.size() && isWord(next) && m_clause[size_t(next)] == clause && m_lexicon.isSelfSubject(folded(next))
            && (next + 1 >= m_tokens.size() || !isWord(next + 1) || m_clause[size_t(next + 1)] != clause))
            self = true;
        if (!self)
            continue;
        hit.weight *= kSaidOfOneself;
        hit.category = ToneCategory::Dissatisfaction;
        hit.notes << CalmaToneReason::tr("said of oneself");
    }
}

void Scan::placeLaughter()
{
    // "lol", "jajaja" are amusement, warm by themselves; beside a complaint ("third delay this week
    // lol") they are a bitter laugh, neither warmth nor irony, and count for nothing.
    double hot = 0, warm = 0;
    for (const Hit &hit : m_hits) {
        if (countsAsFeeling(hit) && !isEntryKind(hit, EntryKind::Laughter))
            (lowersHeat(hit.category) ? warm : hot) += hit.weight;
    }
    if (hot <= warm)
        return;
    for (Hit &hit : m_hits) {
        if (hit.weight <= 0 || !isEntryKind(hit, EntryKind::Laughter))
            continue;
        hit.weight = 0;
        hit.shownAtZero = true;
        hit.notes << CalmaToneReason::tr("a laugh beside a complaint: neither warmth nor irony");
    }
}

void Scan::addScareQuotes()
{
    // Your 'express' shipping, su "servicio": one or two quoted words in a complaint mock what they name.
    const bool complaint = std::any_of(m_hits.begin(), m_hits.end(), [](const Hit &h) {
        return !lowersHeat(h.category) && h.weight >= 0.5;
    });
    if (!complaint)
        return;
    Table<bool> sarcasm(size_t(m_tokens.size()), false, &m_arena);
    for (const Hit &h : m_hits) {
        for (int t = h.first; h.category == ToneCategory::Sarcasm && t <= h.last; ++t)
            sarcasm[size_t(t)] = true;
    }
    for (int t = 0; t + 2 < m_tokens.size(); ++t) {
        if (m_tokens[t].kind != TokenKind::Quote)
            continue;
        int close = t + 1;
        while (close < m_tokens.size() && close - t <= 3 && isWord(close))
            ++close;
        if (close == t + 1 || close - t > 3 || close >= m_tokens.size() || m_tokens[close].kind != TokenKind::Quote)
            continue;
        if (!std::any_of(sarcasm.begin() + t + 1, sarcasm.begin() + close, [](bool b) { return b; }))
            m_hits.push_back({t + 1, close - 1, ToneCategory::Sarcasm, kScareQuotes, {}, {CalmaToneReason::tr("in scare quotes")}, false});
        t = close;
    }
}

void Scan::scan()
{
    joinSpacedLetters();
    resolveWords();
    m_role.assign(size_t(m_tokens.size()), Role::Free);
    m_modifier.assign(size_t(m_tokens.size()), -1);
    matchPhrases();
    matchWords();
    assignClauses();
    addWaiting();
    m_negationUsed.assign(size_t(m_tokens.size()), false);
    readDegreeAdverbs();
    for (Hit &hit : m_hits)
        applyModifiers(hit);
    applyContrast();
    aimViolence();
    aimRecourse();
    aimPublicity();
    aimAtSelf();
    resolveCommitments();
    resolveFrames();
    addRecurrence();
    indexSentences();
    for (Hit &hit : m_hits)
        detectSarcasm(hit);
    dampenRepeats();
    aimProfanity();
    addScareQuotes();
    indexSentences();
    placeLaughter();
    indexPolarity();
    requireIronyTarget();
    modulateProfanity();
    addBareNegations();
    addSignals();
}

} // namespace calma::detail
