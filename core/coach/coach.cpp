// Loading the coach's data and wiring its parts together.
#include "coach/coach.h"

#include <algorithm>

namespace calma {

Coach::Coach(std::shared_ptr<const ToneAnalyzer> analyzer, std::shared_ptr<const CoachLexicon> spanishPhrases,
             std::shared_ptr<const CoachLexicon> englishPhrases, std::shared_ptr<const ReplyTemplates> spanishTemplates,
             std::shared_ptr<const ReplyTemplates> englishTemplates)
    : m_analyzer(analyzer), m_phrases(spanishPhrases, englishPhrases),
      m_suggester(analyzer, spanishPhrases, englishPhrases, spanishTemplates, englishTemplates),
      m_draftCoach(analyzer, spanishPhrases, englishPhrases, spanishTemplates, englishTemplates)
{
}

Coach::Loaded Coach::load(const CoachFiles &teamFiles)
{
    Loaded loaded;
    auto tone = ToneAnalyzer::load(teamFiles.lexicons);
    loaded.errors += tone.errors;

    PerLanguage<QList<CoachEntry>> phrases;
    const QStringList phraseFiles = QStringList{QStringLiteral(":/coach/es.tsv"), QStringLiteral(":/coach/es-case.tsv"),
                                                         QStringLiteral(":/coach/en.tsv"), QStringLiteral(":/coach/en-case.tsv")} + teamFiles.phrases;
    for (const QString &path : phraseFiles) {
        const CoachFile file = CoachLexicon::parseFile(path);
        loaded.errors += file.errors;
        if (file.ok())
            phrases[*file.language] += file.entries;
    }
    PerLanguage<QList<ReplyTemplateFile>> replies;
    const QStringList replyFiles = QStringList{QStringLiteral(":/replies/es.json"), QStringLiteral(":/replies/en.json")} + teamFiles.replies;
    for (const QString &path : replyFiles) {
        const ReplyTemplateFile file = ReplyTemplates::parseFile(path);
        loaded.errors += file.errors;
        if (file.ok())
            replies[*file.language] += file;
    }
    if (!loaded.errors.isEmpty())
        return loaded;
    loaded.coach = std::make_shared<const Coach>(tone.analyzer, CoachLexicon::build(Language::Spanish, phrases[Language::Spanish]),
                                                 CoachLexicon::build(Language::English, phrases[Language::English]),
                                                 ReplyTemplates::build(Language::Spanish, replies[Language::Spanish]),
                                                 ReplyTemplates::build(Language::English, replies[Language::English]));
    return loaded;
}

const CoachLexicon &Coach::phrases(Language language) const
{
    return *m_phrases[language];
}

CustomerReading Coach::read(const QString &message, LanguageHint hint) const
{
    CustomerReading reading;
    reading.tone = m_analyzer->analyze(message, hint);
    reading.ask = CustomerAskReader::read(message, reading.tone, phrases(reading.tone.language));
    return reading;
}

CustomerReading Coach::read(const QString &message, const QList<ConversationTurn> &history, LanguageHint hint) const
{
    // "Sigo esperando respuesta." alone is too short to tell its language; the conversation is not.
    if (hint == LanguageHint::Auto) {
        QString said;
        for (const ConversationTurn &turn : history) {
            if (turn.fromCustomer)
                said += turn.text + u'\n';
        }
        if (!said.isEmpty())
            hint = hintFor(m_analyzer->detectLanguage(QString(said + message)));
    }
    CustomerReading reading = read(message, hint);
    const LanguageHint language = hintFor(reading.tone.language);
    QString earlierBusiness;
    QStringList earlierFailures;
    for (const ConversationTurn &turn : history) {
        if (!turn.fromCustomer)
            continue;
        const CustomerAsk earlier = read(turn.text, language).ask;
        reading.ask.earlierFacts += earlier.facts;
        if (!earlier.domain.isEmpty())
            earlierBusiness = earlier.domain;
        earlierFailures += earlier.failures;
    }
    // "Still nothing. A week since I sent the photos": a chaser is about the failure told before (the
    // cracked door), which the apology names; the wait and being ignored come after it.
    static const QStringList waiting{QStringLiteral("late"), QStringLiteral("ignored")};
    QStringList failures;
    for (const QString &failure : std::as_const(reading.ask.failures) + earlierFailures) {
        if (!failures.contains(failure))
            failures << failure;
    }
    std::stable_partition(failures.begin(), failures.end(), [](const QString &f) { return !waiting.contains(f); });
    reading.ask.failures = failures;
    // "Still waiting, three emails": the business is the one the conversation is about.
    if (reading.ask.domain.isEmpty())
        reading.ask.domain = earlierBusiness;
    const bool unanswered = !history.isEmpty() && history.last().fromCustomer;
    if (unanswered && !reading.ask.failures.contains(u"ignored"))
        reading.ask.failures << QStringLiteral("ignored");
    return reading;
}

QList<Suggestion> Coach::suggest(const QString &message, const CustomerReading &reading, const ReplyContext &context) const
{
    return m_suggester.suggest(message, reading.tone, reading.ask, context);
}

DraftReview Coach::review(const QString &draft, const QString &customerMessage, LanguageHint hint) const
{
    const CustomerReading customer = read(customerMessage, hint);
    return m_draftCoach.review(draft, customerMessage, customer.tone, customer.ask);
}

} // namespace calma
