// The sentences for each kind of mail failure.
#include "mailerrortext.h"

namespace calma::gui {

QString MailErrorText::sentence(MailError kind)
{
    switch (kind) {
    case MailError::Connect:
        return tr("Cannot reach the mail server.");
    case MailError::Tls:
        return tr("The secure connection (TLS) with the mail server failed: its certificate is not trusted, or it does not offer TLS. "
                  "A team server with its own certificate needs it named in Settings, Mail.");
    case MailError::Auth:
        return tr("The mail server refused the user or the password.");
    case MailError::NoMailbox:
        return tr("That mailbox does not exist on the mail server.");
    case MailError::Dropped:
        return tr("The mail server closed the connection.");
    case MailError::Timeout:
        return tr("The mail server stopped answering.");
    case MailError::Protocol:
        return tr("The mail server refused the request.");
    case MailError::Refused:
        return tr("The database could not be read or written.");
    case MailError::None:
        break;
    }
    return tr("The mail settings are not right.");
}

QString MailErrorText::quoted(const QString &raw)
{
    return tr("“%1”").arg(raw.trimmed());
}

QString MailErrorText::describe(MailError kind, const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return sentence(kind);
    return tr("%1 Details: %2").arg(sentence(kind), quoted(raw));
}

} // namespace calma::gui
