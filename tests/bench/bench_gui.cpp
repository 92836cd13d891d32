// Workspace benchmark (offscreen): time from start to an interactive window over a database with
// 100,000 conversations (pass another number to change it), and the draft coach's time per keystroke
// on a 5,000-character draft. Prints figures only.
#include "benchcorpus.h"

#include "drafteditor.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "inboxmodel.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace calma;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CalmaBench"));
    const qint64 conversations = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    {
        const auto opened = Database::open(*DatabaseUrl::parse(path, &error));
        const auto analyzer = ToneAnalyzer::load().analyzer;
        const QStringList texts = benchCorpusTexts();
        QByteArray csv = "ticket_id,body,created_at\n";
        for (qint64 i = 0; i < conversations; ++i) {
            QString text = texts.at(int(i % texts.size()));
            text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            csv += QByteArray::number(i) + ",\"" + text.toUtf8() + "\"," + QByteArray::number(1'790'000'000 + i * 30) + '\n';
        }
        const ImportReport report = Importer(opened.database, analyzer).importData(csv, QStringLiteral("bench.csv"), ImportFormat::Csv);
        if (!report.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error));
            return 1;
        }
    }
    std::printf("Calma workspace benchmark (offscreen), %lld conversations\n", static_cast<long long>(conversations));
    QElapsedTimer timer;
    timer.start();
    const auto coach = Coach::load().coach;
    const auto opened = Database::open(*DatabaseUrl::parse(path, &error));
    gui::MainWindow window(coach);
    window.setDatabase(opened.database);
    window.show();
    while (window.workspace()->inbox()->isLoading() || window.workspace()->currentConversation() == 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    std::printf("  start to interactive window (lexicons, database, first inbox page, first conversation): %.0f ms\n",
                timer.nsecsElapsed() / 1e6);

    gui::DraftEditor *draft = window.workspace()->draft();
    QString text;
    const QStringList texts = benchCorpusTexts();
    for (int i = 0; text.size() < 5000; ++i)
        text += texts.at(i % texts.size()) + u' ';
    draft->setText(text.left(5000));
    draft->editor()->moveCursor(QTextCursor::End);
    std::vector<double> samples;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        QTest::keyClick(draft->editor(), Qt::Key_A);
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    std::printf("  keystroke in a 5,000-character draft (coach + highlight): p50 %.2f ms, p99 %.2f ms\n",
                samples[samples.size() / 2], samples[samples.size() * 99 / 100]);
    return 0;
}
