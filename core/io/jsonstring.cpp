// JSON string escaping and number formatting shared by the report writer and calma-cli.
#include "io/jsonstring.h"

#include <charconv>

namespace calma {

char *writeJsonString(char *p, QStringView s)
{
    *p++ = '"';
    const char16_t *in = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            switch (c) {
            case u'"': *p++ = '\\'; *p++ = '"'; break;
            case u'\\': *p++ = '\\'; *p++ = '\\'; break;
            case u'\n': *p++ = '\\'; *p++ = 'n'; break;
            case u'\r': *p++ = '\\'; *p++ = 'r'; break;
            case u'\t': *p++ = '\\'; *p++ = 't'; break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    *p++ = '\\'; *p++ = 'u'; *p++ = '0'; *p++ = '0';
                    *p++ = hex[c >> 4];
                    *p++ = hex[c & 15];
                } else {
                    *p++ = char(c);
                }
            }
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, in[i + 1]);
            ++i;
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else {
            // A lone surrogate is not a character: U+FFFD, as QString::toUtf8() writes it.
            const char16_t u = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    return p;
}

void appendJsonString(QByteArray &out, QStringView s)
{
    // Written straight into the array's room, then cut to size: a call per character was most of what
    // writing a report cost.
    const qsizetype start = out.size();
    out.resize(start + jsonStringBound(s));
    char *end = writeJsonString(out.data() + start, s);
    out.resize(end - out.constData());
}

void appendJsonNumber(QByteArray &out, double value)
{
    char digits[32];
    std::to_chars_result written;
    if (value == double(qint64(value)) && qAbs(value) < 9.0e15)
        written = std::to_chars(digits, digits + sizeof digits, qint64(value));
    else
        written = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::general, 12);
    out.append(digits, written.ptr - digits);
}

} // namespace calma
