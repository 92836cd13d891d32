// Compact JSON text for the hot output paths: a string escaped the way calma-cli has always written it.
#pragma once

#include <QByteArray>
#include <QStringView>

namespace calma {

// Appends `s` as a JSON string (quotes included): UTF-8, with ", \, control characters escaped.
void appendJsonString(QByteArray &out, QStringView s);
// The same into raw room of at least jsonStringBound(s) bytes; returns the end of what it wrote.
constexpr qsizetype jsonStringBound(QStringView s) { return 2 + 6 * s.size(); }
char *writeJsonString(char *out, QStringView s);
// Appends a number the way calma-cli writes it: whole numbers without a fraction, others with up to 12 digits.
void appendJsonNumber(QByteArray &out, double value);

} // namespace calma
