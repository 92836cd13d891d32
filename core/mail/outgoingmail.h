// A mail Calma sends: an agent's reply to a customer, built as RFC 5322 / MIME with GMime 3 (UTF-8 text in
// quoted-printable or base64, RFC 2047 for a non-ASCII subject or name, CRLF line ends, ready for SMTP).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace calma {

struct MailAddress
{
    QString name{};    // empty when none
    QString address{}; // user@domain

    // "Name <user@domain>", or "user@domain", with GMime's parser: std::nullopt with `error` saying why
    // when the text holds no single address.
    static std::optional<MailAddress> parse(const QString &text, QString *error);
    QString domain() const { return address.section(u'@', -1); }
};

struct OutgoingMail
{
    MailAddress from{};
    MailAddress to{};
    QString subject{};
    QString messageId{};      // without angle brackets
    QString inReplyTo{};      // without angle brackets; empty when the mail answers none
    QStringList references{}; // oldest first, without angle brackets
    qint64 dateMs = 0;
    QString text{};
};

// The whole mail as it goes out. Thread-safe.
QByteArray renderMail(const OutgoingMail &mail);
// A new, unique Message-ID (without angle brackets) in the sender's domain.
QString newMessageId(const QString &domain);
// "Re: " and the subject without its reply prefixes (ReplyText's), never "Re: Re: …".
QString replySubject(const QString &subject);

} // namespace calma
