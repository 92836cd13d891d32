// A small IMAP4rev1 client session (RFC 3501) on QSslSocket, blocking with timeouts, for a worker thread
// or the command line. Written here rather than taken from libcurl because curl's IMAP fetches with
// BODY[], which marks every message read (Calma must not), passes a custom command's answer on without
// its literals (so BODY.PEEK[] cannot be read through it), and has no IDLE. Only what sync needs:
// IMAPS or STARTTLS with the certificate verified, LOGIN, EXAMINE/SELECT, UID SEARCH, UID FETCH
// BODY.PEEK[], UID STORE \Seen when asked, IDLE, LIST, and APPEND/CREATE for tests and tools. Mailbox
// names go over the wire in modified UTF-7 (mail/mailboxname.h).
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QSslSocket;

namespace calma {

// imap://USER@HOST:PORT/MAILBOX[?starttls=1] or imaps://USER@HOST:PORT/MAILBOX; the mailbox defaults to INBOX.
struct ImapUrl
{
    bool tls = false;      // imaps: TLS from the start
    bool startTls = false; // imap with ?starttls=1: upgraded before login
    QString user{};
    QString host{};
    quint16 port = 0;
    QString mailbox = QStringLiteral("INBOX");

    static std::optional<ImapUrl> parse(const QString &text, QString *error);
    QString display() const; // the URL without a password
    QString key() const;     // USER@HOST/MAILBOX: the sync state's name, the same over IMAPS and STARTTLS (their ports differ)
};

enum class MailError { None, Connect, Tls, Auth, NoMailbox, Dropped, Timeout, Protocol, Refused };

struct MailboxStatus
{
    qint64 uidValidity = 0;
    qint64 uidNext = 0;
    qint64 exists = 0;
};

struct ListedMailbox
{
    QString name{};         // decoded from modified UTF-7
    QStringList flags{};    // as the server gave them: \HasNoChildren, \Sent (RFC 6154 special use), …
};

struct FetchedMail
{
    qint64 uid = 0;
    qint64 internalDateMs = 0; // when the server received it
    QByteArray raw{};
    bool seen = false;
};

class ImapSession
{
public:
    struct Options
    {
        QString caCertificateFile{}; // a certificate to trust besides the system's (a team's self-signed server)
        int timeoutMs = 30000;
    };

    explicit ImapSession(Options options);
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    // Connects (TLS or STARTTLS as the URL says, certificate verified) and logs in.
    bool open(const ImapUrl &url, const QString &password);
    bool isOpen() const;
    void close(); // LOGOUT when still connected

    // EXAMINE (read-only: nothing can be marked read) or SELECT when `readWrite`.
    std::optional<MailboxStatus> examine(const QString &mailbox, bool readWrite = false);
    std::optional<QList<qint64>> uidSearch(const QByteArray &criteria);
    std::optional<FetchedMail> fetch(qint64 uid); // BODY.PEEK[]: the \Seen flag is left as it was
    bool markSeen(qint64 uid);
    // The mailboxes there are (LIST "" "*"), their names decoded from modified UTF-7.
    std::optional<QStringList> list();
    std::optional<QList<ListedMailbox>> listMailboxes();
    bool create(const QString &mailbox);
    bool append(const QString &mailbox, const QByteArray &raw);
    bool hasCapability(const QByteArray &name) const;
    // Waits up to `waitMs` in IDLE: true when the mailbox changed (new mail), false when the time ran out
    // or `stop` was set; std::nullopt on an error.
    std::optional<bool> idle(int waitMs, const std::atomic_bool *stop = nullptr);

    MailError errorKind() const { return m_errorKind; }
    const QString &error() const { return m_error; }

private:
    struct Response
    {
        QByteArray text;           // the line, literals left as {N}
        QList<QByteArray> literals;
    };
    bool fail(MailError kind, const QString &message);
    bool command(const QByteArray &text, QList<Response> *untagged, QByteArray *status, const QString &what);
    bool send(const QByteArray &text, const QString &what);
    std::optional<QByteArray> readLine(const QString &what, int timeoutMs = -1);
    bool readResponse(const QByteArray &tag, QList<Response> *untagged, QByteArray *status, const QString &what);
    bool readCapabilities(const QList<Response> &untagged, const QByteArray &status);
    QString where() const;

    Options m_options;
    std::unique_ptr<QSslSocket> m_socket;
    ImapUrl m_url;
    QList<QByteArray> m_capabilities;
    int m_tag = 0;
    MailError m_errorKind = MailError::None;
    QString m_error;
};

// "the quoted string" for IMAP, or std::nullopt for text it cannot carry (CR, LF, NUL).
std::optional<QByteArray> imapQuoted(const QString &text);

} // namespace calma
