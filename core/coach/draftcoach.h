// The draft coach: scores the agent's draft, flags the phrases that escalate with softer rewrites,
// says what the draft is missing, and gives a verdict — send, review or rewrite — with its reason.
#pragma once

#include "coach/customerask.h"
#include "coach/replytemplates.h"
#include "tone/toneanalyzer.h"

namespace calma {

enum class Verdict { Send, Review, Rewrite };
QString verdictName(Verdict verdict); // "send", "review", "rewrite"

struct DraftFlag
{
    qsizetype start = 0; // UTF-16 offsets into the draft
    qsizetype end = 0;
    QString category;    // feelings, repetition, blame, ..., shouting, exclamations, insult, sarcasm, apology-in-dispute
    QStringList rewrites;
    QString why;
};

struct DraftGap
{
    QString kind;        // acknowledge, ask, next-step, timeframe
    QString message;
};

// What the draft does that calms a customer, as the coach's phrase lists see it.
struct DraftMoves
{
    bool acknowledges = false; // "I understand", "entiendo"
    bool apologises = false;
    bool namesProblem = false; // mentions what went wrong or what it is about (a failure or topic word)
    bool nextStep = false;     // "I'll send", "le envío"
    bool timeframe = false;    // "today", "en 24 horas"
    bool thanks = false;
    bool boundary = false;     // a calm limit on abuse
    bool steps = false;        // an explanation in steps: two sequence words or numbered lines
    bool parks = false;        // parks a dispute to come back to it
    bool customerAsked = false;// the customer's message asks something
    bool answersAsk = false;   // ...and the draft picks it up
};

struct DraftReview
{
    ToneReport tone;
    QList<DraftFlag> flags;
    QList<DraftGap> missing;
    Verdict verdict = Verdict::Send;
    QString reason;      // one line for the agent
    DraftMoves moves;
};

class DraftCoach
{
public:
    DraftCoach(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
               std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanishTemplates,
               std::shared_ptr<const ReplyTemplates> englishTemplates);

    // `customer` is what the draft answers (it may be empty); its report and reading come from the
    // same analyzer and phrase lists.
    DraftReview review(const QString &draft, const QString &customer, const ToneReport &customerReport,
                       const CustomerAsk &ask) const;

    // The draft with one flagged phrase replaced by a rewrite, written to fit where it goes: a
    // capital at the start of a sentence and lower case inside one (but "I"), a marker's comma
    // ("to recap,") only where no punctuation follows, and a removal ("(remove it)") that leaves no
    // doubled space or stray comma.
    static QString applyRewrite(const QString &draft, const DraftFlag &flag, const QString &rewrite);

private:
    const CoachLexicon &phrases(Language language) const;
    const ReplyTemplates &templates(Language language) const;
    void addPhraseFlags(const QList<CoachMatch> &matches, const ReplyTemplates &text, DraftReview &review) const;
    static void keepFinishedRewrites(const QString &draft, const ReplyTemplates &text, DraftReview &review);
    void addToneFlags(const QString &draft, const ReplyTemplates &text, DraftReview &review) const;
    void addGaps(const TokenizedText &draft, const QList<CoachMatch> &matches, const QString &customer,
                 const ToneReport &customerReport, const CustomerAsk &ask, const ReplyTemplates &text, DraftReview &review) const;
    void decide(const ReplyTemplates &text, DraftReview &review, const QString &draft, int customerHeat) const;

    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    PerLanguage<std::shared_ptr<const CoachLexicon>> m_phrases;
    PerLanguage<std::shared_ptr<const ReplyTemplates>> m_templates;
};

} // namespace calma
