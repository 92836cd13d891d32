// A mail server's error as the agent reads it: what failed, in the interface's language, then the
// server's or the library's own words, quoted as they came (they are the server's, often in English).
#pragma once

#include "mail/imapsession.h" // MailError

#include <QCoreApplication>
#include <QString>

namespace calma::gui {

class MailErrorText
{
    Q_DECLARE_TR_FUNCTIONS(calma::gui::MailErrorText)

public:
    // "The mail server refused the user or the password. Details: “127.0.0.1:993 refused the login of …”".
    // MailError::None: a field of the mail account is wrong.
    static QString describe(MailError kind, const QString &raw);
    // What failed, alone.
    static QString sentence(MailError kind);
    // The raw text in the interface's quotation marks.
    static QString quoted(const QString &raw);
};

} // namespace calma::gui
