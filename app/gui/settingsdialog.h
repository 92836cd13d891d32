// The settings dialog: the agent's name, the interface language, the database, the waiting thresholds,
// the team's own lexicon, phrase list, template files and role-play scenario folders, and the mailbox.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace calma::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `mailPassword`: the one in the keychain (for Test connection when none is typed).
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr, const QString &mailPassword = {});
    AppSettings settings() const;
    // The password typed on the Mail page; std::nullopt when the field was left as it was.
    std::optional<QString> typedMailPassword() const;
    // Logs in to the Mail page's servers on a worker thread; the result shows beside the button.
    void testMailConnection();
    QLabel *mailTestResult() const { return m_mailResult; }
    QPushButton *mailTestButton() const { return m_mailTest; }

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
    QWidget *mailPage(const MailAccount &account);
    MailAccount mailAccount() const;
    QLineEdit *m_imap = nullptr;
    QLineEdit *m_smtp = nullptr;
    QCheckBox *m_smtpLogin = nullptr;
    QLineEdit *m_mailUser = nullptr;
    QLineEdit *m_teamAddress = nullptr;
    QLineEdit *m_mailPassword = nullptr;
    QLineEdit *m_mailCertificate = nullptr;
    QPushButton *m_mailTest = nullptr;
    QLabel *m_mailResult = nullptr;
    QString m_storedPassword;
    quint64 m_testGeneration = 0; // a newer test makes an older answer obsolete
};

} // namespace calma::gui
