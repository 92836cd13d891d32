// UTF-8 validation.
#include "io/utf8.h"

namespace calma {

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) { length = 2; minimum = 0x80; codePoint = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { length = 3; minimum = 0x800; codePoint = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { length = 4; minimum = 0x10000; codePoint = c & 0x07; }
        else return i;
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (s[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace calma
