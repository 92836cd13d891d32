// Reading a mail account's fields into URLs, and checking its servers.
#include "mail/mailaccount.h"

#include <QUrl>

namespace calma {

using namespace Qt::StringLiterals;

namespace {

// The server's URL with the user put in (the fields keep them apart, as mail clients do).
QString withUser(const QString &server, const QString &user)
{
    QUrl url(server.trimmed(), QUrl::StrictMode);
    if (!url.isValid() && server.contains(u' ')) // a folder's name as it reads: "…/Atención al cliente"
        url = QUrl(server.trimmed(), QUrl::TolerantMode);
    if (url.isValid() && !user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    return url.isValid() ? url.toString() : server.trimmed();
}

} // namespace

std::optional<ImapUrl> MailAccount::imapUrl(QString *error) const
{
    QString problem;
    auto url = ImapUrl::parse(withUser(imapServer, user), &problem);
    if (!url)
        *error = u"IMAP server: "_s + problem;
    return url;
}

std::optional<SmtpOptions> MailAccount::smtpOptions(const QString &password, QString *error) const
{
    QString problem;
    const auto url = SmtpUrl::parse(withUser(smtpServer, smtpLogin ? user : QString()), &problem);
    if (!url) {
        *error = u"SMTP server: "_s + problem;
        return std::nullopt;
    }
    SmtpOptions options;
    options.url = *url;
    options.password = password;
    options.caCertificateFile = caCertificateFile.trimmed();
    return options;
}

std::optional<MailAddress> MailAccount::team(QString *error) const
{
    QString problem;
    auto address = MailAddress::parse(teamAddress, &problem);
    if (!address)
        *error = u"Team address: "_s + problem;
    return address;
}

AccountCheck checkAccount(const MailAccount &account, const QString &password, int timeoutMs)
{
    AccountCheck check;
    QString error;
    if (!account.imapServer.trimmed().isEmpty()) {
        check.imap.tried = true;
        if (const auto url = account.imapUrl(&error)) {
            ImapSession session({account.caCertificateFile.trimmed(), timeoutMs});
            if (session.open(*url, password) && session.examine(url->mailbox)) {
                check.imap.ok = true;
                check.imap.message = u"signed in to %1 as %2; mailbox %3 found"_s.arg(url->host, url->user, url->mailbox);
            } else {
                check.imap.message = session.error();
                check.imap.errorKind = session.errorKind();
            }
            session.close();
        } else {
            check.imap.message = error;
        }
    }
    if (!account.smtpServer.trimmed().isEmpty()) {
        check.smtp.tried = true;
        if (const auto options = account.smtpOptions(password, &error)) {
            SmtpOptions o = *options;
            o.timeoutMs = timeoutMs;
            const SmtpResult result = checkSmtp(o);
            check.smtp.ok = result.ok;
            check.smtp.errorKind = result.errorKind;
            check.smtp.message = result.ok ? u"%1 takes mail%2"_s.arg(o.url.display(), o.url.user.isEmpty() ? QString() : u" from "_s + o.url.user)
                                           : result.error;
        } else {
            check.smtp.message = error;
        }
    }
    return check;
}

} // namespace calma
