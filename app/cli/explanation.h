// A readable explanation of a tone report for the terminal, with the evidence highlighted.
#pragma once

#include "tone/tonereport.h"

#include <QByteArray>

namespace calma::cli {

// "auto" colours only when standard output is a terminal and NO_COLOR is unset.
bool useColor(const QString &when);

QByteArray explain(const QString &text, const ToneReport &report, bool color);

} // namespace calma::cli
