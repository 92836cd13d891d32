// calma: the desktop application.
#include "application.h"
#include "mainwindow.h"
#include "tonecheckwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Calma"));
    QApplication::setApplicationName(QStringLiteral("calma"));
    QApplication::setApplicationDisplayName(QStringLiteral("Calma"));
    QApplication::setApplicationVersion(QStringLiteral(CALMA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("calma"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Calma, a de-escalation coach for customer support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("language"), QApplication::translate("main", "User interface language: es or en (default: the system's)."), QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Render the main window to a PNG file and quit."), QStringLiteral("file"));
    const QCommandLineOption textOption(QStringLiteral("text"), QApplication::translate("main", "Start with this message in the tone check."), QStringLiteral("message"));
    const QCommandLineOption lexiconOption(QStringLiteral("lexicon"), QApplication::translate("main", "A team lexicon file that extends the shipped one (repeatable)."), QStringLiteral("file"));
    parser.addOptions({languageOption, screenshotOption, textOption, lexiconOption});
    parser.process(app);

    calma::gui::installTranslation(parser.value(languageOption));
    const auto loaded = calma::ToneAnalyzer::load(parser.values(lexiconOption));
    if (!loaded.analyzer) {
        QStringList problems;
        for (const calma::LexiconIssue &issue : loaded.errors)
            problems << issue.toString();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Calma cannot start"),
                              QApplication::translate("main", "The lexicon has errors:\n%1").arg(problems.join(u'\n')));
        return 1;
    }
    calma::gui::MainWindow window(loaded.analyzer);
    if (parser.isSet(textOption))
        window.toneCheck()->setText(parser.value(textOption));
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
