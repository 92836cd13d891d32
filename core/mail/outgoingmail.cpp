// Building an outgoing mail with GMime 3.
#include "mail/outgoingmail.h"
#include "mail/gmimesupport.h"

#include "mail/replytext.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <memory>
#include <mutex>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

using mail::initGMime;

struct Unref
{
    void operator()(void *p) const
    {
        if (p)
            g_object_unref(p);
    }
};

// RFC 2047 in UTF-8, as for the subject: GMime would otherwise pick the smallest charset that fits (Latin-1).
void addAddress(GMimeMessage *message, GMimeAddressType type, const MailAddress &address)
{
    InternetAddress *mailbox = internet_address_mailbox_new(address.name.toUtf8().constData(), address.address.toUtf8().constData());
    internet_address_set_charset(mailbox, "utf-8");
    internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox);
    g_object_unref(mailbox);
}

QByteArray angle(const QString &id)
{
    return '<' + id.toUtf8() + '>';
}

} // namespace

std::optional<MailAddress> MailAddress::parse(const QString &text, QString *error)
{
    initGMime();
    const QByteArray utf8 = text.trimmed().toUtf8();
    std::unique_ptr<InternetAddressList, Unref> list(internet_address_list_parse(nullptr, utf8.constData()));
    if (!list || internet_address_list_length(list.get()) != 1 || !INTERNET_ADDRESS_IS_MAILBOX(internet_address_list_get_address(list.get(), 0))) {
        *error = u"\"%1\" is not one mail address (user@domain, or Name <user@domain>)"_s.arg(text);
        return std::nullopt;
    }
    InternetAddress *address = internet_address_list_get_address(list.get(), 0);
    MailAddress parsed{QString::fromUtf8(internet_address_get_name(address)),
                       QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))};
    const qsizetype at = parsed.address.indexOf(u'@');
    if (at < 1 || at == parsed.address.size() - 1 || parsed.address.contains(u' ')) {
        *error = u"\"%1\" is not a mail address: it needs user@domain"_s.arg(text);
        return std::nullopt;
    }
    return parsed;
}

QByteArray renderMail(const OutgoingMail &mail)
{
    initGMime();
    std::unique_ptr<GMimeMessage, Unref> message(g_mime_message_new(TRUE));
    addAddress(message.get(), GMIME_ADDRESS_TYPE_FROM, mail.from);
    addAddress(message.get(), GMIME_ADDRESS_TYPE_TO, mail.to);
    g_mime_message_set_subject(message.get(), mail.subject.toUtf8().constData(), "utf-8");
    GDateTime *date = g_date_time_new_from_unix_utc(mail.dateMs / 1000);
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    g_mime_message_set_message_id(message.get(), mail.messageId.toUtf8().constData());
    auto *object = GMIME_OBJECT(message.get());
    if (!mail.inReplyTo.isEmpty())
        g_mime_object_set_header(object, "In-Reply-To", angle(mail.inReplyTo).constData(), nullptr);
    if (!mail.references.isEmpty()) {
        QByteArray references;
        for (const QString &id : mail.references)
            references += (references.isEmpty() ? "" : " ") + angle(id);
        g_mime_object_set_header(object, "References", references.constData(), nullptr);
    }
    g_mime_object_set_header(object, "MIME-Version", "1.0", nullptr);

    std::unique_ptr<GMimeTextPart, Unref> part(g_mime_text_part_new_with_subtype("plain"));
    QString text = mail.text;
    text.replace(u"\r\n"_s, u"\n"_s);
    // The text as UTF-8 (g_mime_text_part_set_text would convert it to the smallest charset that fits).
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<GMimeStream, Unref> stream(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    std::unique_ptr<GMimeDataWrapper, Unref> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part.get()), content.get());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), "charset", "utf-8");
    // Quoted-printable for text that is mostly ASCII (Spanish, English), base64 otherwise: GMime's choice.
    g_mime_part_set_content_encoding(GMIME_PART(part.get()),
                                     g_mime_part_get_best_content_encoding(GMIME_PART(part.get()), GMIME_ENCODING_CONSTRAINT_7BIT));
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(part.get()));

    GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *rendered = g_mime_object_to_string(object, options);
    g_mime_format_options_free(options);
    QByteArray raw(rendered);
    g_free(rendered);
    return raw;
}

QString newMessageId(const QString &domain)
{
    quint64 random[2];
    QRandomGenerator::system()->generate(std::begin(random), std::end(random));
    return u"calma.%1.%2%3@%4"_s.arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36), QString::number(random[0], 36),
                                     QString::number(random[1], 36), domain.isEmpty() ? u"calma.invalid"_s : domain);
}

QString replySubject(const QString &subject)
{
    const QString base = ReplyText::shipped().baseSubject(subject);
    return base.isEmpty() ? u"Re:"_s : u"Re: "_s + base;
}

} // namespace calma
