// Writes a JSON value as one compact line with keys in a stable, readable order.
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace calma::cli {

// Keys named in the preferred order come first, in that order; the rest follow alphabetically.
QByteArray toJsonLine(const QJsonValue &value);

} // namespace calma::cli
