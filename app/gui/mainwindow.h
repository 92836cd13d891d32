// Calma's main window: for now the tone check, with menus and remembered geometry.
#pragma once

#include "tone/toneanalyzer.h"

#include <QMainWindow>

class QLabel;
#include <memory>

namespace calma::gui {

class ToneCheckWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent = nullptr);

    ToneCheckWidget *toneCheck() const { return m_toneCheck; }
    // Shown in the status bar once the database is open (or why it is not).
    void showDatabaseStatus(const QString &location, qint64 conversations, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    ToneCheckWidget *m_toneCheck = nullptr;
    QLabel *m_databaseStatus = nullptr;
};

} // namespace calma::gui
