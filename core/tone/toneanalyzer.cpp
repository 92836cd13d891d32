// The analysis pipeline: normalise → tokenise → detect language → match lexicon and phrases →
// modifiers (negation, intensity, contrast, sarcasm) → signals (capitals, !!!, elongation) → heat.
#include "tone/toneanalyzer.h"

#include "tone/textnormalizer.h"
#include "tone/tokenizer.h"
#include "tone/wordresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

// The reasons evidence gives are shown to agents, so they are translated (context "CalmaToneReason");
// without an installed translator they read in English, as calma-cli prints them.
class CalmaToneReason
{
    Q_DECLARE_TR_FUNCTIONS(CalmaToneReason)
};

namespace calma {
namespace {

// Heat = 100·(1 − e^(−net/kHeatScale)): one strong word makes a message tense, a few make it heated.
constexpr double kHeatScale = 5.0;
constexpr double kDimensionScale = 4.0;
// Politeness can soften a heated message but never cancel it: "con todo respeto, es la tercera vez…".
constexpr double kCalmingShare = 0.25;
// A message that is mostly warmth (thanks, praise, courtesy) with a rough word in it is cheerful, not
// tense: there the warm words may take off up to this share.
constexpr double kWarmShare = 0.65;
constexpr int kNegationReach = 3;    // words before the negated one
constexpr int kIntensifierReach = 2;
constexpr int kLookbackTokens = 8;
constexpr int kMaxSpelledLetters = 24;    // tokens of any kind a modifier may sit back
constexpr double kBeforeContrast = 0.6;
constexpr double kAfterContrast = 1.3;
constexpr double kNegatedPraise = 0.8;
constexpr double kShoutPerWord = 0.7;
constexpr double kShoutRunCap = 3.0;
constexpr double kShoutTotalCap = 5.0;
constexpr double kElongation = 0.6;
constexpr double kElongationCap = 2.0;
constexpr double kPunctuationCap = 4.0;
constexpr double kRepeatDamping = 0.5;
constexpr double kScareQuotes = 1.5;
const std::vector<int> kNoPhrases;
constexpr double kSelfEvidentSarcasm = 2.5; // "thanks for nothing", "gracias por nada"
constexpr double kBareNegation = 0.3;
constexpr double kIronyAfterComma = 0.8; // "Genial, otra vez lo mismo": the complaint a praise-comma mocks
constexpr double kBareNegationCap = 0.6;
constexpr int kShortfallSentences = 1; // a shortfall may follow in the next sentence
constexpr int kAddresseeReach = 3;   // words either side of a swear word that make it aimed at the reader
constexpr double kAimedProfanity = 1.3;
// How much intensity (capitals, "!!!", stretched words, undirected swearing) counts, by what the
// sentence it sits in says: it scales a complaint and leaves enthusiasm calm.
constexpr double kIntensityInComplaint = 1.0;
constexpr double kIntensityNearComplaint = 0.7; // a neutral sentence in a message that complains
constexpr double kIntensityAlone = 0.45;        // nothing in the message is either warm or hot
constexpr double kProfanityAlone = 1.0;         // an undirected swear word with nothing else to go by
constexpr double kValenceScale = 4.0;

// The scale support leads use: a failure clearly reported is at least tense, clear anger or a real
// threat at least heated, abuse at least hostile, whatever else the message says. A floor lifts the
// whole message, so the evidence still adds up to the heat.
struct LevelFloor
{
    ToneCategory category;
    double strength; // of one piece of evidence, after modifiers
    int heat;
};
constexpr double kFloorSpread = 5; // points above a floor that the curve still spreads messages over
constexpr std::array<LevelFloor, 4> kLevelFloors{{
    {ToneCategory::Dissatisfaction, 0.8, 25},
    {ToneCategory::Anger, 2.5, 50},
    {ToneCategory::Threat, 2.0, 50},
    {ToneCategory::Insult, 2.0, 75},
}};

QString describe(ToneCategory category)
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

QString quoted(QStringView s)
{
    return u'"' + s.toString() + u'"';
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

struct Hit
{
    int first = 0; // token range, inclusive
    int last = 0;
    ToneCategory category = ToneCategory::Anger;
    double weight = 0;
    QString term;
    QStringList notes;
    bool negated = false;
    bool expectation = false; // counts only when negated: "never arrived", "sigue sin funcionar"
    bool commitment = false;  // counts only when a shortfall follows: "paid for express, and still…"
    bool shownAtZero = false; // evidence even when it counts nothing: "hostia" read as enthusiasm
    bool weak = false;        // a bare negation: warm words may cancel it whole
};

enum class Role : quint8 { Free, Tone, Modifier };

// One message's analysis; lives for one analyze() call.
class Scan
{
public:
    Scan(QStringView original, const NormalizedText &normalized, QList<Token> tokens, const Lexicon &lexicon)
        : m_original(original), m_norm(normalized), m_tokens(std::move(tokens)), m_lexicon(lexicon),
          m_resolver(lexicon)
    {
    }

    ToneReport run();

private:
    QStringView folded(int t) const
    {
        return QStringView(m_norm.text).sliced(m_tokens[t].start, m_tokens[t].length());
    }
    QStringView originalText(int first, int last) const
    {
        const qsizetype s = m_norm.origin[m_tokens[first].start];
        const qsizetype e = m_norm.origin[m_tokens[last].end - 1] + 1;
        return m_original.sliced(s, e - s);
    }
    bool isWord(int t) const { return m_tokens[t].kind == TokenKind::Word || m_tokens[t].kind == TokenKind::Number; }
    // A #hashtag, an @mention or a [placeholder] that an export put in: a name, not shouting.
    bool isTag(int t) const
    {
        const qsizetype s = m_norm.origin[m_tokens[t].start];
        const QChar before = s > 0 ? m_original.at(s - 1) : QChar();
        return m_original.at(s) == u'@' || before == u'#' || before == u'@' || before == u'[' || before == u'<' || before == u'{';
    }
    EntryKind modifierKind(int t) const { return m_lexicon.entry(m_modifier[t]).kind; }

    void joinSpacedLetters();
    void resolveWords();
    void matchPhrases();
    int nextWordStem(int t) const;
    bool matchPhraseAt(int start, const LexiconPhrase &phrase, int *last) const;
    void matchWords();
    void assignClauses();
    void applyModifiers(Hit &hit);
    void applyContrast();
    void resolveCommitments();
    void addBareNegations();
    bool isBareNegation(int t) const;
    bool shortfallAfter(const Hit &hit) const;
    void detectSarcasm(Hit &hit);
    void indexSentences();
    bool hotHitNear(int sentence, double minimumWeight) const;
    bool insideFriendlyHit(int token) const;
    void dampenRepeats();
    void aimProfanity();
    bool addresseeNear(const Hit &hit) const;
    void indexPolarity();
    double intensityFactor(int sentence) const;
    void modulateProfanity();
    void requireIronyTarget();
    void addSignals();
    void addShouting();
    void addPunctuation();
    void addElongation();
    void addScareQuotes();
    ToneReport score() const;
    int floorHeat() const;

    QStringView m_original;
    const NormalizedText &m_norm;
    QList<Token> m_tokens;
    const Lexicon &m_lexicon;
    WordResolver m_resolver;
    std::vector<ResolvedWord> m_words;
    std::unordered_map<int, QString> m_joined; // text of the (few) tokens built from spaced letters
    std::vector<Role> m_role;
    std::vector<int> m_modifier;     // modifier entry per token, or -1
    std::vector<int> m_clause;
    std::vector<bool> m_negationUsed; // negators that negated a hit
    std::vector<Hit> m_hits;
    // Per sentence and per token summaries of m_hits, rebuilt by indexSentences(), so that the
    // signal passes stay linear in the length of the message.
    std::vector<double> m_hottest;   // strongest heat-raising hit per sentence
    std::vector<bool> m_warmToken;   // token inside a thanks/praise/apology hit
    bool m_sincere = false;          // thanks, or praise used in a sentence ("great service"), somewhere
    // Per sentence and whole-message sums of the words' weights (signals and swearing aside), for
    // deciding how much intensity counts.
    std::vector<double> m_sentenceHot;
    std::vector<double> m_sentenceWarm;
    double m_messageHot = 0;
    double m_messageWarm = 0;
};

void Scan::joinSpacedLetters()
{
    // "i d i o t a", "s.t.u.p.i.d": single letters one or two characters apart, read as one word when
    // that word is a hostile one. The token list is rebuilt once, so this stays linear, and only
    // from the first word it finds: most messages spell nothing out and keep their list.
    QList<Token> tokens;
    bool rebuilding = false;
    m_joined.clear();
    for (int i = 0; i < m_tokens.size(); ++i) {
        QString joined;
        QList<int> letterTokens;
        if (m_tokens[i].kind == TokenKind::Word && m_tokens[i].length() == 1) {
            joined = folded(i).toString();
            letterTokens << i;
            for (int j = i + 1; j < m_tokens.size() && joined.size() < kMaxSpelledLetters; ++j) {
                const Token &t = m_tokens[j];
                if (t.kind == TokenKind::SentenceBreak || t.kind == TokenKind::ClauseBreak) {
                    if (t.length() != 1)
                        break;
                    continue;
                }
                if (t.kind != TokenKind::Word || t.length() != 1 || t.start - m_tokens[letterTokens.last()].end > 2)
                    break;
                joined += folded(j);
                letterTokens << j;
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
                tokens.append(m_tokens[k]);
            i = end;
            continue;
        }
        if (!rebuilding) {
            tokens.reserve(m_tokens.size());
            tokens.append(m_tokens.first(i));
            rebuilding = true;
        }
        const int last = letterTokens.at(joined.size() - 1);
        Token merged = m_tokens[i];
        merged.end = m_tokens[last].end;
        merged.letters = quint16(joined.size());
        for (int j = i + 1; j <= last; ++j)
            merged.capitals += m_tokens[j].capitals;
        tokens.append(merged);
        m_joined.emplace(int(tokens.size()) - 1, joined);
        i = last;
    }
    if (rebuilding)
        m_tokens = std::move(tokens);
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

void Scan::matchPhrases()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!isWord(i) || m_words[size_t(i)].stemId < 0)
            continue;
        const int first = m_words[size_t(i)].stemId;
        const int second = nextWordStem(i);
        const std::vector<int> &named = second >= 0 ? m_lexicon.phrasesStartingWith(first, second) : kNoPhrases;
        const std::vector<int> &open = m_lexicon.phrasesWithWildcardSecond(first);
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
            if (role == Role::Tone)
                m_hits.push_back({i, last, entry.category, entry.weight, entry.term, {}, false});
            else
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
    std::sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) { return a.first < b.first; });
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

void Scan::applyModifiers(Hit &hit)
{
    // A face says what it says: "not again :(" is not a negated frown.
    if (m_tokens[hit.first].kind == TokenKind::Emoji)
        return;
    double intensity = 1.0;
    QString intensifier;
    int words = 0;
    const int reach = std::max(0, hit.first - kLookbackTokens);
    for (int t = hit.first - 1; t >= reach && m_clause[size_t(t)] == m_clause[size_t(hit.first)]; --t) {
        if (!isWord(t))
            continue;
        ++words;
        if (words > kNegationReach)
            break;
        if (m_modifier[size_t(t)] < 0)
            continue;
        const LexiconEntry &mod = m_lexicon.entry(m_modifier[size_t(t)]);
        if (mod.kind == EntryKind::Negator && !hit.negated) {
            hit.negated = true;
            m_negationUsed[size_t(t)] = true;
            hit.notes << CalmaToneReason::tr("negated by %1").arg(quoted(mod.term));
        } else if ((mod.kind == EntryKind::Intensifier || mod.kind == EntryKind::Diminisher) && words <= kIntensifierReach
                   && intensifier.isEmpty()) {
            intensity = mod.weight;
            intensifier = mod.term;
        }
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
    std::vector<int> contrastAt(size_t(sentences), -1);
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
    thread_local std::string buffer;
    const int lastSentence = m_tokens[hit.last].sentence + kShortfallSentences;
    const int sentence = m_tokens[hit.last].sentence;
    for (int t = hit.last + 1; t < m_tokens.size() && m_tokens[t].sentence <= lastSentence; ++t) {
        // "paid for express but it never came"; a "never" in the next sentence is about something else
        // ("…paid in 3 days! Never had an insurer this good").
        if (m_modifier[size_t(t)] >= 0 && m_tokens[t].sentence == sentence
            && (modifierKind(t) == EntryKind::Negator || modifierKind(t) == EntryKind::Contrast))
            return true;
        if (isWord(t) && m_lexicon.isShortfall(Lexicon::utf8Key(folded(t), buffer)))
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
    std::sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) { return a.first < b.first; });
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
    if (hit.category != ToneCategory::Praise || hit.negated)
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
    int wordsBefore = 0;
    for (int t = hit.first - 1; t >= 0 && wordsBefore < 2 && m_tokens[t].sentence == m_tokens[hit.first].sentence; --t)
        wordsBefore += isWord(t) ? 1 : 0;
    const bool interjection = wordsBefore <= 1
        && (next == TokenKind::ClauseBreak || next == TokenKind::Exclamation || next == TokenKind::Ellipsis
            || next == TokenKind::SentenceBreak);
    // Sincere thanks or praise elsewhere in the message make an exclamation of praise sincere too:
    // "¡Qué maravilla de atención! Me devolvieron el dinero del vuelo cancelado. Repetiré con vosotros".
    if (!sarcastic && interjection && !m_sincere) {
        // "Fantastic. The replacement is broken too." A praise word standing alone as a sentence next to
        // a complaint is irony; after a comma it needs a stronger complaint ("Genial, otra vez lo mismo").
        const bool standsAlone = next != TokenKind::ClauseBreak;
        sarcastic = hotHitNear(m_tokens[hit.first].sentence, standsAlone ? kBareNegation : kIronyAfterComma);
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
    QHash<QString, int> seen;
    for (Hit &hit : m_hits) {
        if (hit.term.isEmpty())
            continue;
        const int count = seen[hit.term]++;
        if (count > 0) {
            hit.weight *= std::pow(kRepeatDamping, count);
            hit.notes << CalmaToneReason::tr("repeated");
        }
    }
}

bool Scan::addresseeNear(const Hit &hit) const
{
    thread_local std::string buffer;
    const int sentence = m_tokens[hit.first].sentence;
    // In the same clause: "shit, you even remembered" is surprise, "your shitty app" is not.
    const int clause = m_clause[size_t(hit.first)];
    const auto addressee = [&](int t) {
        return isWord(t) && m_role[size_t(t)] == Role::Free && m_clause[size_t(t)] == clause
            && m_lexicon.isAddressee(Lexicon::utf8Key(folded(t), buffer));
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
        if (hit.category != ToneCategory::Profanity || hit.weight <= 0 || !addresseeNear(hit))
            continue;
        hit.category = ToneCategory::Insult;
        hit.weight *= kAimedProfanity;
        hit.notes << CalmaToneReason::tr("aimed at the reader");
    }
}

void Scan::indexPolarity()
{
    const int sentences = m_tokens.isEmpty() ? 1 : m_tokens.last().sentence + 1;
    m_sentenceHot.assign(size_t(sentences), 0.0);
    m_sentenceWarm.assign(size_t(sentences), 0.0);
    m_messageHot = m_messageWarm = 0;
    for (const Hit &hit : m_hits) {
        if (hit.weight <= 0 || hit.category == ToneCategory::Profanity || hit.category >= ToneCategory::Shouting)
            continue;
        const auto s = size_t(m_tokens[hit.first].sentence);
        // Politeness is how a message is written, not what it feels: "PLEASE FIX THIS" is shouting.
        if (hit.category == ToneCategory::Politeness)
            continue;
        (lowersHeat(hit.category) ? m_sentenceWarm[s] : m_sentenceHot[s]) += hit.weight;
        (lowersHeat(hit.category) ? m_messageWarm : m_messageHot) += hit.weight;
    }
}

double Scan::intensityFactor(int sentence) const
{
    const double hot = m_sentenceHot[size_t(sentence)];
    const double warm = m_sentenceWarm[size_t(sentence)];
    if (warm > hot)
        return 0; // "¡¡GRACIAS!!", "OMG YES!!! YOU ROCK": enthusiasm
    if (hot > 0)
        return kIntensityInComplaint;
    if (m_messageHot > m_messageWarm)
        return kIntensityNearComplaint;
    if (m_messageWarm > 0)
        return 0;
    return kIntensityAlone;
}

void Scan::requireIronyTarget()
{
    // "What a surprise!!!" after "thank you for the champagne" is surprise: irony needs something
    // in the message to be ironic about.
    double other = 0;
    for (const Hit &hit : m_hits) {
        if (hit.weight > 0 && !lowersHeat(hit.category) && hit.category != ToneCategory::Sarcasm
            && hit.category < ToneCategory::Shouting)
            other += hit.weight;
    }
    if (other > 0)
        return;
    for (Hit &hit : m_hits) {
        // "Thanks for nothing" is sarcastic by itself; "love how…", "qué eficiencia" only beside a
        // complaint (or in a message with no warmth at all, where nothing says it is sincere).
        const bool selfEvident = hit.weight >= kSelfEvidentSarcasm;
        if (hit.category == ToneCategory::Sarcasm && hit.weight > 0 && !selfEvident && m_messageWarm > 0) {
            hit.weight = 0;
            m_messageHot = 0;
        }
    }
}

void Scan::modulateProfanity()
{
    for (Hit &hit : m_hits) {
        if (hit.category != ToneCategory::Profanity || hit.weight <= 0)
            continue;
        // A swear word is itself a sign of feeling, so it keeps more weight than capitals in a
        // neutral sentence; next to warmth it is enthusiasm ("holy shit, that was quick").
        const double intensity = intensityFactor(m_tokens[hit.first].sentence);
        const double factor = intensity > 0 ? std::max(intensity, kProfanityAlone) : 0.0;
        hit.weight *= factor;
        hit.shownAtZero = factor == 0;
        hit.notes << (factor == 0 ? CalmaToneReason::tr("as enthusiasm, not anger")
                                  : CalmaToneReason::tr("undirected, counts as intensity"));
    }
}

void Scan::addShouting()
{
    // Mostly-capital words of three or more letters, except acronyms (DNI, IBAN) and friendly
    // sentences ("MUCHAS GRACIAS!!!").
    std::vector<int> shouted;
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (token.kind != TokenKind::Word || token.capitals < 3 || token.capitals * 10 < token.letters * 8
            || token.mixedDigits || isFiller(folded(t)) || isTag(t))
            continue;
        thread_local std::string buffer;
        if (m_lexicon.isAcronym(Lexicon::utf8Key(folded(t), buffer)) || insideFriendlyHit(t))
            continue;
        shouted.push_back(t);
    }
    // A lone short capitalised word is more likely a name or an acronym than a shout.
    if (shouted.size() == 1 && m_tokens[shouted.front()].letters <= 4)
        return;
    double total = 0;
    for (size_t i = 0; i < shouted.size();) {
        size_t j = i + 1;
        while (j < shouted.size() && m_tokens[shouted[j]].sentence == m_tokens[shouted[i]].sentence
               && shouted[j] - shouted[j - 1] <= 2)
            ++j;
        const double factor = intensityFactor(m_tokens[shouted[i]].sentence);
        const double weight = std::min({kShoutPerWord * double(j - i), kShoutRunCap, kShoutTotalCap - total}) * factor;
        if (total >= kShoutTotalCap)
            break;
        if (weight <= 0) {
            i = j;
            continue;
        }
        total += weight;
        const int words = int(j - i);
        m_hits.push_back({shouted[i], shouted[j - 1], ToneCategory::Shouting, weight, {},
                          {words == 1 ? CalmaToneReason::tr("a word in capitals") : CalmaToneReason::tr("%1 words in capitals").arg(words)}, false});
        i = j;
    }
}

void Scan::addPunctuation()
{
    double total = 0;
    for (int t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        if (token.kind != TokenKind::Exclamation)
            continue;
        const int sentence = t > 0 ? m_tokens[t - 1].sentence : token.sentence;
        const int marks = token.exclamations + token.questions;
        double weight = 0;
        if (marks >= 2)
            weight = std::min(0.6 + 0.35 * (marks - 2), 2.2) + (token.exclamations && token.questions ? 0.4 : 0.0);
        else if (hotHitNear(sentence, 0.5) && m_tokens[t - 1 >= 0 ? t - 1 : 0].sentence == sentence)
            weight = 0.25;
        weight = std::min(weight, kPunctuationCap - total) * intensityFactor(sentence);
        if (weight <= 0)
            continue;
        total += weight;
        m_hits.push_back({t, t, ToneCategory::Punctuation, weight, {}, {}, false});
    }
}

void Scan::addElongation()
{
    double total = 0;
    for (int t = 0; t < m_tokens.size() && total < kElongationCap; ++t) {
        if (!m_words[size_t(t)].elongated || m_tokens[t].letters < 2 || isFiller(folded(t)) || insideFriendlyHit(t))
            continue;
        const double weight = std::min(kElongation, kElongationCap - total) * intensityFactor(m_tokens[t].sentence);
        if (weight <= 0)
            continue;
        total += weight;
        m_hits.push_back({t, t, ToneCategory::Elongation, weight, {}, {}, false});
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
    std::vector<bool> sarcasm(size_t(m_tokens.size()), false);
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

void Scan::addSignals()
{
    addShouting();
    addPunctuation();
    addElongation();
}

int Scan::floorHeat() const
{
    // Mostly warm messages keep their points only: "lol, you idiot, I love it".
    if (m_messageWarm >= m_messageHot)
        return 0;
    int floor = 0;
    for (const Hit &hit : m_hits) {
        for (const LevelFloor &f : kLevelFloors) {
            if (hit.category == f.category && hit.weight >= f.strength)
                floor = std::max(floor, f.heat);
        }
    }
    return floor;
}

ToneReport Scan::score() const
{
    double hot = 0, calming = 0, weak = 0;
    for (const Hit &hit : m_hits) {
        (lowersHeat(hit.category) ? calming : hot) += hit.weight;
        weak += hit.weak ? hit.weight : 0;
    }
    const double warmShare = calming + hot > 0 ? calming / (calming + hot) : 0;
    const double share = kCalmingShare + (kWarmShare - kCalmingShare) * std::clamp((warmShare - 0.4) / 0.4, 0.0, 1.0);
    const double reduction = std::min(calming, share * (hot - weak) + weak);
    const double calmingScale = calming > 0 ? reduction / calming : 0;
    const double net = hot - reduction;

    ToneReport report;
    report.language = m_lexicon.language();
    // Valence: what the message feels, from warm (+) to hostile (−), before the cap on calming.
    report.valence = int(std::lround(100.0 * std::tanh((calming - hot) / kValenceScale)));
    const double curve = 100.0 * (1.0 - std::exp(-std::max(0.0, net) / kHeatScale));
    // A message lifted to a floor keeps its order among the others there: floor + a few points.
    const int floor = net > 0 ? floorHeat() : 0;
    report.heat = int(std::lround(curve >= floor ? curve : floor + kFloorSpread * curve / floor));
    report.level = levelForHeat(report.heat);
    // Points: each hit's share of the heat, so that the evidence adds up to the score. Below zero
    // the slope at zero says how much a friendly word would take off.
    const double pointsPerUnit = net > 0 ? report.heat / net : 100.0 / kHeatScale;
    std::array<double, kDimensionCount> dimensions{};
    for (const Hit &hit : m_hits) {
        if (hit.weight <= 0 && !hit.shownAtZero)
            continue;
        dimensions[size_t(dimensionOf(hit.category))] += hit.weight;
        const bool lowers = lowersHeat(hit.category);
        Evidence e;
        e.start = m_norm.origin[m_tokens[hit.first].start];
        e.end = m_norm.origin[m_tokens[hit.last].end - 1] + 1;
        if (e.end < m_original.size() && m_original.at(e.end - 1).isHighSurrogate())
            ++e.end;
        e.category = hit.category;
        e.strength = lowers ? -hit.weight * (net > 0 ? calmingScale : 1.0) : hit.weight;
        e.weight = e.strength * pointsPerUnit;
        const QString subject = hit.term.isEmpty() ? quoted(originalText(hit.first, hit.last)) : quoted(hit.term);
        e.why = CalmaToneReason::tr("%1: %2").arg(subject, describe(hit.category));
        for (const QString &note : hit.notes)
            e.why = CalmaToneReason::tr("%1, %2").arg(e.why, note);
        report.evidence.append(e);
    }
    for (int d = 0; d < kDimensionCount; ++d)
        report.dimensions[size_t(d)] = int(std::lround(100.0 * (1.0 - std::exp(-dimensions[size_t(d)] / kDimensionScale))));
    std::sort(report.evidence.begin(), report.evidence.end(),
              [](const Evidence &a, const Evidence &b) { return a.start < b.start; });
    return report;
}

ToneReport Scan::run()
{
    joinSpacedLetters();
    resolveWords();
    m_role.assign(size_t(m_tokens.size()), Role::Free);
    m_modifier.assign(size_t(m_tokens.size()), -1);
    matchPhrases();
    matchWords();
    assignClauses();
    m_negationUsed.assign(size_t(m_tokens.size()), false);
    for (Hit &hit : m_hits)
        applyModifiers(hit);
    applyContrast();
    resolveCommitments();
    indexSentences();
    for (Hit &hit : m_hits)
        detectSarcasm(hit);
    dampenRepeats();
    aimProfanity();
    addScareQuotes();
    indexSentences();
    indexPolarity();
    requireIronyTarget();
    modulateProfanity();
    addBareNegations();
    addSignals();
    return score();
}

bool hasSpanishMarks(QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0xF1: case 0xD1: case 0xBF: case 0xA1: case 0xE1: case 0xE9: case 0xED: case 0xF3: case 0xFA:
            return true;
        default:
            break;
        }
    }
    return false;
}

// Function words of each language, plus Spanish-only letters and marks (ñ, ¿, accents).
Language detect(const NormalizedText &normalized, const QList<Token> &tokens, QStringView text,
                const Lexicon &spanishLexicon, const Lexicon &englishLexicon)
{
    double spanish = hasSpanishMarks(text) ? 1.5 : 0.0;
    double english = 0;
    thread_local std::string key;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.kind != TokenKind::Word)
            continue;
        // A lone letter counts only before a real word ("I want", "y luego"): letters spelled out one
        // by one ("i.d.i.o.t.a") say nothing about the language.
        if (token.length() == 1) {
            qsizetype next = i + 1;
            while (next < tokens.size() && tokens.at(next).kind != TokenKind::Word)
                ++next;
            if (next == tokens.size() || tokens.at(next).length() == 1)
                continue;
        }
        const std::string_view word = Lexicon::utf8Key(QStringView(normalized.text).sliced(token.start, token.length()), key);
        spanish += spanishLexicon.isStopword(word) ? 1 : 0;
        english += englishLexicon.isStopword(word) ? 1 : 0;
    }
    return spanish > english ? Language::Spanish : Language::English;
}

} // namespace

ToneAnalyzer::ToneAnalyzer(std::shared_ptr<const Lexicon> spanish, std::shared_ptr<const Lexicon> english)
    : m_spanish(std::move(spanish)), m_english(std::move(english))
{
}

const Lexicon &ToneAnalyzer::lexicon(Language language) const
{
    return language == Language::Spanish ? *m_spanish : *m_english;
}

Language ToneAnalyzer::detectLanguage(QStringView text) const
{
    const NormalizedText normalized = TextNormalizer::normalize(text);
    return detect(normalized, Tokenizer::tokenize(normalized, text), text, *m_spanish, *m_english);
}

ToneReport ToneAnalyzer::analyze(QStringView text, LanguageHint hint) const
{
    text = text.first(std::min(text.size(), kMaxText));
    const NormalizedText normalized = TextNormalizer::normalize(text);
    QList<Token> tokens = Tokenizer::tokenize(normalized, text);
    Language language = hint == LanguageHint::Spanish ? Language::Spanish : Language::English;
    if (hint == LanguageHint::Auto)
        language = detect(normalized, tokens, text, *m_spanish, *m_english);
    Scan scan(text, normalized, std::move(tokens), lexicon(language));
    return scan.run();
}

const QStringList &ToneAnalyzer::shippedLexicons()
{
    // In order: a later file's entry replaces an earlier one with the same term and kind.
    static const QStringList files{
        QStringLiteral(":/lexicon/es.tsv"), QStringLiteral(":/lexicon/es-affect.tsv"), QStringLiteral(":/lexicon/es-service.tsv"),
        QStringLiteral(":/lexicon/en.tsv"), QStringLiteral(":/lexicon/en-affect.tsv"), QStringLiteral(":/lexicon/en-service.tsv"),
        QStringLiteral(":/lexicon/en-fitted.tsv"),
    };
    return files;
}

ToneAnalyzer::Loaded ToneAnalyzer::load(const QStringList &teamLexiconFiles, const QList<LexiconEntry> &extraEntries,
                                        bool withFitted)
{
    Loaded loaded;
    QList<LexiconEntry> spanish, english;
    QStringList files = shippedLexicons();
    if (!withFitted)
        files.removeIf([](const QString &file) { return file.endsWith(u"-fitted.tsv"); });
    files += teamLexiconFiles;
    for (const QString &path : std::as_const(files)) {
        const LexiconFile file = LexiconParser::parseFile(path);
        loaded.errors += file.errors;
        if (file.ok())
            (*file.language == Language::Spanish ? spanish : english) += file.entries;
    }
    for (const LexiconEntry &entry : extraEntries)
        (entry.language == Language::Spanish ? spanish : english) += entry;
    if (loaded.errors.isEmpty()) {
        loaded.analyzer = std::make_shared<const ToneAnalyzer>(Lexicon::build(Language::Spanish, spanish),
                                                               Lexicon::build(Language::English, english));
    }
    return loaded;
}

} // namespace calma
