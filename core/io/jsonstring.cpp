// JSON string escaping and number formatting shared by the report writer and calma-cli.
#include "io/jsonstring.h"

namespace calma {

void appendJsonString(QByteArray &out, QStringView s)
{
    out.append('"');
    // Most of a message is ASCII: write it straight, and convert only what is not.
    qsizetype i = 0;
    while (i < s.size()) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0x80) {
            qsizetype j = i;
            while (j < s.size() && s.at(j).unicode() >= 0x80)
                ++j;
            out.append(s.sliced(i, j - i).toUtf8());
            i = j;
            continue;
        }
        switch (c) {
        case u'"': out.append("\\\""); break;
        case u'\\': out.append("\\\\"); break;
        case u'\n': out.append("\\n"); break;
        case u'\r': out.append("\\r"); break;
        case u'\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(char(c));
            }
        }
        ++i;
    }
    out.append('"');
}

void appendJsonNumber(QByteArray &out, double value)
{
    if (value == double(qint64(value)) && qAbs(value) < 9.0e15)
        out.append(QByteArray::number(qint64(value)));
    else
        out.append(QByteArray::number(value, 'g', 12));
}

} // namespace calma
