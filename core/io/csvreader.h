// RFC 4180 CSV: quoted fields with commas, quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order
// mark. Errors say the line and column where the problem is.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace calma {

struct CsvRecord
{
    int line = 0;        // the line the record starts on (1-based)
    QStringList fields;
};

struct CsvError
{
    int line = 0;
    int column = 0;      // 1-based, in characters
    QString message;
};

class CsvReader
{
public:
    // Parses the whole text; on the first error, stops and returns it. The delimiter is detected
    // from the first line (comma, semicolon or tab) unless given.
    static QList<CsvRecord> parse(const QString &text, CsvError *error, QChar delimiter = QChar());
    static QChar detectDelimiter(QStringView firstLine);
};

} // namespace calma
