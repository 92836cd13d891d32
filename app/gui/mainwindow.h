// Calma's main window: for now the tone check, with menus and remembered geometry.
#pragma once

#include "coach/coach.h"
#include "storage/conversationstore.h"

#include <QMainWindow>

class QLabel;
#include <memory>

namespace calma::gui {

class ToneCheckWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Coach> coach, QWidget *parent = nullptr);

    ToneCheckWidget *toneCheck() const { return m_toneCheck; }
    class Workspace *workspace() const { return m_workspace; }
    void setDatabase(std::shared_ptr<Database> database);
    // Shown in the status bar once the database is open (or why it is not).
    void showDatabaseStatus(const QString &location, qint64 conversations, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void importConversations();
    void editSettings();
    void exportConversations();

    ToneCheckWidget *m_toneCheck = nullptr;
    class Workspace *m_workspace = nullptr;
    class QTabWidget *m_tabs = nullptr;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Coach> m_coach;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_databaseStatus = nullptr;
};

} // namespace calma::gui
