// The formats of personal data the reader of customer messages marks as facts (e-mail addresses, phone
// numbers). Redaction (io/redactor.h) casts a wider net on purpose (accented addresses, 7-digit phones),
// since there a miss leaks data while here a false find only adds a fact.
#pragma once

#include <QRegularExpression>

namespace calma {

const QRegularExpression &emailPattern();
// A candidate only: callers check the digit count (9 to 15) and the shape where it matters.
const QRegularExpression &phonePattern();

} // namespace calma
