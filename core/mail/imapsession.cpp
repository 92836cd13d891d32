// The IMAP session: commands with tags, responses read line by line with their literals ({N} and N bytes).
#include "mail/imapsession.h"

#include "mail/mailboxname.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

// What the server said after the tag: "NO [AUTHENTICATIONFAILED] Authentication failed."
QString serverSays(const QByteArray &status)
{
    return QString::fromUtf8(status.simplified());
}

qint64 number(const QByteArray &text, const QByteArray &key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return -1;
    qsizetype i = at + key.size();
    while (i < text.size() && text.at(i) == ' ')
        ++i;
    qsizetype end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text.at(end))))
        ++end;
    bool ok = false;
    const qint64 value = text.mid(i, end - i).toLongLong(&ok);
    return ok ? value : -1;
}

// "17-Jul-1996 02:44:25 -0700" (RFC 3501 date-time) → ms since 1970; 0 when it is not one.
qint64 internalDate(const QByteArray &text)
{
    static const QRegularExpression re(u"INTERNALDATE \"\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4}) (\\d\\d):(\\d\\d):(\\d\\d) ([+-])(\\d\\d)(\\d\\d)\""_s);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return 0;
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    const QDateTime local(QDate(m.captured(3).toInt(), month, m.captured(1).toInt()),
                          QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()), QTimeZone::utc());
    const int offset = (m.captured(8).toInt() * 60 + m.captured(9).toInt()) * 60 * (m.captured(7) == u"-" ? -1 : 1);
    return local.isValid() ? local.toMSecsSinceEpoch() - qint64(offset) * 1000 : 0;
}

// A mailbox name as a command's argument: modified UTF-7 in a quoted string (always possible: what is
// not printable ASCII is in base64).
QByteArray mailboxArgument(const QString &mailbox)
{
    return imapQuoted(QString::fromLatin1(encodeMailboxName(mailbox))).value_or(QByteArray("\"\""));
}

// The mailbox name of an untagged "* LIST (flags) delimiter name" answer, as sent (still modified UTF-7):
// a quoted string, an atom, or a literal.
std::optional<QByteArray> listedName(const QByteArray &text, const QList<QByteArray> &literals)
{
    qsizetype i = text.indexOf(')');
    if (!text.startsWith("* LIST ") || i < 0)
        return std::nullopt;
    auto skipSpaces = [&] {
        while (i < text.size() && text.at(i) == ' ')
            ++i;
    };
    auto quoted = [&]() -> std::optional<QByteArray> {
        QByteArray value;
        for (++i; i < text.size(); ++i) {
            if (text.at(i) == '\\' && i + 1 < text.size())
                value += text.at(++i);
            else if (text.at(i) == '"')
                return ++i, value;
            else
                value += text.at(i);
        }
        return std::nullopt;
    };
    ++i;
    skipSpaces();
    if (text.mid(i, 3).toUpper() == "NIL")
        i += 3;
    else if (i < text.size() && text.at(i) == '"' && !quoted())
        return std::nullopt;
    skipSpaces();
    if (i >= text.size())
        return std::nullopt;
    if (text.at(i) == '"')
        return quoted();
    if (text.at(i) == '{')
        return literals.isEmpty() ? std::nullopt : std::optional<QByteArray>(literals.first());
    return text.mid(i).trimmed();
}

} // namespace

std::optional<QByteArray> imapQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '\r' || c == '\n' || c == '\0')
            return std::nullopt;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::optional<ImapUrl> ImapUrl::parse(const QString &text, QString *error)
{
    // A folder's name may be written as it reads ("…/Atención al cliente"): spaces are allowed there.
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() && text.contains(u' '))
        url = QUrl(text, QUrl::TolerantMode);
    ImapUrl imap;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"imap" && scheme != u"imaps")) {
        *error = u"not an IMAP URL: \"%1\"; write imaps://USER@HOST:PORT/MAILBOX, or imap://USER@HOST:PORT/MAILBOX?starttls=1"_s.arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = u"the IMAP URL carries a password: give it with --password-file FILE or CALMA_IMAP_PASSWORD instead, so that it "
                 u"is not seen in the process list"_s;
        return std::nullopt;
    }
    imap.tls = scheme == u"imaps";
    const QString starttls = QUrlQuery(url).queryItemValue(u"starttls"_s);
    imap.startTls = !imap.tls && (starttls == u"1" || starttls == u"true" || starttls == u"yes");
    imap.user = url.userName();
    imap.host = url.host();
    if (imap.user.isEmpty() || imap.host.isEmpty()) {
        *error = u"the IMAP URL needs a user and a host: %1://USER@HOST:PORT/MAILBOX"_s.arg(scheme);
        return std::nullopt;
    }
    imap.port = quint16(url.port(imap.tls ? 993 : 143));
    const QString path = url.path(QUrl::FullyDecoded).mid(1);
    if (!path.isEmpty())
        imap.mailbox = path;
    return imap;
}

QString ImapUrl::display() const
{
    return u"%1://%2@%3:%4/%5%6"_s.arg(tls ? u"imaps"_s : u"imap"_s, user, host, QString::number(port), mailbox,
                                       startTls ? u"?starttls=1"_s : QString());
}

QString ImapUrl::key() const
{
    return u"%1@%2/%3"_s.arg(user, host.toLower(), mailbox);
}

ImapSession::ImapSession(Options options) : m_options(std::move(options)) {}

ImapSession::~ImapSession()
{
    close();
}

bool ImapSession::fail(MailError kind, const QString &message)
{
    m_errorKind = kind;
    m_error = message;
    if (m_socket && (kind == MailError::Dropped || kind == MailError::Timeout || kind == MailError::Tls || kind == MailError::Connect))
        m_socket->abort();
    return false;
}

QString ImapSession::where() const
{
    return u"%1:%2"_s.arg(m_url.host, QString::number(m_url.port));
}

bool ImapSession::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ImapSession::close()
{
    if (isOpen()) {
        QByteArray status;
        command("LOGOUT", nullptr, &status, u"logging out"_s);
        m_socket->disconnectFromHost();
    }
    m_socket.reset();
}

bool ImapSession::send(const QByteArray &text, const QString &what)
{
    if (!isOpen())
        return fail(MailError::Dropped, u"%1 closed the connection (before %2)"_s.arg(where(), what));
    m_socket->write(text);
    QElapsedTimer timer;
    timer.start();
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_options.timeoutMs) && m_socket->bytesToWrite() > 0) {
            if (!isOpen())
                return fail(MailError::Dropped, u"%1 closed the connection while %2"_s.arg(where(), what));
            if (timer.elapsed() >= m_options.timeoutMs)
                return fail(MailError::Timeout, u"%1 did not take our data for %2 s while %3"_s.arg(where()).arg(m_options.timeoutMs / 1000).arg(what));
        }
    }
    return true;
}

std::optional<QByteArray> ImapSession::readLine(const QString &what, int timeoutMs)
{
    const int limit = timeoutMs < 0 ? m_options.timeoutMs : timeoutMs;
    QElapsedTimer timer;
    timer.start();
    while (!m_socket->canReadLine()) {
        const qint64 left = limit - timer.elapsed();
        if (left <= 0) {
            if (timeoutMs >= 0)
                return QByteArray(); // the caller's own wait ran out (IDLE)
            fail(MailError::Timeout, u"%1 did not answer for %2 s while %3"_s.arg(where()).arg(limit / 1000).arg(what));
            return std::nullopt;
        }
        if (!m_socket->waitForReadyRead(int(std::min<qint64>(left, 200))) && m_socket->state() != QAbstractSocket::ConnectedState &&
            !m_socket->canReadLine()) {
            fail(MailError::Dropped, u"%1 closed the connection while %2"_s.arg(where(), what));
            return std::nullopt;
        }
    }
    QByteArray line = m_socket->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool ImapSession::readResponse(const QByteArray &tag, QList<Response> *untagged, QByteArray *status, const QString &what)
{
    for (;;) {
        std::optional<QByteArray> line = readLine(what);
        if (!line)
            return false;
        Response response;
        response.text = *line;
        // A line that ends with {N} is followed by N bytes, then the rest of the line.
        static const QRegularExpression literal(u"\\{(\\d+)\\}$"_s);
        for (QRegularExpressionMatch m = literal.match(QString::fromLatin1(*line)); m.hasMatch();
             m = literal.match(QString::fromLatin1(*line))) {
            const qint64 size = m.captured(1).toLongLong();
            QByteArray data;
            QElapsedTimer timer;
            timer.start();
            while (data.size() < size) {
                if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(200)) {
                    if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
                        return fail(MailError::Dropped, u"%1 closed the connection while %2 (%3 of %4 bytes read)"_s.arg(where(), what)
                                                            .arg(data.size()).arg(size));
                    if (timer.elapsed() > m_options.timeoutMs)
                        return fail(MailError::Timeout, u"%1 stopped sending for %2 s while %3"_s.arg(where()).arg(m_options.timeoutMs / 1000).arg(what));
                    continue;
                }
                timer.restart();
                data += m_socket->read(size - data.size());
            }
            response.literals << data;
            line = readLine(what);
            if (!line)
                return false;
            response.text += "\n" + *line;
        }
        if (response.text.startsWith(QByteArray(tag + ' '))) {
            *status = response.text.mid(tag.size() + 1);
            return true;
        }
        if (response.text.startsWith("* BYE"))
            return fail(MailError::Dropped, u"%1 closed the connection while %2 (the server says: %3)"_s.arg(where(), what, serverSays(response.text.mid(6))));
        if (untagged)
            untagged->append(response);
    }
}

bool ImapSession::command(const QByteArray &text, QList<Response> *untagged, QByteArray *status, const QString &what)
{
    const QByteArray tag = "C" + QByteArray::number(++m_tag).rightJustified(4, '0');
    if (!send(tag + ' ' + text + "\r\n", what))
        return false;
    return readResponse(tag, untagged, status, what);
}

bool ImapSession::readCapabilities(const QList<Response> &untagged, const QByteArray &status)
{
    auto take = [this](const QByteArray &text) {
        const qsizetype at = text.toUpper().indexOf("CAPABILITY ");
        if (at < 0)
            return false;
        QByteArray list = text.mid(at + 11);
        if (const qsizetype end = list.indexOf(']'); end >= 0)
            list.truncate(end);
        m_capabilities = list.toUpper().split(' ');
        return true;
    };
    bool found = take(status);
    for (const Response &r : untagged)
        found = take(r.text) || found;
    return found;
}

bool ImapSession::hasCapability(const QByteArray &name) const
{
    return m_capabilities.contains(name.toUpper());
}

bool ImapSession::open(const ImapUrl &url, const QString &password)
{
    close();
    m_url = url;
    m_errorKind = MailError::None;
    m_error.clear();
    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_options.caCertificateFile.isEmpty()) {
        if (!QFile::exists(m_options.caCertificateFile))
            return fail(MailError::Tls, u"the certificate to trust, %1, does not exist"_s.arg(m_options.caCertificateFile));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_options.caCertificateFile);
        if (certificates.isEmpty())
            return fail(MailError::Tls, u"%1 holds no PEM certificate to trust"_s.arg(m_options.caCertificateFile));
        tls.addCaCertificates(certificates);
    }
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(url.host);
    auto handshake = [this]() {
        if (m_socket->waitForEncrypted(m_options.timeoutMs))
            return true;
        QStringList problems;
        for (const QSslError &e : m_socket->sslHandshakeErrors())
            problems << e.errorString();
        const QString why = problems.isEmpty() ? m_socket->errorString() : problems.join(u"; "_s);
        return fail(MailError::Tls, u"TLS with %1 failed: %2%3"_s.arg(where(), why,
            m_options.caCertificateFile.isEmpty() ? u" (for a team server with its own certificate, name it with --ca-cert FILE)"_s : QString()));
    };
    if (url.tls) {
        m_socket->connectToHostEncrypted(url.host, url.port);
        if (!m_socket->waitForConnected(m_options.timeoutMs))
            return fail(MailError::Connect, u"cannot connect to %1: %2"_s.arg(where(), m_socket->errorString()));
        if (!handshake())
            return false;
    } else {
        m_socket->connectToHost(url.host, url.port);
        if (!m_socket->waitForConnected(m_options.timeoutMs))
            return fail(MailError::Connect, u"cannot connect to %1: %2"_s.arg(where(), m_socket->errorString()));
    }
    const std::optional<QByteArray> greeting = readLine(u"waiting for the greeting"_s);
    if (!greeting)
        return false;
    if (!greeting->startsWith("* OK") && !greeting->startsWith("* PREAUTH"))
        return fail(MailError::Protocol, u"%1 is not an IMAP server ready for us: \"%2\""_s.arg(where(), QString::fromUtf8(greeting->left(200))));
    QList<Response> untagged;
    QByteArray status;
    if (url.startTls) {
        if (!command("STARTTLS", nullptr, &status, u"asking for STARTTLS"_s))
            return false;
        if (!status.startsWith("OK"))
            return fail(MailError::Tls, u"%1 refused STARTTLS (the server says: %2)"_s.arg(where(), serverSays(status)));
        m_socket->startClientEncryption();
        if (!handshake())
            return false;
    } else if (!url.tls && !url.host.startsWith(u"127.") && url.host != u"localhost") {
        return fail(MailError::Tls, u"imap://%1 without ?starttls=1 would send the password in clear: use imaps:// or add ?starttls=1"_s.arg(where()));
    }
    const std::optional<QByteArray> user = imapQuoted(url.user), secret = imapQuoted(password);
    if (!user || !secret)
        return fail(MailError::Auth, u"the user or password holds a line break, which IMAP cannot send"_s);
    if (!command("LOGIN " + *user + ' ' + *secret, &untagged, &status, u"logging in"_s))
        return false;
    if (!status.startsWith("OK"))
        return fail(MailError::Auth, u"%1 refused the login of %2: wrong user or password? (the server says: %3)"_s.arg(where(), url.user, serverSays(status)));
    if (!readCapabilities(untagged, status)) {
        untagged.clear();
        if (!command("CAPABILITY", &untagged, &status, u"asking for capabilities"_s))
            return false;
        readCapabilities(untagged, status);
    }
    return true;
}

std::optional<MailboxStatus> ImapSession::examine(const QString &mailbox, bool readWrite)
{
    QList<Response> untagged;
    QByteArray status;
    if (!command((readWrite ? "SELECT " : "EXAMINE ") + mailboxArgument(mailbox), &untagged, &status, u"opening the mailbox %1"_s.arg(mailbox)))
        return std::nullopt;
    if (!status.startsWith("OK")) {
        const QString said = serverSays(status);
        // Which mailboxes there are, decoded, helps to spot a misspelt one ("Atencion" for "Atención").
        QString there;
        if (const std::optional<QStringList> names = list(); names && !names->isEmpty())
            there = u"; the mailboxes there are: "_s + names->mid(0, 20).join(u", "_s) + (names->size() > 20 ? u", …"_s : QString());
        fail(MailError::NoMailbox, u"there is no mailbox \"%1\" for %2 on %3 (the server says: %4)%5"_s.arg(mailbox, m_url.user, where(), said, there));
        return std::nullopt;
    }
    MailboxStatus result;
    for (const Response &r : untagged) {
        if (const qint64 v = number(r.text, "[UIDVALIDITY"); v >= 0)
            result.uidValidity = v;
        if (const qint64 v = number(r.text, "[UIDNEXT"); v >= 0)
            result.uidNext = v;
        if (r.text.endsWith(" EXISTS"))
            result.exists = number(r.text, "*");
    }
    if (result.uidValidity <= 0) {
        fail(MailError::Protocol, u"%1 gave no UIDVALIDITY for %2, so what was read cannot be kept track of"_s.arg(where(), mailbox));
        return std::nullopt;
    }
    return result;
}

std::optional<QList<qint64>> ImapSession::uidSearch(const QByteArray &criteria)
{
    QList<Response> untagged;
    QByteArray status;
    if (!command("UID SEARCH " + criteria, &untagged, &status, u"searching the mailbox"_s))
        return std::nullopt;
    if (!status.startsWith("OK")) {
        fail(MailError::Protocol, u"%1 refused the search \"%2\" (the server says: %3)"_s.arg(where(), QString::fromLatin1(criteria), serverSays(status)));
        return std::nullopt;
    }
    QList<qint64> uids;
    for (const Response &r : untagged) {
        if (!r.text.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : r.text.mid(8).split(' '))
            if (bool ok = false; !word.isEmpty() && (word.toLongLong(&ok), ok))
                uids << word.toLongLong();
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

std::optional<FetchedMail> ImapSession::fetch(qint64 uid)
{
    QList<Response> untagged;
    QByteArray status;
    const QString what = u"fetching UID %1"_s.arg(uid);
    if (!command("UID FETCH " + QByteArray::number(uid) + " (UID FLAGS INTERNALDATE BODY.PEEK[])", &untagged, &status, what))
        return std::nullopt;
    if (!status.startsWith("OK")) {
        fail(MailError::Protocol, u"%1 refused %2 (the server says: %3)"_s.arg(where(), what, serverSays(status)));
        return std::nullopt;
    }
    for (const Response &r : untagged) {
        if (!r.text.contains(" FETCH ") || number(r.text, "UID") != uid || r.literals.isEmpty())
            continue;
        return FetchedMail{uid, internalDate(r.text), r.literals.last(), r.text.contains("\\Seen")};
    }
    fail(MailError::Protocol, u"%1 sent no message for UID %2 (deleted meanwhile?)"_s.arg(where()).arg(uid));
    return std::nullopt;
}

bool ImapSession::markSeen(qint64 uid)
{
    QByteArray status;
    if (!command("UID STORE " + QByteArray::number(uid) + " +FLAGS.SILENT (\\Seen)", nullptr, &status, u"marking UID %1 read"_s.arg(uid)))
        return false;
    return status.startsWith("OK") || fail(MailError::Protocol, u"%1 refused to mark UID %2 read (the server says: %3)"_s.arg(where()).arg(uid).arg(serverSays(status)));
}

std::optional<QStringList> ImapSession::list()
{
    const std::optional<QList<ListedMailbox>> listed = listMailboxes();
    if (!listed)
        return std::nullopt;
    QStringList names;
    for (const ListedMailbox &m : *listed)
        names << m.name;
    return names;
}

std::optional<QList<ListedMailbox>> ImapSession::listMailboxes()
{
    QList<Response> untagged;
    QByteArray status;
    if (!command("LIST \"\" \"*\"", &untagged, &status, u"listing the mailboxes"_s))
        return std::nullopt;
    if (!status.startsWith("OK")) {
        fail(MailError::Protocol, u"%1 refused to list the mailboxes (the server says: %2)"_s.arg(where(), serverSays(status)));
        return std::nullopt;
    }
    QList<ListedMailbox> mailboxes;
    for (const Response &r : untagged) {
        const std::optional<QByteArray> wire = listedName(r.text, r.literals);
        if (!wire)
            continue;
        ListedMailbox m;
        // A name that is not modified UTF-7 (a server that sends UTF-8 without being asked) is shown as it came.
        m.name = decodeMailboxName(*wire).value_or(QString::fromUtf8(*wire));
        const qsizetype open = r.text.indexOf('('), close = r.text.indexOf(')');
        if (open >= 0 && close > open)
            m.flags = QString::fromLatin1(r.text.mid(open + 1, close - open - 1)).split(u' ', Qt::SkipEmptyParts);
        mailboxes << m;
    }
    return mailboxes;
}

bool ImapSession::create(const QString &mailbox)
{
    QByteArray status;
    if (!command("CREATE " + mailboxArgument(mailbox), nullptr, &status, u"creating %1"_s.arg(mailbox)))
        return false;
    return status.startsWith("OK") || fail(MailError::Protocol, u"%1 refused to create %2 (the server says: %3)"_s.arg(where(), mailbox, serverSays(status)));
}

bool ImapSession::append(const QString &mailbox, const QByteArray &raw)
{
    const QByteArray name = mailboxArgument(mailbox);
    const QByteArray tag = "C" + QByteArray::number(++m_tag).rightJustified(4, '0');
    const QString what = u"adding a message to %1"_s.arg(mailbox);
    if (!send(tag + " APPEND " + name + " {" + QByteArray::number(raw.size()) + "}\r\n", what))
        return false;
    const std::optional<QByteArray> go = readLine(what);
    if (!go)
        return false;
    if (!go->startsWith('+'))
        return fail(MailError::Protocol, u"%1 refused %2 (the server says: %3)"_s.arg(where(), what, serverSays(*go)));
    QByteArray status;
    if (!send(raw + "\r\n", what) || !readResponse(tag, nullptr, &status, what))
        return false;
    return status.startsWith("OK") || fail(MailError::Protocol, u"%1 refused %2 (the server says: %3)"_s.arg(where(), what, serverSays(status)));
}

std::optional<bool> ImapSession::idle(int waitMs, const std::atomic_bool *stop)
{
    const QByteArray tag = "C" + QByteArray::number(++m_tag).rightJustified(4, '0');
    if (!send(tag + " IDLE\r\n", u"starting IDLE"_s))
        return std::nullopt;
    const std::optional<QByteArray> go = readLine(u"starting IDLE"_s);
    if (!go)
        return std::nullopt;
    if (!go->startsWith('+')) {
        fail(MailError::Protocol, u"%1 refused IDLE (the server says: %2)"_s.arg(where(), serverSays(*go)));
        return std::nullopt;
    }
    bool changed = false;
    QElapsedTimer timer;
    timer.start();
    while (!changed && timer.elapsed() < waitMs && !(stop && stop->load())) {
        const std::optional<QByteArray> line = readLine(u"waiting in IDLE"_s, int(std::min<qint64>(250, waitMs - timer.elapsed())));
        if (!line)
            return std::nullopt;
        if (line->startsWith("* BYE")) {
            fail(MailError::Dropped, u"%1 closed the connection during IDLE (the server says: %2)"_s.arg(where(), serverSays(line->mid(6))));
            return std::nullopt;
        }
        changed = line->endsWith(" EXISTS") || line->endsWith(" RECENT");
    }
    QByteArray status;
    if (!send("DONE\r\n", u"ending IDLE"_s) || !readResponse(tag, nullptr, &status, u"ending IDLE"_s))
        return std::nullopt;
    return changed;
}

} // namespace calma
