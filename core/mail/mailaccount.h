// A team's mail account as the app keeps it (the password apart, in the system keychain): the IMAP and
// SMTP servers, the user that logs in to both, the team address replies go from, and a certificate to
// trust; and a check of both servers that sends nothing and marks nothing read.
#pragma once

#include "mail/imapsession.h"
#include "mail/outgoingmail.h"
#include "mail/smtpsender.h"

namespace calma {

struct MailAccount
{
    QString imapServer{};        // imaps://HOST:PORT/MAILBOX, or imap://HOST:PORT/MAILBOX?starttls=1 (no user in it)
    QString smtpServer{};        // smtps://HOST:PORT, or smtp://HOST:PORT (STARTTLS)
    QString user{};
    QString teamAddress{};       // "Soporte <soporte@example.com>" or soporte@example.com
    QString caCertificateFile{}; // PEM; empty: the system's authorities
    bool smtpLogin = true;       // false: the SMTP server takes the team's mail without a login (a relay on its network)

    bool canSend() const { return !smtpServer.trimmed().isEmpty() && !teamAddress.trimmed().isEmpty(); }
    // The servers with the user, and the team address, read; std::nullopt with `error` saying which field is wrong.
    std::optional<ImapUrl> imapUrl(QString *error) const;
    std::optional<SmtpOptions> smtpOptions(const QString &password, QString *error) const;
    std::optional<MailAddress> team(QString *error) const;
};

struct ServerCheck
{
    bool tried = false; // false when the account names no such server
    bool ok = false;
    QString message{};  // what the server said, or what is wrong
    MailError errorKind = MailError::None; // when not ok: what failed (None: a field of the account is wrong)
};

struct AccountCheck
{
    ServerCheck imap{};
    ServerCheck smtp{};
};

// Logs in to both servers (IMAP: and EXAMINEs the mailbox; SMTP: and says NOOP). Blocking: for a worker thread.
AccountCheck checkAccount(const MailAccount &account, const QString &password, int timeoutMs = 15000);

} // namespace calma
