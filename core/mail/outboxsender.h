// Sending the outbox: claims the due mail, sends each over SMTP, and records what happened (sent, or
// failed with the server's error, to be tried again later). Several senders, in threads or processes,
// may run at once over one database: each mail goes through one of them.
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

private:
    Outbox m_outbox;
    SmtpOptions m_options;
    QString m_name; // this sender's claims: host, process and a random part
};

} // namespace calma
