// Exports conversations with their scores to CSV or JSON, optionally with personal data redacted
// (e-mail addresses, phone numbers, card numbers, IBANs).
#pragma once

#include "storage/conversationstore.h"

#include <QIODevice>

namespace calma {

enum class ExportFormat { Csv, Json };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    bool redact = false;
    QStringList statuses{}; // empty: every status
};

class Exporter
{
public:
    explicit Exporter(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    // Writes every matching conversation, one row per message (CSV) or one object per conversation
    // (JSON). Returns the number of messages written, or -1 with `error` set.
    qint64 write(QIODevice &out, const ExportOptions &options, QString *error) const;

    static QString redact(const QString &text);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace calma
