// The de-escalation assistant: up to three ranked replies for a customer message — calm,
// apologetic, topic-shift — each put together from reply parts for the customer's business, failure
// and request, with the reason it fits and the heat of the reply itself.
#pragma once

#include "coach/customerask.h"
#include "coach/replytemplates.h"
#include "tone/toneanalyzer.h"

#include <optional>

namespace calma {

struct ConversationTurn
{
    bool fromCustomer = true;
    QString text;
};

struct ReplyContext
{
    QString agentName;     // the signature; the language's default team name when empty
    QString customerName;  // used in the greeting when known
    QString timeframe;     // the team's promise for the next answer; the language's default when empty
    QList<ConversationTurn> history; // the conversation before this message, oldest first
    // The language the reasons are written in: the agent's screen, which may not be the customer's.
    // The reply itself is always in the customer's language. Unset: the customer's language too.
    std::optional<Language> reasonLanguage;
};

struct Suggestion
{
    Strategy strategy = Strategy::Calm;
    QString text;
    QString reason;
    int heat = 0;          // the analyzer's heat for the reply itself
    QStringList parts;     // the part keys it was made of, with the variant: "ack.late#1"
};

class ReplySuggester
{
public:
    ReplySuggester(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
                   std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanish,
                   std::shared_ptr<const ReplyTemplates> english);

    QList<Suggestion> suggest(const QString &message, const ToneReport &report, const CustomerAsk &ask,
                              const ReplyContext &context = {}) const;

    // The situations the message is in, most specific first (always ending with "general").
    static QStringList situations(const CustomerAsk &ask);
    // A position the customer contests (an amount, a refusal, a decision, the company's ideas), where
    // an apology would weaken it; never money the customer is plainly owed.
    static bool position(const CustomerAsk &ask);
    // The strategies that fit, best first: an apology only for real failures (being ignored is one),
    // not for a position; calm first when the customer is heated or abusive.
    static QList<Strategy> strategies(const ToneReport &report, const CustomerAsk &ask);
    // The fact kinds the case needs looked up that the conversation does not hold ("booking"), empty
    // when it holds a reference or needs none.
    QStringList missing(const CustomerAsk &ask) const;

    const ReplyTemplates &templates(Language language) const;

private:
    // The heat of a reply, read as the draft coach reads an agent's text.
    int replyHeat(const QString &text, Language language) const;

    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    PerLanguage<std::shared_ptr<const CoachLexicon>> m_phrases;
    PerLanguage<std::shared_ptr<const ReplyTemplates>> m_templates;
};

} // namespace calma
