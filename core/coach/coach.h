// The reply coach as one object: reads what a customer asks, suggests replies and reviews drafts,
// from the shipped phrase lists and templates plus a team's own files.
#pragma once

#include "coach/draftcoach.h"
#include "coach/replysuggester.h"

namespace calma {

struct CoachFiles
{
    QStringList lexicons;  // tone lexicons (TSV)
    QStringList phrases;   // coach phrase lists (TSV)
    QStringList replies;   // reply templates (JSON)
};

struct CustomerReading
{
    ToneReport tone;
    CustomerAsk ask;
};

class Coach
{
public:
    struct Loaded;
    static Loaded load(const CoachFiles &teamFiles = {});

    CustomerReading read(const QString &message, LanguageHint hint = LanguageHint::Auto) const;
    // The same, with the conversation so far: facts the customer gave earlier (an order number in the
    // first message) are known, and writing again before any answer counts as being ignored.
    CustomerReading read(const QString &message, const QList<ConversationTurn> &history, LanguageHint hint = LanguageHint::Auto) const;
    QList<Suggestion> suggest(const QString &message, const CustomerReading &reading, const ReplyContext &context = {}) const;
    DraftReview review(const QString &draft, const QString &customerMessage, LanguageHint hint = LanguageHint::Auto) const;

    const ToneAnalyzer &analyzer() const { return *m_analyzer; }
    std::shared_ptr<const ToneAnalyzer> analyzerShared() const { return m_analyzer; }
    // The suggester with the templates this coach loaded: tests check replies and gaps against it.
    const ReplySuggester &suggester() const { return m_suggester; }

    Coach(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
          std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanishTemplates,
          std::shared_ptr<const ReplyTemplates> englishTemplates);

private:
    const CoachLexicon &phrases(Language language) const;

    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    PerLanguage<std::shared_ptr<const CoachLexicon>> m_phrases;
    ReplySuggester m_suggester;
    DraftCoach m_draftCoach;
};

struct Coach::Loaded
{
    std::shared_ptr<const Coach> coach; // null when errors is not empty
    QList<LexiconIssue> errors;
};

} // namespace calma
