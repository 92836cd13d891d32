// The mail account's password in the system keychain (QtKeychain: the Secret Service, KWallet, …), never
// in the settings file or the database. Asynchronous: the UI never waits for the keychain.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace calma::gui {

// Calls `done` with the password, or std::nullopt and why (none stored, no keychain), on `context`'s thread.
void readMailPassword(QObject *context, std::function<void(std::optional<QString> password, QString error)> done);
// Calls `done` with an empty error once the keychain holds it, else with why it does not.
void writeMailPassword(QObject *context, const QString &password, std::function<void(QString error)> done);

} // namespace calma::gui
