// Role-play: scenario files and their errors, the simulated customer's reactions in both languages,
// replay, scoring, reports, and sessions stored on SQLite and PostgreSQL.
#include "roleplay/report.h"
#include "roleplay/scorer.h"
#include "storage/roleplaystore.h"
#include "testdatabases.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStart = 1'800'000'000'000;

// A small valid scenario (tests/data/scenario-valid.json); tests break one thing at a time.
QByteArray validScenario()
{
    QFile file(QStringLiteral(CALMA_TEST_DATA "/scenario-valid.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineOfText(const QByteArray &json, const char *marker)
{
    const qsizetype at = json.indexOf(marker);
    return at < 0 ? -1 : int(json.first(at).count('\n')) + 1;
}

struct Reply
{
    QString text;
    int seconds = 30;
};

RoleplaySession play(const std::shared_ptr<const Scenario> &scenario, const std::shared_ptr<const Coach> &coach,
                     const QList<Reply> &replies, quint32 seed = 7)
{
    SessionSetup setup;
    setup.trainee = u"Test"_s;
    setup.scenario = scenario;
    setup.seed = seed;
    QList<RoleplaySession::ScriptedReply> script;
    for (const Reply &r : replies)
        script.append({r.text, r.seconds * 1000});
    return RoleplaySession::replay(setup, coach, kStart, script);
}

QStringList triggers(const RoleplayTurn &turn)
{
    QStringList names;
    for (const TurnEffect &e : turn.effects)
        names << e.trigger;
    return names;
}

} // namespace

class TestRoleplay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shippedScenariosLoad();
    void validScenarioParses();
    void badScenario_data();
    void badScenario();
    void reactions_data();
    void reactions();
    void goodRepliesResolve_data();
    void goodRepliesResolve();
    void badRepliesEscalate_data();
    void badRepliesEscalate();
    void replaysExactly();
    void seedsVaryTheCustomer();
    void calmingMovesWearThin();
    void timeLimitMakesTheCustomerLeave();
    void rubricAddsUp();
    void apologyInMoneyDispute();
    void liveSessionJudgesReplies();
    void reports();
    void coachAndCustomerAgree();
    void hintReadsTheSession();
    void storesSessions_data() { test::addEngines(); }
    void storesSessions();
    void liveTurnsFromTwoWindows_data() { test::addEngines(); }
    void liveTurnsFromTwoWindows();

private:
    std::shared_ptr<const Scenario> scenario(const QString &id) const;
    std::shared_ptr<Database> open();

    std::shared_ptr<const Coach> m_coach;
    std::shared_ptr<const ScenarioLibrary> m_library;
    QTemporaryDir m_dir;
};

void TestRoleplay::initTestCase()
{
    const auto coach = Coach::load();
    QVERIFY(coach.errors.isEmpty());
    m_coach = coach.coach;
    const auto library = ScenarioLibrary::load();
    for (const LexiconIssue &issue : library.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(library.errors.isEmpty());
    m_library = library.library;
}

std::shared_ptr<const Scenario> TestRoleplay::scenario(const QString &id) const
{
    auto s = m_library->find(id);
    if (!s)
        qWarning("no scenario %s", qPrintable(id));
    return s;
}

void TestRoleplay::coachAndCustomerAgree()
{
    // One judge: a reply the draft coach would send calms the simulated customer, and one it says
    // to rewrite raises their heat; a rewrite always comes with a reason.
    const QHash<Language, QStringList> good{
        {Language::English, {u"I'm sorry about this, and I understand how frustrating it is. I'm checking it now and I'll write to you today with a clear answer."_s,
                             u"Thank you for your patience, and I understand why you're upset. I'll look into it myself and send you an update by 5pm today."_s}},
        {Language::Spanish, {u"Entiendo lo frustrante que es y lo siento. Lo estoy revisando ahora y le escribo hoy con una respuesta clara."_s,
                             u"Gracias por su paciencia; entiendo su enfado. Me encargo yo de revisarlo y le envío novedades hoy antes de las 17:00."_s}},
    };
    const QHash<Language, QStringList> bad{
        {Language::English, {u"Calm down. As I already said, it's our policy and there is nothing I can do."_s,
                             u"You should have read the terms. That's not my problem."_s}},
        {Language::Spanish, {u"Señora, cálmese. Como ya le dije, es nuestra política y no puedo hacer nada."_s,
                             u"Tendría que haber leído las condiciones. Eso no es problema mío."_s}},
    };
    int sends = 0, rewrites = 0;
    for (const auto &s : m_library->all()) {
        const QString opening = s->fill(s->opening);
        const LanguageHint hint = s->language == Language::Spanish ? LanguageHint::Spanish : LanguageHint::English;
        for (const bool wanted : {true, false}) {
            for (const QString &draft : (wanted ? good : bad).value(s->language)) {
                const DraftReview review = m_coach->review(draft, opening, hint);
                const QList<TurnEffect> effects = ReplyJudge::judge(*s, draft, review, 60'000, s->startHeat, {});
                int delta = 0;
                for (const TurnEffect &e : effects)
                    delta += e.delta;
                const QString where = s->id + u": "_s + draft + u" → "_s + verdictName(review.verdict) + u" (" + review.reason
                    + u"), heat change "_s + QString::number(delta);
                if (review.verdict == Verdict::Send) {
                    QVERIFY2(delta < 0, qPrintable(where));
                    ++sends;
                }
                if (review.verdict == Verdict::Rewrite) {
                    QVERIFY2(delta > 0, qPrintable(where));
                    QVERIFY2(!review.reason.isEmpty(), qPrintable(where));
                    ++rewrites;
                }
                if (!wanted)
                    QVERIFY2(review.verdict == Verdict::Rewrite, qPrintable(where));
            }
        }
    }
    qInfo("%d drafts the coach would send, %d it says to rewrite", sends, rewrites);
    // Most generic good drafts get "review": they do not pick up the specific ask. Both verdicts must occur.
    QVERIFY(sends >= 4 && rewrites >= 32);
}

void TestRoleplay::hintReadsTheSession()
{
    // The training window and calma-cli's /hint share one reading of the customer: the session's
    // heat for a simulated customer, never praise while they are still heated, and suggestions
    // signed by the trainee.
    for (const QString &id : {u"en-late-delivery"_s, u"es-late-delivery"_s}) {
        const auto s = scenario(id);
        QVERIFY(s);
        const RoleplaySession session = play(s, m_coach, {{u"OK."_s, 30}});
        const RoleplaySession::Hint hint = session.hint();
        QCOMPARE(hint.message, session.lastCustomerMessage());
        QCOMPARE(hint.reading.tone.heat, session.customerHeat());
        if (hint.reading.tone.heat >= 25)
            QVERIFY(!hint.reading.ask.praise);
        QVERIFY(!hint.suggestions.isEmpty());
        for (const Suggestion &suggestion : hint.suggestions)
            QVERIFY2(suggestion.text.endsWith(u"Test"_s), qPrintable(suggestion.text));
    }
    // The lines a trainer could say next: the reaction to what the last reply did, then the band's.
    const auto s = scenario(u"en-late-delivery"_s);
    SessionSetup setup;
    setup.trainee = u"Test"_s;
    setup.scenario = s;
    setup.mode = SessionMode::Live;
    RoleplaySession live(setup, m_coach);
    live.start(kStart);
    QCOMPARE(live.customerLines().value(0), s->fill(s->opening));
    const RoleplayTurn opening = live.customerSays(s->fill(s->opening), kStart + 1000);
    // The same opening has the same heat as in a simulated session.
    SessionSetup simulatedSetup = setup;
    simulatedSetup.mode = SessionMode::Simulated;
    RoleplaySession simulated(simulatedSetup, m_coach);
    simulated.start(kStart);
    QCOMPARE(opening.heat, simulated.turns().first().heat);
    live.reply(u"Calm down. As I already said, it's our policy."_s, kStart + 60'000);
    const QStringList lines = live.customerLines();
    QVERIFY(!lines.isEmpty());
    const QList<TurnEffect> &effects = live.turns().last().effects;
    QVERIFY(!effects.isEmpty());
    const auto strongest = std::max_element(effects.begin(), effects.end(), [](const TurnEffect &a, const TurnEffect &b) {
        return std::abs(a.delta) < std::abs(b.delta);
    });
    if (!s->afterLines.value(strongest->trigger).isEmpty())
        QCOMPARE(lines.first(), s->fill(s->afterLines.value(strongest->trigger).first()));
}

std::shared_ptr<Database> TestRoleplay::open()
{
    return test::freshDatabase(QString::fromLatin1(QTest::currentDataTag()), m_dir.path());
}

void TestRoleplay::shippedScenariosLoad()
{
    QSet<QString> spanishKinds, englishKinds;
    for (const auto &s : m_library->all())
        (s->language == Language::Spanish ? spanishKinds : englishKinds).insert(s->kind);
    for (const QString &kind : {u"late-delivery"_s, u"double-charge"_s, u"outage"_s, u"refund-dispute"_s, u"policy-refusal"_s,
                                u"abusive"_s, u"confused"_s, u"praise"_s}) {
        QVERIFY2(spanishKinds.contains(kind), qPrintable(u"no Spanish scenario of kind "_s + kind));
        QVERIFY2(englishKinds.contains(kind), qPrintable(u"no English scenario of kind "_s + kind));
    }
    // Every shipped scenario's placeholders are filled.
    for (const auto &s : m_library->all()) {
        QVERIFY2(!s->fill(s->opening).contains(u'{'), qPrintable(s->id));
        QVERIFY(s->startHeat < s->escalated.heat);
    }
}

void TestRoleplay::validScenarioParses()
{
    const ScenarioFile file = ScenarioParser::parse(validScenario(), u"valid.json"_s);
    for (const LexiconIssue &issue : file.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(file.ok());
    const Scenario &s = *file.scenario;
    QCOMPARE(s.id, u"test-late"_s);
    QCOMPARE(s.reaction(u"apology"_s), -14);     // overridden
    QCOMPARE(s.reaction(u"feelings"_s), 14);     // default
    QCOMPARE(s.maxTurns, 6);
    QCOMPARE(s.promptSeconds, 60);                // default
    QCOMPARE(s.fill(s.opening), u"Where is order Z-1?"_s);
    QCOMPARE(s.resolved.needs, QStringList{u"next-step"_s});
}

void TestRoleplay::badScenario_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("marker"); // text on the line the error must name
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("\"Late parcel\",") << QByteArray("\"Late parcel\"") << QByteArray("\"persona\"")
                              << QString() << u"not valid JSON"_s;
    QTest::newRow("unknown trigger") << QByteArray("\"apology\": -14") << QByteArray("\"apology\": -14, \"calm-dwn\": 3")
                                     << QByteArray("calm-dwn") << u"reactions.calm-dwn"_s << u"unknown trigger \"calm-dwn\""_s;
    QTest::newRow("reaction too big") << QByteArray("\"apology\": -14") << QByteArray("\"apology\": -140")
                                      << QByteArray("-140") << u"reactions.apology"_s << u"-40 to 40"_s;
    QTest::newRow("placeholder") << QByteArray("Don't tell me to calm down.") << QByteArray("About {ordr}...")
                                 << QByteArray("{ordr}") << u"lines.after.feelings[0]"_s << u"unknown placeholder {ordr}"_s;
    QTest::newRow("missing band") << QByteArray("\"tense\": [\"When will it come?\"], ") << QByteArray()
                                  << QByteArray("\"lines\"") << u"lines"_s << u"missing \"tense\""_s;
    QTest::newRow("heat out of range") << QByteArray("\"startHeat\": 60") << QByteArray("\"startHeat\": 150")
                                       << QByteArray("startHeat") << u"startHeat"_s << u"from 0 to 100"_s;
    QTest::newRow("not a boolean") << QByteArray("\"realFailure\": true") << QByteArray("\"realFailure\": \"yes\"")
                                   << QByteArray("realFailure") << u"situation.realFailure"_s << u"true or false"_s;
    QTest::newRow("needs a raising trigger") << QByteArray("\"needs\": [\"next-step\"]") << QByteArray("\"needs\": [\"blame\"]")
                                             << QByteArray("\"needs\"") << u"endings.resolved.needs[0]"_s << u"raises the heat"_s;
    QTest::newRow("unknown field") << QByteArray("\"startHeat\": 60,") << QByteArray("\"startHeat\": 60,\n  \"startheat\": 60,")
                                   << QByteArray("\"startheat\"") << u"startheat"_s << u"unknown field"_s;
    QTest::newRow("bad kind") << QByteArray("\"kind\": \"late-delivery\"") << QByteArray("\"kind\": \"late\"")
                              << QByteArray("\"kind\"") << u"kind"_s << u"unknown kind \"late\""_s;
    QTest::newRow("empty line") << QByteArray("[\"OK.\"]") << QByteArray("[\"OK.\", \"  \"]")
                                << QByteArray("\"calm\"") << u"lines.calm[1]"_s << u"non-empty"_s;
    QTest::newRow("duplicate fact") << QByteArray("\"value\": \"Z-1\" }") << QByteArray("\"value\": \"Z-1\" },\n { \"key\": \"order\", \"label\": \"Again\", \"value\": \"Z-2\" }")
                                    << QByteArray("\"Again\"") << u"situation.facts[1].key"_s << u"duplicate fact key"_s;
}

void TestRoleplay::badScenario()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, marker);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QByteArray json = validScenario();
    QVERIFY(json.contains(from));
    json.replace(from, to);
    const ScenarioFile file = ScenarioParser::parse(json, u"team/bad.json"_s);
    QVERIFY(!file.ok());
    QVERIFY(!file.scenario);
    const LexiconIssue &issue = file.errors.first();
    QCOMPARE(issue.file, u"team/bad.json"_s);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    QCOMPARE(issue.line, lineOfText(json, marker.constData()));
    QVERIFY(issue.toString().startsWith(u"team/bad.json:%1"_s.arg(issue.line)));
}

void TestRoleplay::reactions_data()
{
    QTest::addColumn<QString>("scenarioId");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("direction"); // +1 the heat goes up, -1 down

    QTest::newRow("en calm down") << u"en-late-delivery"_s << u"Calm down, it's only a parcel."_s << 30
                                  << QStringList{u"feelings"_s} << 1;
    QTest::newRow("en as I already said") << u"en-late-delivery"_s << u"As I already said, the courier is responsible."_s << 30
                                          << QStringList{u"repetition"_s} << 1;
    QTest::newRow("en policy, slow") << u"en-late-delivery"_s << u"It's our policy to wait 10 working days."_s << 400
                                     << QStringList{u"wall"_s, u"slow"_s} << 1;
    QTest::newRow("en shouting") << u"en-late-delivery"_s << u"I CANNOT CHANGE THE COURIER'S SCHEDULE."_s << 30
                                 << QStringList{u"shouting"_s} << 1;
    QTest::newRow("en specific apology") << u"en-late-delivery"_s
                                         << u"I'm so sorry your order A-48213 hasn't arrived, I understand how worrying that is before the birthday."_s
                                         << 30 << QStringList{u"apology"_s, u"acknowledge"_s, u"prompt"_s} << -1;
    QTest::newRow("en next step with time") << u"en-late-delivery"_s
                                            << u"I'll send a replacement today by next-day delivery, so it arrives tomorrow."_s << 30
                                            << QStringList{u"next-step"_s, u"timeframe"_s} << -1;
    QTest::newRow("en dispute apology") << u"en-refund-dispute"_s << u"I'm so sorry, I apologise for the refund amount."_s << 30
                                        << QStringList{u"apology-in-dispute"_s} << 1;
    QTest::newRow("en dispute topic shift") << u"en-refund-dispute"_s
                                            << u"Let's set the amount aside for a moment. I'll send you the refund breakdown today so you can check every line."_s
                                            << 30 << QStringList{u"topic-shift"_s, u"next-step"_s} << -1;
    QTest::newRow("es cálmese") << u"es-late-delivery"_s << u"Cálmese, por favor, no es para tanto."_s << 30
                                << QStringList{u"feelings"_s} << 1;
    QTest::newRow("es como ya le dije") << u"es-late-delivery"_s << u"Como ya le dije, el retraso es de la empresa de transporte."_s << 30
                                        << QStringList{u"repetition"_s} << 1;
    QTest::newRow("es culpa") << u"es-late-delivery"_s << u"Usted no leyó bien las condiciones de envío."_s << 30
                              << QStringList{u"blame"_s} << 1;
    QTest::newRow("es disculpa concreta") << u"es-late-delivery"_s
                                          << u"Lamento mucho que su pedido no haya llegado a tiempo, entiendo lo molesto que es."_s << 30
                                          << QStringList{u"apology"_s, u"acknowledge"_s} << -1;
    QTest::newRow("es próximo paso") << u"es-late-delivery"_s << u"Le envío hoy mismo un pedido nuevo con entrega urgente, le llegará mañana."_s << 30
                                     << QStringList{u"next-step"_s, u"timeframe"_s} << -1;
    QTest::newRow("es límite") << u"es-abusive"_s
                               << u"Quiero ayudarle, y necesito que mantengamos el respeto. Hoy mismo reviso su caso y le escribo antes de las 18:00."_s
                               << 30 << QStringList{u"boundary"_s, u"next-step"_s} << -1;
    QTest::newRow("es pasos") << u"es-confused"_s
                              << u"Primero abra la aplicación y entre en Ajustes. Después pulse en Cuenta y luego en Facturas."_s << 30
                              << QStringList{u"steps"_s} << -1;
    QTest::newRow("en thanks") << u"en-praise"_s << u"Thank you so much for taking the time to tell us, I'll pass this on to the team today."_s << 30
                               << QStringList{u"thanks"_s} << -1;
}

void TestRoleplay::reactions()
{
    QFETCH(QString, scenarioId);
    QFETCH(QString, reply);
    QFETCH(int, seconds);
    QFETCH(QStringList, expected);
    QFETCH(int, direction);
    const auto s = scenario(scenarioId);
    QVERIFY(s);
    const RoleplaySession session = play(s, m_coach, {{reply, seconds}});
    QCOMPARE(session.turns().size(), 3);
    const RoleplayTurn &turn = session.turns().at(1);
    QCOMPARE(turn.speaker, u"trainee"_s);
    QCOMPARE(turn.responseMs, qint64(seconds) * 1000);
    const QStringList found = triggers(turn);
    for (const QString &t : expected)
        QVERIFY2(found.contains(t), qPrintable(u"%1 not in [%2]"_s.arg(t, found.join(u", "_s))));
    const int before = s->startHeat, after = session.turns().at(2).heat;
    if (direction > 0)
        QVERIFY2(after > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    else
        QVERIFY2(after < before || after == 0, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QVERIFY(!session.turns().at(2).body.isEmpty());
    QVERIFY(!session.turns().at(2).body.contains(u'{'));
}

void TestRoleplay::goodRepliesResolve_data()
{
    QTest::addColumn<QString>("scenarioId");
    QTest::addColumn<QStringList>("replies");
    QTest::newRow("en late delivery") << u"en-late-delivery"_s << QStringList{
        u"Hi Megan, I'm really sorry order A-48213 hasn't arrived. I understand how stressful that is with the birthday on Saturday."_s,
        u"The courier lost the parcel, so I'll send a replacement today by next-day delivery, at no cost: it will arrive tomorrow. I'll email you the tracking number within the hour."_s,
        u"I understand. I'll check the tracking myself tomorrow morning and write to you as soon as it is delivered."_s,
        u"You're welcome, Megan. I'll send the tracking number within the hour."_s};
    QTest::newRow("es retraso") << u"es-late-delivery"_s << QStringList{
        u"Siento mucho que su pedido no haya llegado a tiempo, entiendo perfectamente lo molesto que es."_s,
        u"Le envío hoy mismo un pedido nuevo con entrega urgente y le llegará mañana. Le mando el número de seguimiento en una hora."_s,
        u"Entiendo. Mañana por la mañana reviso el envío yo misma y le escribo en cuanto esté entregado."_s,
        u"Gracias a usted. Le envío el seguimiento en una hora."_s};
}

void TestRoleplay::goodRepliesResolve()
{
    QFETCH(QString, scenarioId);
    QFETCH(QStringList, replies);
    const auto s = scenario(scenarioId);
    QVERIFY(s);
    QList<Reply> list;
    for (const QString &r : replies)
        list.append({r, 40});
    const RoleplaySession session = play(s, m_coach, list);
    const ScoreCard card = SessionScorer::score(*s, session.turns(), session.outcome());
    QVERIFY2(session.outcome() == Outcome::Resolved, qPrintable(SessionReport::text(session.turns(), card, session.outcome())));
    QVERIFY2(card.total >= 75, qPrintable(SessionReport::text(session.turns(), card, session.outcome())));
    QVERIFY(card.endHeat <= s->resolved.heat);
}

void TestRoleplay::badRepliesEscalate_data()
{
    QTest::addColumn<QString>("scenarioId");
    QTest::addColumn<QStringList>("replies");
    QTest::newRow("en late delivery") << u"en-late-delivery"_s << QStringList{
        u"Calm down. Delivery dates are estimates, you should have read the terms."_s,
        u"As I already said, it's our policy. There is nothing I can do."_s,
        u"I'm sorry you feel that way."_s};
    QTest::newRow("es retraso") << u"es-late-delivery"_s << QStringList{
        u"Cálmese. Las fechas de entrega son orientativas, usted debería haber leído las condiciones."_s,
        u"Como ya le dije, son las normas de la empresa. No puedo hacer nada."_s,
        u"Lamento que lo vea así."_s};
}

void TestRoleplay::badRepliesEscalate()
{
    QFETCH(QString, scenarioId);
    QFETCH(QStringList, replies);
    const auto s = scenario(scenarioId);
    QVERIFY(s);
    QList<Reply> list;
    for (const QString &r : replies)
        list.append({r, 200});
    const RoleplaySession session = play(s, m_coach, list);
    const ScoreCard card = SessionScorer::score(*s, session.turns(), session.outcome());
    QVERIFY2(session.outcome() == Outcome::Escalated, qPrintable(SessionReport::text(session.turns(), card, session.outcome())));
    QVERIFY2(card.total <= 30, qPrintable(SessionReport::text(session.turns(), card, session.outcome())));
    // No single reply moves the heat by more than 25.
    for (const TurnFeedback &f : card.turns)
        QVERIFY(std::abs(f.heatAfter - f.heatBefore) <= 25);
    QVERIFY(card.turns.size() >= 2);
}

void TestRoleplay::replaysExactly()
{
    const auto s = scenario(u"en-outage"_s);
    QVERIFY(s);
    const QList<Reply> replies{{u"Calm down please."_s, 20}, {u"I understand, that's really frustrating."_s, 90},
                               {u"I'll check the line now and call you back within 30 minutes."_s, 300}};
    const RoleplaySession a = play(s, m_coach, replies, 42);
    const RoleplaySession b = play(s, m_coach, replies, 42);
    QCOMPARE(a.turns().size(), b.turns().size());
    for (qsizetype i = 0; i < a.turns().size(); ++i) {
        QCOMPARE(a.turns().at(i).body, b.turns().at(i).body);
        QCOMPARE(a.turns().at(i).heat, b.turns().at(i).heat);
        QCOMPARE(triggers(a.turns().at(i)), triggers(b.turns().at(i)));
    }
    QCOMPARE(a.outcome(), b.outcome());
}

void TestRoleplay::seedsVaryTheCustomer()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    const QList<Reply> replies{{u"Calm down please."_s, 20}, {u"It's our policy."_s, 20}};
    QSet<QString> transcripts;
    for (quint32 seed = 1; seed <= 8; ++seed) {
        QString text;
        const RoleplaySession session = play(s, m_coach, replies, seed);
        for (const RoleplayTurn &t : session.turns())
            text += t.body + QString::number(t.heat);
        transcripts.insert(text);
    }
    QVERIFY(transcripts.size() > 1);
}

void TestRoleplay::calmingMovesWearThin()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    const QString same = u"I understand how frustrating this is."_s;
    const RoleplaySession session = play(s, m_coach, {{same, 30}, {same, 30}, {same, 30}});
    int first = 0, third = 0;
    for (const TurnEffect &e : session.turns().at(1).effects)
        first += e.trigger == u"acknowledge" ? e.delta : 0;
    for (const TurnEffect &e : session.turns().at(5).effects)
        third += e.trigger == u"acknowledge" ? e.delta : 0;
    QVERIFY(first < 0);
    QVERIFY2(third > first, qPrintable(u"%1 vs %2"_s.arg(first).arg(third)));
}

void TestRoleplay::timeLimitMakesTheCustomerLeave()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    SessionSetup setup;
    setup.trainee = u"T"_s;
    setup.scenario = s;
    RoleplaySession session(setup, m_coach);
    session.start(kStart);
    QVERIFY(!session.checkTime(kStart + 60'000));
    const auto left = session.checkTime(kStart + qint64(s->timeLimitMinutes) * 60'000 + 1);
    QVERIFY(left);
    QVERIFY(session.finished());
    QCOMPARE(session.outcome(), Outcome::Left);
    QVERIFY(s->left.lines.contains(left->body) || !left->body.isEmpty());
    // Replies after the end are ignored.
    QVERIFY(session.reply(u"Hello?"_s, kStart + 20 * 60'000).isEmpty());
}

void TestRoleplay::rubricAddsUp()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    const RoleplaySession fast = play(s, m_coach, {{u"I'm sorry order A-48213 is late, I understand."_s, 20}});
    const RoleplaySession slow = play(s, m_coach, {{u"I'm sorry order A-48213 is late, I understand."_s, 600}});
    const ScoreCard a = SessionScorer::score(*s, fast.turns(), fast.outcome());
    const ScoreCard b = SessionScorer::score(*s, slow.turns(), slow.outcome());
    int maximum = 0, sum = 0;
    for (const ScoreItem &i : a.items) {
        maximum += i.maximum;
        sum += i.points;
        QVERIFY(i.points >= 0 && i.points <= i.maximum);
        QVERIFY(!i.title.isEmpty() && !i.detail.isEmpty());
    }
    QCOMPARE(maximum, 100);
    QCOMPARE(sum, a.total);
    QCOMPARE(a.items.size(), 7);
    auto points = [](const ScoreCard &c, const QString &key) {
        for (const ScoreItem &i : c.items) {
            if (i.key == key)
                return i.points;
        }
        return -1;
    };
    QCOMPARE(points(a, u"response-time"_s), 10);
    QCOMPARE(points(b, u"response-time"_s), 0);
    QVERIFY(a.total > b.total);
    // The card survives being stored as JSON.
    const ScoreCard back = ScoreCard::fromJson(a.toJson());
    QCOMPARE(back.total, a.total);
    QCOMPARE(back.items.size(), a.items.size());
    QCOMPARE(back.turns.size(), a.turns.size());
    QCOMPARE(back.turns.first().notes, a.turns.first().notes);
    QCOMPARE(back.turns.first().changes, a.turns.first().changes);
    QCOMPARE(a.turns.first().changes.size(), a.turns.first().notes.size());
}

void TestRoleplay::apologyInMoneyDispute()
{
    const auto s = scenario(u"es-refund-dispute"_s);
    QVERIFY(s);
    QVERIFY(s->moneyDispute);
    const RoleplaySession sorry = play(s, m_coach, {{u"Lo siento muchísimo, le pido disculpas por el importe del reembolso."_s, 30}});
    const ScoreCard card = SessionScorer::score(*s, sorry.turns(), sorry.outcome());
    QVERIFY(triggers(sorry.turns().at(1)).contains(u"apology-in-dispute"_s));
    for (const ScoreItem &i : card.items) {
        if (i.key == u"apologies")
            QVERIFY2(i.points <= 5, qPrintable(i.detail));
    }
    const QString note = card.turns.first().notes.join(u' ');
    QVERIFY2(note.contains(u"raised the heat"_s), qPrintable(note));
}

void TestRoleplay::liveSessionJudgesReplies()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    SessionSetup setup;
    setup.trainee = u"T"_s;
    setup.trainer = u"Coach"_s;
    setup.scenario = s;
    setup.mode = SessionMode::Live;
    RoleplaySession session(setup, m_coach);
    session.start(kStart);
    QVERIFY(session.turns().isEmpty()); // the trainer writes the opening
    const RoleplayTurn opening = session.customerSays(u"WHERE IS MY ORDER?? This is a joke, I'm furious!!"_s, kStart);
    QCOMPARE(opening.speaker, u"trainer"_s);
    QVERIFY(opening.heat >= 50);
    const QList<RoleplayTurn> added = session.reply(u"As I already said, you need to calm down."_s, kStart + 200'000);
    QCOMPARE(added.size(), 1); // nobody answers for the trainer
    QVERIFY(triggers(added.first()).contains(u"repetition"_s));
    QVERIFY(triggers(added.first()).contains(u"feelings"_s));
    QVERIFY(triggers(added.first()).contains(u"slow"_s));
    // Turns read back from the database go in index order; one this window already has is not added twice.
    RoleplayTurn other;
    other.index = 5;
    other.speaker = u"trainer"_s;
    other.body = u"Hello??"_s;
    QVERIFY(session.addStoredTurn(other));
    session.storedAs(1, 7); // the reply was stored after the other window's turns
    QCOMPARE(session.turns().at(1).body, u"Hello??"_s);
    QCOMPARE(session.turns().at(2).index, 7);
    QVERIFY(!session.addStoredTurn(other));
    QCOMPARE(session.turns().size(), 3);
    session.customerSays(u"Unbelievable. I want a supervisor."_s, kStart + 260'000);
    session.finish(Outcome::Escalated, kStart + 270'000);
    const ScoreCard card = SessionScorer::score(*s, session.turns(), session.outcome());
    QCOMPARE(card.startHeat, opening.heat);
    QVERIFY2(card.total < 40, qPrintable(QString::fromUtf8(QJsonDocument(card.toJson()).toJson())));
}

void TestRoleplay::reports()
{
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    RoleplaySession session = play(s, m_coach, {{u"Calm down, as I already said it's on its way."_s, 30}});
    session.turns()[1].annotation = u"Try \"I understand\" <first>"_s;
    const ScoreCard card = SessionScorer::score(*s, session.turns(), session.outcome());
    SessionRecord record;
    record.id = 987654;
    record.traineeId = 876543;
    record.trainee = u"Ana, \"the new one\""_s;
    record.scenarioId = s->id;
    record.scenarioTitle = s->title;
    record.language = u"en"_s;
    record.startedMs = kStart;
    record.endedMs = kStart + 90'000;
    record.outcome = session.outcome();
    record.score = card.total;
    record.breakdown = QString::fromUtf8(QJsonDocument(card.toJson()).toJson());
    const QString html = SessionReport::html(record, session.turns(), card);
    QVERIFY(html.contains(u"Score: %1 / 100"_s.arg(card.total)));
    QVERIFY(html.contains(u"Try &quot;I understand&quot; &lt;first&gt;"_s));
    QVERIFY(html.contains(u"calm down"_s, Qt::CaseInsensitive));
    // Each note is marked by what it did: the phrases raised the heat, the prompt reply lowered it.
    QVERIFY(html.contains(u"<span class=\"raise\">• Here “Calm down” raised the heat by"_s));
    QVERIFY(html.contains(u"<span class=\"lower\">• A prompt reply lowered the heat by"_s));
    // What the trainee and trainer read has no internal ids: not the session's, the trainee's nor the scenario's.
    QVERIFY(!html.contains(u"987654"_s));
    QVERIFY(!html.contains(u"876543"_s));
    QVERIFY(!html.contains(s->id));
    // Each turn is a table of its own (after the heading row's), marked to stay on one page when printed.
    QVERIFY(html.contains(u"table.turn{margin:0;page-break-inside:avoid;"_s));
    QVERIFY(html.contains(u"tr{page-break-inside:avoid;"_s));
    QCOMPARE(html.count(u"<table class=\"turn\""_s), session.turns().size() + 1);
    // The heat column is the customer's: the trainee's rows leave it empty.
    qsizetype trainee = 0;
    for (const RoleplayTurn &t : session.turns())
        trainee += !t.fromCustomer();
    QVERIFY(trainee > 0);
    QCOMPARE(html.count(u"<tr class=\"trainee\">"_s), trainee);
    QCOMPARE(html.count(u"<td width=\"10%\"></td>"_s), trainee);
    const QByteArray csv = SessionReport::csv({record});
    const QList<QByteArray> rows = csv.trimmed().split('\n');
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith("session,trainee,scenario"));
    QVERIFY(rows.at(1).startsWith("987654,\"Ana, \"\"the new one\"\"\",en-late-delivery,en,simulated,"));
    QVERIFY(rows.at(1).contains(",1.5,"));
}

void TestRoleplay::storesSessions()
{
    const auto db = open();
    QVERIFY(db);
    RoleplayStore store(db);
    const auto s = scenario(u"en-late-delivery"_s);
    QVERIFY(s);
    QString error;
    for (int round = 0; round < 2; ++round) {
        RoleplaySession session = play(s, m_coach, round == 0 ? QList<Reply>{{u"Calm down, as I already said it's late."_s, 30}}
                                                              : QList<Reply>{{u"Calm down."_s, 30}, {u"I understand, sorry."_s, 30}});
        SessionSetup setup = session.setup();
        setup.trainee = u"Lucía"_s;
        const auto id = store.createSession(setup, kStart + round, &error);
        QVERIFY2(id, qPrintable(error));
        for (const RoleplayTurn &t : session.turns())
            QVERIFY2(store.appendTurn(*id, t, &error), qPrintable(error));
        const ScoreCard card = SessionScorer::score(*s, session.turns(), session.outcome());
        QVERIFY2(store.finishSession(*id, session.outcome(), kStart + 100'000, card, &error), qPrintable(error));
        QVERIFY2(store.annotate(*id, 1, u"Say what you'll do instead."_s, &error), qPrintable(error));
        QVERIFY(!store.annotate(*id, 99, u"x"_s, &error));

        const auto record = store.session(*id);
        QVERIFY(record);
        QCOMPARE(record->trainee, u"Lucía"_s);
        QCOMPARE(record->scenarioTitle, s->title);
        QCOMPARE(record->score, card.total);
        QCOMPARE(record->startHeat, card.startHeat);
        QCOMPARE(record->endHeat, card.endHeat);
        QCOMPARE(ScoreCard::fromJson(QJsonDocument::fromJson(record->breakdown.toUtf8()).object()).total, card.total);
        const QList<RoleplayTurn> back = store.turns(*id);
        QCOMPARE(back.size(), session.turns().size());
        for (qsizetype i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).body, session.turns().at(i).body);
            QCOMPARE(back.at(i).heat, session.turns().at(i).heat);
            QCOMPARE(back.at(i).responseMs, session.turns().at(i).responseMs);
            QCOMPARE(triggers(back.at(i)), triggers(session.turns().at(i)));
        }
        QCOMPARE(back.at(1).annotation, u"Say what you'll do instead."_s);
        QCOMPARE(store.turns(*id, 2).size(), back.size() - 2);
    }
    const QList<TraineeRecord> trainees = store.trainees();
    QCOMPARE(trainees.size(), 1);
    QCOMPARE(trainees.first().sessions, 2);
    const QList<SessionRecord> sessions = store.sessions(trainees.first().id);
    QCOMPARE(sessions.size(), 2);
    QVERIFY(sessions.first().startedMs > sessions.last().startedMs); // newest first
    const QList<FlaggedPhrase> flagged = store.flaggedPhrases(trainees.first().id);
    QVERIFY(!flagged.isEmpty());
    QCOMPARE(flagged.first().phrase, u"calm down"_s);
    QCOMPARE(flagged.first().count, 2);
    QVERIFY(store.openLiveSessions().isEmpty());
    QVERIFY(!store.traineeId(u"  "_s, &error));
}

void TestRoleplay::liveTurnsFromTwoWindows()
{
    const auto db = open();
    QVERIFY(db);
    const auto s = scenario(u"es-late-delivery"_s);
    QVERIFY(s);
    SessionSetup setup;
    setup.trainee = u"Pablo"_s;
    setup.trainer = u"Marta"_s;
    setup.scenario = s;
    setup.mode = SessionMode::Live;
    QString error;
    const auto id = RoleplayStore(db).createSession(setup, kStart, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(RoleplayStore(db).openLiveSessions().size(), 1);
    // The trainer's and the trainee's windows append at the same time, each with its own connection.
    auto writer = [&](const QString &speaker) {
        RoleplayStore store(db);
        for (int i = 0; i < 10; ++i) {
            RoleplayTurn t;
            t.speaker = speaker;
            t.body = u"%1 %2"_s.arg(speaker).arg(i);
            t.sentMs = kStart + i;
            QString problem;
            if (!store.appendTurn(*id, t, &problem))
                return problem;
        }
        return QString();
    };
    auto trainer = QtConcurrent::run(writer, u"trainer"_s);
    auto trainee = QtConcurrent::run(writer, u"trainee"_s);
    QCOMPARE(trainer.result(), QString());
    QCOMPARE(trainee.result(), QString());
    const QList<RoleplayTurn> turns = RoleplayStore(db).turns(*id);
    QCOMPARE(turns.size(), 20);
    for (qsizetype i = 0; i < turns.size(); ++i)
        QCOMPARE(turns.at(i).index, int(i));
}

QTEST_GUILESS_MAIN(TestRoleplay)
#include "tst_roleplay.moc"
