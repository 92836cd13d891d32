// MIME with GMime 3: the message's headers, its text part (or HTML turned into text) and its attachments.
#include "mail/mailmessage.h"

#include "mail/gmimesupport.h"
#include "mail/htmltext.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <mutex>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

using mail::initGMime;

template <typename T>
struct Unref
{
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, Unref<T>>;

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Mail that says ISO-8859-1 (or nothing) is very often Windows-1252 (Outlook's curly quotes, €): read
// it as such, which changes nothing for real Latin-1 text but the C1 controls nobody writes.
QString decodeText(const QByteArray &bytes, QString charset)
{
    charset = charset.trimmed().toLower();
    if (charset.isEmpty() || charset == u"us-ascii" || charset == u"iso-8859-1" || charset == u"latin1" || charset == u"iso_8859-1")
        charset = u"windows-1252"_s;
    QStringDecoder decoder(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

qint64 decodedSize(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return 0;
    GPtr<GMimeStream> counter(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(content, counter.get());
    return qint64(GMIME_STREAM_NULL(counter.get())->written);
}

QString contentType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return u"text/plain"_s;
    return (fromUtf8(g_mime_content_type_get_media_type(type)) + u'/' + fromUtf8(g_mime_content_type_get_media_subtype(type))).toLower();
}

struct Body
{
    QString plain;
    QString html; // already text
    QList<MailAttachment> attachments;
};

void collect(GMimeObject *object, Body &body, bool inAlternative);

void collectPart(GMimePart *part, Body &body)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QString type = contentType(object);
    const bool attached = g_mime_part_is_attachment(part) || (g_mime_part_get_filename(part) && !type.startsWith(u"text/"));
    if (!attached && (type == u"text/plain" || type == u"text/html")) {
        const QString charset = fromUtf8(g_mime_object_get_content_type_parameter(object, "charset"));
        const QByteArray bytes = decodedContent(part);
        QString &target = type == u"text/plain" ? body.plain : body.html;
        if (!target.isEmpty())
            target += u"\n\n"_s;
        target += type == u"text/plain" ? decodeText(bytes, charset) : htmlToText(decodeText(bytes, charset));
        return;
    }
    if (type.startsWith(u"multipart/"))
        return;
    body.attachments.append({fromUtf8(g_mime_part_get_filename(part)), type, decodedSize(part)});
}

// A multipart whose declared boundary never appears (a broken mailer): GMime sees no parts, only a
// prologue. When the prologue's parts are separated by another boundary, read them with that one, as
// mail clients do; otherwise the prologue is the text.
void collectMislabelled(GMimeMultipart *multipart, Body &body)
{
    const QByteArray prologue = QByteArray(g_mime_multipart_get_prologue(multipart));
    static const QRegularExpression boundaryLine(u"^--([^\\s]{1,70})[ \\t]*$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch found = boundaryLine.match(QString::fromLatin1(prologue));
    if (found.hasMatch()) {
        const QByteArray entity = "Content-Type: multipart/mixed; boundary=\"" + found.captured(1).toLatin1() + "\"\r\n\r\n" + prologue;
        GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(entity.constData(), size_t(entity.size())));
        GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GPtr<GMimeObject> part(g_mime_parser_construct_part(parser.get(), nullptr));
        if (part && GMIME_IS_MULTIPART(part.get()) && g_mime_multipart_get_count(GMIME_MULTIPART(part.get())) > 0) {
            collect(part.get(), body, false);
            return;
        }
    }
    if (!prologue.trimmed().isEmpty())
        body.plain += decodeText(prologue, {});
}

void collect(GMimeObject *object, Body &body, bool inAlternative)
{
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A forwarded message: its text is part of what the customer sent.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner && g_mime_message_get_mime_part(inner))
            collect(g_mime_message_get_mime_part(inner), body, false);
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        if (count == 0 && !inAlternative) {
            collectMislabelled(multipart, body);
            return;
        }
        const bool alternative = contentType(object) == u"multipart/alternative";
        if (alternative) {
            // The richest text the reader can use: text/plain when there is one, else HTML.
            Body choice;
            for (int i = 0; i < count; ++i)
                collect(g_mime_multipart_get_part(multipart, i), choice, true);
            if (!choice.plain.isEmpty())
                body.plain += (body.plain.isEmpty() ? QString() : u"\n\n"_s) + choice.plain;
            else
                body.html += (body.html.isEmpty() ? QString() : u"\n\n"_s) + choice.html;
            body.attachments += choice.attachments;
            return;
        }
        for (int i = 0; i < count; ++i)
            collect(g_mime_multipart_get_part(multipart, i), body, inAlternative);
        return;
    }
    if (GMIME_IS_PART(object))
        collectPart(GMIME_PART(object), body);
}

QStringList references(GMimeObject *message, const char *header)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(message, header);
    if (!value)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids << fromUtf8(g_mime_references_get_message_id(refs, i));
    g_mime_references_free(refs);
    return ids;
}

const char *problemName(GMimeParserWarning warning)
{
    switch (warning) {
    case GMIME_WARN_MALFORMED_MULTIPART: return "a multipart without parts";
    case GMIME_WARN_TRUNCATED_MESSAGE: return "truncated message";
    case GMIME_WARN_MALFORMED_MESSAGE: return "malformed message";
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "a multipart without a boundary";
    case GMIME_WARN_INVALID_CONTENT_TYPE: return "an invalid Content-Type";
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return "an invalid encoded header";
    case GMIME_WARN_INVALID_ADDRESS_LIST: return "an invalid address list";
    case GMIME_CRIT_NESTING_OVERFLOW: return "MIME nested too deeply";
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "a part without headers or content";
    default: return nullptr;
    }
}

void onWarning(gint64 offset, GMimeParserWarning warning, const gchar *, gpointer data)
{
    auto *problems = static_cast<QStringList *>(data);
    if (const char *name = problemName(warning); name && problems->size() < 20)
        *problems << (offset >= 0 ? u"%1 (at byte %2)"_s.arg(QString::fromLatin1(name)).arg(offset) : QString::fromLatin1(name));
}

} // namespace

QStringList MailMessage::answeredIds() const
{
    QStringList ids;
    if (!inReplyTo.isEmpty())
        ids << inReplyTo;
    for (auto it = references.crbegin(); it != references.crend(); ++it)
        if (!ids.contains(*it))
            ids << *it;
    return ids;
}

// The mailboxes of an address list (a group's members too) into the mail's recipients, each once.
static void addRecipients(InternetAddressList *list, MailMessage &mail)
{
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            addRecipients(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), mail);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        const QString addr = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed().toLower();
        if (!addr.contains(u'@') || mail.recipients.contains(addr))
            continue;
        mail.recipients << addr;
        mail.recipientNames << fromUtf8(internet_address_get_name(address)).trimmed();
    }
}

MailParse parseMail(const QByteArray &raw)
{
    initGMime();
    MailParse result;
    // A header block must come first: GMime would otherwise take a stray text for a message body.
    const qsizetype firstColon = raw.indexOf(':'), firstNewline = raw.indexOf('\n');
    if (raw.trimmed().isEmpty() || firstColon < 1 || (firstNewline >= 0 && firstColon > firstNewline)) {
        result.error = u"not a mail message: it does not start with headers"_s;
        return result;
    }
    QStringList problems;
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, onWarning, &problems);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message) {
        result.error = u"not a mail message: GMime could not read its headers"_s;
        return result;
    }
    MailMessage mail;
    mail.problems = problems;
    InternetAddressList *from = g_mime_message_get_from(message.get());
    InternetAddress *sender = from && internet_address_list_length(from) > 0 ? internet_address_list_get_address(from, 0) : nullptr;
    if (sender && INTERNET_ADDRESS_IS_GROUP(sender)) {
        InternetAddressList *members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(sender));
        sender = members && internet_address_list_length(members) > 0 ? internet_address_list_get_address(members, 0) : nullptr;
    }
    if (!sender || !INTERNET_ADDRESS_IS_MAILBOX(sender) || !fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(sender))).contains(u'@')) {
        result.error = u"the message has no sender address (From)"_s;
        return result;
    }
    mail.fromAddress = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(sender))).trimmed().toLower();
    mail.fromName = fromUtf8(internet_address_get_name(sender)).trimmed();
    for (const GMimeAddressType type : {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC})
        addRecipients(g_mime_message_get_addresses(message.get(), type), mail);
    mail.subject = fromUtf8(g_mime_message_get_subject(message.get())).simplified();
    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    if (mail.messageId.isEmpty()) {
        // The same message fetched twice must get the same id, so that a resumed sync adds it once.
        mail.messageIdMissing = true;
        mail.messageId = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(32)) + u"@calma.missing-id"_s;
    }
    const QStringList inReplyTo = references(GMIME_OBJECT(message.get()), "In-Reply-To");
    mail.inReplyTo = inReplyTo.value(0);
    mail.references = references(GMIME_OBJECT(message.get()), "References");
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        mail.dateMs = g_date_time_to_unix(date) * 1000 + g_date_time_get_microsecond(date) / 1000;
    Body body;
    if (GMimeObject *part = g_mime_message_get_mime_part(message.get()))
        collect(part, body, false);
    mail.fromHtml = body.plain.trimmed().isEmpty() && !body.html.trimmed().isEmpty();
    mail.text = (mail.fromHtml ? body.html : body.plain).trimmed();
    mail.attachments = body.attachments;
    if (mail.text.isEmpty() && mail.attachments.isEmpty()) {
        result.error = problems.isEmpty() ? u"the message has no text and no attachment"_s
                                          : u"the message has no readable text: "_s + problems.join(u"; "_s);
        return result;
    }
    result.message = std::move(mail);
    return result;
}

} // namespace calma
