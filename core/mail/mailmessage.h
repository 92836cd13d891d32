// A received mail as Calma reads it: who wrote, what about, how it threads, its text and what was attached.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace calma {

struct MailAttachment
{
    QString name{};     // the file name the sender gave; empty when it had none
    QString type{};     // "application/pdf"
    qint64 size = 0;    // bytes, decoded
};

struct MailMessage
{
    QString messageId{};        // without angle brackets; a stable one made from the content when missing
    bool messageIdMissing = false;
    QString inReplyTo{};
    QStringList references{};   // oldest first, as the header lists them
    QString subject{};          // decoded (RFC 2047)
    QString fromName{};         // decoded (RFC 2047); empty when the sender gave none
    QString fromAddress{};      // lower-cased
    QStringList recipients{};   // To, then Cc: lower-cased addresses, in order, each once
    QStringList recipientNames{}; // the names beside them (decoded; empty when none)
    qint64 dateMs = 0;          // 0 when the message has no (readable) Date header
    QString text{};             // the whole body as text: text/plain preferred, else HTML turned into text
    bool fromHtml = false;
    QList<MailAttachment> attachments{};
    QStringList problems{};     // what GMime found wrong and worked around ("truncated message", …)

    // The messages this one answers, nearest first: In-Reply-To, then References from the newest.
    QStringList answeredIds() const;
};

struct MailParse
{
    std::optional<MailMessage> message{};
    QString error{}; // why there is no message
};

// Reads RFC 5322 / MIME with GMime: transfer encodings, charsets (ISO-8859-1 read as Windows-1252, as
// mail clients do), RFC 2047 headers, multipart/alternative (text/plain preferred), attachments listed.
// Thread-safe. A message without headers or without a sender address is an error, never a guess.
MailParse parseMail(const QByteArray &raw);

} // namespace calma
