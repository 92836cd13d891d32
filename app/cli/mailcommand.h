// calma-cli mail: the support mailbox from scripts (read .eml files; sync over IMAP; send the outbox over
// SMTP, list it, retry a failed mail), and what `conversation reply --send` shares with it.
#pragma once

#include "mail/outbox.h"
#include "mail/smtpsender.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace calma::cli {

int runMail(const QStringList &arguments);

// The password from a file only its owner can read, or from `variable` (never the command line); the
// problem on standard error and std::nullopt when there is none.
std::optional<QString> readPassword(const QString &file, const char *variable, const char *command);
// --smtp, --password-file (or CALMA_SMTP_PASSWORD, when the URL names a user) and --ca-cert; the problem
// on standard error and std::nullopt on a bad value.
std::optional<SmtpOptions> smtpOptions(const QCommandLineParser &parser, const char *command);
// An outbox entry as a JSON object (id, conversation, message_id, to, subject, state, attempts, error,
// queued, next_attempt, sent).
QByteArray outboxJson(const OutboxEntry &entry);

} // namespace calma::cli
