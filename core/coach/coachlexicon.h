// The reply coach's phrase lists (resources/coach/{es,en}.tsv): what a customer's message is about
// and what an agent's draft does. Format in resources/coach/README.md.
#pragma once

#include "tone/phrasematcher.h"
#include "tone/tsvreader.h"

#include <QHash>
#include <QRegularExpression>
#include <memory>
#include <optional>

namespace calma {

enum class CoachKind {
    Topic, Failure, Money, Idea, Refusal, Request, Reference, Acknowledge, Apology, NextStep, Timeframe, Thanks, Flag,
    Boundary, Steps, Park,
    Domain,     // the business the message is about (label: a name from domainNames())
    Ask,        // what a request asks for (label: a name from requestKindNames())
    Deadline,   // when the customer wants it (label: a name from deadlineKindNames())
    Rhetorical, // a question that wants no answer ("¿sabe usted?", "are you kidding me?")
    Address,    // Spanish tú or usted (label: tu, usted)
    Threat,     // a step the customer may take: legal, regulator, press, review, chargeback
};

// The businesses the assistant knows, the kinds of request, deadlines, failures and references.
const QStringList &domainNames();
const QStringList &requestKindNames();
const QStringList &deadlineKindNames();
const QStringList &failureLabels();
const QStringList &referenceLabels(); // "reference": a generic word; its kind comes from the business
const QStringList &threatLabels();    // legal, regulator, press, review, chargeback

QString coachKindName(CoachKind kind);
std::optional<CoachKind> coachKindFromName(QStringView name);

struct CoachEntry
{
    QString term;
    CoachKind kind = CoachKind::Topic;
    QString label;
    QStringList rewrites; // flags only
    QString source;
    int line = 0;
};

struct CoachFile : TsvDocument
{
    QList<CoachEntry> entries;
};

struct CoachMatch
{
    const CoachEntry *entry = nullptr;
    PhraseMatch where;
};

class CoachLexicon
{
public:
    static CoachFile parse(const QByteArray &data, const QString &fileName);
    static CoachFile parseFile(const QString &path);
    // Later entries replace earlier ones with the same kind and term.
    static std::shared_ptr<const CoachLexicon> build(Language language, const QList<CoachEntry> &entries);

    Language language() const { return m_language; }
    int size() const { return int(m_entries.size()); }
    QList<CoachMatch> find(const TokenizedText &text) const;
    QList<CoachMatch> find(const TokenizedText &text, CoachKind kind) const;
    // How often the terms of an exact-form kind (address: "tienes" is tú, "tienen" is not, though
    // they share a stem) occur in `text`, by label.
    QHash<QString, int> countExact(const QString &text, CoachKind kind) const;

private:
    explicit CoachLexicon(Language language) : m_language(language), m_matcher(language) {}

    Language m_language;
    std::vector<CoachEntry> m_entries; // index = phrase index in m_matcher
    QHash<QString, QRegularExpression> m_address; // label -> its exact forms, accents and case folded
    PhraseMatcher m_matcher;
};

} // namespace calma
