// One message's analysis, stage by stage (internal to core/tone): the scan ToneAnalyzer runs, its
// parameters and the reasons it gives. Lexical stages are in messagescan.cpp, intensity and scoring in
// messagescore.cpp.
#pragma once

#include "tone/lexicon.h"
#include "tone/textnormalizer.h"
#include "tone/tokenizer.h"
#include "tone/tonereport.h"
#include "tone/wordresolver.h"

#include <QCoreApplication>
#include <array>
#include <cstddef>
#include <memory_resource>
#include <unordered_map>
#include <vector>

// The reasons evidence gives are shown to agents, so they are translated (context "CalmaToneReason");
// without an installed translator they read in English, as calma-cli prints them.
class CalmaToneReason
{
    Q_DECLARE_TR_FUNCTIONS(CalmaToneReason)
};

namespace calma::detail {

// Heat = 100·(1 − e^(−net/kHeatScale)): one strong word makes a message tense, a few make it heated.
constexpr double kHeatScale = 5.0;
constexpr double kDimensionScale = 4.0;
// Below the neutral start, heat = start·e^(−warmth/kWarmthScale): a thank-you with nothing hot in the
// message sits a little below a plain question, a warm message at 0.
constexpr double kWarmthScale = 1.5;
// Politeness can soften a heated message but never cancel it: "con todo respeto, es la tercera vez…".
constexpr double kCalmingShare = 0.25;
// A message that is mostly warmth (thanks, praise, courtesy) with a rough word in it is cheerful, not
// tense: there the warm words may take off up to this share.
constexpr double kWarmShare = 0.65;
constexpr int kNegationReach = 3;    // words before the negated one
constexpr int kIntensifierReach = 2;
constexpr int kLookbackTokens = 8;
constexpr int kRecourseReach = 3;       // words before "lawyer", "abogado" that may turn to it ("my", "speak to a")
constexpr double kUnaimedRecourse = 0.25; // "the basketball court": a word of recourse nobody turns to
constexpr double kUntoldPlatform = 0.15;  // "I saw it on Twitter", "te escribí por Instagram": a platform nothing is told on
constexpr double kRecurrence = 1.0;        // "another delay", "otro retraso": the failure again
constexpr double kRecurrenceCap = 2.0;
constexpr double kRecurrenceFailure = 0.3; // the failure's own weight, at least
constexpr int kRecurrenceReach = 3;        // words between "another" and the failure ("another 2 hour delay")
constexpr int kTellingReach = 8; // words before a platform that may tell it something ("sharing how you treated my mother on")
constexpr int kMaxSpelledLetters = 24;    // tokens of any kind a modifier may sit back
constexpr double kBeforeContrast = 0.6;
constexpr double kAfterContrast = 1.3;
constexpr double kNegatedPraise = 0.8;
constexpr double kDegreeAdverb = 1.5; // "ridiculously good", "absurdamente barato": the praise, intensified
constexpr double kShoutPerWord = 0.7;
constexpr double kShoutRunCap = 3.0;
constexpr double kShoutTotalCap = 5.0;
constexpr double kElongation = 0.6;
constexpr double kElongationCap = 2.0;
constexpr double kPunctuationCap = 4.0;
constexpr double kRepeatDamping = 0.5;
constexpr double kScareQuotes = 1.5;
constexpr double kSelfEvidentSarcasm = 2.5; // "thanks for nothing", "gracias por nada"
constexpr double kUnaimedIrony = 0.25; // "apparently", "love how…" with no complaint to mock: a doubt, at most
constexpr double kBareNegation = 0.3;
constexpr int kWaitingReach = 8;  // tokens between a word of waiting and the time it took
constexpr double kWaiting = 1.5; // "40 mins waiting", "dos horas en la cola": as "waited * hours" weighs
constexpr double kIronyAfterComma = 0.8; // "Genial, otra vez lo mismo": the complaint a praise-comma mocks
constexpr double kBareNegationCap = 0.6;
constexpr int kShortfallSentences = 1; // a shortfall may follow in the next sentence
constexpr int kAddresseeReach = 3;   // words either side of a swear word that make it aimed at the reader
constexpr double kAimedProfanity = 1.3;
// A violent word said of a thing ("this update killed my battery") is a failure in strong words.
constexpr double kUnaimedViolence = 0.4;
constexpr double kViolentNoun = 0.15; // "a murder mystery", "prices are murder": aimed at nothing at all
constexpr int kViolenceReach = 3; // words between a violent verb and the person it is aimed at
constexpr double kSaidOfOneself = 0.15; // "I'm such an idiot, I typed the wrong address": blame, but of oneself
constexpr int kSelfReach = 4;          // words between "I'm"/"soy" and the insult ("I'm such a total idiot")
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
    {ToneCategory::Dissatisfaction, 0.8, levelThreshold(ToneLevel::Tense)},
    {ToneCategory::Anger, 2.5, levelThreshold(ToneLevel::Heated)},
    {ToneCategory::Threat, 2.0, levelThreshold(ToneLevel::Heated)},
    {ToneCategory::Insult, 2.0, levelThreshold(ToneLevel::Hostile)},
}};

QString describe(ToneCategory category);
// "\"term\": category, note, note…" in the interface language.
QString reasonFor(const QString &subject, ToneCategory category, const QStringList &notes);
// reasonFor(quoted(term), …), with the term in lower case when `lower`, built in one allocation.
QString quotedReasonFor(QStringView term, bool lower, ToneCategory category, const QStringList &notes);
// While one lives, the translation of reasons is taken as it was when it was made (one look at the
// installed translators per message, not one per reason).
struct ReasonTextsCheck
{
    ReasonTextsCheck();
    ~ReasonTextsCheck();
    Q_DISABLE_COPY_MOVE(ReasonTextsCheck)
};
QString quoted(QStringView s);
bool isFiller(QStringView word);   // "XXXXX", "zzzz": placeholders and noises, not words
bool isWarm(ToneCategory category); // thanks, praise, apology

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
    bool frame = false;       // "I understand why you're…": the heat after it is the reader's, named with empathy
    int entry = -1;           // the lexicon entry it came from; -1 for a signal (capitals, "!!!", a bare negation)
    int gradedFrom = -1;      // the token of a word of degree that grades this praise ("ridiculously", "damn" good)
};

enum class Role : quint8 { Free, Tone, Modifier };

// What a scan leaves for the message's score: each hit where it sits in the whole message, and the
// sums the score reads. A huge message is scanned in sections; their hits are scored together.
struct ScoredHit
{
    qsizetype start = 0; // the hit's words in the original text (end excluded)
    qsizetype end = 0;
    ToneCategory category = ToneCategory::Anger;
    double weight = 0;
    bool weak = false;
    bool shownAtZero = false;
    int entry = -1;
    QString term;
    QStringList notes;
};
struct MessageHits
{
    std::vector<ScoredHit> hits;
    double hot = 0;  // the words' weights, hot and warm, signals and swearing aside (Scan::indexPolarity)
    double warm = 0;
    bool hasContent = false; // words, numbers or emoji somewhere
};
ToneReport scoreMessage(const MessageHits &message, QStringView original, Language language);

// One message's analysis; lives for one analyze() call.
class Scan
{
public:
    Scan(QStringView original, const NormalizedText &normalized, QList<Token> tokens, const Lexicon &lexicon)
        : m_original(original), m_norm(normalized), m_tokens(std::move(tokens)), m_lexicon(lexicon),
          m_resolver(lexicon)
    {
    }

    // The passes without the score (scoreMessage() scores the hits of all of a message's sections): the
    // hits are then moved into `into`, shifted by `offset` (where the scanned text starts in the message).
    void scan();
    void moveHitsInto(MessageHits &into, qsizetype offset);

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
    // Whether the hit comes from a lexicon entry of that kind ("violent", "laughter").
    bool isEntryKind(const Hit &hit, EntryKind kind) const { return hit.entry >= 0 && m_lexicon.entry(hit.entry).kind == kind; }
    // A #hashtag, an @mention or a [placeholder] that an export put in: a name, not shouting.
    bool isTag(int t) const
    {
        const qsizetype s = m_norm.origin[m_tokens[t].start];
        const QChar before = s > 0 ? m_original.at(s - 1) : QChar();
        if (m_original.at(s) == u'@' || before == u'#' || before == u'@' || before == u'[' || before == u'<' || before == u'{')
            return true;
        // A reference code, not shouting: "SUN-558812", "HLD/77301", "INV-0092281".
        const qsizetype e = m_norm.origin[m_tokens[t].end - 1] + 1;
        return e + 1 < m_original.size() && (m_original.at(e) == u'-' || m_original.at(e) == u'/') && m_original.at(e + 1).isDigit();
    }
    EntryKind modifierKind(int t) const { return m_lexicon.entry(m_modifier[t]).kind; }

    void joinSpacedLetters();
    void resolveWords();
    void matchPhrases();
    int nextWordStem(int t) const;
    bool matchPhraseAt(int start, const LexiconPhrase &phrase, int *last) const;
    void matchWords();
    void assignClauses();
    void addWaiting();
    void readDegreeAdverbs();
    void applyModifiers(Hit &hit);
    void applyContrast();
    void resolveCommitments();
    void resolveFrames();
    void addBareNegations();
    void sortHits(); // by first token, after a step that added hits
    bool isBareNegation(int t) const;
    bool shortfallAfter(const Hit &hit) const;
    void detectSarcasm(Hit &hit);
    void indexSentences();
    bool hotHitNear(int sentence, double minimumWeight) const;
    bool insideFriendlyHit(int token) const;
    void dampenRepeats();
    void aimProfanity();
    void aimViolence();
    void aimPublicity();
    void addRecurrence();
    void aimRecourse();
    void aimAtSelf();
    void placeLaughter();
    // The hits that say what a message feels, warm or hot (the polarity of its sentences and of itself).
    static bool countsAsFeeling(const Hit &hit);
    bool aimedAtReader(const Hit &hit) const;
    bool saidOfAThing(const Hit &hit) const;
    bool predicateOfAThing(const Hit &hit) const;
    bool cursesSomeone(const Hit &hit) const;
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

    // The scan's per-token and per-sentence tables come from one arena that starts in a buffer the
    // thread keeps: a message's analysis then allocates a few times, not a few dozen (a huge message
    // spills to the heap, and all of it is freed with the scan).
    static constexpr size_t kArenaBuffer = 64 * 1024;
    static std::byte *arenaBuffer();
    std::pmr::monotonic_buffer_resource m_arena{arenaBuffer(), kArenaBuffer, std::pmr::new_delete_resource()};
    template<typename T>
    using Table = std::pmr::vector<T>;
    using Arena = std::pmr::polymorphic_allocator<std::byte>;

    QStringView m_original;
    const NormalizedText &m_norm;
    QList<Token> m_tokens;
    const Lexicon &m_lexicon;
    WordResolver m_resolver;
    Table<ResolvedWord> m_words{Arena(&m_arena)};
    std::unordered_map<int, QString> m_joined; // text of the (few) tokens built from spaced letters
    Table<Role> m_role{Arena(&m_arena)};
    Table<int> m_modifier{Arena(&m_arena)};     // modifier entry per token, or -1
    Table<int> m_clause{Arena(&m_arena)};
    Table<bool> m_negationUsed{Arena(&m_arena)}; // negators that negated a hit
    Table<Hit> m_hits{Arena(&m_arena)};
    // Per sentence and per token summaries of m_hits, rebuilt by indexSentences(), so that the
    // signal passes stay linear in the length of the message.
    Table<double> m_hottest{Arena(&m_arena)};   // strongest heat-raising hit per sentence
    Table<bool> m_warmToken{Arena(&m_arena)};   // token inside a thanks/praise/apology hit
    bool m_sincere = false;          // thanks, or praise used in a sentence ("great service"), somewhere
    // Per sentence and whole-message sums of the words' weights (signals and swearing aside), for
    // deciding how much intensity counts.
    Table<double> m_sentenceHot{Arena(&m_arena)};
    Table<double> m_sentenceWarm{Arena(&m_arena)};
    double m_messageHot = 0;
    double m_messageWarm = 0;
};

} // namespace calma::detail
