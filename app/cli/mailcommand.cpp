// calma-cli mail read FILE…: what Calma takes from each mail, one JSON line per file in order (the
// conventions of score: a file that cannot be read yields {"file":…,"error":…} in its place, a message on
// standard error, and exit 1 at the end); usage errors exit 2.
#include "mailcommand.h"

#include "jsonlinewriter.h"
#include "mail/mailmessage.h"
#include "mail/replytext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace calma::cli {
namespace {

using namespace Qt::StringLiterals;

const char kUsage[] = "usage: calma-cli mail read FILE.eml…\n";

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

} // namespace

int runMail(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The support mailbox. read: what Calma takes from each mail file (.eml) — sender, subject, threading, the "
        u"customer's own text without quotes and signatures, attachments — one JSON line per file."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, u"read"_s);
    parser.addPositionalArgument(u"files"_s, u"read: mail files (.eml)"_s, u"FILE…"_s);
    parser.process(arguments);
    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
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
