// calma: the desktop application.
#include "application.h"
#include "mainwindow.h"
#include "inboxmodel.h"
#include "workspace.h"
#include "settingsdialog.h"
#include "tonecheckwidget.h"

#include "io/demodata.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <memory>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Calma"));
    QApplication::setApplicationName(QStringLiteral("calma"));
    QApplication::setApplicationDisplayName(QStringLiteral("Calma"));
    QApplication::setApplicationVersion(QStringLiteral(CALMA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.calma.Calma"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Calma, a de-escalation coach for customer support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("language"), QApplication::translate("main", "User interface language: es or en (default: the system's)."), QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Render the main window to a PNG file and quit."), QStringLiteral("file"));
    const QCommandLineOption textOption(QStringLiteral("text"), QApplication::translate("main", "Start with this message in the tone check."), QStringLiteral("message"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QApplication::translate("main", "Database URL: a SQLite file or postgresql://user@host:port/db (default: Calma's own SQLite file)."), QStringLiteral("url"));
    const QCommandLineOption lexiconOption(QStringLiteral("lexicon"), QApplication::translate("main", "A team lexicon file that extends the shipped one (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QApplication::translate("main", "Start on this tab: inbox, tone, practice or dashboard."), QStringLiteral("name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QApplication::translate("main", "Open the window at this size, e.g. 1080x640 (never below its minimum)."), QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({languageOption, screenshotOption, textOption, lexiconOption, databaseOption, tabOption, sizeOption});
    parser.process(app);

    const calma::gui::AppSettings settings = calma::gui::AppSettings::load();
    calma::gui::installTranslation(parser.isSet(languageOption) ? parser.value(languageOption) : settings.language);
    const auto loaded = calma::Coach::load({settings.lexicons + parser.values(lexiconOption), settings.phrases, settings.replies});
    if (!loaded.coach) {
        QStringList problems;
        for (const calma::LexiconIssue &issue : loaded.errors)
            problems << issue.toString();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Calma cannot start"),
                              QApplication::translate("main", "The lexicon has errors:\n%1").arg(problems.join(u'\n')));
        return 1;
    }
    calma::gui::MainWindow window(loaded.coach);
    if (parser.isSet(textOption))
        window.toneCheck()->setText(parser.value(textOption));
    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption))) {
        std::fprintf(stderr, "calma: --tab must be inbox, tone, practice or dashboard\n");
        return 2;
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        bool okWidth = false, okHeight = false;
        const int width = wh.size() == 2 ? wh.at(0).toInt(&okWidth) : 0, height = wh.size() == 2 ? wh.at(1).toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width <= 0 || height <= 0) {
            std::fprintf(stderr, "calma: --size must be WIDTHxHEIGHT, e.g. 1080x640\n");
            return 2;
        }
        window.resize(width, height);
    }
    window.show();
    // --screenshot waits until the database is open, so that the picture shows what a user sees.
    auto screenshotSoon = [&] {
        if (!parser.isSet(screenshotOption))
            return;
        const QString file = parser.value(screenshotOption);
        // The inbox and the open conversation are read on workers: wait until they are in (at most 10 s).
        auto *poll = new QTimer(&window);
        auto waited = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll, waited] {
            *waited += 50;
            const auto *workspace = window.workspace();
            const bool busy = workspace && (workspace->inbox()->isLoading() || workspace->isOpening());
            if ((busy || *waited < 200) && *waited < 10000)
                return;
            poll->stop();
            QApplication::exit(window.grab().save(file, "PNG") ? 0 : 1);
        });
        poll->start(50);
    };

    // Open (and on first start fill with the demo conversations) off the UI thread.
    struct Opened
    {
        std::shared_ptr<calma::Database> database;
        QString location, error;
        qint64 conversations = 0;
    };
    QString urlError;
    const QString chosenUrl = parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databaseUrl;
    const auto url = !chosenUrl.isEmpty() ? calma::DatabaseUrl::parse(chosenUrl, &urlError)
                                          : std::optional(calma::DatabaseUrl::defaultLocation());
    QFutureWatcher<Opened> opening;
    QObject::connect(&opening, &QFutureWatcher<Opened>::finished, &window, [&] {
        const Opened opened = opening.result();
        window.showDatabaseStatus(opened.location, opened.conversations, opened.error);
        if (opened.database)
            window.setDatabase(opened.database);
        screenshotSoon();
    });
    if (!url) {
        window.showDatabaseStatus({}, 0, urlError);
        screenshotSoon();
    } else {
        const auto analyzer = loaded.coach->analyzerShared();
        opening.setFuture(QtConcurrent::run([url, analyzer]() -> Opened {
            const auto open = calma::Database::open(*url);
            if (!open.database)
                return {nullptr, url->display(), open.error, 0};
            const calma::ConversationStore store(open.database);
            QString error;
            const qint64 count = store.conversationCount(&error);
            if (count < 0)
                return {open.database, url->display(), error, 0};
            if (count == 0) {
                const calma::DemoLoad demo = calma::DemoData::load(open.database, *analyzer);
                if (!demo.ok)
                    return {open.database, url->display(), demo.error, 0};
            }
            return {open.database, url->display(), {}, std::max<qint64>(0, store.conversationCount())};
        }));
    }
    return app.exec();
}
