// UTF-8 validation that says where the first bad byte is, for error messages that point at it.
#pragma once

#include <QByteArrayView>

namespace calma {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and truncated sequences
// included), or -1 when the data is valid.
qsizetype firstInvalidUtf8(QByteArrayView data);

} // namespace calma
