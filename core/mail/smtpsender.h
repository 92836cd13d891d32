// Sending one mail over SMTP with libcurl: smtps:// (TLS from the start) or smtp:// with STARTTLS required
// (a server that does not offer it is refused, never written to in clear); the certificate verified
// against the system's authorities, or against a team server's own certificate. Blocking, with
// timeouts: for a worker thread or the command line. Thread-safe (a curl handle per send).
#pragma once

#include "mail/imapsession.h" // MailError

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace calma {

// smtp://[USER@]HOST[:PORT] (STARTTLS, port 587 by default) or smtps://[USER@]HOST[:PORT] (465).
struct SmtpUrl
{
    bool tls = false; // smtps
    QString user{};   // empty: no login (a relay that trusts the network)
    QString host{};
    quint16 port = 0;

    static std::optional<SmtpUrl> parse(const QString &text, QString *error);
    QString display() const; // without a password
};

struct SmtpOptions
{
    SmtpUrl url{};
    QString password{};
    QString caCertificateFile{}; // PEM: trust this certificate (a team server's own) instead of the system's authorities
    int timeoutMs = 30000;
};

struct SmtpResult
{
    bool ok = false;
    bool stopped = false; // the heartbeat said stop: this sender may no longer send the mail
    MailError errorKind = MailError::None;
    QString error{}; // what failed and where, with the server's answer when it gave one
};

// Called about once a second during a send, from its thread; false stops the send (the server is left
// before the end of the mail when it has not had it all yet).
using SendHeartbeat = std::function<bool()>;

// Sends `raw` (a whole mail, CRLF line ends) from `sender` to `recipients` (bare addresses).
SmtpResult sendMail(const SmtpOptions &options, const QString &sender, const QStringList &recipients, const QByteArray &raw,
                    const SendHeartbeat &heartbeat = {});
// Connects, upgrades to TLS, logs in and says NOOP: what sending would meet, without sending anything.
SmtpResult checkSmtp(const SmtpOptions &options);

} // namespace calma
