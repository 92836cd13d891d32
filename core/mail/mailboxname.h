// IMAP mailbox names in modified UTF-7 (RFC 3501 §5.1.3): how "Atención al cliente" or "Входящие" goes
// over the wire ("Atenci&APM-n al cliente", "&BBIERQQ+BDQETwRJBDgENQ-") and how a LIST answer is read back.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace calma {

// The name as IMAP writes it: printable ASCII as itself ("&" as "&-"), every other run of characters as
// UTF-16 in modified base64 ("," for "/", no padding) between "&" and "-".
QByteArray encodeMailboxName(const QString &name);
// The name a server sent, decoded; std::nullopt for bytes that are not modified UTF-7 (8-bit bytes, an
// unterminated or badly padded "&…" run, printable ASCII or a broken surrogate pair inside one, two runs
// side by side), which RFC 3501 forbids a server to send.
std::optional<QString> decodeMailboxName(const QByteArray &wire);

} // namespace calma
