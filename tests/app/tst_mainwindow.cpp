// The first window, offscreen: typing updates the heat meter and the evidence, and the Spanish UI
// shows Spanish strings.
#include "application.h"
#include "mainwindow.h"
#include "tonecheckwidget.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTest>
#include <QTreeWidget>

using namespace calma;
using namespace calma::gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typingUpdatesMeterAndEvidence();
    void highlightsCoverEvidence();
    void spanishInterface();

private:
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

void TestMainWindow::initTestCase()
{
    QApplication::setOrganizationName(u"CalmaTest"_s);
    m_analyzer = ToneAnalyzer::load().analyzer;
    QVERIFY(m_analyzer);
}

void TestMainWindow::typingUpdatesMeterAndEvidence()
{
    installTranslation(u"en"_s);
    MainWindow window(m_analyzer);
    window.show();
    auto *editor = window.findChild<QPlainTextEdit *>(u"messageEditor"_s);
    auto *meter = window.findChild<QProgressBar *>(u"heatMeter"_s);
    auto *evidence = window.findChild<QTreeWidget *>(u"evidenceList"_s);
    QVERIFY(editor && meter && evidence);
    QCOMPARE(meter->value(), 0);
    QTest::keyClicks(editor, u"Thanks for the quick reply."_s);
    QCOMPARE(window.toneCheck()->report().level, ToneLevel::Calm);
    const int calmHeat = meter->value();
    QTest::keyClicks(editor, u" But THIS IS THE THIRD TIME, you useless idiots!!!"_s);
    QVERIFY(meter->value() > calmHeat + 40);
    QCOMPARE(meter->value(), window.toneCheck()->report().heat);
    QVERIFY(evidence->topLevelItemCount() >= 3);
    bool insultListed = false;
    for (int i = 0; i < evidence->topLevelItemCount(); ++i)
        insultListed = insultListed || evidence->topLevelItem(i)->text(1) == u"Insult"_s;
    QVERIFY(insultListed);
    QVERIFY(window.findChild<QLabel *>(u"levelLabel"_s)->text().contains(u"Hostile"_s));
}

void TestMainWindow::highlightsCoverEvidence()
{
    MainWindow window(m_analyzer);
    auto *editor = window.findChild<QPlainTextEdit *>(u"messageEditor"_s);
    window.toneCheck()->setText(u"Es la tercera vez que llamo, sois unos inútiles"_s);
    const auto selections = editor->extraSelections();
    QCOMPARE(selections.size(), window.toneCheck()->report().evidence.size());
    QVERIFY(!selections.isEmpty());
    QStringList highlighted;
    for (const auto &s : selections)
        highlighted << s.cursor.selectedText();
    QVERIFY2(highlighted.join(u'|').contains(u"inútiles"_s), qPrintable(highlighted.join(u'|')));
}

void TestMainWindow::spanishInterface()
{
    QVERIFY(installTranslation(u"es"_s));
    MainWindow window(m_analyzer);
    QCOMPARE(window.windowTitle(), u"Calma — análisis de tono"_s);
    window.toneCheck()->setText(u"Sois unos inútiles"_s);
    QVERIFY(window.findChild<QLabel *>(u"levelLabel"_s)->text().contains(u"Español"_s));
    auto *evidence = window.findChild<QTreeWidget *>(u"evidenceList"_s);
    QCOMPARE(evidence->headerItem()->text(3), u"Por qué"_s);
    QVERIFY(evidence->topLevelItemCount() > 0);
    QVERIFY2(evidence->topLevelItem(0)->text(3).contains(u"insulto o palabrota"_s), qPrintable(evidence->topLevelItem(0)->text(3)));
    installTranslation(u"en"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
