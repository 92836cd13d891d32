// The assistant's replies on realistic messages from ten kinds of business in both languages
// (tests/data/asks_{en,es}.jsonl): grounded in the case, in the customer's business and register,
// never claiming what nobody did, never asking for what the conversation holds, and never the same
// words for two customers.
#include "coach/coach.h"
#include "labelledasks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

const Coach &coach()
{
    return test::shippedCoach();
}

QList<QJsonObject> rows(const QString &name)
{
    return test::labelledRows(name);
}

// Words that claim an action as done. A suggestion offers or describes the next step instead.
const QRegularExpression &claims(const QString &language)
{
    static const QRegularExpression en(
        uR"(\b(?:I've|I have|we've|we have) (?:asked|reversed|refunded|sent|opened|arranged|issued|escalated|flagged|booked|cancelled|canceled|processed|credited|passed|raised|requested|contacted|unblocked|fixed)\b|\b(?:has|have) been (?:refunded|reversed|cancelled|sent|escalated)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression es(
        uR"(\b(?:he|hemos) (?:pedido|solicitado|abierto|enviado|anulado|devuelto|reembolsado|cancelado|gestionado|escalado|tramitado|desbloqueado|arreglado|abonado|trasladado)\b|\bya está (?:hecho|resuelto|solucionado)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return language == u"es" ? es : en;
}

// Nouns that belong to one business: a reply for another business must not use them.
const QHash<QString, QStringList> &businessNouns(const QString &language)
{
    static const QHash<QString, QStringList> en{
        {u"retail"_s, {u"courier"_s, u"parcel"_s}},
        {u"airline"_s, {u"flight"_s, u"boarding"_s, u"fare"_s}},
        {u"travel"_s, {u"hotel"_s, u"nights"_s, u"place to stay"_s}},
        {u"insurance"_s, {u"claim"_s, u"reassessed"_s, u"policy number"_s}},
        {u"telecom"_s, {u"the line"_s, u"connection"_s}},
        {u"banking"_s, {u"transaction"_s, u"unblock"_s}},
        {u"utilities"_s, {u"meter"_s, u"supply"_s, u"actual reading"_s}},
        {u"subscription"_s, {u"membership"_s}},
        {u"software"_s, {u"engineers"_s, u"the error"_s}},
        {u"food"_s, {u"missing items"_s, u"the delivery or the order"_s}},
    };
    static const QHash<QString, QStringList> es{
        {u"retail"_s, {u"mensajer"_s, u"paquete"_s}},
        {u"airline"_s, {u"vuelo"_s, u"embarque"_s, u"tarifa aérea"_s}},
        {u"travel"_s, {u"hotel"_s, u"noches"_s, u"alojamiento"_s}},
        {u"insurance"_s, {u"siniestro"_s, u"póliza"_s, u"perit"_s}},
        {u"telecom"_s, {u"la línea"_s, u"conexión"_s}},
        {u"banking"_s, {u"movimiento"_s, u"desbloque"_s}},
        {u"utilities"_s, {u"contador"_s, u"suministro"_s, u"lectura real"_s}},
        {u"subscription"_s, {u"suscripción"_s, u"socio"_s}},
        {u"software"_s, {u"ingenier"_s, u"la aplicación"_s}},
        {u"food"_s, {u"productos que faltan"_s, u"artículos que faltan"_s}},
    };
    return language == u"es" ? es : en;
}

} // namespace

class TestAssistant : public QObject
{
    Q_OBJECT
private slots:
    void grounded_data();
    void grounded();
    void reasonsInTheAgentsLanguage();
    void spoiledFoodIsOwed();
    void chargedAfterStoppingIsOwed();
    void lostStayIsOwed();
    void referencesKeepTheirNoun_data();
    void referencesKeepTheirNoun();
    void billAgainstTheUsualIsOwed();
    void askedForIsNotApologisedFor();
    void chaserKeepsTheFailure();
    void heldOut_data();
    void heldOut();
};

void TestAssistant::grounded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("en") << u"en"_s << QStringList{u"asks_en"_s, u"asks_unseen_en"_s};
    QTest::newRow("es") << u"es"_s << QStringList{u"asks_es"_s, u"asks_unseen_es"_s};
}

void TestAssistant::grounded()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sets);
    const ReplyTemplates &library = coach().suggester().templates(language == u"es" ? Language::Spanish : Language::English);
    QHash<QString, QString> seenTexts;
    int rowsWithReplies = 0, wrongBusiness = 0, replies = 0, coachSends = 0;
    QList<QJsonObject> set;
    for (const QString &name : sets)
        set += rows(name);
    for (const QJsonObject &row : set) {
        const QString id = row.value(u"id").toString();
        QList<ConversationTurn> history;
        for (const QJsonValue &earlier : row.value(u"earlier").toArray())
            history << ConversationTurn{true, earlier.toString()};
        const QString text = row.value(u"text").toString();
        const CustomerReading reading = coach().read(text, history, language == u"es" ? LanguageHint::Spanish : LanguageHint::English);
        ReplyContext context;
        context.agentName = u"Marta Ruiz"_s;
        context.history = history;
        const QList<Suggestion> suggestions = coach().suggest(text, reading, context);
        QVERIFY2(!suggestions.isEmpty(), qPrintable(id));
        ++rowsWithReplies;
        const CustomerAsk &ask = reading.ask;
        if (!ask.domain.isEmpty() && ask.domain != row.value(u"domain").toString())
            ++wrongBusiness;
        QString customerWords = text;
        for (const ConversationTurn &turn : history)
            customerWords += u' ' + turn.text;
        bool holdsReference = false;
        for (const Fact &f : ask.facts + ask.earlierFacts)
            holdsReference = holdsReference || (f.kind != FactKind::Amount && f.kind != FactKind::Date && f.kind != FactKind::Email
                                                && f.kind != FactKind::Phone && f.kind != FactKind::Product);
        // A real failure, not a contested position: the apology comes first.
        if (!ask.failures.isEmpty() && !ReplySuggester::position(ask) && !ask.abuse && !ask.praise)
            QVERIFY2(suggestions.first().strategy == Strategy::Apologetic, qPrintable(id + u": "_s + suggestions.first().text));
        for (const Suggestion &s : suggestions) {
            ++replies;
            const QString where = id + u" [" + strategyName(s.strategy) + u"]: " + s.text;
            QVERIFY2(!claims(language).match(s.text).hasMatch(), qPrintable(u"claims an action nobody took — "_s + where));
            QVERIFY2(s.heat <= 24, qPrintable(where));
            QVERIFY2(s.text.endsWith(u"Marta Ruiz"_s), qPrintable(u"signature — "_s + where));
            QVERIFY2(!s.reason.isEmpty(), qPrintable(where));
            QVERIFY2(!s.text.contains(u'{') && !s.text.contains(u'[') && !s.text.contains(u"(("_s) && !s.text.contains(u"  "_s),
                     qPrintable(u"markup left — "_s + where));
            // Sentences start with a capital.
            static const QRegularExpression lowerStart(u"(?:[.?!]\\s+|\\n)[¿¡]?\\p{Ll}"_s);
            QVERIFY2(!lowerStart.match(s.text).hasMatch(), qPrintable(u"lower-case sentence start — "_s + where));
            // Never ask for what the conversation holds.
            if (holdsReference) {
                for (const QString &kind : {u"order"_s, u"booking"_s, u"claim"_s, u"account"_s, u"member"_s, u"reference"_s}) {
                    const QString wanted = ReplyTemplates::inRegister(library.phrase(u"missing."_s + kind), ask.informal);
                    QVERIFY2(!s.text.contains(wanted), qPrintable(u"asks for what it holds — "_s + where));
                }
            }
            // Only the nouns of the customer's own business.
            const auto &nouns = businessNouns(language);
            for (auto it = nouns.begin(); it != nouns.end(); ++it) {
                if (it.key() == ask.domain)
                    continue;
                for (const QString &noun : it.value()) {
                    if (customerWords.contains(noun, Qt::CaseInsensitive))
                        continue; // the customer's own word for their thing ("my membership" with an airline)
                    QVERIFY2(!s.text.contains(noun, Qt::CaseInsensitive), qPrintable(u"another business's noun «"_s + noun + u"» — "_s + where));
                }
            }
            // One judge: the draft coach never says to rewrite what the assistant suggests.
            const DraftReview review = coach().review(s.text, text, language == u"es" ? LanguageHint::Spanish : LanguageHint::English);
            QVERIFY2(review.verdict != Verdict::Rewrite, qPrintable(u"the coach says rewrite ("_s + review.reason + u") — "_s + where));
            // Nor flags a phrase of it: a shipped reply never holds what the coach would have an agent soften.
            for (const DraftFlag &flag : review.flags)
                QFAIL(qPrintable(u"the coach flags «%1» (%2) — "_s.arg(s.text.mid(flag.start, flag.end - flag.start), flag.category) + where));
            coachSends += review.verdict == Verdict::Send;
            // Threats are the customer's right, not abuse to set a boundary on.
            if (!ask.threats.isEmpty() && !ask.abuse)
                QVERIFY2(!s.parts.join(u' ').contains(u"boundary"_s), qPrintable(u"a boundary for a threat — "_s + where));
            // The customer's register.
            if (language == u"es") {
                static const QRegularExpression usted(u"\\busted\\b|\\b(?:le|les) (?:escribo|confirmo|cuento)\\b"_s, QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression tu(u"\\b(?:tú|tienes|puedes|te escribo|te confirmo|tu (?:pedido|reserva|cuenta))\\b"_s, QRegularExpression::CaseInsensitiveOption);
                QVERIFY2(!(ask.informal ? usted : tu).match(s.text).hasMatch(), qPrintable(u"register — "_s + where));
            }
            // No two customers get the same text for their case. (A short thank-you, with no case
            // in it, may rarely match another; with the customer's name in the greeting it does not.)
            const QString body = s.text;
            if (!ask.praise) {
                QVERIFY2(!seenTexts.contains(body) || seenTexts.value(body) == id,
                         qPrintable(u"same text as "_s + seenTexts.value(body) + u" — "_s + where));
                seenTexts.insert(body, id);
            }
        }
        // The customer's own deadline, when they set one we can keep.
        if (const Request *r = ask.withDeadline(); r && (r->deadline == u"today" || r->deadline == u"now")) {
            const QString today = library.phrase(u"deadline.today"_s);
            QVERIFY2(suggestions.first().text.contains(today, Qt::CaseInsensitive), qPrintable(id + u": "_s + suggestions.first().text));
        }
    }
    qInfo().noquote() << language << replies << "replies for" << rowsWithReplies << "messages;" << wrongBusiness
                      << "messages read as another business;" << coachSends << "replies the draft coach would send as they are";
}

void TestAssistant::reasonsInTheAgentsLanguage()
{
    // An agent with a Spanish screen answers an English customer: the reply is English, the reasons
    // are Spanish (and the other way round); unset, both follow the customer.
    const struct
    {
        QString message;
        Language reasons;
        QString replyWord, reasonStart;
    } cases[] = {
        {u"My order 4471 still hasn't arrived and nobody answers my emails. Refund me today."_s, Language::Spanish, u"order"_s,
         coach().suggester().templates(Language::Spanish).phrase(u"principle.apologetic"_s)},
        {u"Mi pedido 4471 sigue sin llegar y nadie contesta a mis correos. Devuélvanme el dinero hoy."_s, Language::English,
         u"pedido"_s, coach().suggester().templates(Language::English).phrase(u"principle.apologetic"_s)},
    };
    for (const auto &c : cases) {
        const CustomerReading reading = coach().read(c.message);
        ReplyContext context;
        context.reasonLanguage = c.reasons;
        const QList<Suggestion> suggestions = coach().suggest(c.message, reading, context);
        QVERIFY(!suggestions.isEmpty());
        const auto apologetic = std::find_if(suggestions.begin(), suggestions.end(), [](const Suggestion &s) { return s.strategy == Strategy::Apologetic; });
        QVERIFY2(apologetic != suggestions.end(), qPrintable(c.message));
        QVERIFY2(apologetic->text.contains(c.replyWord), qPrintable(apologetic->text));
        QVERIFY2(apologetic->reason.startsWith(c.reasonStart), qPrintable(apologetic->reason));
        // The customer's words are quoted as written.
        QVERIFY2(apologetic->reason.contains(u"«"_s), qPrintable(apologetic->reason));
        const QList<Suggestion> own = coach().suggest(c.message, reading);
        QVERIFY(!own.isEmpty() && !own.first().reason.isEmpty());
        QCOMPARE(own.first().text, suggestions.first().text);
        QVERIFY(!own.first().reason.startsWith(c.reasonStart));
    }
}

void TestAssistant::spoiledFoodIsOwed()
{
    // A takeaway that arrives late and cold is a failure the customer is owed for, not a money
    // dispute to park, even when they turn down a voucher; the reply apologises in the words of food,
    // and the order named twice counts once towards the business.
    const struct
    {
        QString message;
        QStringList foodWords;
    } cases[] = {
        {u"my food order came 90 mins late and cold, order 55120. I want a refund not a voucher"_s, {u"meal"_s}},
        {u"the curry was stone cold and half of it spilled in the bag. order 8812, just refund me please"_s, {u"meal"_s, u"order"_s}},
        {u"el pedido llegó con una hora de retraso y la pizza estaba fría. Pedido 55120. Quiero que me devuelvan el dinero, no un cupón"_s,
         {u"comida"_s}},
        {u"La hamburguesa vino fría y el refresco derramado. Pedido 3391, devolvedme el dinero"_s, {u"comida"_s, u"pedido"_s}},
    };
    for (const auto &c : cases) {
        const CustomerReading reading = coach().read(c.message);
        QCOMPARE(reading.ask.domain, u"food"_s);
        QVERIFY2(reading.ask.failures.contains(u"defective"_s), qPrintable(c.message));
        QVERIFY2(!reading.ask.moneyDispute, qPrintable(c.message));
        const QList<Suggestion> suggestions = coach().suggest(c.message, reading);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().strategy, Strategy::Apologetic);
        const QString text = suggestions.first().text;
        QVERIFY2(std::any_of(c.foodWords.begin(), c.foodWords.end(), [&](const QString &w) { return text.contains(w); }), qPrintable(text));
        QVERIFY2(!text.contains(u"work as it should"_s) && !text.contains(u"funcione como debería"_s), qPrintable(text));
        for (const Suggestion &s : suggestions)
            QVERIFY2(!s.text.contains(u"disagreement"_s) && !s.text.contains(u"discrepancia"_s), qPrintable(s.text));
    }
}

void TestAssistant::chargedAfterStoppingIsOwed()
{
    // Money taken after a freeze or a cancellation is the company's error: an apology first, never
    // parked as a dispute. "Took another look" is no charge.
    const QString charged[] = {
        u"hi my gym membership was supposed to be frozen in june but you took another 39.99 on the 1st, membership no 88231. please refund it"_s,
        u"I cancelled in March and you're still charging me £12.99 every month. Account 55-1029. I want it back."_s,
        u"Me di de baja del gimnasio en mayo y me han vuelto a cobrar 29,90 € este mes. Socio 4471. Quiero que me lo devolváis"_s,
        u"Cancelé la suscripción hace dos meses y me siguen pasando el cargo de 9,99 €. Devuélvanme lo cobrado."_s,
    };
    for (const QString &message : charged) {
        const CustomerReading reading = coach().read(message);
        QVERIFY2(reading.ask.failures.contains(u"wrong-charge"_s), qPrintable(message));
        QVERIFY2(!ReplySuggester::position(reading.ask), qPrintable(message));
        const QList<Suggestion> suggestions = coach().suggest(message, reading);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().strategy, Strategy::Apologetic);
    }
    const CustomerReading fine = coach().read(u"I took another look at the app and it works now, thanks"_s);
    QVERIFY(!fine.ask.failures.contains(u"wrong-charge"_s));
}

void TestAssistant::lostStayIsOwed()
{
    // A hotel that has no record of a paid booking, or sends the guests elsewhere, failed them: the
    // money back for those nights is owed, with an apology first, never a dispute to park.
    const QString lost[] = {
        u"We arrived at 11pm to find the hotel had no record of our reservation even though I have confirmation number HX-55812 "
        "right here and paid in full. They sent us to a motel 20 mins away. I want a full refund for the 3 nights today."_s,
        u"front desk couldn't find our booking, conf no 88K2L. ended up at another hotel across town at 1am. refund the two nights pls"_s,
        u"Llegamos a las 23h y el hotel no tenía constancia de nuestra reserva HX-55812, aunque estaba pagada. Nos mandaron a otro "
        "hotel a 20 minutos. Quiero el reembolso de las 3 noches hoy mismo."_s,
        u"perdieron nuestra reserva, localizador 88K2L, y nos mandaron a un motel de madrugada. devolvednos las dos noches"_s,
    };
    for (const QString &message : lost) {
        const CustomerReading reading = coach().read(message);
        QVERIFY2(reading.ask.failures.contains(u"closed"_s), qPrintable(message));
        QVERIFY2(!reading.ask.moneyDispute && !ReplySuggester::position(reading.ask), qPrintable(message));
        const QList<Suggestion> suggestions = coach().suggest(message, reading);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().strategy, Strategy::Apologetic);
        for (const Suggestion &s : suggestions)
            QVERIFY2(!s.text.contains(u"park"_s) && !s.text.contains(u"aparcad"_s), qPrintable(s.text));
    }
}

void TestAssistant::referencesKeepTheirNoun_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("named"); // how every suggestion that names the code names it
    QTest::newRow("en ticket") << u"Ticket #88213 has been open for nine days. Can someone actually answer it today?"_s << u"ticket 88213"_s;
    QTest::newRow("en member") << u"Member number 44120: you charged my gym membership twice this month. Refund one please."_s
                               << u"membership 44120"_s;
    QTest::newRow("es incidencia") << u"Tengo abierta la incidencia INC-20931 desde hace una semana, ¿me contestan hoy?"_s
                                   << u"incidencia INC-20931"_s;
    // A gym member is no subscription, and the year she joined is no member number.
    QTest::newRow("es socia") << u"Soy socia del gimnasio desde 2019, número de socia 44120, y me han cobrado dos cuotas este mes. "
                                 "Quiero que me devuelvan una."_s
                              << u"cuenta de socio 44120"_s;
}

void TestAssistant::referencesKeepTheirNoun()
{
    QFETCH(QString, message);
    QFETCH(QString, named);
    const QString code = named.section(u' ', -1);
    const CustomerReading reading = coach().read(message);
    const QList<Suggestion> suggestions = coach().suggest(message, reading);
    QVERIFY(!suggestions.isEmpty());
    int naming = 0;
    for (const Suggestion &s : suggestions) {
        QVERIFY2(!s.text.contains(u"2019"_s), qPrintable(s.text));
        if (!s.text.contains(code))
            continue;
        ++naming;
        QVERIFY2(s.text.contains(named), qPrintable(s.text));
    }
    QVERIFY2(naming > 0, qPrintable(suggestions.first().text));
}

void TestAssistant::billAgainstTheUsualIsOwed()
{
    // A bill set against what it normally is, and "sort it out": the charge is put right, with an
    // apology, never sent to an engineer or parked; the customer's day keeps its capital.
    const struct
    {
        QString message;
        QStringList engineerWords;
    } cases[] = {
        {u"hi, my phone bill this month is 89 quid instead of the usual 35, nothing changed on my side. account 4471203. can someone sort this out before friday"_s,
         {u"engineer"_s, u"line"_s}},
        {u"Our electricity bill came in at twice what we usually pay and we were away for half of it. Customer no 300912, please sort it out."_s,
         {u"engineer"_s, u"meter reading"_s}},
        {u"Este mes la factura del móvil es de 70 euros en vez de los 25 de siempre. Cliente 8812003. Arréglenlo, por favor."_s,
         {u"técnico"_s, u"la línea"_s}},
        {u"Me ha llegado una factura del gas que es el doble de lo normal y no hemos cambiado nada. Contrato 55-0192. Solucionadlo."_s,
         {u"técnico"_s}},
    };
    for (const auto &c : cases) {
        const CustomerReading reading = coach().read(c.message);
        QVERIFY2(reading.ask.failures.contains(u"wrong-charge"_s), qPrintable(c.message));
        QVERIFY2(!ReplySuggester::position(reading.ask), qPrintable(c.message));
        const QList<Suggestion> suggestions = coach().suggest(c.message, reading);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().strategy, Strategy::Apologetic);
        for (const Suggestion &s : suggestions) {
            for (const QString &w : c.engineerWords)
                QVERIFY2(!s.text.contains(w), qPrintable(s.text));
        }
        if (c.message.contains(u"friday"_s)) {
            QVERIFY2(suggestions.first().text.contains(u"Friday"_s), qPrintable(suggestions.first().text));
        }
    }
}

void TestAssistant::askedForIsNotApologisedFor()
{
    // Asking to cancel is not being cancelled on: no apology for a cancellation nobody made.
    const QString asked[] = {
        u"Please cancel my flight for Friday, plans changed. Booking ref QX7HD2."_s,
        u"Can you cancel my table for 8 tonight? Something came up, sorry."_s,
        u"¿Me puede anular la reserva del sábado? Ya no vamos. Localizador 4HJ22K."_s,
        u"Quiero cancelar la reserva del hotel, no podemos ir. Reserva 77120."_s,
    };
    for (const QString &message : asked) {
        const CustomerReading reading = coach().read(message);
        QVERIFY2(!reading.ask.failures.contains(u"cancelled"_s), qPrintable(message));
        QVERIFY2(reading.ask.request(u"cancellation"_s), qPrintable(message));
        for (const Suggestion &s : coach().suggest(message, reading)) {
            QVERIFY2(s.strategy != Strategy::Apologetic, qPrintable(s.text));
            for (const QString &sorry : {u"sorry"_s, u"apolog"_s, u"disculpa"_s, u"siento"_s, u"lamento"_s})
                QVERIFY2(!s.text.contains(sorry, Qt::CaseInsensitive), qPrintable(s.text));
        }
    }
}

void TestAssistant::chaserKeepsTheFailure()
{
    // "Still nothing": a chaser is about the failure told earlier, which the apology names first;
    // the wait comes after it, and the reply is no delivery chase for goods that arrived broken.
    const struct
    {
        QString earlier;
        QString chaser;
        QString failure;
        QStringList wrongWords;
    } cases[] = {
        {u"My washing machine arrived with a cracked door, order 55-88120. Photos attached."_s,
         u"Still nothing. It's been a week since I sent you the photos."_s, u"defective"_s, {u"courier"_s, u"delivery date"_s}},
        {u"You charged me twice for the same month, £14.99 both times, account 88-1200."_s, u"hello?? anyone"_s, u"wrong-charge"_s,
         {u"courier"_s}},
        {u"La lavadora llegó con la puerta rota. Pedido 55-88120, adjunto fotos."_s, u"¿Y bien? Una semana y nada."_s, u"defective"_s,
         {u"transportista"_s, u"fecha de entrega"_s}},
        {u"Me habéis cobrado dos veces la cuota de marzo, 29,90 € cada vez. Socio 4471."_s, u"Sigo esperando respuesta."_s,
         u"wrong-charge"_s, {u"transportista"_s}},
    };
    for (const auto &c : cases) {
        const CustomerReading reading = coach().read(c.chaser, {ConversationTurn{true, c.earlier}});
        QVERIFY2(!reading.ask.failures.isEmpty() && reading.ask.failures.first() == c.failure, qPrintable(reading.ask.failures.join(u", "_s)));
        QVERIFY2(reading.ask.failures.contains(u"ignored"_s), qPrintable(c.chaser));
        const QList<Suggestion> suggestions = coach().suggest(c.chaser, reading);
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().strategy, Strategy::Apologetic);
        for (const Suggestion &s : suggestions) {
            for (const QString &w : c.wrongWords)
                QVERIFY2(!s.text.contains(w), qPrintable(s.text));
        }
    }
}

namespace {

// What the assistant does on one labelled set, as counts and rates.
struct HeldOutFigures
{
    double businessRight = 0, businessWrong = 0;
    double requestPrecision = 0, requestRecall = 0;
    double deadlinePrecision = 0, deadlineRecall = 0;
    double factPrecision = 0, factRecall = 0;
    double apologyWhenOwed = 0;
    double deadlineHonoured = 0;
    int asksForWhatItHolds = 0, claimsDone = 0, otherBusinessNouns = 0, sameText = 0, boundaryForThreat = 0,
        wrongRegister = 0, coachRewrites = 0, noReply = 0;
};

struct Counted
{
    int hit = 0, got = 0, want = 0;
    void add(const QSet<QString> &g, const QSet<QString> &w)
    {
        hit += int((g & w).size());
        got += int(g.size());
        want += int(w.size());
    }
    double precision() const { return got ? double(hit) / got : 1.0; }
    double recall() const { return want ? double(hit) / want : 1.0; }
};

HeldOutFigures measureHeldOut(const QString &language, const QString &set)
{
    const Language lang = language == u"es" ? Language::Spanish : Language::English;
    const LanguageHint hint = language == u"es" ? LanguageHint::Spanish : LanguageHint::English;
    const ReplyTemplates &library = coach().suggester().templates(lang);
    static const QRegularExpression code(u"\\b[A-Z0-9/-]*\\d[A-Z0-9/-]*\\b"_s);
    HeldOutFigures f;
    Counted requests, deadlines, facts;
    int right = 0, wrong = 0, owed = 0, apologised = 0, withDeadline = 0, honoured = 0;
    QHash<QString, QString> seen;
    const QList<QJsonObject> set_ = rows(set);
    for (const QJsonObject &row : set_) {
        const QString id = row.value(u"id").toString();
        const QString text = row.value(u"text").toString();
        QList<ConversationTurn> history;
        bool earlierReference = false;
        for (const QJsonValue &earlier : row.value(u"earlier").toArray()) {
            history << ConversationTurn{true, earlier.toString()};
            earlierReference = earlierReference || code.match(earlier.toString()).hasMatch();
        }
        const CustomerReading reading = coach().read(text, history, hint);
        const CustomerAsk &ask = reading.ask;
        ReplyContext context;
        context.agentName = u"Marta Ruiz"_s;
        context.history = history;
        const QList<Suggestion> suggestions = coach().suggest(text, reading, context);

        right += ask.domain == row.value(u"domain").toString();
        wrong += !ask.domain.isEmpty() && ask.domain != row.value(u"domain").toString();
        const auto [gotKinds, wantKinds, gotDeadlines, wantDeadlines] = test::requestLabels(ask, row);
        QSet<QString> gotFacts, wantFacts;
        requests.add(gotKinds, wantKinds);
        deadlines.add(gotDeadlines, wantDeadlines);
        bool labelledReference = false;
        for (const Fact &fact : ask.facts) {
            if (fact.kind != FactKind::Email && fact.kind != FactKind::Phone && fact.kind != FactKind::Product)
                gotFacts << factKindName(fact.kind) + u':' + fact.text.trimmed().toLower();
        }
        for (const QJsonValue &v : row.value(u"facts").toArray()) {
            wantFacts << v[u"kind"].toString() + u':' + v[u"text"].toString().trimmed().toLower();
            labelledReference = labelledReference || (v[u"kind"] != u"amount"_s && v[u"kind"] != u"date"_s);
        }
        facts.add(gotFacts, wantFacts);
        if (qEnvironmentVariableIsSet("CALMA_HELDOUT_VERBOSE")
            && (gotKinds != wantKinds || gotDeadlines != wantDeadlines || gotFacts != wantFacts || ask.domain != row.value(u"domain").toString())) {
            auto list = [](const QSet<QString> &s) { QStringList l(s.begin(), s.end()); l.sort(); return l.join(u", "); };
            qInfo().noquote() << id << "| requests" << list(gotKinds) << "/" << list(wantKinds) << "| deadlines" << list(gotDeadlines) << "/"
                              << list(wantDeadlines) << "| facts" << list(gotFacts) << "/" << list(wantFacts) << "| business" << ask.domain;
        }
        if (suggestions.isEmpty()) {
            ++f.noReply;
            continue;
        }
        if (row.value(u"owed").toBool()) {
            ++owed;
            const QStringList &parts = suggestions.first().parts;
            apologised += std::any_of(parts.begin(), parts.end(), [](const QString &p) { return p.startsWith(u"apology"); });
        }
        if (const Request *r = ask.withDeadline(); !wantDeadlines.isEmpty()) {
            ++withDeadline;
            const QString first = suggestions.first().text;
            honoured += r && (first.contains(r->deadlineText, Qt::CaseInsensitive)
                              || first.contains(library.phrase(u"deadline.today"_s), Qt::CaseInsensitive)
                              || first.contains(library.phrase(u"deadline.tomorrow"_s), Qt::CaseInsensitive));
        }
        QString customerWords = text;
        for (const ConversationTurn &turn : history)
            customerWords += u' ' + turn.text;
        for (const Suggestion &s : suggestions) {
            if (labelledReference || earlierReference) {
                for (const QString &kind : {u"order"_s, u"booking"_s, u"flight"_s, u"claim"_s, u"account"_s, u"card"_s, u"member"_s,
                                            u"invoice"_s, u"ticket"_s, u"reference"_s}) {
                    if (s.text.contains(ReplyTemplates::inRegister(library.phrase(u"missing."_s + kind), ask.informal))) {
                        ++f.asksForWhatItHolds;
                        if (qEnvironmentVariableIsSet("CALMA_HELDOUT_VERBOSE"))
                            qInfo().noquote() << id << "asks for what it holds:" << s.text;
                        break;
                    }
                }
            }
            f.claimsDone += claims(language).match(s.text).hasMatch();
            const auto &nouns = businessNouns(language);
            bool foreign = false;
            for (auto it = nouns.begin(); it != nouns.end(); ++it) {
                if (it.key() == row.value(u"domain").toString())
                    continue;
                for (const QString &noun : it.value())
                    foreign = foreign || (!customerWords.contains(noun, Qt::CaseInsensitive) && s.text.contains(noun, Qt::CaseInsensitive));
            }
            f.otherBusinessNouns += foreign;
            if (seen.contains(s.text) && seen.value(s.text) != id)
                ++f.sameText;
            seen.insert(s.text, id);
            const bool boundary = row.value(u"threat").toBool() && !row.value(u"insult").toBool() && s.parts.join(u' ').contains(u"boundary"_s);
            f.boundaryForThreat += boundary;
            if (boundary && qEnvironmentVariableIsSet("CALMA_HELDOUT_VERBOSE"))
                qInfo().noquote() << id << "a boundary for a threat:" << s.text;
            if (language == u"es") {
                static const QRegularExpression usted(u"\\busted\\b|\\b(?:le|les) (?:escribo|confirmo|cuento)\\b"_s, QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression tu(u"\\b(?:tú|tienes|puedes|te escribo|te confirmo|tu (?:pedido|reserva|cuenta))\\b"_s, QRegularExpression::CaseInsensitiveOption);
                f.wrongRegister += (ask.informal ? usted : tu).match(s.text).hasMatch();
            }
            f.coachRewrites += coach().review(s.text, text, hint).verdict == Verdict::Rewrite;
        }
    }
    const double n = set_.size();
    f.businessRight = right / n;
    f.businessWrong = wrong / n;
    f.requestPrecision = requests.precision();
    f.requestRecall = requests.recall();
    f.deadlinePrecision = deadlines.precision();
    f.deadlineRecall = deadlines.recall();
    f.factPrecision = facts.precision();
    f.factRecall = facts.recall();
    f.apologyWhenOwed = owed ? double(apologised) / owed : 1.0;
    f.deadlineHonoured = withDeadline ? double(honoured) / withDeadline : 1.0;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(HeldOutFigures)

void TestAssistant::heldOut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("set");
    QTest::addColumn<HeldOutFigures>("before");
    QTest::addColumn<HeldOutFigures>("bars");
    // Messages from ten kinds of business written apart from the reader's lists and never tuned
    // against one by one. `before` is what the assistant did on them when they were written; `bars`
    // hold what it does now, with a margin (rates at least, counts at most).
    // Fields: business right, wrong; requests precision, recall; deadlines precision, recall; facts
    // precision, recall; apology first when owed; deadline kept; then counts: asks for a reference
    // it holds, claims an action as done, another business's nouns, the same text as another
    // customer, a boundary for a threat, the wrong register, the coach says rewrite, no reply.
    // -1: not measured then.
    const HeldOutFigures beforeEn{0.515, 0.121, 0.813, 0.732, 0.882, 0.882, 1.000, 0.981, 0.298, 0.882, 3, 0, 0, 0, 1, 0, 0, -1};
    const HeldOutFigures beforeEs{0.409, 0.136, 0.761, 0.718, 0.909, 0.588, 0.962, 0.962, 0.383, 0.882, 0, 0, 1, 0, 0, 0, 0, -1};
    // Never claiming an action, asking for what the conversation holds, another business's nouns,
    // the same text twice, the wrong register or no reply at all: those hold at none.
    const HeldOutFigures barsEn{0.82, 0.08, 0.89, 0.87, 0.95, 0.84, 0.94, 0.94, 0.93, 0.90, 0, 0, 0, 0, 1, 0, 0, 0};
    const HeldOutFigures barsEs{0.79, 0.08, 0.88, 0.87, 0.95, 0.84, 0.90, 0.90, 0.93, 0.90, 0, 0, 0, 0, 1, 0, 0, 0};
    QTest::newRow("en") << u"en"_s << u"asks_heldout_en"_s << beforeEn << barsEn;
    QTest::newRow("es") << u"es"_s << u"asks_heldout_es"_s << beforeEs << barsEs;
}

void TestAssistant::heldOut()
{
    QFETCH(QString, language);
    QFETCH(QString, set);
    QFETCH(HeldOutFigures, before);
    QFETCH(HeldOutFigures, bars);
    const HeldOutFigures now = measureHeldOut(language, set);
    auto rate = [&](const char *name, double was, double is) {
        qInfo().noquote() << QStringLiteral("%1 %2 %3 → %4").arg(language).arg(QLatin1String(name), -34).arg(was, 0, 'f', 3).arg(is, 0, 'f', 3);
    };
    auto count = [&](const char *name, int was, int is) {
        const QString before = was < 0 ? u"—"_s : QString::number(was);
        qInfo().noquote() << QStringLiteral("%1 %2 %3 → %4").arg(language).arg(QLatin1String(name), -34).arg(before).arg(is);
    };
    rate("business right", before.businessRight, now.businessRight);
    rate("business wrong", before.businessWrong, now.businessWrong);
    rate("requests precision", before.requestPrecision, now.requestPrecision);
    rate("requests recall", before.requestRecall, now.requestRecall);
    rate("deadlines precision", before.deadlinePrecision, now.deadlinePrecision);
    rate("deadlines recall", before.deadlineRecall, now.deadlineRecall);
    rate("facts precision", before.factPrecision, now.factPrecision);
    rate("facts recall", before.factRecall, now.factRecall);
    rate("apology first when owed", before.apologyWhenOwed, now.apologyWhenOwed);
    rate("deadline kept in the reply", before.deadlineHonoured, now.deadlineHonoured);
    count("asks for a reference it holds", before.asksForWhatItHolds, now.asksForWhatItHolds);
    count("claims an action as done", before.claimsDone, now.claimsDone);
    count("another business's nouns", before.otherBusinessNouns, now.otherBusinessNouns);
    count("same text as another customer", before.sameText, now.sameText);
    count("boundary for a threat", before.boundaryForThreat, now.boundaryForThreat);
    count("wrong register (formal or not)", before.wrongRegister, now.wrongRegister);
    count("the coach says rewrite", before.coachRewrites, now.coachRewrites);
    count("messages with no reply", before.noReply, now.noReply);
    QVERIFY2(now.businessRight >= bars.businessRight, "business right");
    QVERIFY2(now.businessWrong <= bars.businessWrong, "business wrong");
    QVERIFY2(now.requestPrecision >= bars.requestPrecision && now.requestRecall >= bars.requestRecall, "requests");
    QVERIFY2(now.deadlinePrecision >= bars.deadlinePrecision && now.deadlineRecall >= bars.deadlineRecall, "deadlines");
    QVERIFY2(now.factPrecision >= bars.factPrecision && now.factRecall >= bars.factRecall, "facts");
    QVERIFY2(now.apologyWhenOwed >= bars.apologyWhenOwed, "apology when owed");
    QVERIFY2(now.deadlineHonoured >= bars.deadlineHonoured, "deadline kept");
    QVERIFY2(now.asksForWhatItHolds <= bars.asksForWhatItHolds, "asks for what it holds");
    QVERIFY2(now.claimsDone <= bars.claimsDone, "claims done");
    QVERIFY2(now.otherBusinessNouns <= bars.otherBusinessNouns, "another business's nouns");
    QVERIFY2(now.sameText <= bars.sameText, "same text");
    QVERIFY2(now.boundaryForThreat <= bars.boundaryForThreat, "boundary for a threat");
    QVERIFY2(now.wrongRegister <= bars.wrongRegister, "register");
    QVERIFY2(now.coachRewrites <= bars.coachRewrites, "coach says rewrite");
    QVERIFY2(now.noReply <= bars.noReply, "no reply");
}

QTEST_GUILESS_MAIN(TestAssistant)
#include "tst_assistant.moc"
