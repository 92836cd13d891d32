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
    const std::optional<QList<ClaimedMail>> claimed = m_outbox.claimDue(m_name, QDateTime::currentMSecsSinceEpoch(), limit, onlyId, &pass.error);
    if (!claimed) {
        pass.elapsedMs = timer.elapsed();
        return pass;
    }
    pass.ok = true;
    for (const ClaimedMail &mail : *claimed) {
        SendOutcome outcome{mail.entry, MailError::None};
        const SmtpResult result = sendMail(m_options, mail.entry.sender, {mail.entry.recipient}, mail.raw);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString error;
        if (result.ok) {
            outcome.entry.state = SendState::Sent;
            outcome.entry.sentMs = now;
            outcome.entry.lastError.clear();
            if (!m_outbox.markSent(mail.entry.id, m_name, now, &error)) {
                pass.ok = false;
                pass.error = u"%1 was sent, but: %2"_s.arg(mail.entry.rfcMessageId, error);
            }
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
        pass.outcomes << outcome;
    }
    pass.elapsedMs = timer.elapsed();
    return pass;
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
