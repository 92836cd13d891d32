// calma-cli mail read FILE…: what Calma takes from each mail, one JSON line per file in order (the
// conventions of score: a file that cannot be read yields {"file":…,"error":…} in its place, a message on
// standard error, and exit 1 at the end). calma-cli mail sync: the mailbox into the database, a JSON line
// per mail that could not be read ({"uid":…,"error":…}) and one per pass; exit 1 when a pass failed or
// skipped mail. Usage errors exit 2 before anything is opened.
#include "mailcommand.h"

#include "jsonlinewriter.h"
#include "datacommands.h"
#include "mail/mailmessage.h"
#include "mail/mailsync.h"
#include "mail/outboxsender.h"
#include "mail/replytext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <cstdio>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

const char kUsage[] = "usage: calma-cli mail read FILE.eml…\n"
                      "       calma-cli mail sync --imap imaps://USER@HOST:PORT/MAILBOX (--password-file FILE | CALMA_IMAP_PASSWORD=…)\n"
                      "                           --database URL [--watch] [--since DAYS] [--ca-cert FILE] [--mark-seen] [--poll SECONDS]\n"
                      "                           [--team-address ADDRESS]…\n"
                      "       calma-cli mail send --smtp smtps://[USER@]HOST:PORT [--password-file FILE | CALMA_SMTP_PASSWORD=…] [--ca-cert FILE]\n"
                      "                           [--imap imaps://USER@HOST:PORT/MAILBOX] --database URL [--watch] [--poll SECONDS]\n"
                      "       calma-cli mail outbox [--state queued|sending|sent|failed]… [--limit N] [--json] --database URL\n"
                      "       calma-cli mail retry ID --database URL\n";

std::atomic_bool g_stop{false};

void onSignal(int)
{
    g_stop.store(true);
}

using Fields = QList<std::pair<const char *, QJsonValue>>;

// One JSON line with its keys in the order given (file first, as a reader scans them).
void printLine(const Fields &fields)
{
    QByteArray line = "{";
    for (const auto &[key, value] : fields) {
        if (line.size() > 1)
            line += ',';
        line += '"' + QByteArray(key) + "\":" + toJsonLine(value);
    }
    line += "}\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Fields describe(const QString &file, const MailMessage &m)
{
    QJsonArray attachments;
    for (const MailAttachment &a : m.attachments)
        attachments << QJsonObject{{u"name"_s, a.name}, {u"type"_s, a.type}, {u"size"_s, a.size}};
    return {{"file", file},
            {"from", m.fromAddress},
            {"name", orNull(m.fromName)},
            {"subject", m.subject},
            {"thread_subject", ReplyText::shipped().baseSubject(m.subject)},
            {"message_id", m.messageIdMissing ? QJsonValue(QJsonValue::Null) : QJsonValue(m.messageId)},
            {"answers", QJsonArray::fromStringList(m.answeredIds())},
            {"date", m.dateMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(m.dateMs, Qt::UTC).toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null)},
            {"text", ReplyText::shipped().customerText(m.text)},
            {"attachments", attachments},
            {"problems", QJsonArray::fromStringList(m.problems)}};
}

int read(const QStringList &files)
{
    int status = 0;
    for (const QString &path : files) {
        QFile file(path);
        QString error;
        std::optional<MailMessage> message;
        if (!file.open(QIODevice::ReadOnly)) {
            error = u"cannot open: "_s + file.errorString();
        } else {
            MailParse parsed = parseMail(file.readAll());
            error = parsed.error;
            message = std::move(parsed.message);
        }
        if (!message) {
            std::fprintf(stderr, "calma-cli mail read: %s: %s\n", qPrintable(path), qPrintable(error));
            printLine({{"file", path}, {"error", error}});
            status = 1;
            continue;
        }
        printLine(describe(path, *message));
    }
    return status;
}

const char *errorName(MailError kind)
{
    switch (kind) {
    case MailError::None: return "none";
    case MailError::Connect: return "connect";
    case MailError::Tls: return "tls";
    case MailError::Auth: return "auth";
    case MailError::NoMailbox: return "no-mailbox";
    case MailError::Dropped: return "dropped";
    case MailError::Timeout: return "timeout";
    case MailError::Protocol: return "protocol";
    case MailError::Refused: return "database";
    }
    return "unknown";
}

// The pass's lines: one per skipped mail, then the pass itself. False when the pass failed or skipped mail.
bool printPass(const SyncReport &r)
{
    for (const SkippedMail &s : r.skipped) {
        std::fprintf(stderr, "calma-cli mail sync: %s UID %lld skipped: %s\n", qPrintable(r.mailbox), static_cast<long long>(s.uid), qPrintable(s.error));
        printLine({{"mailbox", r.mailbox}, {"uid", s.uid}, {"error", s.error}});
    }
    Fields fields{{"mailbox", r.mailbox}, {"ok", r.ok}};
    if (!r.ok) {
        std::fprintf(stderr, "calma-cli mail sync: %s\n", qPrintable(r.error));
        fields.append({"error", r.error});
        fields.append({"error_kind", QString::fromLatin1(errorName(r.errorKind))});
    }
    fields.append({{"uidvalidity", r.uidValidity}, {"last_uid", r.lastUid}, {"first_connection", r.firstConnection},
                   {"fetched", r.fetched}, {"added", r.added}, {"new_conversations", r.newConversations}, {"threaded", r.threaded},
                   {"duplicates", r.duplicates}, {"from_team", r.fromTeam}, {"team_only", r.teamOnly},
                   {"skipped", qint64(r.skipped.size())}, {"seconds", double(r.elapsedMs) / 1000.0}});
    printLine(fields);
    std::fflush(stdout);
    return r.ok && r.skipped.isEmpty();
}

int sync(const QCommandLineParser &parser, const QStringList &names)
{
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    QString error;
    const QString imapText = value("imap");
    if (imapText.isEmpty()) {
        std::fputs("calma-cli mail sync: --imap imaps://USER@HOST:PORT/MAILBOX is required\n", stderr);
        return 2;
    }
    const std::optional<ImapUrl> url = ImapUrl::parse(imapText, &error);
    if (!url) {
        std::fprintf(stderr, "calma-cli mail sync: --imap: %s\n", qPrintable(error));
        return 2;
    }
    MailSyncOptions options;
    options.url = *url;
    options.caCertificateFile = value("ca-cert");
    options.markSeen = parser.isSet(u"mark-seen"_s);
    for (const QString &text : parser.values(u"team-address"_s)) {
        const std::optional<MailAddress> team = MailAddress::parse(text, &error);
        if (!team) {
            std::fprintf(stderr, "calma-cli mail sync: --team-address \"%s\": %s\n", qPrintable(text), qPrintable(error));
            return 2;
        }
        options.teamAddresses << team->address;
    }
    bool ok = true;
    if (parser.isSet(u"since"_s)) {
        options.sinceDays = value("since").toInt(&ok);
        if (!ok || options.sinceDays < 0 || options.sinceDays > 3650) {
            std::fprintf(stderr, "calma-cli mail sync: --since must be a whole number of days from 0 to 3650, not \"%s\"\n", qPrintable(value("since")));
            return 2;
        }
    }
    const int pollS = value("poll").toInt(&ok);
    if (!ok || pollS < 1 || pollS > 1500) {
        std::fprintf(stderr, "calma-cli mail sync: --poll must be a whole number of seconds from 1 to 1500, not \"%s\"\n", qPrintable(value("poll")));
        return 2;
    }
    options.pollMs = pollS * 1000;
    if (!options.caCertificateFile.isEmpty() && !QFileInfo::exists(options.caCertificateFile)) {
        std::fprintf(stderr, "calma-cli mail sync: --ca-cert %s does not exist\n", qPrintable(options.caCertificateFile));
        return 2;
    }
    const std::optional<QString> secret = readPassword(value("password-file"), "CALMA_IMAP_PASSWORD", "mail sync");
    if (!secret)
        return 2;
    options.password = *secret;
    Q_UNUSED(names);
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    const auto loaded = ToneAnalyzer::load();
    if (!loaded.analyzer) {
        std::fputs("calma-cli mail sync: the lexicons cannot be loaded\n", stderr);
        return 1;
    }
    MailSync mailSync(database, loaded.analyzer, options);
    if (!mailSync.lock(&error)) {
        std::fprintf(stderr, "calma-cli mail sync: %s\n", qPrintable(error));
        return 1;
    }
    if (!parser.isSet(u"watch"_s))
        return printPass(mailSync.syncOnce()) ? 0 : 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    bool allOk = true;
    mailSync.watch(g_stop, [&](const SyncReport &r) {
        // A quiet pass (nothing new) is not worth a line; a failed one, or one that found mail, is.
        if (!r.ok || r.fetched > 0 || r.firstConnection)
            allOk = printPass(r) && allOk;
    });
    return g_stop.load() ? (allOk ? 0 : 1) : 1;
}


QJsonValue isoTime(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool printOutcome(const SendOutcome &o)
{
    const OutboxEntry &e = o.entry;
    if (!o.foundIn.isEmpty())
        std::fprintf(stderr, "calma-cli mail send: mail %lld (%s) was left sending by %s, and is in %s already: recorded as sent, "
                             "not sent again\n",
                     static_cast<long long>(e.id), qPrintable(e.rfcMessageId), qPrintable(o.takenOverFrom), qPrintable(o.foundIn));
    else if (!o.takenOverFrom.isEmpty())
        std::fprintf(stderr, "calma-cli mail send: mail %lld (%s) was left sending by %s, whose claim was not renewed for %lld s; "
                             "it goes again with the same Message-ID\n",
                     static_cast<long long>(e.id), qPrintable(e.rfcMessageId), qPrintable(o.takenOverFrom), static_cast<long long>(kSendLeaseMs / 1000));
    if (e.state != SendState::Sent)
        std::fprintf(stderr, "calma-cli mail send: mail %lld (%s, to %s) not sent, attempt %d, next attempt at %s: %s\n",
                     static_cast<long long>(e.id), qPrintable(e.rfcMessageId), qPrintable(e.recipient), e.attempts,
                     qPrintable(isoTime(e.nextAttemptMs).toString()), qPrintable(e.lastError));
    const QByteArray line = outboxJson(e) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    return e.state == SendState::Sent;
}

// A pass's lines: one per mail tried, then the pass. False when a mail failed or the database could not be used.
bool printSendPass(const OutboxPass &pass)
{
    bool allSent = true;
    for (const SendOutcome &o : pass.outcomes)
        allSent = printOutcome(o) && allSent;
    Fields fields{{"ok", pass.ok}};
    if (!pass.ok) {
        std::fprintf(stderr, "calma-cli mail send: %s\n", qPrintable(pass.error));
        fields.append({"error", pass.error});
    }
    fields.append({{"sent", pass.sent()}, {"failed", pass.failed()}, {"seconds", double(pass.elapsedMs) / 1000.0}});
    printLine(fields);
    std::fflush(stdout);
    return pass.ok && allSent;
}

int send(const QCommandLineParser &parser)
{
    const std::optional<SmtpOptions> options = smtpOptions(parser, "mail send");
    if (!options)
        return 2;
    bool ok = false;
    const int pollS = parser.value(u"poll"_s).toInt(&ok);
    if (!ok || pollS < 1 || pollS > 1500) {
        std::fprintf(stderr, "calma-cli mail send: --poll must be a whole number of seconds from 1 to 1500, not \"%s\"\n",
                     qPrintable(parser.value(u"poll"_s)));
        return 2;
    }
    // With the team's IMAP account, a mail whose sender died mid-send is looked for among the sent mail
    // before it goes again.
    std::optional<SentCheck> check;
    if (const QString imap = parser.value(u"imap"_s); !imap.isEmpty()) {
        QString error;
        const std::optional<ImapUrl> url = ImapUrl::parse(imap, &error);
        if (!url) {
            std::fprintf(stderr, "calma-cli mail send: --imap: %s\n", qPrintable(error));
            return 2;
        }
        const std::optional<QString> secret = qEnvironmentVariableIsSet("CALMA_IMAP_PASSWORD") || !parser.isSet(u"password-file"_s)
            ? readPassword({}, "CALMA_IMAP_PASSWORD", "mail send --imap")
            : std::optional<QString>(options->password);
        if (!secret)
            return 2;
        check = SentCheck{*url, *secret, options->caCertificateFile};
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    OutboxSender sender(database, *options);
    sender.setSentCheck(check);
    if (!parser.isSet(u"watch"_s))
        return printSendPass(sender.sendDue()) ? 0 : 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    bool allOk = true;
    sender.watch(g_stop, pollS * 1000, [&](const OutboxPass &pass) { allOk = printSendPass(pass) && allOk; });
    return allOk ? 0 : 1;
}

int outbox(const QCommandLineParser &parser)
{
    QList<SendState> states;
    for (const QString &name : parser.values(u"state"_s)) {
        const std::optional<SendState> state = sendStateFromName(name);
        if (!state) {
            std::fprintf(stderr, "calma-cli mail outbox: --state must be queued, sending, sent or failed, not \"%s\"\n", qPrintable(name));
            return 2;
        }
        states << *state;
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        std::fprintf(stderr, "calma-cli mail outbox: --limit must be a whole number from 1 to 100000, not \"%s\"\n", qPrintable(parser.value(u"limit"_s)));
        return 2;
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    QString error;
    const auto entries = Outbox(database).entries(states, limit, &error);
    if (!entries) {
        std::fprintf(stderr, "calma-cli mail outbox: %s\n", qPrintable(error));
        return 1;
    }
    const bool json = parser.isSet(u"json"_s);
    if (!json)
        std::printf("%-6s %-6s %-8s %8s  %-28s %s\n", "MAIL", "CONV", "STATE", "ATTEMPTS", "TO", "SUBJECT");
    for (const OutboxEntry &e : *entries) {
        if (json) {
            const QByteArray line = outboxJson(e) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            continue;
        }
        std::printf("%-6lld %-6lld %-8s %8d  %-28s %s\n", static_cast<long long>(e.id), static_cast<long long>(e.conversationId),
                    qPrintable(sendStateName(e.state)), e.attempts, qPrintable(e.recipient), qPrintable(e.subject.simplified()));
        if (!e.lastError.isEmpty())
            std::printf("       last error: %s; next attempt at %s\n", qPrintable(e.lastError),
                        qPrintable(QDateTime::fromMSecsSinceEpoch(e.nextAttemptMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)));
    }
    return 0;
}

int retry(const QCommandLineParser &parser, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id < 1) {
        std::fprintf(stderr, "calma-cli mail retry: which mail? Give its number from 'calma-cli mail outbox', not \"%s\"\n", qPrintable(idText));
        return 2;
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    QString error;
    if (!Outbox(database).retryNow(id, QDateTime::currentMSecsSinceEpoch(), &error)) {
        std::fprintf(stderr, "calma-cli mail retry: %s\n",
                     qPrintable(error.isEmpty() ? u"mail %1 is not a failed mail in the outbox (see calma-cli mail outbox)"_s.arg(id) : error));
        return 1;
    }
    std::printf("mail %lld is due now: calma-cli mail send (or a running mail send --watch) sends it\n", static_cast<long long>(id));
    return 0;
}

} // namespace

std::optional<QString> readPassword(const QString &file, const char *variable, const char *command)
{
    if (file.isEmpty()) {
        if (!qEnvironmentVariableIsSet(variable)) {
            std::fprintf(stderr, "calma-cli %s: no password: give --password-file FILE (readable only by you) or set %s\n", command, variable);
            return std::nullopt;
        }
        return qEnvironmentVariable(variable);
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "calma-cli %s: cannot read the password file %s: %s\n", command, qPrintable(file), qPrintable(f.errorString()));
        return std::nullopt;
    }
    if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        std::fprintf(stderr, "calma-cli %s: the password file %s can be read or written by others: chmod 600 it first\n", command, qPrintable(file));
        return std::nullopt;
    }
    QString secret = QString::fromUtf8(f.readAll());
    while (secret.endsWith(u'\n') || secret.endsWith(u'\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        std::fprintf(stderr, "calma-cli %s: the password file %s is empty\n", command, qPrintable(file));
        return std::nullopt;
    }
    return secret;
}

std::optional<SmtpOptions> smtpOptions(const QCommandLineParser &parser, const char *command)
{
    const QString text = parser.value(u"smtp"_s);
    if (text.isEmpty()) {
        std::fprintf(stderr, "calma-cli %s: --smtp smtps://[USER@]HOST:PORT (or smtp://… with STARTTLS) is required\n", command);
        return std::nullopt;
    }
    QString error;
    const std::optional<SmtpUrl> url = SmtpUrl::parse(text, &error);
    if (!url) {
        std::fprintf(stderr, "calma-cli %s: --smtp: %s\n", command, qPrintable(error));
        return std::nullopt;
    }
    SmtpOptions options;
    options.url = *url;
    options.caCertificateFile = parser.value(u"ca-cert"_s);
    if (!options.caCertificateFile.isEmpty() && !QFileInfo::exists(options.caCertificateFile)) {
        std::fprintf(stderr, "calma-cli %s: --ca-cert %s does not exist\n", command, qPrintable(options.caCertificateFile));
        return std::nullopt;
    }
    // A server that takes mail without a login (a relay for the team's network) needs no password.
    if (!url->user.isEmpty() || parser.isSet(u"password-file"_s)) {
        const std::optional<QString> secret = readPassword(parser.value(u"password-file"_s), "CALMA_SMTP_PASSWORD", command);
        if (!secret)
            return std::nullopt;
        options.password = *secret;
    }
    return options;
}

QByteArray outboxJson(const OutboxEntry &e)
{
    QByteArray line = "{";
    const Fields fields{{"id", e.id},
                        {"conversation", e.conversationId},
                        {"message_id", e.rfcMessageId},
                        {"to", e.recipient},
                        {"subject", e.subject},
                        {"state", sendStateName(e.state)},
                        {"attempts", e.attempts},
                        {"error", orNull(e.lastError)},
                        {"queued", isoTime(e.queuedMs)},
                        {"next_attempt", e.state == SendState::Queued || e.state == SendState::Failed ? isoTime(e.nextAttemptMs) : QJsonValue(QJsonValue::Null)},
                        {"sent", isoTime(e.sentMs)}};
    for (const auto &[key, value] : fields) {
        if (line.size() > 1)
            line += ',';
        line += '"' + QByteArray(key) + "\":" + toJsonLine(value);
    }
    return line + '}';
}

int runMail(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The support mailbox. read: what Calma takes from each mail file (.eml) — sender, subject, threading, the "
        u"customer's own text without quotes and signatures, attachments — one JSON line per file. sync: new mail from an "
        u"IMAP mailbox into the inbox, threaded and scored, resuming where the last sync stopped. send: the replies waiting in the "
        u"outbox, over SMTP. outbox: the replies' mail and its state (queued, sending, sent, failed). retry ID: a failed mail is due now."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, u"read, sync, send, outbox or retry"_s);
    parser.addPositionalArgument(u"files"_s, u"read: mail files (.eml)"_s, u"FILE…"_s);
    parser.addOption(databaseOption());
    parser.addOptions({
        {u"imap"_s, u"sync: the mailbox, imaps://USER@HOST:PORT/MAILBOX or imap://USER@HOST:PORT/MAILBOX?starttls=1; send: the team's "
                    u"account, where a mail whose sender died mid-send is looked for (Sent, the mailbox) before it goes again "
                    u"(password: CALMA_IMAP_PASSWORD, else the --password-file)."_s, u"url"_s},
        {u"smtp"_s, u"send: the SMTP server, smtps://[USER@]HOST:PORT or smtp://[USER@]HOST:PORT (STARTTLS, required)."_s, u"url"_s},
        {u"password-file"_s, u"sync, send: a file holding the password, readable only by its owner (else CALMA_IMAP_PASSWORD, CALMA_SMTP_PASSWORD)."_s, u"file"_s},
        {u"ca-cert"_s, u"sync, send: a PEM certificate to trust (a team server's own, self-signed)."_s, u"file"_s},
        {u"since"_s, u"sync: on the mailbox's first connection, also take the mail of the last DAYS days."_s, u"days"_s},
        {u"watch"_s, u"sync: keep watching for new mail (IDLE, or polling), reconnecting after drops; send: keep sending what "
                     u"comes due; stop with Ctrl+C."_s},
        {u"poll"_s, u"sync --watch: seconds between looks when the server has no IDLE (default 60); send --watch: between "
                    u"looks at the outbox (default 60)."_s, u"seconds"_s, u"60"_s},
        {u"state"_s, u"outbox: only mail in this state, queued, sending, sent or failed (repeatable)."_s, u"state"_s},
        {u"limit"_s, u"outbox: at most this many, newest first (default 100)."_s, u"n"_s, u"100"_s},
        {u"json"_s, u"outbox: a JSON line per mail instead of a table."_s},
        {u"mark-seen"_s, u"sync: mark the mail stored as read on the server (by default nothing is marked)."_s},
        {u"team-address"_s, u"sync: the team's own address (repeatable): its mail is stored as the team's answer, not the customer's. "
                            u"The IMAP user, when it is an address, and the addresses replies are sent from count already."_s, u"address"_s},
    });
    parser.process(arguments);
    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"sync") {
        if (positional.size() > 1) {
            std::fprintf(stderr, "calma-cli mail sync: unexpected \"%s\"\n", qPrintable(positional.at(1)));
            return 2;
        }
        return sync(parser, positional);
    }
    if (action == u"send" || action == u"outbox" || action == u"retry") {
        const qsizetype wanted = action == u"retry" ? 2 : 1;
        if (positional.size() > wanted) {
            std::fprintf(stderr, "calma-cli mail %s: unexpected \"%s\"\n", qPrintable(action), qPrintable(positional.at(wanted)));
            return 2;
        }
        if (action == u"send")
            return send(parser);
        if (action == u"outbox")
            return outbox(parser);
        return retry(parser, positional.value(1));
    }
    if (action != u"read") {
        if (!action.isEmpty())
            std::fprintf(stderr, "calma-cli mail: unknown action '%s'\n", qPrintable(action));
        std::fputs(kUsage, stderr);
        return 2;
    }
    positional.removeFirst();
    if (positional.isEmpty()) {
        std::fputs("calma-cli mail read: which files? Give one or more .eml files\n", stderr);
        return 2;
    }
    return read(positional);
}

} // namespace calma::cli
