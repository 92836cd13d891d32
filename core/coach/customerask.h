// What the customer is actually asking: their requests by kind (with deadline), the questions that
// want no answer, the facts they give typed by their own noun (booking, claim, card ending…), the
// business the message is about and the situation it describes.
#pragma once

#include "coach/coachlexicon.h"
#include "tone/tonereport.h"

#include <QList>
#include <QString>

namespace calma {

enum class FactKind { Order, Booking, Flight, Claim, Account, Card, Member, Invoice, Ticket, Amount, Date, Email, Phone, Product };
QString factKindName(FactKind kind);
std::optional<FactKind> factKindFromName(QStringView name);

struct Fact
{
    FactKind kind = FactKind::Order;
    QString text;        // as the customer wrote it, without the noun or a leading "#"
    qsizetype start = 0; // UTF-16 offsets into the message
    qsizetype end = 0;
    bool personal = false; // e-mail addresses and phone numbers
};

struct Span
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Request
{
    QString text;        // the sentence that asks
    qsizetype start = 0;
    qsizetype end = 0;
    bool question = false;
    QString kind;        // a name from requestKindNames(), or "other"
    QString deadline;    // a name from deadlineKindNames(), or empty
    QString deadlineText;// the customer's words for it ("by Friday", "esta misma tarde")
};

struct Threat
{
    QString label;       // legal, regulator, press, review, chargeback
    Span where;
};

struct CustomerAsk
{
    Language language = Language::English;
    QString domain;          // a name from domainNames(); empty when the message does not say
    bool informal = false;   // Spanish: the customer writes with tú/vosotros
    QList<Request> requests; // one per kind, in the order asked
    QList<Span> rhetorical;  // questions that want no answer
    QList<Threat> threats;   // steps the customer may take: acknowledged as their right, never a request
    QList<Fact> facts;
    QList<Fact> earlierFacts; // from the customer's earlier messages; offsets point into those, not this one
    QList<Evidence> noise;   // insults aimed at the agent: flagged, not answered
    QStringList topics;      // most mentioned first: delivery, billing, refund, ...
    QStringList failures;    // late, missing, outage, wrong-charge, ignored, defective, wrong-item, cancelled, closed
    bool moneyDispute = false;
    bool ideaBlame = false;
    bool refusal = false;
    bool abuse = false;
    bool praise = false;

    const Fact *first(FactKind kind) const;
    // This message's fact of that kind, else the latest one from earlier in the conversation.
    const Fact *known(FactKind kind) const;
    const Request *request(QStringView kind) const;
    // The first request of a known kind, else null.
    const Request *mainRequest() const;
    // The deadline the customer set, from the main request or any other.
    const Request *withDeadline() const;
    // Money back after our own failure (a duplicate charge, a cancelled flight, a closed hotel, a
    // parcel that never came) is owed: a failure to put right, not a position to defend.
    bool owed() const;
};

class CustomerAskReader
{
public:
    // `lexicon` must be for `report.language`.
    static CustomerAsk read(const QString &text, const ToneReport &report, const CoachLexicon &lexicon);
    // The reference kind a bare "ref" or "#1234" means in a business (order in a shop, booking for an airline).
    static FactKind defaultReference(const QString &domain);
};

} // namespace calma
