// The sync's passes over an ImapSession, and the watch loop.
#include "mail/mailsync.h"

#include "storage/sqlsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

QByteArray imapDate(const QDate &date)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(date.day()) + '-' + months[date.month() - 1] + '-' + QByteArray::number(date.year());
}

} // namespace

MailSync::MailSync(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer, MailSyncOptions options)
    : m_database(database), m_inbox(std::move(database), std::move(analyzer)), m_options(std::move(options)),
      m_session({m_options.caCertificateFile, m_options.timeoutMs})
{
}

bool MailSync::lock(QString *error)
{
    const QString key = m_options.url.key();
    if (m_database->engine() == DatabaseUrl::Engine::PostgreSQL) {
        // A session lock on this connection: it goes with the process, however it ends.
        const qint64 id = qFromBigEndian<qint64>(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).constData());
        QSqlQuery q(m_database->connection());
        q.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            *error = u"cannot take the mailbox's lock: "_s + q.lastError().text();
            return false;
        }
        if (!q.value(0).toBool()) {
            *error = u"another process is syncing %1 into this database (it holds PostgreSQL's advisory lock)"_s.arg(key);
            return false;
        }
        return true;
    }
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    m_lockFile = std::make_unique<QLockFile>(m_database->url().path + u".mail-"_s + name + u".lock"_s);
    m_lockFile->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (m_lockFile->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    m_lockFile->getLockInfo(&pid, &host, &app);
    *error = u"another process (%1, pid %2) is syncing %3 into this database"_s.arg(app).arg(pid).arg(key);
    return false;
}

bool MailSync::ensureOpen(SyncReport &report)
{
    if (m_session.isOpen() || m_session.open(m_options.url, m_options.password))
        return true;
    report.errorKind = m_session.errorKind();
    report.error = m_session.error();
    return false;
}

bool MailSync::fetchAll(const QList<qint64> &uids, qint64 uidValidity, SyncReport &report)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 uid : uids) {
        const std::optional<FetchedMail> fetched = m_session.fetch(uid);
        if (!fetched) {
            report.errorKind = m_session.errorKind();
            report.error = m_session.error();
            return false;
        }
        ++report.fetched;
        const MailParse parsed = parseMail(fetched->raw);
        const MailboxPosition position{report.mailbox, uidValidity, uid};
        QString error;
        if (!parsed.message) {
            report.skipped.append({uid, parsed.error});
            if (!m_inbox.saveState(report.mailbox, {uidValidity, uid}, &error)) {
                report.errorKind = MailError::Refused;
                report.error = error;
                return false;
            }
        } else {
            const std::optional<Delivered> delivered =
                m_inbox.deliver(*parsed.message, fetched->internalDateMs > 0 ? fetched->internalDateMs : now, position, &error);
            if (!delivered) {
                report.errorKind = MailError::Refused;
                report.error = u"UID %1: %2"_s.arg(uid).arg(error);
                return false;
            }
            report.duplicates += delivered->kind == Delivery::Duplicate;
            report.teamOnly += delivered->kind == Delivery::TeamOnly;
            report.newConversations += delivered->kind == Delivery::NewConversation;
            report.threaded += delivered->kind == Delivery::Threaded;
            const bool stored = delivered->kind == Delivery::NewConversation || delivered->kind == Delivery::Threaded;
            report.added += stored;
            report.fromTeam += stored && delivered->fromTeam;
        }
        report.lastUid = uid;
        if (m_options.markSeen && !fetched->seen && !m_session.markSeen(uid)) {
            report.errorKind = m_session.errorKind();
            report.error = m_session.error();
            return false;
        }
    }
    return true;
}

SyncReport MailSync::syncOnce()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    report.mailbox = m_options.url.key();
    auto done = [&](bool ok) {
        report.ok = ok;
        report.elapsedMs = timer.elapsed();
        return report;
    };
    if (!ensureOpen(report))
        return done(false);
    const std::optional<MailboxStatus> status = m_session.examine(m_options.url.mailbox, m_options.markSeen);
    if (!status) {
        report.errorKind = m_session.errorKind();
        report.error = m_session.error();
        return done(false);
    }
    report.uidValidity = status->uidValidity;
    QString error;
    std::optional<QStringList> senders = m_inbox.outboxSenders(&error);
    if (!senders) {
        report.errorKind = MailError::Refused;
        report.error = error;
        return done(false);
    }
    m_inbox.setTeamAddresses(m_options.teamAddresses + QStringList{m_options.url.user} + *senders);
    const std::optional<MailboxState> state = m_inbox.state(report.mailbox, &error);
    if (!error.isEmpty()) {
        report.errorKind = MailError::Refused;
        report.error = error;
        return done(false);
    }
    report.firstConnection = !state;
    report.uidValidityChanged = state && state->uidValidity != status->uidValidity;
    QByteArray criteria;
    qint64 after = 0;
    if (state && !report.uidValidityChanged) {
        after = state->lastUid;
        criteria = "UID " + QByteArray::number(after + 1) + ":*";
    } else if (m_options.sinceDays >= 0) {
        criteria = "SINCE " + imapDate(QDate::currentDate().addDays(-m_options.sinceDays));
    } else if (report.uidValidityChanged) {
        // The server renumbered the mailbox: everything is read again, and what is stored is known by its Message-ID.
        criteria = "ALL";
    } else {
        // First connection without a backfill: from the next mail on.
        report.lastUid = std::max<qint64>(status->uidNext - 1, 0);
        if (!m_inbox.saveState(report.mailbox, {status->uidValidity, report.lastUid}, &error)) {
            report.errorKind = MailError::Refused;
            report.error = error;
            return done(false);
        }
        return done(true);
    }
    std::optional<QList<qint64>> uids = m_session.uidSearch(criteria);
    if (!uids) {
        report.errorKind = m_session.errorKind();
        report.error = m_session.error();
        return done(false);
    }
    // "UID n:*" always answers with the last UID, even below n.
    uids->removeIf([after](qint64 uid) { return uid <= after; });
    report.lastUid = after;
    if (uids->isEmpty() && (!state || report.uidValidityChanged) &&
        !m_inbox.saveState(report.mailbox, {status->uidValidity, std::max<qint64>(status->uidNext - 1, 0)}, &error)) {
        report.errorKind = MailError::Refused;
        report.error = error;
        return done(false);
    }
    return done(fetchAll(*uids, status->uidValidity, report));
}

void MailSync::watch(const std::atomic_bool &stop, const std::function<void(const SyncReport &)> &onPass)
{
    int backoffS = 1;
    while (!stop.load()) {
        const SyncReport report = syncOnce();
        onPass(report);
        if (!report.ok) {
            if (report.errorKind == MailError::Auth || report.errorKind == MailError::NoMailbox || report.errorKind == MailError::Tls)
                return; // waiting does not mend a wrong password, a missing mailbox or an untrusted certificate
            m_session.close();
            for (int waited = 0; waited < backoffS * 10 && !stop.load(); ++waited)
                QThread::msleep(100);
            backoffS = std::min(backoffS * 2, 60);
            continue;
        }
        backoffS = 1;
        if (m_session.hasCapability("IDLE")) {
            if (!m_session.idle(m_options.pollMs, &stop))
                m_session.close(); // reported by the next pass's reconnection
        } else {
            for (int waited = 0; waited < m_options.pollMs / 100 && !stop.load(); ++waited)
                QThread::msleep(100);
        }
    }
}

} // namespace calma
