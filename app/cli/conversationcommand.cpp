// calma-cli conversation: the workflow of the workspace from scripts (list, show, claim, release,
// reply, status, expiry). Usage errors (a bad id, status or option) exit 2 before the database is
// opened; what the database refuses or lacks (not found, claimed by another agent) exits 1; both say
// why on standard error and write nothing.
#include "conversationcommand.h"

#include "datacommands.h"
#include "jsonlinewriter.h"
#include "mail/outboxsender.h"
#include "mailcommand.h"
#include "storage/conversationstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>
#include <cstdio>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

const char kUsage[] = "usage: calma-cli conversation list [--status S]… [--limit N] [--json] [--database URL]\n"
                      "       calma-cli conversation show ID [--json] [--database URL]\n"
                      "       calma-cli conversation claim|release ID --agent NAME [--json] [--database URL]\n"
                      "       calma-cli conversation reply ID --agent NAME --text TEXT [--json] [--database URL]\n"
                      "                 [--from ADDRESS [--send --smtp smtps://[USER@]HOST:PORT [--password-file FILE] [--ca-cert FILE]]]\n"
                      "       calma-cli conversation status ID open|pending|solved|closed [--json] [--database URL]\n"
                      "       calma-cli conversation expiry [MINUTES] [--database URL]\n";

struct Command
{
    QString action;
    void error(const QString &message) const
    {
        std::fprintf(stderr, "calma-cli conversation %s: %s\n", qPrintable(action), qPrintable(message));
    }
};

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); // "…Z"
}

QString readableTime(qint64 ms)
{
    return ms <= 0 ? u"-"_s : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

// A JSON object with its keys in the order given (the contract's order, not alphabetical).
class Line
{
public:
    Line &add(const char *key, const QJsonValue &value)
    {
        return raw(key, toJsonLine(value));
    }
    Line &raw(const char *key, const QByteArray &json)
    {
        m_text += m_text.isEmpty() ? "{\"" : ",\"";
        m_text += key;
        m_text += "\":";
        m_text += json;
        return *this;
    }
    QByteArray text() const { return m_text.isEmpty() ? QByteArray("{}") : m_text + '}'; }

private:
    QByteArray m_text;
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Line stateLine(const ConversationState &c)
{
    Line line;
    line.add("id", c.id).add("external_id", orNull(c.externalId)).add("subject", c.subject).add("status", c.status);
    line.add("assignee", orNull(c.assignee)).add("heat", c.heat).add("waiting_since", isoTime(c.waitingSinceMs));
    return line;
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

std::optional<qint64> conversationId(const Command &command, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1) {
        command.error(text.isEmpty() ? u"which conversation? Give its id (a number, as 'calma-cli conversation list' shows)"_s
                                     : u"the conversation id must be a whole number from 1, not \"%1\""_s.arg(text));
        return std::nullopt;
    }
    return id;
}

QString expiryText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    return ms % 60000 == 0 ? u"%1 min"_s.arg(minutes) : u"%1 s"_s.arg(ms / 1000);
}

int list(const Command &command, const QCommandLineParser &parser, const QCommandLineOption &statusOption,
         const QCommandLineOption &limitOption, bool json)
{
    InboxQuery query;
    if (parser.isSet(statusOption)) {
        query.statuses.clear();
        for (const QString &status : parser.values(statusOption)) {
            if (!conversationStatuses().contains(status)) {
                command.error(u"--status must be %1, not \"%2\""_s.arg(conversationStatuses().join(u", "_s), status));
                return 2;
            }
            if (!query.statuses.contains(status))
                query.statuses << status;
        }
    }
    bool limitOk = false;
    query.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 100000) {
        command.error(u"--limit must be a whole number from 1 to 100000, not \"%1\""_s.arg(parser.value(limitOption)));
        return 2;
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    const ConversationStore store(database);
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.nowMs = now;
    const qint64 expiry = store.claimExpiryMs(&error);
    const QList<ConversationSummary> rows = error.isEmpty() ? store.inbox(query, &error) : QList<ConversationSummary>{};
    if (!error.isEmpty()) {
        command.error(error);
        return 1;
    }
    if (!json)
        std::printf("%-6s %-12s %-8s %4s  %-20s %-16s %s\n", "ID", "EXTERNAL ID", "STATUS", "HEAT", "WAITING SINCE", "ASSIGNEE", "SUBJECT");
    for (const ConversationSummary &c : rows) {
        const QString assignee = c.claimedMs > 0 && c.claimedMs >= now - expiry ? c.assignee : QString();
        if (json) {
            Line line;
            line.add("id", c.id).add("external_id", orNull(c.externalId)).add("subject", c.subject).add("status", c.status);
            line.add("assignee", orNull(assignee)).add("heat", c.heat).add("waiting_since", isoTime(c.waitingSinceMs));
            printLine(line.text());
        } else {
            std::printf("%-6lld %-12s %-8s %4d  %-20s %-16s %s\n", static_cast<long long>(c.id),
                        qPrintable(c.externalId.isEmpty() ? u"-"_s : c.externalId), qPrintable(c.status), c.heat,
                        qPrintable(readableTime(c.waitingSinceMs)), qPrintable(assignee.isEmpty() ? u"-"_s : assignee),
                        qPrintable(c.subject.simplified()));
        }
    }
    return 0;
}

int show(const Command &command, const ConversationStore &store, qint64 id, bool json)
{
    QString error;
    const auto state = store.conversation(id, QDateTime::currentMSecsSinceEpoch(), &error);
    QList<StoredMessage> messages;
    std::optional<QHash<qint64, OutboxEntry>> mail = QHash<qint64, OutboxEntry>{};
    if (state)
        messages = store.messages(id, &error);
    if (state && error.isEmpty())
        mail = Outbox(store.sharedDatabase()).entriesOfConversation(id, &error);
    if (!error.isEmpty()) {
        command.error(error);
        return 1;
    }
    if (!state) {
        command.error(u"there is no conversation %1"_s.arg(id));
        return 1;
    }
    if (json) {
        QByteArray array = "[";
        for (const StoredMessage &m : messages) {
            if (array.size() > 1)
                array += ',';
            Line line;
            line.add("id", m.id).add("direction", m.direction).add("author", m.author).add("time", isoTime(m.sentMs));
            line.add("text", m.body).add("heat", m.heat < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.heat));
            // A reply mailed to the customer: its mail and send state (queued, sending, sent, failed); null otherwise.
            if (mail && mail->contains(m.id))
                line.raw("mail", outboxJson(mail->value(m.id)));
            else
                line.add("mail", QJsonValue(QJsonValue::Null));
            array += line.text();
        }
        array += ']';
        printLine(stateLine(*state).raw("messages", array).text());
        return 0;
    }
    std::printf("conversation %lld%s: %s\nstatus: %s\nassignee: %s\nwaiting since: %s\nheat: %d\n", static_cast<long long>(state->id),
                state->externalId.isEmpty() ? "" : qPrintable(u" ("_s + state->externalId + u')'), qPrintable(state->subject),
                qPrintable(state->status), state->assignee.isEmpty() ? "nobody" : qPrintable(state->assignee),
                state->waitingSinceMs > 0 ? qPrintable(readableTime(state->waitingSinceMs)) : "not waiting", state->heat);
    for (const StoredMessage &m : messages) {
        QString heat = m.heat < 0 ? QString() : u", heat %1"_s.arg(m.heat);
        if (mail && mail->contains(m.id)) {
            const OutboxEntry &e = (*mail)[m.id];
            heat += u", mail to %1 %2"_s.arg(e.recipient, sendStateName(e.state));
            if (e.state == SendState::Failed)
                heat += u" (attempt %1: %2)"_s.arg(QString::number(e.attempts), e.lastError);
        }
        std::printf("\n[%s] %s%s%s\n%s\n", qPrintable(readableTime(m.sentMs)), qPrintable(m.direction),
                    m.author.isEmpty() ? "" : qPrintable(u" "_s + m.author), qPrintable(heat), qPrintable(m.body));
    }
    return 0;
}

// After a change: the conversation's state, as a JSON line or a sentence ("{status}": its status now).
int printState(const Command &command, const ConversationStore &store, qint64 id, bool json, const QString &sentence)
{
    QString error;
    const auto state = store.conversation(id, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!state) {
        command.error(error.isEmpty() ? u"there is no conversation %1"_s.arg(id) : error);
        return 1;
    }
    if (json)
        printLine(stateLine(*state).text());
    else
        std::printf("%s\n", qPrintable(QString(sentence).replace(u"{status}"_s, state->status)));
    return 0;
}


// A reply to a mail conversation: stored with its mail in the outbox and, with --send, sent now. A mail
// that could not be sent stays in the outbox (exit 1, saying why); the reply is stored either way.
int mailReply(const Command &command, const std::shared_ptr<Database> &database, qint64 id, const QString &agent, const QString &text,
              const MailAddress &from, const std::optional<SmtpOptions> &smtp, bool json)
{
    const ConversationStore store(database);
    OutboxEntry entry;
    QString holder, error;
    switch (Outbox(database).queueReply(id, agent, text, from, QDateTime::currentMSecsSinceEpoch(), &entry, &holder, &error)) {
    case QueueResult::Queued:
        break;
    case QueueResult::Taken:
        command.error(u"conversation %1 is claimed by %2: the reply was not stored"_s.arg(QString::number(id), holder));
        return 1;
    case QueueResult::NotFound:
        command.error(u"there is no conversation %1"_s.arg(id));
        return 1;
    case QueueResult::NotMail:
        command.error(error + u": nothing was stored (without --from the reply is stored and not mailed)"_s);
        return 1;
    case QueueResult::Failed:
        command.error(error);
        return 1;
    }
    bool failed = false;
    if (smtp) {
        const OutboxPass pass = OutboxSender(database, *smtp).sendDue(entry.id);
        if (!pass.outcomes.isEmpty())
            entry = pass.outcomes.first().entry;
        if (!pass.ok || entry.state != SendState::Sent) {
            failed = true;
            command.error(u"the reply is stored but its mail was not sent: %1; it stays in the outbox as mail %2 (attempt %3), and "
                          u"calma-cli mail send tries it again"_s.arg(pass.ok ? entry.lastError : pass.error, QString::number(entry.id))
                              .arg(entry.attempts));
        }
    }
    const auto state = store.conversation(id, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!state) {
        command.error(error.isEmpty() ? u"there is no conversation %1"_s.arg(id) : error);
        return 1;
    }
    if (json) {
        printLine(stateLine(*state).raw("mail", outboxJson(entry)).text());
    } else if (entry.state == SendState::Sent) {
        std::printf("reply sent to %s as <%s>; conversation %lld is %s\n", qPrintable(entry.recipient), qPrintable(entry.rfcMessageId),
                    static_cast<long long>(id), qPrintable(state->status));
    } else if (!failed) {
        std::printf("reply stored and queued as mail %lld to %s (calma-cli mail send sends it); conversation %lld is %s\n",
                    static_cast<long long>(entry.id), qPrintable(entry.recipient), static_cast<long long>(id), qPrintable(state->status));
    }
    return failed ? 1 : 0;
}

} // namespace

int runConversation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The conversation workflow. Statuses: open (the customer is waiting), pending (answered, waiting for the customer), "
        u"solved, closed. An agent claims a conversation and keeps it until they release it, solve or close it, or the "
        u"claim expires after the team's setting (default 30 min) without the holder's activity (a reply or a claim)."_s);
    parser.addHelpOption();
    parser.addOption(databaseOption());
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON (a line per conversation for list) instead of text."_s);
    const QCommandLineOption agentOption(u"agent"_s, u"The agent who claims, releases or replies."_s, u"name"_s);
    const QCommandLineOption textOption(u"text"_s, u"The reply's text."_s, u"text"_s);
    const QCommandLineOption statusOption(u"status"_s, u"list: only this status (repeatable; default: open and pending)."_s, u"status"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"list: at most this many (default 100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption fromOption(u"from"_s, u"reply: mail the reply to the customer from this team address (\"Name <address>\" or address); "
                                                   u"it waits in the outbox for calma-cli mail send, unless --send."_s, u"address"_s);
    const QCommandLineOption sendOption(u"send"_s, u"reply --from: send the mail now, through --smtp."_s);
    const QCommandLineOption smtpOption(u"smtp"_s, u"reply --send: the SMTP server, smtps://[USER@]HOST:PORT or smtp://… (STARTTLS, required)."_s, u"url"_s);
    const QCommandLineOption passwordOption(u"password-file"_s, u"reply --send: the SMTP password in a file only its owner can read "
                                                                u"(else CALMA_SMTP_PASSWORD)."_s, u"file"_s);
    const QCommandLineOption caOption(u"ca-cert"_s, u"reply --send: a PEM certificate to trust (a team server's own)."_s, u"file"_s);
    parser.addOptions({jsonOption, agentOption, textOption, statusOption, limitOption, fromOption, sendOption, smtpOption, passwordOption, caOption});
    parser.addPositionalArgument(u"action"_s, u"list, show, claim, release, reply, status or expiry"_s);
    parser.addPositionalArgument(u"id"_s, u"The conversation's id (list shows them)."_s, u"[ID]"_s);
    parser.process(arguments);
    QStringList positional = parser.positionalArguments();
    static const QStringList actions{u"list"_s, u"show"_s, u"claim"_s, u"release"_s, u"reply"_s, u"status"_s, u"expiry"_s};
    const Command command{positional.value(0)};
    if (!actions.contains(command.action)) {
        if (!command.action.isEmpty())
            std::fprintf(stderr, "calma-cli conversation: unknown action '%s'\n", qPrintable(command.action));
        std::fputs(kUsage, stderr);
        return 2;
    }
    positional.removeFirst();
    const bool json = parser.isSet(jsonOption);
    // Everything the action needs is checked before the database is opened: a usage error writes nothing.
    const qsizetype wanted = command.action == u"list" ? 0 : command.action == u"status" ? 2 : command.action == u"expiry" ? -1 : 1;
    if ((wanted >= 0 && positional.size() > wanted) || (wanted < 0 && positional.size() > 1)) {
        command.error(u"unexpected \"%1\""_s.arg(positional.value(wanted < 0 ? 1 : wanted)));
        return 2;
    }
    if (command.action == u"list")
        return list(command, parser, statusOption, limitOption, json);
    if (command.action == u"expiry") {
        std::optional<qint64> minutes;
        if (!positional.isEmpty()) {
            bool ok = false;
            minutes = positional.first().toLongLong(&ok);
            if (!ok || *minutes < 1 || *minutes > 7 * 24 * 60) {
                command.error(u"the claim expiry is a whole number of minutes from 1 to 10080, not \"%1\""_s.arg(positional.first()));
                return 2;
            }
        }
        const auto database = openDatabase(parser);
        if (!database)
            return 1;
        const ConversationStore store(database);
        QString error;
        if (minutes && !store.setClaimExpiryMs(*minutes * 60000, &error)) {
            command.error(error);
            return 1;
        }
        const qint64 expiry = store.claimExpiryMs(&error);
        if (!error.isEmpty()) {
            command.error(error);
            return 1;
        }
        std::printf("claims expire after %s without the holder's activity\n", qPrintable(expiryText(expiry)));
        return 0;
    }
    const auto id = conversationId(command, positional.value(0));
    if (!id)
        return 2;
    const bool needsAgent = command.action == u"claim" || command.action == u"release" || command.action == u"reply";
    const QString agent = parser.value(agentOption).trimmed();
    if (needsAgent && agent.isEmpty()) {
        command.error(u"--agent NAME is required: the agent who %1"_s
                          .arg(command.action == u"reply" ? u"replies"_s : command.action + u"s the conversation"_s));
        return 2;
    }
    if (!needsAgent && parser.isSet(agentOption)) {
        command.error(u"--agent is for claim, release and reply"_s);
        return 2;
    }
    const QString text = parser.value(textOption);
    if (command.action == u"reply" && text.trimmed().isEmpty()) {
        command.error(u"--text TEXT is required (the reply)"_s);
        return 2;
    }
    if (command.action != u"reply" && parser.isSet(textOption)) {
        command.error(u"--text is for reply"_s);
        return 2;
    }
    std::optional<MailAddress> from;
    std::optional<SmtpOptions> smtp;
    for (const QCommandLineOption *o : {&fromOption, &sendOption, &smtpOption, &passwordOption, &caOption}) {
        if (command.action != u"reply" && parser.isSet(*o)) {
            command.error(u"--%1 is for reply"_s.arg(o->names().first()));
            return 2;
        }
    }
    if (parser.isSet(fromOption)) {
        QString problem;
        from = MailAddress::parse(parser.value(fromOption), &problem);
        if (!from) {
            command.error(u"--from: "_s + problem);
            return 2;
        }
    }
    if (parser.isSet(sendOption)) {
        if (!from) {
            command.error(u"--send needs --from ADDRESS, the team address the mail goes from"_s);
            return 2;
        }
        smtp = smtpOptions(parser, "conversation reply");
        if (!smtp)
            return 2;
    } else {
        for (const QCommandLineOption *o : {&smtpOption, &passwordOption, &caOption}) {
            if (parser.isSet(*o)) {
                command.error(u"--%1 is for --send"_s.arg(o->names().first()));
                return 2;
            }
        }
    }
    const QString status = positional.value(1);
    if (command.action == u"status" && !conversationStatuses().contains(status)) {
        command.error(status.isEmpty() ? u"which status? Give %1"_s.arg(conversationStatuses().join(u", "_s))
                                       : u"the status must be %1, not \"%2\""_s.arg(conversationStatuses().join(u", "_s), status));
        return 2;
    }
    const auto database = openDatabase(parser);
    if (!database)
        return 1;
    const ConversationStore store(database);
    if (command.action == u"show")
        return show(command, store, *id, json);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error, holder;
    const QString notFound = u"there is no conversation %1"_s.arg(*id);
    if (command.action == u"claim") {
        switch (store.claim(*id, agent, now, -1, &holder, &error)) {
        case ClaimResult::Claimed:
        case ClaimResult::AlreadyYours:
            return printState(command, store, *id, json, u"conversation %1 is claimed by %2"_s.arg(QString::number(*id), agent));
        case ClaimResult::Taken:
            command.error(u"conversation %1 is claimed by %2: they keep it until they release or solve it, or the claim expires "
                          u"(%3 without their activity)"_s.arg(QString::number(*id), holder, expiryText(store.claimExpiryMs())));
            return 1;
        case ClaimResult::NotFound:
            command.error(notFound);
            return 1;
        case ClaimResult::Failed:
            command.error(error);
            return 1;
        }
    }
    if (command.action == u"release") {
        switch (store.release(*id, agent, &holder, &error)) {
        case ReleaseResult::Released:
            return printState(command, store, *id, json, u"conversation %1 is released"_s.arg(*id));
        case ReleaseResult::NotYours:
            command.error(holder.isEmpty() ? u"conversation %1 is not claimed by anyone"_s.arg(*id)
                                           : u"conversation %1 is claimed by %2, not by %3"_s.arg(QString::number(*id), holder, agent));
            return 1;
        case ReleaseResult::NotFound:
            command.error(notFound);
            return 1;
        case ReleaseResult::Failed:
            command.error(error);
            return 1;
        }
    }
    if (command.action == u"reply" && from)
        return mailReply(command, database, *id, agent, text, *from, smtp, json);
    if (command.action == u"reply") {
        switch (store.reply(*id, agent, text, now, &holder, &error)) {
        case ReplyResult::Sent:
            return printState(command, store, *id, json, u"reply stored; conversation %1 is {status}"_s.arg(*id));
        case ReplyResult::Taken:
            command.error(u"conversation %1 is claimed by %2: the reply was not stored"_s.arg(QString::number(*id), holder));
            return 1;
        case ReplyResult::NotFound:
            command.error(notFound);
            return 1;
        case ReplyResult::Failed:
            command.error(error);
            return 1;
        }
    }
    switch (store.setStatus(*id, status, now, &error)) {
    case StatusResult::Changed:
        return printState(command, store, *id, json, u"conversation %1 is %2"_s.arg(QString::number(*id), status));
    case StatusResult::NotFound:
        command.error(notFound);
        return 1;
    case StatusResult::BadStatus:
        command.error(error);
        return 2;
    case StatusResult::Failed:
        command.error(error);
        return 1;
    }
    return 1;
}

} // namespace calma::cli
