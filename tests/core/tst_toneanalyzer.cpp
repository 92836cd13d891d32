// The analyzer's behaviour, feature by feature, in Spanish and English.
#include "io/jsonstring.h"
#include "tone/toneanalyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

const ToneAnalyzer &analyzer()
{
    static const auto loaded = ToneAnalyzer::load();
    return *loaded.analyzer;
}

QStringList categoriesOf(const ToneReport &report)
{
    QStringList out;
    for (const Evidence &e : report.evidence)
        out << categoryName(e.category);
    return out;
}

QString describe(const QString &text, const ToneReport &r)
{
    QStringList parts;
    for (const Evidence &e : r.evidence)
        parts << QStringLiteral("%1 %2 (%3)").arg(categoryName(e.category), text.mid(e.start, e.end - e.start)).arg(e.weight, 0, 'f', 1);
    return QStringLiteral("heat %1 [%2]").arg(r.heat).arg(parts.join(u"; "));
}

} // namespace

class TestToneAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void levels_data();
    void levels();
    void hotterThan_data();
    void hotterThan();
    void sameHeat_data();
    void sameHeat();
    void evidenceCategory_data();
    void evidenceCategory();
    void noEvidenceOf_data();
    void noEvidenceOf();
    void evidenceAccountsForHeat_data();
    void evidenceAccountsForHeat();
    void degreeAdverbs_data();
    void degreeAdverbs();
    void warmthSitsBelowNeutral_data();
    void warmthSitsBelowNeutral();
    void language_data();
    void language();
    void languageHintOverrides();
    void teamLexiconOverrides();
    void negativePrefixNegatesPraise();
    void threadSafe();
    void sectionEnd();
    void longMessageInSections_data();
    void longMessageInSections();
    void hostileInput_data();
    void hostileInput();
    void jsonLineMatchesJson_data();
    void jsonLineMatchesJson();
    void jsonStringsRoundTrip();
};

void TestToneAnalyzer::initTestCase()
{
    const auto loaded = ToneAnalyzer::load();
    for (const LexiconIssue &issue : loaded.errors)
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(loaded.analyzer);
}

void TestToneAnalyzer::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lowest");
    QTest::addColumn<QString>("highest");
    const QString calm = u"calm"_s, tense = u"tense"_s, heated = u"heated"_s, hostile = u"hostile"_s;
    QTest::newRow("es neutral question") << u"Hola, ¿podrían decirme cuándo llega mi pedido 4500123? Gracias."_s << calm << calm;
    QTest::newRow("en neutral question") << u"Hi, could you tell me when order #4500123 will arrive? Thanks."_s << calm << calm;
    QTest::newRow("es problem stated calmly") << u"El router no funciona desde ayer, ¿me pueden ayudar?"_s << calm << tense;
    QTest::newRow("en problem stated calmly") << u"The router isn't working since yesterday, can you help?"_s << calm << tense;
    QTest::newRow("es praise caps") << u"MUCHAS GRACIAS!!! Sois los mejores 😊"_s << calm << calm;
    QTest::newRow("en praise caps") << u"THANK YOU SO MUCH!!! You guys are amazing"_s << calm << calm;
    QTest::newRow("es acronyms") << u"Adjunto mi DNI y el IBAN para la devolución, y el PDF de la factura."_s << calm << calm;
    QTest::newRow("en acronyms") << u"I attached my ID and the PDF of the VAT invoice, sent via UPS."_s << calm << calm;
    QTest::newRow("es not your fault") << u"No es culpa suya, ya sé que usted no decide. Gracias por intentarlo."_s << calm << calm;
    QTest::newRow("en not your fault") << u"It's not your fault, I know you don't make the rules. Thanks for trying."_s << calm << calm;
    QTest::newRow("es disappointed") << u"Estoy bastante decepcionado, el pedido lleva una semana de retraso."_s << tense << heated;
    QTest::newRow("en disappointed") << u"I'm really disappointed, my order is a week late and nobody told me."_s << tense << heated;
    QTest::newRow("es polite but furious") << u"Con todo respeto, es la tercera vez que llamo por lo mismo y nadie me da una solución. Es inaceptable."_s << heated << hostile;
    QTest::newRow("en polite but furious") << u"With all due respect, this is the third time I've called about this and nobody has fixed it. This is unacceptable."_s << heated << hostile;
    QTest::newRow("es shouting") << u"QUIERO MI DINERO YA. ES LA TERCERA VEZ QUE ESCRIBO!!!"_s << heated << hostile;
    QTest::newRow("en shouting") << u"I WANT MY MONEY BACK NOW. THIS IS THE THIRD TIME I'M WRITING!!!"_s << heated << hostile;
    QTest::newRow("es insults") << u"Sois unos inútiles y unos ladrones, os voy a denunciar."_s << hostile << hostile;
    QTest::newRow("en insults") << u"You are useless idiots and thieves, I'm going to sue you."_s << hostile << hostile;
    QTest::newRow("es leet insult") << u"eres un 1d10ta, devuélveme el dinero"_s << heated << hostile;
    QTest::newRow("en masked profanity") << u"f**k this sh*t, where is my refund"_s << heated << hostile;
    // A failure stated as a fact, with no word of feeling, is tense.
    QTest::newRow("es failure never arrived") << u"El paquete nunca llegó y el seguimiento no se actualiza desde el lunes."_s << tense << heated;
    QTest::newRow("en failure never arrived") << u"The parcel never arrived and tracking hasn't updated since Monday."_s << tense << heated;
    QTest::newRow("es paid and still") << u"Pagué el envío urgente el martes y todavía no ha salido del almacén."_s << tense << heated;
    QTest::newRow("en paid and still") << u"Paid for next-day delivery on Tuesday and it still hasn't left the warehouse."_s << tense << heated;
    // Enthusiasm in capitals and exclamation marks stays calm.
    QTest::newRow("es happy caps") << u"¡¡¡POR FIN!!! ¡¡YA FUNCIONA, SOIS LOS MEJORES!!"_s << calm << calm;
    QTest::newRow("en happy caps") << u"YES!!! IT FINALLY WORKS!!! YOU ROCK, THANK YOU"_s << calm << calm;
    QTest::newRow("es happy swearing") << u"Hostia, qué rápidos, muchas gracias!"_s << calm << calm;
    QTest::newRow("en happy swearing") << u"Holy crap, that was quick, thank you so much!"_s << calm << calm;
    // Threats beyond the word list: regulators, going public, coming to the office.
    QTest::newRow("es regulator") << u"Si mañana no tengo respuesta, pongo una reclamación en consumo y lo cuento en redes."_s << heated << hostile;
    QTest::newRow("en regulator") << u"If I don't hear back by tomorrow I'm filing a complaint with the ombudsman and posting this online."_s << heated << hostile;
}

void TestToneAnalyzer::levels()
{
    QFETCH(QString, text);
    QFETCH(QString, lowest);
    QFETCH(QString, highest);
    const ToneReport r = analyzer().analyze(text);
    QVERIFY2(int(r.level) >= int(*levelFromName(lowest)) && int(r.level) <= int(*levelFromName(highest)),
             qPrintable(levelName(r.level) + u' ' + describe(text, r)));
}

void TestToneAnalyzer::hotterThan_data()
{
    QTest::addColumn<QString>("hotter");
    QTest::addColumn<QString>("cooler");
    QTest::newRow("es negated praise") << u"No estoy contento con el servicio."_s << u"Estoy contento con el servicio."_s;
    QTest::newRow("en negated praise") << u"I am not happy with the service."_s << u"I am happy with the service."_s;
    QTest::newRow("es negated blame") << u"Es culpa vuestra."_s << u"No es culpa vuestra."_s;
    QTest::newRow("es intensifier") << u"Estoy muy enfadado."_s << u"Estoy enfadado."_s;
    QTest::newRow("en intensifier") << u"I am extremely annoyed."_s << u"I am annoyed."_s;
    QTest::newRow("es diminisher") << u"Estoy molesto."_s << u"Estoy un poco molesto."_s;
    QTest::newRow("en diminisher") << u"I'm annoyed."_s << u"I'm a bit annoyed."_s;
    QTest::newRow("es contrast") << u"Gracias por la ayuda, pero es la tercera vez que llamo."_s << u"Es la tercera vez que llamo, pero gracias por la ayuda."_s;
    QTest::newRow("en contrast") << u"Thanks for the help, but this is the third time I call."_s << u"This is the third time I call, but thanks for the help."_s;
    QTest::newRow("en insult aimed, not of oneself") << u"You're such an idiot, the address was right."_s << u"I'm such an idiot, the address was wrong."_s;
    QTest::newRow("es insult aimed, not of oneself") << u"Eres un idiota, la dirección estaba bien."_s << u"Soy un idiota, puse mal la dirección."_s;
    QTest::newRow("es insult of oneself, after") << u"Qué tonta eres, el pedido era otro."_s << u"Qué tonta soy, el pedido era otro."_s;
    QTest::newRow("es nada after a negation is no courtesy") << u"Tercer retraso y nadie informa de nada."_s << u"Tercer retraso y nadie informa."_s;
    QTest::newRow("es shouting") << u"NO ME HAN DEVUELTO EL DINERO"_s << u"No me han devuelto el dinero"_s;
    QTest::newRow("es swearing at you") << u"vuestra app de mierda no carga"_s << u"joder, la app no carga"_s;
    QTest::newRow("en swearing at you") << u"your shitty app won't load"_s << u"damn, the app won't load"_s;
    QTest::newRow("es failed expectation") << u"El técnico no vino."_s << u"El técnico vino."_s;
    QTest::newRow("en failed expectation") << u"The engineer never showed up."_s << u"The engineer showed up."_s;
    QTest::newRow("en shouting a complaint") << u"WHERE IS MY REFUND, IT NEVER ARRIVED"_s << u"YES, MY REFUND ARRIVED, THANKS"_s;
    QTest::newRow("en shouting") << u"NOBODY HAS ANSWERED MY EMAILS"_s << u"Nobody has answered my emails"_s;
    QTest::newRow("es exclamations") << u"¿Dónde está mi pedido?!?!"_s << u"¿Dónde está mi pedido?"_s;
    QTest::newRow("en exclamations") << u"Where is my order!!!"_s << u"Where is my order."_s;
    QTest::newRow("es elongation") << u"Nooooo, otra vez no"_s << u"No, otra vez no"_s;
    QTest::newRow("en elongation") << u"Seriously?? Sooooo slow"_s << u"Seriously?? So slow"_s;
    QTest::newRow("es hostile emoji") << u"Mi pedido sigue sin llegar 😡😡"_s << u"Mi pedido sigue sin llegar 🙏"_s;
    QTest::newRow("en hostile emoji") << u"Still no refund 🤬"_s << u"Still no refund 🙂"_s;
    QTest::newRow("es repeated contact") << u"Otra vez os escribo por la factura"_s << u"Os escribo por la factura"_s;
    QTest::newRow("en repeated contact") << u"Third time I'm writing about the bill"_s << u"I'm writing about the bill"_s;
    QTest::newRow("es politeness lowers") << u"Necesito una respuesta ya."_s << u"Necesito una respuesta ya, por favor. Muchas gracias."_s;
    QTest::newRow("en apology lowers") << u"This is annoying."_s << u"Sorry, this is annoying, thank you for your patience."_s;
    QTest::newRow("es threat") << u"Si no lo solucionan pondré una hoja de reclamaciones."_s << u"Si no lo solucionan volveré a llamar."_s;
    QTest::newRow("en threat") << u"If this isn't fixed I'll talk to my lawyer."_s << u"If this isn't fixed I'll call again tomorrow."_s;
    QTest::newRow("es sarcasm") << u"Genial, otra vez lo mismo."_s << u"Genial, muchas gracias."_s;
    QTest::newRow("en sarcasm") << u"Great job… not."_s << u"Great job."_s;
}

void TestToneAnalyzer::hotterThan()
{
    QFETCH(QString, hotter);
    QFETCH(QString, cooler);
    const ToneReport a = analyzer().analyze(hotter);
    const ToneReport b = analyzer().analyze(cooler);
    QVERIFY2(a.heat > b.heat, qPrintable(describe(hotter, a) + u"  vs  "_s + describe(cooler, b)));
}

void TestToneAnalyzer::sameHeat_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("accents") << u"La atención es pésima, estoy indignado"_s << u"La atencion es pesima, estoy indignado"_s;
    QTest::newRow("case") << u"estoy harto"_s << u"Estoy Harto"_s;
    QTest::newRow("decomposed") << u"Qué vergüenza"_s << u"Que\u0301 vergu\u0308enza"_s;
    QTest::newRow("zero-width") << u"eres un idiota"_s << u"eres un id\u200Biota"_s;
    QTest::newRow("curly apostrophe") << u"I don't care, this is ridiculous"_s << u"I don\u2019t care, this is ridiculous"_s;
    QTest::newRow("morphology es") << u"Estoy enfadado"_s << u"Estoy enfadada"_s;
    QTest::newRow("spaced letters") << u"eres un idiota"_s << u"eres un i d i o t a"_s;
    QTest::newRow("en a laugh warms nothing beside a complaint") << u"Six days late and still no refund lol"_s << u"Six days late and still no refund"_s;
    QTest::newRow("es a laugh warms nothing beside a complaint") << u"Seis días de retraso y sigo sin reembolso jajaja"_s << u"Seis días de retraso y sigo sin reembolso"_s;
}

void TestToneAnalyzer::sameHeat()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ToneReport ra = analyzer().analyze(a);
    const ToneReport rb = analyzer().analyze(b);
    QVERIFY(ra.heat > 0);
    QVERIFY2(ra.heat == rb.heat, qPrintable(describe(a, ra) + u"  vs  "_s + describe(b, rb)));
}

void TestToneAnalyzer::evidenceCategory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("span"); // the original text the evidence must cover
    QTest::newRow("es stem") << u"Estamos enfadadísimos con ustedes"_s << u"anger"_s << u"enfadadísimos"_s;
    QTest::newRow("en stem") << u"I was furiously typing"_s << u"anger"_s << u"furiously"_s;
    QTest::newRow("es phrase") << u"Es la tercera vez que escribo"_s << u"repetition"_s << QString();
    QTest::newRow("es ignored") << u"Nadie me responde desde hace días"_s << u"repetition"_s << QString();
    QTest::newRow("es claim form") << u"Quiero la hoja de reclamaciones"_s << u"threat"_s << u"hoja de reclamaciones"_s;
    QTest::newRow("en thanks for nothing") << u"Well, thanks for nothing."_s << u"sarcasm"_s << u"thanks for nothing"_s;
    QTest::newRow("en manager") << u"Let me talk to your manager."_s << QString() << u"talk to your manager"_s;
    QTest::newRow("en money back") << u"I want my money back."_s << QString() << QString();
    QTest::newRow("es gracias por nada") << u"Pues gracias por nada."_s << u"sarcasm"_s << u"gracias por nada"_s;
    QTest::newRow("en shouting") << u"WHERE IS MY PACKAGE, I PAID FOR EXPRESS"_s << u"shouting"_s << QString();
    QTest::newRow("es exclamations") << u"Esto es increíble!!!"_s << u"punctuation"_s << u"!!!"_s;
    QTest::newRow("en interrobang") << u"Are you serious?!"_s << u"punctuation"_s << u"?!"_s;
    QTest::newRow("es elongation") << u"Nooooo puede ser, otra vez sin luz"_s << u"elongation"_s << u"Nooooo"_s;
    QTest::newRow("es leet") << u"sois unos 1nut1l3s"_s << u"insult"_s << u"1nut1l3s"_s;
    QTest::newRow("es masked") << u"que servicio de m*erda"_s << u"insult"_s << u"m*erda"_s;
    QTest::newRow("en masked") << u"what the f**k is this"_s << u"profanity"_s << u"what the f**k"_s;
    QTest::newRow("en masked, aimed") << u"f**k you and your refunds"_s << u"insult"_s << u"f**k you"_s;
    QTest::newRow("en masked suffix") << u"this f***ing company"_s << u"insult"_s << u"f***ing"_s;
    QTest::newRow("en dollar") << u"you a$$hole"_s << u"insult"_s << u"a$$hole"_s;
    QTest::newRow("en spaced") << u"you are u s e l e s s"_s << u"insult"_s << u"u s e l e s s"_s;
    QTest::newRow("es dotted") << u"sois unos i.n.u.t.i.l.e.s"_s << u"insult"_s << u"i.n.u.t.i.l.e.s"_s;
    QTest::newRow("es a laugh is never negated") << u"Nadie llamó jaja"_s << u"praise"_s << u"jaja"_s;
    QTest::newRow("en a laugh is never negated") << u"nobody called lol"_s << u"praise"_s << u"lol"_s;
    QTest::newRow("es repeated letters") << u"eres un idiotaaaa"_s << u"insult"_s << u"idiotaaaa"_s;
    QTest::newRow("es scare quotes") << u"Vaya \u201Cexcelente\u201D servicio el vuestro"_s << u"sarcasm"_s << u"excelente"_s;
    QTest::newRow("en sarcastic interjection") << u"Oh great. Another delay, third time this month."_s << u"sarcasm"_s << QString();
    QTest::newRow("en hostile emoji") << u"where is it 🤬"_s << QString() << u"🤬"_s;
    QTest::newRow("en friendly emoji") << u"thanks 🙏"_s << QString() << u"🙏"_s;
    QTest::newRow("es gratitude") << u"Muchísimas gracias por todo"_s << u"gratitude"_s << QString();
    QTest::newRow("en apology") << u"Sorry for the long message"_s << u"apology"_s << QString();
    QTest::newRow("en negated praise") << u"The staff were not friendly"_s << u"dissatisfaction"_s << u"friendly"_s;
    QTest::newRow("es negated expectation") << u"El reembolso no se ha abonado"_s << u"dissatisfaction"_s << u"abonado"_s;
    QTest::newRow("en negated expectation") << u"The refund never reached my account"_s << u"dissatisfaction"_s << u"reached"_s;
    QTest::newRow("es commitment and shortfall") << u"Pagué por el asiento con ventana y me tocó pasillo, encima sin aviso"_s << u"dissatisfaction"_s << u"Pagué"_s;
    QTest::newRow("en commitment and shortfall") << u"I booked a sea view room and got the car park instead"_s << u"dissatisfaction"_s << u"booked"_s;
    QTest::newRow("es sad face") << u"otra vez sin luz 😢"_s << u"dissatisfaction"_s << u"😢"_s;
    QTest::newRow("en emoticon") << u"not again :("_s << u"dissatisfaction"_s << u":("_s;
    QTest::newRow("es crying emoticon") << u"se me rompió otra vez :'("_s << u"dissatisfaction"_s << u":'("_s;
    QTest::newRow("en undirected swearing") << u"damn, the app won't load"_s << u"profanity"_s << u"damn"_s;
    QTest::newRow("es swearing at you") << u"que os den, vuestra puta app no carga"_s << u"insult"_s << QString();
    QTest::newRow("en regulator") << u"I will report this to the FCC"_s << u"threat"_s << QString();
    QTest::newRow("es regulator") << u"Voy a poner una denuncia en la OCU"_s << u"threat"_s << QString();
    QTest::newRow("en formal") << u"I must insist on a full refund. I have been more than patient."_s << u"anger"_s << QString();
    QTest::newRow("es formal") << u"Me veo en la obligación de reclamar por escrito."_s << u"threat"_s << u"Me veo en la obligación"_s;
    QTest::newRow("en bare negation") << u"No, that is not what I asked for."_s << u"dissatisfaction"_s << u"not"_s;
    QTest::newRow("es bare negation") << u"No, eso no es lo que pedí."_s << u"dissatisfaction"_s << QString();
    QTest::newRow("es formal insistence") << u"Le ruego que me den una respuesta, exijo una explicación."_s << u"anger"_s << QString();
}

void TestToneAnalyzer::evidenceCategory()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, span);
    const ToneReport r = analyzer().analyze(text);
    bool found = false;
    for (const Evidence &e : r.evidence) {
        const bool categoryFits = category.isEmpty() || categoryName(e.category) == category;
        // A phrase may take in the words around the one under test ("what the f**k").
        const bool spanFits = span.isEmpty() || text.mid(e.start, e.end - e.start).contains(span);
        found = found || (categoryFits && spanFits);
    }
    QVERIFY2(found, qPrintable(describe(text, r)));
}

void TestToneAnalyzer::noEvidenceOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::newRow("es acronyms are not shouting") << u"Mi DNI es 12345678Z y mi IBAN termina en 1234"_s << u"shouting"_s;
    QTest::newRow("en acronyms are not shouting") << u"My PIN and the VAT number from the USA office"_s << u"shouting"_s;
    QTest::newRow("lone short capital word") << u"We use IKEA furniture"_s << u"shouting"_s;
    QTest::newRow("es praise caps") << u"GRACIAS!!! Sois geniales"_s << u"shouting"_s;
    QTest::newRow("es praise exclamations") << u"GRACIAS!!! Sois geniales"_s << u"punctuation"_s;
    QTest::newRow("en praise is not sarcasm") << u"Great service, the driver was lovely."_s << u"sarcasm"_s;
    QTest::newRow("en a laugh is never irony") << u"lol. The parcel never came"_s << u"sarcasm"_s;
    QTest::newRow("es a laugh is never irony") << u"jajaja. El paquete nunca llegó"_s << u"sarcasm"_s;
    QTest::newRow("es nada after a negation is no courtesy") << u"No me avisan de nada"_s << u"politeness"_s;
    QTest::newRow("es negated blame") << u"No es culpa suya"_s << u"anger"_s;
    QTest::newRow("en code is not leet") << u"My 4G router model A12"_s << u"insult"_s;
    QTest::newRow("don't worry is courtesy, not a negation") << u"Don't worry, thank you so much, you are wonderful"_s << u"dissatisfaction"_s;
    QTest::newRow("en a first time is no repetition") << u"This is the first time I have had a problem with you"_s << u"repetition"_s;
    QTest::newRow("es a first time is no repetition") << u"Es la primera vez que me pasa algo así con ustedes"_s << u"repetition"_s;
    QTest::newRow("links are not shouting") << u"See HTTPS://EXAMPLE.COM/ORDER/ABCDEF for it"_s << u"shouting"_s;
    QTest::newRow("placeholders are not shouting") << u"USER USER HASHTAG HASHTAG where is it"_s << u"shouting"_s;
    QTest::newRow("hashtags are not shouting") << u"Loving the #BESTSUMMEREVER deals @MEGASTORE"_s << u"shouting"_s;
    QTest::newRow("en sadness is not anger") << u"I'm so sad and disappointed, it was a gift for my mum :("_s << u"anger"_s;
    QTest::newRow("es sadness is not anger") << u"Qué pena y qué decepción, era un regalo para mi madre :("_s << u"anger"_s;
    QTest::newRow("en expectation met") << u"The parcel arrived this morning."_s << u"dissatisfaction"_s;
    QTest::newRow("es expectation met") << u"El paquete llegó esta mañana."_s << u"dissatisfaction"_s;
    QTest::newRow("en paid, no shortfall") << u"I paid for the upgrade yesterday, lovely room."_s << u"dissatisfaction"_s;
    QTest::newRow("en happy swearing is no insult") << u"holy shit, you guys fixed it in five minutes"_s << u"insult"_s;
}

void TestToneAnalyzer::noEvidenceOf()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    const ToneReport r = analyzer().analyze(text);
    QVERIFY2(!categoriesOf(r).contains(category), qPrintable(describe(text, r)));
}

void TestToneAnalyzer::evidenceAccountsForHeat_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("es") << u"Con todo respeto, ES LA TERCERA VEZ que llamo y sois unos inútiles!!! 😡"_s;
    QTest::newRow("en") << u"Thanks, but I'm FED UP: nobody answers and I want my money back!!!"_s;
    QTest::newRow("emoji offsets") << u"😡😡 wtf 🤬 idiots"_s;
    QTest::newRow("floor") << u"Sois unos inútiles."_s;
    QTest::newRow("failure and swearing") << u"Paid for express and it still hasn't shipped, your f***ing app is a joke"_s;
}

void TestToneAnalyzer::degreeAdverbs_data()
{
    QTest::addColumn<QString>("praise");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("en") << u"The new app is ridiculously good"_s << u"The new app is ridiculously slow"_s;
    QTest::newRow("en insult word") << u"It's stupidly easy to set up"_s << u"It's stupidly designed"_s;
    QTest::newRow("es") << u"El técnico fue increíblemente amable"_s << u"El técnico fue increíblemente maleducado"_s;
}

void TestToneAnalyzer::degreeAdverbs()
{
    // A harsh adverb before praise says how much; before anything else it keeps its heat.
    QFETCH(QString, praise);
    QFETCH(QString, complaint);
    const ToneReport warm = analyzer().analyze(praise);
    const ToneReport hot = analyzer().analyze(complaint);
    QVERIFY2(warm.heat < ToneReport::kNeutralHeat, qPrintable(describe(praise, warm)));
    QVERIFY2(hot.level >= ToneLevel::Tense, qPrintable(describe(complaint, hot)));
}

void TestToneAnalyzer::warmthSitsBelowNeutral_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("warm");
    QTest::newRow("en") << u"Could you tell me when the technician is coming?"_s
                        << u"Thanks so much, the technician was lovely and it all works now."_s;
    QTest::newRow("es") << u"¿Me pueden decir cuándo viene el técnico?"_s
                        << u"Muchísimas gracias, el técnico fue encantador y ya funciona todo."_s;
    QTest::newRow("en short") << u"Order 4471, delivery address."_s << u"Brilliant, thank you!"_s;
    QTest::newRow("es short") << u"Pedido 4471, dirección de entrega."_s << u"¡Genial, gracias!"_s;
}

void TestToneAnalyzer::warmthSitsBelowNeutral()
{
    // Both are calm; the plain one starts at the neutral heat and the warm one sits below it, so an
    // inbox ranked by heat puts a thank-you last.
    QFETCH(QString, plain);
    QFETCH(QString, warm);
    const ToneReport p = analyzer().analyze(plain);
    const ToneReport w = analyzer().analyze(warm);
    QCOMPARE(p.heat, ToneReport::kNeutralHeat);
    QCOMPARE(p.baseline, ToneReport::kNeutralHeat);
    QVERIFY2(w.heat < p.heat, qPrintable(describe(warm, w)));
    QCOMPARE(w.level, ToneLevel::Calm);
    QVERIFY(w.valence > 0);
    // The start and the warm words' points add up to the heat below it.
    double sum = w.baseline;
    for (const Evidence &e : w.evidence)
        sum += e.weight;
    QVERIFY2(qAbs(sum - w.heat) < 1.0, qPrintable(describe(warm, w)));
    // Nothing to read: no start.
    QCOMPARE(analyzer().analyze(u"  … ."_s).heat, 0);
    QCOMPARE(analyzer().analyze(u"4471"_s).heat, ToneReport::kNeutralHeat);
    QCOMPARE(analyzer().analyze(QString()).baseline, 0);
}

void TestToneAnalyzer::evidenceAccountsForHeat()
{
    QFETCH(QString, text);
    const ToneReport r = analyzer().analyze(text);
    QVERIFY(r.heat > 0);
    double sum = 0;
    for (const Evidence &e : r.evidence) {
        QVERIFY(e.start >= 0 && e.start < e.end && e.end <= text.size());
        QVERIFY(!text.at(e.start).isLowSurrogate());
        QVERIFY(!text.at(e.end - 1).isHighSurrogate());
        QVERIFY(!e.why.isEmpty());
        sum += e.weight;
    }
    QCOMPARE(r.baseline, ToneReport::kNeutralHeat);
    QVERIFY2(qAbs(r.baseline + sum - r.heat) < 1.0, qPrintable(describe(text, r)));
    // The reasons quote the customer's words, never a lexicon pattern ("es la * vez que").
    for (const Evidence &e : r.evidence)
        QVERIFY2(!e.why.contains(u'*') || text.contains(u'*'), qPrintable(e.why));
    for (qsizetype i = 1; i < r.evidence.size(); ++i)
        QVERIFY(r.evidence.at(i - 1).start <= r.evidence.at(i).start);
}

void TestToneAnalyzer::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("es") << u"Hola, mi pedido no ha llegado todavía"_s << u"es"_s;
    QTest::newRow("es no accents") << u"hola, mi pedido no ha llegado todavia y nadie me contesta"_s << u"es"_s;
    QTest::newRow("es short") << u"¿Y mi reembolso?"_s << u"es"_s;
    QTest::newRow("en") << u"Hi, my order still hasn't arrived"_s << u"en"_s;
    QTest::newRow("en short") << u"where is my refund"_s << u"en"_s;
    QTest::newRow("en with spanish name") << u"Hello, this is José from Madrid, my package is late"_s << u"en"_s;
}

void TestToneAnalyzer::language()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(languageCode(analyzer().analyze(text).language), code);
}

void TestToneAnalyzer::languageHintOverrides()
{
    const QString text = u"Hola, mi pedido no ha llegado"_s;
    QCOMPARE(analyzer().analyze(text, LanguageHint::English).language, Language::English);
    QCOMPARE(analyzer().analyze(text, LanguageHint::Spanish).language, Language::Spanish);
}

void TestToneAnalyzer::teamLexiconOverrides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team-es.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# our team's words\nchapuza\tword\tanger\t0\nmegacabreo\tword\tanger\t3\n");
    f.close();
    const auto loaded = ToneAnalyzer::load({path});
    QVERIFY(loaded.errors.isEmpty());
    QCOMPARE(loaded.analyzer->analyze(u"menudo megacabreo tengo"_s, LanguageHint::Spanish).evidence.size(), 1);
    QVERIFY(analyzer().analyze(u"menudo megacabreo tengo"_s, LanguageHint::Spanish).evidence.isEmpty());
    const QString botch = u"esto es una chapuza"_s;
    QVERIFY(categoriesOf(loaded.analyzer->analyze(botch, LanguageHint::Spanish)).isEmpty());

    QFile bad(dir.filePath(u"bad-en.tsv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("ok\tword\tanger\t1\nbroken line\n");
    bad.close();
    const auto failed = ToneAnalyzer::load({bad.fileName()});
    QVERIFY(!failed.analyzer);
    QCOMPARE(failed.errors.size(), 1);
    QCOMPARE(failed.errors.first().line, 2);
}

void TestToneAnalyzer::negativePrefixNegatesPraise()
{
    // A team's word of praise is negated by a negative prefix in both languages, as the shipped ones are.
    QTemporaryDir dir;
    for (const auto &[file, content] : {std::pair{u"team-en.tsv"_s, QByteArray("zorbly\tword\tpraise\t1\n")},
                                        std::pair{u"team-es.tsv"_s, QByteArray("zorblo\tword\tpraise\t1\n")}}) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const auto loaded = ToneAnalyzer::load({dir.filePath(u"team-en.tsv"_s), dir.filePath(u"team-es.tsv"_s)});
    QVERIFY(loaded.analyzer);
    for (const auto &[text, hint] : {std::pair{u"the staff were unzorbly"_s, LanguageHint::English},
                                     std::pair{u"el personal fue deszorblo"_s, LanguageHint::Spanish}}) {
        const ToneReport report = loaded.analyzer->analyze(text, hint);
        QVERIFY2(categoriesOf(report) == QStringList{u"dissatisfaction"_s}, qPrintable(describe(text, report)));
        QVERIFY(report.evidence.first().why.contains(u"prefix"_s));
    }
    // Only praise: a neutral word under "in" stays neutral.
    QVERIFY(loaded.analyzer->analyze(u"please inform me"_s, LanguageHint::English).evidence.size() <= 1);
}

void TestToneAnalyzer::threadSafe()
{
    QStringList texts;
    for (int i = 0; i < 400; ++i)
        texts << (i % 2 ? u"ES LA TERCERA VEZ, sois unos inútiles!!! %1"_s : u"I want my money back, thanks for nothing %1"_s).arg(i);
    const QList<int> parallel = QtConcurrent::blockingMapped(texts, [](const QString &t) { return analyzer().analyze(t).heat; });
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(parallel.at(i), analyzer().analyze(texts.at(i)).heat);
}

void TestToneAnalyzer::sectionEnd()
{
    const qsizetype n = ToneAnalyzer::kSectionLength;
    // A message that fits is one section.
    QCOMPARE(ToneAnalyzer::sectionEnd(QString(n, u'a'), 0), n);
    QCOMPARE(ToneAnalyzer::sectionEnd(QString(), 0), 0);
    // After the last sentence's end in the section's second half, not at a later space.
    QString text = QString(n - 100, u'a') + u"! "_s + QString(40, u'b') + u" "_s + QString(200, u'c');
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 0), n - 98);
    // After a line break too.
    text = QString(n - 50, u'a') + u"\n"_s + QString(200, u'c');
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 0), n - 49);
    // With no sentence's end, after the last space.
    text = QString(n - 10, u'a') + u" "_s + QString(200, u'c');
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 0), n - 9);
    // A sentence's end in the first half is too early: the space later is taken.
    text = u"Hi. "_s + QString(n - 10, u'a') + u" "_s + QString(200, u'c');
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 0), n - 5);
    // With no space, at the limit, but never between a surrogate pair's halves.
    text = QString(u"\U0001F621"_s).repeated(int(n));
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 0), n);
    QCOMPARE(ToneAnalyzer::sectionEnd(text, 1), n);
    // From a later start.
    text = QString(3 * n, u'a');
    QCOMPARE(ToneAnalyzer::sectionEnd(text, n), 2 * n);
}

void TestToneAnalyzer::longMessageInSections_data()
{
    QTest::addColumn<QString>("filler");
    QTest::addColumn<QString>("hot");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("lang");
    const QString en = u"We moved the meeting to the second floor and the printer is next to the kitchen. "_s;
    const QString es = u"Hemos cambiado la reunión a la segunda planta y la impresora está junto a la cocina. "_s;
    QTest::newRow("en") << en << u"You are useless idiots and I want my money back NOW. "_s << u"idiots"_s << u"en"_s;
    QTest::newRow("es") << es << u"Sois unos inútiles y quiero que me devuelvan el dinero YA. "_s << u"inútiles"_s << u"es"_s;
}

// A message longer than a section is read in sections and scored as one: what is said in any of them
// counts, where it was said.
void TestToneAnalyzer::longMessageInSections()
{
    QFETCH(QString, filler);
    QFETCH(QString, hot);
    QFETCH(QString, word);
    QFETCH(QString, lang);
    const int copies = int(ToneAnalyzer::kSectionLength / filler.size());
    const QString calm = filler.repeated(copies * 5 / 2);
    QVERIFY(calm.size() > 2 * ToneAnalyzer::kSectionLength);
    const ToneReport calmReport = analyzer().analyze(calm);
    QCOMPARE(languageCode(calmReport.language), lang);
    for (const qsizetype at : {qsizetype(0), ToneAnalyzer::kSectionLength + 3 * filler.size(), calm.size()}) {
        const QString text = calm.first(at) + hot + calm.sliced(at);
        const ToneReport r = analyzer().analyze(text);
        QCOMPARE(languageCode(r.language), lang);
        QVERIFY2(r.heat > calmReport.heat, qPrintable(u"at %1: %2 vs %3"_s.arg(at).arg(r.heat).arg(calmReport.heat)));
        QVERIFY(r.dimension(ToneDimension::Insult) > 0);
        const auto insult = std::find_if(r.evidence.cbegin(), r.evidence.cend(), [&](const Evidence &e) {
            return text.sliced(e.start, e.end - e.start).contains(word);
        });
        QVERIFY2(insult != r.evidence.cend(), qPrintable(u"at %1"_s.arg(at)));
        QVERIFY(insult->start >= at && insult->end <= at + hot.size());
        double sum = 0;
        for (qsizetype i = 0; i < r.evidence.size(); ++i) {
            const Evidence &e = r.evidence.at(i);
            QVERIFY(e.start >= 0 && e.start < e.end && e.end <= text.size());
            QVERIFY(i == 0 || r.evidence.at(i - 1).start <= e.start);
            sum += e.weight;
        }
        QVERIFY2(qAbs(r.baseline + sum - r.heat) < 1.0, qPrintable(u"at %1: %2 + %3 vs %4"_s.arg(at).arg(r.baseline).arg(sum).arg(r.heat)));
    }
}

void TestToneAnalyzer::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \n\t "_s;
    QTest::newRow("nul") << QString(QChar(0)) + u"hola"_s + QChar(0);
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00);
    QTest::newRow("only punctuation") << QString(5000, u'!');
    QTest::newRow("only stars") << u"****** *** f* *f"_s;
    QTest::newRow("letters apart") << QString(u"a "_s).repeated(3000);
    QTest::newRow("long word") << QString(100000, u'a');
    QTest::newRow("emoji soup") << QString(u"\U0001F621\u200D\U0001F3FD\uFE0F"_s).repeated(500);
    QTest::newRow("masks") << QString(u"a*b#c@d$e!"_s).repeated(500);
}

void TestToneAnalyzer::hostileInput()
{
    QFETCH(QString, text);
    const ToneReport r = analyzer().analyze(text);
    QVERIFY(r.heat >= 0 && r.heat <= 100);
    for (const Evidence &e : r.evidence)
        QVERIFY(e.start >= 0 && e.end <= text.size() && e.start < e.end);
}

void TestToneAnalyzer::jsonLineMatchesJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("es") << u"Con todo respeto, ES LA TERCERA VEZ que llamo y sois unos inútiles!!! 😡"_s;
    QTest::newRow("en") << u"Thanks, but I'm FED UP: nobody answers and I want my money back!!!"_s;
    QTest::newRow("escapes") << u"Tab\there \"quoted\" \\ back\u0001 😡 idiots \u2028 ñ"_s;
    QTest::newRow("nothing") << QString();
    QTest::newRow("lone surrogate") << (u"You idiots "_s + QChar(0xD83D) + u" and \"idiots\" 😡😡 ünd"_s);
    QTest::newRow("two-byte text") << u"¡¡ESTOY HARTÍSIMO!! Sois unos inútiles, ¿me oyen? ÑÑÑ"_s;
}

void TestToneAnalyzer::jsonLineMatchesJson()
{
    // calma-cli score writes the line straight; it must say exactly what the JSON object says.
    QFETCH(QString, text);
    const ToneReport report = analyzer().analyze(text);
    QJsonParseError error;
    const QJsonDocument line = QJsonDocument::fromJson(report.toJsonLine(text, "\"m-1\""), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QJsonObject expected = report.toJson(text);
    expected.insert(u"id"_s, u"m-1"_s);
    QCOMPARE(line.object(), expected);
    QVERIFY(report.toJsonLine(text, "null").startsWith("{\"id\":null,\"lang\":"));
}

void TestToneAnalyzer::jsonStringsRoundTrip()
{
    // appendJsonString writes UTF-8 itself: every unit of the Basic Multilingual Plane but the
    // surrogates, astral characters and escapes come back as they went in through Qt's own parser.
    QString all;
    for (char32_t u = 0; u < 0x10000; ++u) {
        if (!QChar::isSurrogate(u))
            all += QChar(char16_t(u));
    }
    all += u"😡 𝄞 \"\\\n\r\t"_s;
    for (const QString &s : {all, u"plain ascii"_s, QString(), u"ñ"_s, u"€"_s}) {
        QByteArray out("[");
        appendJsonString(out, s);
        out += ']';
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), s);
    }
    QByteArray numbers;
    for (const double v : {0.0, -3.0, 2.5, -0.1, 12.3, 1e20, 0.000123456789012345}) {
        numbers.clear();
        appendJsonNumber(numbers, v);
        QCOMPARE(numbers, v == double(qint64(v)) && qAbs(v) < 9.0e15 ? QByteArray::number(qint64(v)) : QByteArray::number(v, 'g', 12));
    }
}

QTEST_GUILESS_MAIN(TestToneAnalyzer)
#include "tst_toneanalyzer.moc"
