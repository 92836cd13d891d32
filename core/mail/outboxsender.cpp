// The outbox's sending passes.
#include "mail/outboxsender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

namespace calma {

using namespace Qt::StringLiterals;

int OutboxPass::sent() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const SendOutcome &o) { return o.entry.state == SendState::Sent; }));
}

int OutboxPass::failed() const
{
    return int(outcomes.size()) - sent();
}

OutboxSender::OutboxSender(std::shared_ptr<Database> database, SmtpOptions options)
    : m_outbox(std::move(database)), m_options(std::move(options)),
      m_name(u"%1:%2:%3"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::system()->generate64(), 0, 36))
{
}

OutboxPass OutboxSender::sendDue(qint64 onlyId, int limit)
{
    QElapsedTimer timer;
    timer.start();
    OutboxPass pass;
    pass.ok = true;
    // One mail claimed at a time: a claim is a short lease, renewed only while its mail is being sent.
    for (int n = 0; n < limit; ++n) {
        QString error;
        const std::optional<QList<ClaimedMail>> claimed = m_outbox.claimDue(m_name, QDateTime::currentMSecsSinceEpoch(), 1, onlyId, &error);
        if (!claimed) {
            pass.ok = false;
            pass.error = error;
            break;
        }
        if (claimed->isEmpty())
            break;
        const ClaimedMail &mail = claimed->first();
        SendOutcome outcome{mail.entry, MailError::None};
        outcome.entry.state = SendState::Sending;
        // The heartbeat: the lease renewed every kSendHeartbeatMs; a lease lost (another sender took the
        // mail over after this one could not renew it in time) stops the send.
        QElapsedTimer sinceRenewal;
        sinceRenewal.start();
        QString renewError;
        bool lost = false;
        const SendHeartbeat heartbeat = [&] {
            if (sinceRenewal.elapsed() < kSendHeartbeatMs)
                return true;
            sinceRenewal.restart();
            if (m_outbox.renewClaim(mail.entry.id, m_name, QDateTime::currentMSecsSinceEpoch(), &renewError))
                return true;
            lost = renewError.isEmpty(); // a database that cannot be written now: keep sending, the lease may hold
            return !lost;
        };
        if (!mail.abandonedBy.isEmpty() && m_sentCheck) {
            QString checkError;
            outcome.foundIn = findSent(mail.entry.rfcMessageId, &checkError);
            if (!outcome.foundIn.isEmpty()) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                outcome.takenOverFrom = mail.abandonedBy;
                outcome.entry.state = SendState::Sent;
                outcome.entry.sentMs = now;
                outcome.entry.lastError.clear();
                if (!m_outbox.markSent(mail.entry.id, m_name, now, &error)) {
                    pass.ok = false;
                    pass.error = u"%1 was found sent in %2, but: %3"_s.arg(mail.entry.rfcMessageId, outcome.foundIn, error);
                }
                pass.outcomes << outcome;
                if (onlyId > 0)
                    break;
                continue;
            }
        }
        const SmtpResult result = sendMail(m_options, mail.entry.sender, {mail.entry.recipient}, mail.raw, heartbeat);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (result.ok) {
            outcome.entry.state = SendState::Sent;
            outcome.entry.sentMs = now;
            outcome.entry.lastError.clear();
            if (!m_outbox.markSent(mail.entry.id, m_name, now, &error)) {
                pass.ok = false;
                pass.error = u"%1 was sent, but: %2"_s.arg(mail.entry.rfcMessageId, error);
            }
        } else if (result.stopped || lost) {
            // Another sender has it now: this one neither sent it nor may record anything about it.
            pass.ok = false;
            pass.error = u"mail %1 (%2) was taken over by another sender while this one was sending it; this one stopped"_s
                             .arg(mail.entry.id).arg(mail.entry.rfcMessageId);
            continue;
        } else {
            outcome.entry.state = SendState::Failed;
            outcome.entry.lastError = result.error;
            outcome.entry.nextAttemptMs = now + Outbox::retryDelayMs(mail.entry.attempts);
            outcome.errorKind = result.errorKind;
            if (!m_outbox.markFailed(mail.entry.id, m_name, result.error, mail.entry.attempts, now, &error)) {
                pass.ok = false;
                pass.error = error;
            }
        }
        outcome.takenOverFrom = mail.abandonedBy;
        pass.outcomes << outcome;
        if (onlyId > 0)
            break;
    }
    pass.elapsedMs = timer.elapsed();
    return pass;
}

QString OutboxSender::findSent(const QString &rfcMessageId, QString *error) const
{
    if (!m_sentCheck)
        return {};
    ImapSession session({m_sentCheck->caCertificateFile, m_sentCheck->timeoutMs});
    if (!session.open(m_sentCheck->url, m_sentCheck->password)) {
        *error = session.error();
        return {};
    }
    const std::optional<QList<ListedMailbox>> listed = session.listMailboxes();
    if (!listed) {
        *error = session.error();
        return {};
    }
    static const QStringList sentNames{u"sent"_s, u"sent items"_s, u"sent messages"_s, u"sent mail"_s, u"enviados"_s,
                                       u"elementos enviados"_s, u"correo enviado"_s, u"mensajes enviados"_s, u"отправленные"_s};
    QStringList folders;
    for (const ListedMailbox &m : *listed) {
        const QString last = m.name.section(u'/', -1).section(u'.', -1).toLower();
        if (m.flags.contains(u"\\Sent"_s, Qt::CaseInsensitive) || sentNames.contains(last))
            folders << m.name;
    }
    if (!folders.contains(m_sentCheck->url.mailbox))
        folders << m_sentCheck->url.mailbox;
    const std::optional<QByteArray> id = imapQuoted(u"<"_s + rfcMessageId + u">"_s);
    if (!id) {
        *error = u"the Message-ID cannot be searched for"_s;
        return {};
    }
    for (const QString &folder : std::as_const(folders)) {
        if (!session.examine(folder))
            continue; // a folder listed but not there for us: the others may have it
        const std::optional<QList<qint64>> found = session.uidSearch("HEADER Message-ID " + *id);
        if (!found) {
            *error = session.error();
            return {};
        }
        if (!found->isEmpty())
            return folder;
    }
    return {};
}

void OutboxSender::watch(const std::atomic_bool &stop, int pollMs, const std::function<void(const OutboxPass &)> &onPass)
{
    while (!stop.load()) {
        const OutboxPass pass = sendDue();
        if (!pass.ok || !pass.outcomes.isEmpty())
            onPass(pass);
        for (int waited = 0; waited < pollMs / 100 && !stop.load(); ++waited)
            QThread::msleep(100);
    }
}

} // namespace calma
