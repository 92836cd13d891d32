// A strict CSV parser: a malformed file is reported, never guessed at.
#include "io/csvreader.h"

namespace calma {

QChar CsvReader::detectDelimiter(QStringView firstLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

QList<CsvRecord> CsvReader::parse(const QString &text, CsvError *error, QChar delimiter)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xFEFF)))
        input = input.sliced(1);
    if (delimiter.isNull())
        delimiter = detectDelimiter(input.left(input.indexOf(u'\n') < 0 ? input.size() : input.indexOf(u'\n')));
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1, column = 1;
    bool quoted = false, afterQuote = false, fieldStarted = false;
    int quoteLine = 0, quoteColumn = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord{line + 1, {}};
    };
    for (qsizetype i = 0; i < input.size(); ++i, ++column) {
        const QChar c = input.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < input.size() && input.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
                if (c == u'\n') {
                    ++line;
                    column = 0;
                }
            }
            continue;
        }
        if (c == u'\r' && i + 1 < input.size() && input.at(i + 1) == u'\n')
            continue;
        if (c == delimiter) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            column = 0;
        } else if (c == u'"') {
            if (fieldStarted || afterQuote) {
                *error = {line, column, QStringLiteral("a quote inside an unquoted field (quote the whole field and double the quote: \"\")")};
                return {};
            }
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            quoteColumn = column;
        } else {
            if (afterQuote) {
                *error = {line, column, QStringLiteral("text after a closing quote (a quote inside a quoted field must be doubled: \"\")")};
                return {};
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = {quoteLine, quoteColumn, QStringLiteral("a quoted field is never closed")};
        return {};
    }
    if (fieldStarted || afterQuote || !record.fields.isEmpty())
        endRecord();
    *error = {};
    return records;
}

} // namespace calma
