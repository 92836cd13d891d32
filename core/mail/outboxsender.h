// Sending the outbox: claims the due mail, sends each over SMTP, and records what happened (sent, or
// failed with the server's error, to be tried again later). Several senders, in threads or processes,
// may run at once over one database: each mail goes through one of them at a time, and a sender that
// dies leaves its mail to another within kSendLeaseMs (sent again with the same Message-ID).
#pragma once

#include "mail/outbox.h"
#include "mail/smtpsender.h"

#include <atomic>
#include <functional>

namespace calma {

struct SendOutcome
{
    OutboxEntry entry{}; // as it is now: sent, or failed with the error and the next attempt's time
    MailError errorKind = MailError::None;
    QString takenOverFrom{}; // the sender whose lease ran out while it was sending this mail; empty when none
    QString foundIn{};       // such a mail found already sent, in this IMAP folder: recorded as sent, not sent again
};

// Where to look, before sending again a mail whose sender died in the middle of sending it, for a copy
// that went out (the Sent folder, which many servers fill themselves, and the team's mailbox, where a
// copy to the team lands): the team's IMAP account.
struct SentCheck
{
    ImapUrl url{};
    QString password{};
    QString caCertificateFile{};
    int timeoutMs = 15000;
};

struct OutboxPass
{
    bool ok = false;         // false when the database could not be read or written (`error`)
    QString error{};
    QList<SendOutcome> outcomes{};
    qint64 elapsedMs = 0;

    int sent() const;
    int failed() const;
};

class OutboxSender
{
public:
    OutboxSender(std::shared_ptr<Database> database, SmtpOptions options);

    // Sends what is due now (`onlyId` > 0: that mail only, when it is due), up to `limit` mail.
    OutboxPass sendDue(qint64 onlyId = 0, int limit = 100);
    // Sends what is due every `pollMs` until `stop`; each pass that sent or failed something, or could
    // not reach the database, is reported to `onPass`.
    void watch(const std::atomic_bool &stop, int pollMs, const std::function<void(const OutboxPass &)> &onPass);

    const QString &name() const { return m_name; }
    void setSentCheck(std::optional<SentCheck> check) { m_sentCheck = std::move(check); }
    // The folder where a mail with this Message-ID already is: the folders flagged \Sent, those named
    // as mail clients name them ("Sent", "Sent Items", "Enviados", "Elementos enviados", …) and the
    // account's mailbox. Empty when none has it, or when the server cannot be asked (`error` says why:
    // the mail is then sent again, with the same Message-ID).
    QString findSent(const QString &rfcMessageId, QString *error) const;

private:
    Outbox m_outbox;
    SmtpOptions m_options;
    QString m_name; // this sender's claims: host, process and a random part
    std::optional<SentCheck> m_sentCheck;
};

} // namespace calma
