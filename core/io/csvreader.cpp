// The delimiter of a CSV file, from its first line.
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

} // namespace calma
