// Main window.
#include "mainwindow.h"

#include "tonecheckwidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace calma::gui {

MainWindow::MainWindow(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent)
    : QMainWindow(parent), m_toneCheck(new ToneCheckWidget(std::move(analyzer), this))
{
    setWindowTitle(tr("Calma — tone check"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/calma.svg")));
    setCentralWidget(m_toneCheck);
    createMenus();
    m_databaseStatus = new QLabel(tr("Opening the database…"), this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_databaseStatus);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(900, 640);
}

void MainWindow::showDatabaseStatus(const QString &location, qint64 conversations, const QString &error)
{
    if (!error.isEmpty()) {
        m_databaseStatus->setText(tr("No database: %1").arg(error));
        return;
    }
    m_databaseStatus->setText(tr("%n conversation(s) in %1", nullptr, int(conversations)).arg(location));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Calma"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Calma"),
                       tr("<h3>Calma %1</h3><p>A de-escalation coach for customer-support teams: it shows how heated "
                          "a message is and why, so that the first one to get angry is never you.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace calma::gui
