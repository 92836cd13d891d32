// The app's settings, stored with QSettings; each default is written here once.
#pragma once

#include "mail/mailaccount.h"

#include <QString>
#include <QStringList>

namespace calma::gui {

struct AppSettings
{
    // Waiting past these shows amber, then red, in the inbox.
    static constexpr int kDefaultWaitWarnMinutes = 60;
    static constexpr int kDefaultWaitAlertMinutes = 240;

    QString agentName;
    QString language;      // "", "es" or "en" ("" follows the system)
    QString databaseUrl;   // "" for the default SQLite file
    int waitWarnMinutes = kDefaultWaitWarnMinutes;
    int waitAlertMinutes = kDefaultWaitAlertMinutes;
    QStringList lexicons;  // team tone lexicons
    QStringList phrases;   // team coach phrase lists
    QStringList replies;   // team reply templates
    QStringList scenarioFolders; // team role-play scenarios (folders of JSON files)
    QString importTimeZone; // IANA id for imported times written without a zone; "" for UTC
    bool notifications = true; // a desktop notification for a hostile message or a wait past red
    MailAccount mail;          // the team's mailbox; its password is in the system keychain, not here

    // What is stored; a setting never saved keeps the default written above.
    static AppSettings load();
    void save() const;
};

} // namespace calma::gui
