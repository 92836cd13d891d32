// Imports help-desk exports (CSV, JSON, JSON Lines) into the database: columns are recognised from
// common header names or given explicitly, every customer message is scored, and the whole file is
// all or nothing — a bad row stops it with file, line and field, and nothing of it is left. Importing
// the same file again adds nothing twice. The file is streamed, never held whole: it is read once for
// its columns (and dates), then again a chunk of rows at a time, each chunk validated, scored on all
// cores and handed to a writer thread while the next is read. On SQLite the writer commits each chunk
// in a short transaction of its own, so other writers never wait long, and the import's rows stay
// invisible to every reader until its last, short step (ImportJournal); on PostgreSQL it is one
// transaction.
#pragma once

#include "storage/conversationstore.h"
#include "tone/toneanalyzer.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>
#include <functional>

namespace calma {

enum class ImportFormat { Csv, Json, JsonLines };

// The file's column (or key) for each field Calma reads; empty when the file has none.
struct ColumnMapping
{
    QString ticketId{};
    QString messageId{};
    QString subject{};
    QString body{};
    QString customerName{};
    QString customerEmail{};
    QString createdAt{};
    QString direction{};
    QString author{};
    QString channel{};

    QString describe() const; // "body ← description, ticket id ← Ticket ID, …"
};

enum class DateFormat { Auto, DayFirst, MonthFirst, EpochSeconds, EpochMilliseconds };
std::optional<DateFormat> dateFormatFromName(QStringView name); // auto, dmy, mdy, epoch-s, epoch-ms

struct ImportOptions
{
    std::optional<ImportFormat> format{};            // from the file name when absent
    QHash<QString, QString> columns{};               // explicit mapping: field name → column
    // Called now and then with rows done and total; return false to cancel (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress{};
    // Called from the importing thread whenever more messages are written, with how many so far, while
    // the import goes on (on SQLite they are committed but invisible until the import ends; on PostgreSQL
    // they are in its open transaction). Return false to cancel: what was written is removed.
    std::function<bool(qint64 messagesWritten)> written{};
    // The zone of times written without one ("2026-03-12 09:30"); UTC when invalid (the default).
    QTimeZone timeZone{};
    // JSON holding several arrays ({"tickets": […], "audit": […]}): the one to import.
    QString array{};
    // How dates are written: ISO 8601 and RFC 2822 are always read. Numeric day/month dates are
    // decided from the whole column ("auto"), or said: "dmy" (31/01/2026), "mdy" (01/31/2026). A bare
    // number is a time only when said: "epoch-s" or "epoch-ms".
    DateFormat dateFormat = DateFormat::Auto;
    // All or nothing (the default): a bad row stops the import and nothing is written. With this,
    // bad rows are left out and listed in the report, and the rest is imported, still
    // all or nothing. A file that cannot be read at all, or a database that refuses a write, still stops it.
    bool skipBadRows = false;
};

// What a file holds, read without importing it: for a dialog that shows the detected columns.
struct ImportPreview
{
    QString error{};          // "FILE:LINE (field): message" when the file cannot be read
    QStringList columns{};
    ColumnMapping mapping{};  // detected; empty fields when nothing matched
    QString mappingError{};   // why the detected mapping is not enough (no text column)
    qint64 rows = 0;
    ImportFormat format = ImportFormat::Csv;
};

struct ImportReport
{
    bool ok = false;
    bool cancelled = false;
    QString error{};          // "FILE:LINE (field): message"
    ColumnMapping mapping{};
    qint64 rows = 0;
    qint64 conversationsAdded = 0;
    qint64 messagesAdded = 0;
    qint64 notesLeftOut = 0;   // internal notes (a direction of "note", "internal", "private"…): not part of the conversation
    qint64 alreadyPresent = 0; // rows imported before
    QStringList skipped{};     // with skipBadRows: each row left out, "FILE:LINE (field): why"
    qint64 writeMs = 0;        // how long the database was written, in all
    qint64 longestWriteMs = 0; // the longest of its transactions: on SQLite, the longest another writer waits for it
};

class Importer
{
public:
    Importer(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer);

    ImportReport importFile(const QString &path, const ImportOptions &options = {}) const;
    static ImportPreview preview(const QString &path, std::optional<ImportFormat> format = std::nullopt);
    static ImportFormat formatFor(const QString &path);
    ImportReport importData(const QByteArray &data, const QString &fileName, ImportFormat format,
                            const ImportOptions &options = {}) const;
    // From an open device that can seek (it is read more than once); `fileName` is what errors name.
    ImportReport importDevice(QIODevice *device, const QString &fileName, ImportFormat format, const ImportOptions &options = {}) const;

    // Recognises columns by their usual names in help-desk exports; explicit choices win. Fails
    // when there is no column for the message text.
    static ColumnMapping detectMapping(const QStringList &columns, const QHash<QString, QString> &explicitColumns, QString *error);
    static const QStringList &fieldNames(); // ticket-id, message-id, subject, body, name, email, created-at, direction, author, channel

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
};

} // namespace calma
