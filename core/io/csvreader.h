// RFC 4180 CSV as Calma reads it (quoted fields with commas, quotes and line breaks inside, CRLF or LF, a
// UTF-8 byte-order mark): RowReader streams the records; this says which delimiter a file uses.
#pragma once

#include <QChar>
#include <QStringView>

namespace calma {

class CsvReader
{
public:
    // Comma, semicolon or tab: the one the first line uses most outside quotes (comma on a tie).
    static QChar detectDelimiter(QStringView firstLine);
};

} // namespace calma
