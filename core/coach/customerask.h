// What the customer is actually asking: their requests and questions, the facts they give (order
// numbers, amounts, dates, contact details), and the situation the message describes.
#pragma once

#include "coach/coachlexicon.h"
#include "tone/tonereport.h"

#include <QList>
#include <QString>

namespace calma {

enum class FactKind { Order, Amount, Date, Email, Phone, Product };
QString factKindName(FactKind kind);

struct Fact
{
    FactKind kind = FactKind::Order;
    QString text;        // as the customer wrote it
    qsizetype start = 0; // UTF-16 offsets into the message
    qsizetype end = 0;
    bool personal = false; // e-mail addresses and phone numbers
};

struct Request
{
    QString text;        // the sentence that asks
    qsizetype start = 0;
    qsizetype end = 0;
    bool question = false;
};

struct CustomerAsk
{
    Language language = Language::English;
    QList<Request> requests;
    QList<Fact> facts;
    QList<Fact> earlierFacts; // from the customer's earlier messages; offsets point into those, not this one
    QList<Evidence> noise;   // insults aimed at the agent: flagged, not answered
    QStringList topics;      // most mentioned first: delivery, billing, refund, ...
    QStringList failures;    // late, missing, outage, wrong-charge, ignored, defective, wrong-item
    bool moneyDispute = false;
    bool ideaBlame = false;
    bool refusal = false;
    bool abuse = false;
    bool praise = false;

    const Fact *first(FactKind kind) const;
    // This message's fact of that kind, else the latest one from earlier in the conversation.
    const Fact *known(FactKind kind) const;
};

class CustomerAskReader
{
public:
    // `lexicon` must be for `report.language`.
    static CustomerAsk read(const QString &text, const ToneReport &report, const CoachLexicon &lexicon);
};

} // namespace calma
