// Reading and writing the app's settings.
#include "appsettings.h"

#include <QSettings>

namespace calma::gui {

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.agentName = s.value(QStringLiteral("agent/name")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.databaseUrl = s.value(QStringLiteral("database/url")).toString();
    a.waitWarnMinutes = s.value(QStringLiteral("inbox/waitWarnMinutes"), a.waitWarnMinutes).toInt();
    a.waitAlertMinutes = s.value(QStringLiteral("inbox/waitAlertMinutes"), a.waitAlertMinutes).toInt();
    a.lexicons = s.value(QStringLiteral("team/lexicons")).toStringList();
    a.phrases = s.value(QStringLiteral("team/phrases")).toStringList();
    a.replies = s.value(QStringLiteral("team/replies")).toStringList();
    a.scenarioFolders = s.value(QStringLiteral("team/scenarios")).toStringList();
    a.importTimeZone = s.value(QStringLiteral("import/timeZone")).toString();
    a.notifications = s.value(QStringLiteral("ui/notifications"), a.notifications).toBool();
    a.mail.imapServer = s.value(QStringLiteral("mail/imapServer")).toString();
    a.mail.smtpServer = s.value(QStringLiteral("mail/smtpServer")).toString();
    a.mail.smtpLogin = s.value(QStringLiteral("mail/smtpLogin"), a.mail.smtpLogin).toBool();
    a.mail.user = s.value(QStringLiteral("mail/user")).toString();
    a.mail.teamAddress = s.value(QStringLiteral("mail/teamAddress")).toString();
    a.mail.caCertificateFile = s.value(QStringLiteral("mail/caCertificate")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("agent/name"), agentName);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("database/url"), databaseUrl);
    s.setValue(QStringLiteral("inbox/waitWarnMinutes"), waitWarnMinutes);
    s.setValue(QStringLiteral("inbox/waitAlertMinutes"), waitAlertMinutes);
    s.setValue(QStringLiteral("team/lexicons"), lexicons);
    s.setValue(QStringLiteral("team/phrases"), phrases);
    s.setValue(QStringLiteral("team/replies"), replies);
    s.setValue(QStringLiteral("team/scenarios"), scenarioFolders);
    s.setValue(QStringLiteral("import/timeZone"), importTimeZone);
    s.setValue(QStringLiteral("ui/notifications"), notifications);
    s.setValue(QStringLiteral("mail/imapServer"), mail.imapServer);
    s.setValue(QStringLiteral("mail/smtpServer"), mail.smtpServer);
    s.setValue(QStringLiteral("mail/smtpLogin"), mail.smtpLogin);
    s.setValue(QStringLiteral("mail/user"), mail.user);
    s.setValue(QStringLiteral("mail/teamAddress"), mail.teamAddress);
    s.setValue(QStringLiteral("mail/caCertificate"), mail.caCertificateFile);
}

} // namespace calma::gui
