// Settings: the agent's name, the interface language, the database, the waiting thresholds and the
// team's own lexicon, phrase list, template files and role-play scenario folders. Stored with QSettings.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace calma::gui {

struct AppSettings
{
    QString agentName;
    QString language;      // "", "es" or "en" ("" follows the system)
    QString databaseUrl;   // "" for the default SQLite file
    int waitWarnMinutes = 60;
    int waitAlertMinutes = 240;
    QStringList lexicons;  // team tone lexicons
    QStringList phrases;   // team coach phrase lists
    QStringList replies;   // team reply templates
    QStringList scenarioFolders; // team role-play scenarios (folders of JSON files)
    QString importTimeZone; // IANA id for imported times written without a zone; "" for UTC
    bool notifications = true; // a desktop notification for a hostile message or a wait past red

    static AppSettings load();
    void save() const;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    QLineEdit *m_agent = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_database = nullptr;
    QSpinBox *m_warn = nullptr;
    QSpinBox *m_alert = nullptr;
    QPlainTextEdit *m_lexicons = nullptr;
    QPlainTextEdit *m_phrases = nullptr;
    QPlainTextEdit *m_replies = nullptr;
    QPlainTextEdit *m_scenarios = nullptr;
};

} // namespace calma::gui
