// Calma's main window: for now the tone check, with menus and remembered geometry.
#pragma once

#include "tone/toneanalyzer.h"

#include <QMainWindow>
#include <memory>

namespace calma::gui {

class ToneCheckWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent = nullptr);

    ToneCheckWidget *toneCheck() const { return m_toneCheck; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    ToneCheckWidget *m_toneCheck = nullptr;
};

} // namespace calma::gui
