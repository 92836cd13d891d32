// The JSON Lines loop every calma-cli command shares: one output line per input line, in order, using
// all cores; bad lines become {"line":N,"error":"…"} and make the exit status 1.
#pragma once

#include "tone/language.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace calma::cli {

struct LineOutput
{
    QByteArray text;  // what to print for the line, without the newline
    QString error;    // set when the line was bad: text is then the error object
};

LineOutput lineError(qint64 lineNumber, const QString &message);

// Validates one input line (UTF-8, JSON, an object) and hands the object to `handle`, which owns it
// (and may drop it once it has read its fields: a huge line's parsed form is then freed early).
using LineHandler = std::function<LineOutput(QJsonObject input, qint64 lineNumber)>;
LineOutput processLine(QByteArrayView line, qint64 lineNumber, const LineHandler &handle);

// Reads standard input to the end; returns the exit status (0, or 1 when any line was bad).
int runJsonLines(const LineHandler &handle);

// Reads a string field; `error` is set when the field is present but not a string, or is required and absent.
QString stringField(const QJsonObject &input, const QString &name, bool required, QString *error);

// Reads "lang" ("es", "en", "auto"; absent or null: the default); `error` is set on a bad value.
std::optional<LanguageHint> languageField(const QJsonObject &input, LanguageHint fallback, QString *error);

} // namespace calma::cli
