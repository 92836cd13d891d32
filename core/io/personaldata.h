// The formats of personal data in free text (e-mail addresses, phone numbers), shared by the reader of
// customer messages, which marks them, and the exporter, which redacts them.
#pragma once

#include <QRegularExpression>

namespace calma {

const QRegularExpression &emailPattern();
// A candidate only: callers check the digit count (9 to 15) and the shape where it matters.
const QRegularExpression &phonePattern();

} // namespace calma
