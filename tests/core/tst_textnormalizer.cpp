// Folding of case, accents, quotes and invisible characters, with offsets into the original.
#include "tone/textnormalizer.h"

#include <QTest>

using namespace calma;

class TestTextNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void folds_data();
    void folds();
    void originPointsIntoOriginal();
};

void TestTextNormalizer::folds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << QStringLiteral("Atención ÁRBOL pingüino") << QStringLiteral("atencion arbol pinguino");
    QTest::newRow("eñe") << QStringLiteral("Año España") << QStringLiteral("ano espana");
    QTest::newRow("decomposed accent") << QStringLiteral("atencio\u0301n") << QStringLiteral("atencion");
    QTest::newRow("curly quotes") << QStringLiteral("don\u2019t \u201Cexcelente\u201D «ya»") << QStringLiteral("don't \"excelente\" \"ya\"");
    QTest::newRow("zero-width") << QStringLiteral("id\u200Bio\u200Dta\uFEFF") << QStringLiteral("idiota");
    QTest::newRow("soft hyphen") << QStringLiteral("inacep\u00ADtable") << QStringLiteral("inaceptable");
    QTest::newRow("ellipsis and dash") << QStringLiteral("great job\u2026 not \u2014 ok") << QStringLiteral("great job. not - ok");
    QTest::newRow("fullwidth") << QStringLiteral("\uFF21\uFF22\uFF23") << QStringLiteral("abc");
    QTest::newRow("skin tone dropped") << QStringLiteral("\U0001F44D\U0001F3FD") << QStringLiteral("\U0001F44D");
    QTest::newRow("variation selector") << QStringLiteral("\u2764\uFE0F") << QStringLiteral("\u2764");
    QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b");
}

void TestTextNormalizer::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(input).text, expected);
}

void TestTextNormalizer::originPointsIntoOriginal()
{
    const QString original = QStringLiteral("Qu\u200Be\u0301 \U0001F621 ME\u2019S");
    const NormalizedText n = TextNormalizer::normalize(original);
    QCOMPARE(n.origin.size(), n.text.size() + 1);
    QCOMPARE(n.origin.last(), original.size());
    for (qsizetype i = 0; i < n.text.size(); ++i) {
        const QString folded = TextNormalizer::foldString(original.mid(n.origin.at(i), 1));
        if (!QChar::isSurrogate(n.text.at(i).unicode()))
            QCOMPARE(folded, QString(n.text.at(i)));
        if (i > 0)
            QVERIFY(n.origin.at(i) > n.origin.at(i - 1));
    }
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
