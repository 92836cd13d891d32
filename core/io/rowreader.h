// Streams the rows of a help-desk export (CSV, JSON Lines, or a JSON array of objects, alone or inside
// an object) from a device, a block at a time, so that a file of any size is read in bounded memory.
// Every error says the file, the line and what is wrong: bytes that are not UTF-8 (and UTF-16, said
// as such), broken quoting, a wrong field count, JSON that does not parse or an item that is not an
// object. The importer reads a file more than once (its columns and dates first, then its rows).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>

namespace calma {

enum class ImportFormat;

struct ImportRow
{
    int line = 0;     // the line where the row starts (1-based)
    int item = 0;     // a JSON array's row: its position in the array, from 1; 0 for CSV and JSON Lines
    QString array{};  // a JSON object's rows: the name of the array they are in
    QHash<QString, QString> values{};
    QStringList keys{};  // JSON: the row's keys in order (a CSV file's are its header)
    bool object = true;  // JSON: false for an item that is not an object (in a survey of every array)
};

class RowReader
{
public:
    // `array`: for a JSON object holding arrays, the one whose rows to return; empty returns the rows
    // of every array (each tagged with its name), for a survey of the file.
    RowReader(QIODevice *device, const QString &fileName, ImportFormat format, const QString &array = {});
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // The next row; false at the end of the file or on an error (error() is then set).
    bool next(ImportRow *row);
    // "FILE:LINE: what", or "FILE:LINE (item N): what"; empty while there is none.
    const QString &error() const;
    // A CSV file's header (known once the first row, or the end, has been read).
    const QStringList &header() const;
    // A JSON file whose root is an object: whether it is one (the rows then carry their array's name),
    // and the arrays it holds, empty ones too, as far as it has been read.
    bool objectRoot() const;
    const QStringList &arrays() const;

    class Source;
    class Parser;

private:
    std::unique_ptr<Source> m_source;
    std::unique_ptr<Parser> m_parser;
};

} // namespace calma
