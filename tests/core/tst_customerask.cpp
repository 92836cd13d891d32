// The customer's ask on a labelled set of realistic messages from ten kinds of business in both
// languages (tests/data/asks_{en,es}.jsonl): requests by kind, deadlines, typed facts, rhetorical
// questions, threats and the business. Prints precision and recall and holds them at their bars.
#include "coach/coach.h"
#include "labelledasks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

const Coach &coach()
{
    return test::shippedCoach();
}

struct Tally
{
    int truePositives = 0;
    int predicted = 0;
    int expected = 0;

    void add(const QSet<QString> &got, const QSet<QString> &want)
    {
        truePositives += int((got & want).size());
        predicted += int(got.size());
        expected += int(want.size());
    }
    double precision() const { return predicted ? double(truePositives) / predicted : 1.0; }
    double recall() const { return expected ? double(truePositives) / expected : 1.0; }
};

QList<QJsonObject> rows(const QString &name)
{
    return test::labelledRows(name);
}

QString folded(const QString &s)
{
    return s.trimmed().toLower();
}

} // namespace

class TestCustomerAsk : public QObject
{
    Q_OBJECT
private slots:
    void labelled_data();
    void labelled();
    void asksInThePlural_data();
    void asksInThePlural();
    void asksBeforeAThreat();
    void keepsTheRegister_data();
    void keepsTheRegister();
};

void TestCustomerAsk::keepsTheRegister_data()
{
    // Tú or usted, as the customer writes to the company: vosotros and tú forms, in any tense, are
    // informal; usted and ustedes, or nothing either way, formal.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("informal");
    QTest::newRow("vosotros, preterite") << u"el pedido llegó frío y me lo cobrasteis entero"_s << true;
    QTest::newRow("vosotros, preterite 2") << u"Me prometisteis una llamada el lunes y nada"_s << true;
    QTest::newRow("tú, preterite") << u"Me cobraste dos veces la cuota del gimnasio"_s << true;
    QTest::newRow("vosotros, present") << u"¿Por qué me cobráis la permanencia?"_s << true;
    QTest::newRow("ustedes") << u"Ustedes me cobraron dos veces la cuota"_s << false;
    QTest::newRow("usted") << u"Le ruego que revise usted la factura"_s << false;
    QTest::newRow("nothing either way") << u"La factura de marzo viene duplicada"_s << false;
}

void TestCustomerAsk::keepsTheRegister()
{
    QFETCH(QString, text);
    QFETCH(bool, informal);
    QCOMPARE(coach().read(text, {}, LanguageHint::Spanish).ask.informal, informal);
}

void TestCustomerAsk::labelled_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("set");
    QTest::addColumn<double>("requestBar");
    QTest::addColumn<double>("deadlineBar");
    QTest::addColumn<double>("factBar");
    QTest::addColumn<double>("threatBar");
    QTest::addColumn<double>("wrongBusinessBar");
    // The labelled sets the reader was built against (odd rows looked at, even rows not), and two
    // sets written afterwards by someone who never saw the reader's lists, only measured. The bars
    // hold what is reached (precision and recall both at least the bar; a wrong business at most
    // its bar): they only move up.
    QTest::newRow("en") << u"en"_s << u"asks_en"_s << 0.84 << 0.85 << 0.85 << 0.95 << 0.15;
    QTest::newRow("es") << u"es"_s << u"asks_es"_s << 0.83 << 0.80 << 0.85 << 0.95 << 0.15;
    QTest::newRow("en unseen") << u"en"_s << u"asks_unseen_en"_s << 0.72 << 0.60 << 0.85 << 0.80 << 0.15;
    QTest::newRow("es unseen") << u"es"_s << u"asks_unseen_es"_s << 0.72 << 0.65 << 0.85 << 0.70 << 0.25;
}

void TestCustomerAsk::labelled()
{
    QFETCH(QString, language);
    QFETCH(QString, set);
    QFETCH(double, requestBar);
    QFETCH(double, deadlineBar);
    QFETCH(double, factBar);
    QFETCH(double, threatBar);
    QFETCH(double, wrongBusinessBar);
    Tally requests, deadlines, facts, rhetorical, threats;
    Tally heldRequests, heldDeadlines, heldFacts; // the even-numbered rows, never looked at while tuning
    int domainsRight = 0, domainsWrong = 0;
    const QList<QJsonObject> rowsOfSet = rows(set);
    QVERIFY(rowsOfSet.size() >= 50);
    const bool verbose = qEnvironmentVariableIsSet("CALMA_ASK_VERBOSE");
    for (const QJsonObject &row : rowsOfSet) {
        const QString id = row.value(u"id").toString();
        QList<ConversationTurn> history;
        for (const QJsonValue &earlier : row.value(u"earlier").toArray())
            history << ConversationTurn{true, earlier.toString()};
        // Earlier messages were answered: only the facts carry over, not "being ignored".
        if (!history.isEmpty())
            history << ConversationTurn{false, u"."_s};
        const CustomerReading reading = coach().read(row.value(u"text").toString(), history,
                                                     language == u"es" ? LanguageHint::Spanish : LanguageHint::English);
        const CustomerAsk &ask = reading.ask;
        const auto [gotRequests, wantRequests, gotDeadlines, wantDeadlines] = test::requestLabels(ask, row);
        requests.add(gotRequests, wantRequests);
        deadlines.add(gotDeadlines, wantDeadlines);
        const bool heldOut = id.right(2).toInt() % 2 == 0;
        if (heldOut) {
            heldRequests.add(gotRequests, wantRequests);
            heldDeadlines.add(gotDeadlines, wantDeadlines);
        }
        QSet<QString> gotFacts, wantFacts;
        for (const Fact &f : ask.facts) {
            if (f.kind != FactKind::Email && f.kind != FactKind::Phone && f.kind != FactKind::Product)
                gotFacts << factKindName(f.kind) + u':' + folded(f.text);
        }
        for (const QJsonValue &v : row.value(u"facts").toArray())
            wantFacts << v[u"kind"].toString() + u':' + folded(v[u"text"].toString());
        facts.add(gotFacts, wantFacts);
        if (heldOut)
            heldFacts.add(gotFacts, wantFacts);
        QSet<QString> gotRhetorical, wantRhetorical;
        if (!ask.rhetorical.isEmpty())
            gotRhetorical << u"yes"_s;
        if (!row.value(u"rhetorical").toArray().isEmpty())
            wantRhetorical << u"yes"_s;
        rhetorical.add(gotRhetorical, wantRhetorical);
        QSet<QString> gotThreat, wantThreat;
        if (!ask.threats.isEmpty())
            gotThreat << u"yes"_s;
        if (row.value(u"threat").toBool())
            wantThreat << u"yes"_s;
        threats.add(gotThreat, wantThreat);
        const QString domain = ask.domain;
        domainsRight += domain == row.value(u"domain").toString();
        domainsWrong += !domain.isEmpty() && domain != row.value(u"domain").toString();
        // Misses are printed for the odd-numbered rows only: the even ones stay unseen while tuning.
        const bool tuning = id.right(2).toInt() % 2 == 1 && !set.contains(u"unseen");
        if (verbose && tuning && (gotRequests != wantRequests || gotFacts != wantFacts || gotDeadlines != wantDeadlines
                        || domain != row.value(u"domain").toString() || gotThreat != wantThreat)) {
            auto list = [](const QSet<QString> &s) { QStringList l(s.begin(), s.end()); l.sort(); return l.join(u", "); };
            qInfo().noquote() << id << "\n   requests got [" << list(gotRequests) << "] want [" << list(wantRequests) << "]"
                              << "\n   deadlines got [" << list(gotDeadlines) << "] want [" << list(wantDeadlines) << "]"
                              << "\n   facts got [" << list(gotFacts) << "] want [" << list(wantFacts) << "]"
                              << "\n   domain got" << domain << "threat" << list(gotThreat) << "/" << list(wantThreat)
                              << "\n   " << row.value(u"text").toString();
        }
    }
    auto line = [](const char *name, const Tally &t) {
        return QStringLiteral("%1 precision %2 recall %3 (%4 expected)")
            .arg(QLatin1String(name), -12).arg(t.precision(), 0, 'f', 3).arg(t.recall(), 0, 'f', 3).arg(t.expected);
    };
    qInfo().noquote() << set << line("requests", requests);
    qInfo().noquote() << set << line("deadlines", deadlines);
    qInfo().noquote() << set << line("facts", facts);
    qInfo().noquote() << set << line("rhetorical", rhetorical);
    qInfo().noquote() << set << line("threats", threats);
    qInfo().noquote() << set << "held out:" << line("requests", heldRequests);
    qInfo().noquote() << set << "held out:" << line("deadlines", heldDeadlines);
    qInfo().noquote() << set << "held out:" << line("facts", heldFacts);
    qInfo().noquote() << set << "business right" << QString::number(double(domainsRight) / rowsOfSet.size(), 'f', 3) << "wrong"
                      << QString::number(double(domainsWrong) / rowsOfSet.size(), 'f', 3) << "(the rest: not said)";
    QVERIFY2(requests.precision() >= requestBar && requests.recall() >= requestBar, qPrintable(line("requests", requests)));
    QVERIFY2(facts.precision() >= factBar && facts.recall() >= factBar, qPrintable(line("facts", facts)));
    QVERIFY2(deadlines.precision() >= deadlineBar && deadlines.recall() >= deadlineBar, qPrintable(line("deadlines", deadlines)));
    QVERIFY2(threats.precision() >= threatBar && threats.recall() >= threatBar, qPrintable(line("threats", threats)));
    // A wrong business puts another business's nouns in a reply: rarer than one in ten.
    QVERIFY2(double(domainsWrong) / rowsOfSet.size() <= wrongBusinessBar, "business");
}

void TestCustomerAsk::asksInThePlural_data()
{
    // Families, groups and companies ask as "we": the same requests as in the singular.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("en compensation") << u"Flight cancelled at the gate. We want the compensation we're entitled to."_s << u"compensation"_s;
    QTest::newRow("en refund") << u"The villa had no hot water all week. We'd like a partial refund for the stay."_s << u"refund"_s;
    QTest::newRow("en manager") << u"This is the fourth call. We need to speak to a manager."_s << u"manager"_s;
    QTest::newRow("es refund") << u"El hotel no tenía la habitación reservada. Queremos que nos devuelvan el dinero."_s << u"refund"_s;
    QTest::newRow("es compensation") << u"Perdimos la conexión por su retraso. Exigimos la compensación que nos corresponde."_s << u"compensation"_s;
    QTest::newRow("es information") << u"Somos una empresa de 12 personas. Necesitamos saber cuándo vuelve el servicio."_s << u"information"_s;
}

void TestCustomerAsk::asksInThePlural()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    const CustomerReading reading = coach().read(text);
    QStringList kinds;
    for (const Request &r : reading.ask.requests)
        kinds << r.kind;
    QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(u", "_s)));
}

void TestCustomerAsk::asksBeforeAThreat()
{
    // "X or I'll go to the regulator": the threat is acknowledged as a right, and the request before
    // it, with its deadline, is still read.
    const struct
    {
        QString text, deadline, threat;
    } cases[] = {
        {u"I've been waiting three weeks for the assessor. Claim 2024-88120. I need a date before Friday or I'll complain to the Financial Ombudsman."_s,
         u"before Friday"_s, u"regulator"_s},
        {u"Llevo tres semanas esperando a que el perito venga a ver el coche. Siniestro 2024-88120. Necesito una fecha antes del viernes o tendré que reclamar a la DGSFP."_s,
         u"antes del viernes"_s, u"regulator"_s},
    };
    for (const auto &c : cases) {
        const CustomerReading reading = coach().read(c.text);
        QVERIFY2(!reading.ask.threats.isEmpty() && reading.ask.threats.first().label == c.threat, qPrintable(c.text));
        QVERIFY2(reading.ask.withDeadline() && reading.ask.withDeadline()->deadlineText == c.deadline, qPrintable(c.text));
        const QList<Suggestion> suggestions = coach().suggest(c.text, reading);
        QVERIFY(!suggestions.isEmpty());
        for (const Suggestion &s : suggestions) {
            QVERIFY2(s.text.contains(c.deadline, Qt::CaseInsensitive), qPrintable(s.text));
            // Nobody said they wrote twice: the wait is what is owned up to.
            QVERIFY2(!s.text.contains(u"more than once"_s) && !s.text.contains(u"más de una vez"_s), qPrintable(s.text));
        }
    }
    // A threat alone asks nothing.
    QVERIFY(coach().read(u"I'm reporting you to the ombudsman."_s).ask.requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomerAsk)
#include "tst_customerask.moc"
