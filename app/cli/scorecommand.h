// calma-cli score: tone reports for messages given as JSON Lines or with --text.
#pragma once

#include "tone/toneanalyzer.h"

#include <QByteArray>
#include <QStringList>

namespace calma::cli {

struct LineResult
{
    QByteArray json;  // the output line, without the newline
    QString error;    // set when the input line was bad
    QString text;     // the message, when the line was good
    ToneReport report;
};

// Scores one JSON Lines input line (without its newline); lineNumber counts from 1.
LineResult scoreLine(const ToneAnalyzer &analyzer, QByteArrayView line, qint64 lineNumber, LanguageHint defaultHint);

// Byte offset of the first invalid UTF-8 sequence, or -1 when the data is valid.
qsizetype firstInvalidUtf8(QByteArrayView data);

int runScore(const QStringList &arguments);

} // namespace calma::cli
