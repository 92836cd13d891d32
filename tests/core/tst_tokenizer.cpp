// Token kinds, disguised words and punctuation runs.
#include "tone/tokenizer.h"

#include <QTest>

using namespace calma;
using namespace Qt::StringLiterals;

namespace {

QStringList describe(const QString &text)
{
    const NormalizedText n = TextNormalizer::normalize(text);
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(n, text)) {
        static const char *const kinds[] = {"w", "n", "e", "!", "q", "...", ",", "."};
        QString s = QString::fromLatin1(kinds[int(t.kind)]) + u':' + n.text.mid(t.start, t.length());
        if (t.masked)
            s += QStringLiteral("[masked]");
        if (t.mixedDigits)
            s += QStringLiteral("[digits]");
        out << s;
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void capitalsAndSentences();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("words and punctuation") << QStringLiteral("Hola, ¿qué tal?")
        << QStringList{u"w:hola"_s, u",:,"_s, u"w:que"_s, u"w:tal"_s, u".:?"_s};
    QTest::newRow("contraction") << QStringLiteral("I don\u2019t care") << QStringList{u"w:i"_s, u"w:don't"_s, u"w:care"_s};
    QTest::newRow("masked") << QStringLiteral("f**k this sh*t") << QStringList{u"w:f**k[masked]"_s, u"w:this"_s, u"w:sh*t[masked]"_s};
    QTest::newRow("trailing stars") << QStringLiteral("f*** you") << QStringList{u"w:f***[masked]"_s, u"w:you"_s};
    QTest::newRow("leet") << QStringLiteral("eres un 1d10ta") << QStringList{u"w:eres"_s, u"w:un"_s, u"w:1d10ta[digits]"_s};
    QTest::newRow("dollar leet") << QStringLiteral("a$$hole") << QStringList{u"w:a$$hole[masked]"_s};
    QTest::newRow("price is a number") << QStringLiteral("$89.90 now") << QStringList{u"n:89.90"_s, u"w:now"_s};
    QTest::newRow("exclamation run") << QStringLiteral("why?!?! now!!!") << QStringList{u"w:why"_s, u"!:?!?!"_s, u"w:now"_s, u"!:!!!"_s};
    QTest::newRow("ellipsis") << QStringLiteral("great job\u2026 not") << QStringList{u"w:great"_s, u"w:job"_s, u"...:."_s, u"w:not"_s};
    QTest::newRow("emoji") << QStringLiteral("ok \U0001F621\U0001F621") << QStringList{u"w:ok"_s, u"e:\U0001F621"_s, u"e:\U0001F621"_s};
    QTest::newRow("emoticon") << QStringLiteral("thanks :) bye :-(") << QStringList{u"w:thanks"_s, u"e::)"_s, u"w:bye"_s, u"e::-("_s};
    QTest::newRow("crying emoticon") << QStringLiteral("no :'( ya :,( ok") << QStringList{u"w:no"_s, u"e::'("_s, u"w:ya"_s, u"e::,("_s, u"w:ok"_s};
    QTest::newRow("order number") << QStringLiteral("pedido 4500123") << QStringList{u"w:pedido"_s, u"n:4500123"_s};
    QTest::newRow("bang inside word") << QStringLiteral("m!erda") << QStringList{u"w:m!erda[masked]"_s};
}

void TestTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text), expected);
}

void TestTokenizer::capitalsAndSentences()
{
    const QString text = QStringLiteral("NO ME RESPONDEN. Hola\nAdiós");
    const NormalizedText n = TextNormalizer::normalize(text);
    const QList<Token> tokens = Tokenizer::tokenize(n, text);
    QCOMPARE(tokens.at(0).capitals, quint16(2));
    QCOMPARE(tokens.at(2).letters, quint16(9));
    QCOMPARE(tokens.at(2).capitals, quint16(9));
    QCOMPARE(tokens.at(0).sentence, 0);
    QCOMPARE(tokens.at(4).sentence, 1); // Hola
    QCOMPARE(tokens.last().sentence, 2); // Adiós, after the line break
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
