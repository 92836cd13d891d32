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
// `fast`, when given, is offered each line first; when it returns nothing the line goes through the
// general reader and `handle`.
using FastLineHandler = std::function<std::optional<LineOutput>(QByteArrayView line, qint64 lineNumber)>;
int runJsonLines(const LineHandler &handle, const FastLineHandler &fast = {});

// The fields of a plain {"text", "id", "lang"} line, read straight with simdjson (the batch path of
// calma-cli score). Nothing when the line is anything else — not valid JSON, not an object, a key
// twice, a text that is not a string, a "lang" that is not a valid code, an id that is a fraction,
// an object or an array — so that the general reader gives its answer and its error, as ever.
struct TextLine
{
    QString text;
    QByteArray idJson; // the id as calma-cli writes it back; "null" when absent
    std::optional<LanguageHint> lang; // absent or null: the command's default
};
std::optional<TextLine> readTextLine(QByteArrayView line);

// Reads a string field; `error` is set when the field is present but not a string, or is required and absent.
QString stringField(const QJsonObject &input, const QString &name, bool required, QString *error);

// Reads "lang" ("es", "en", "auto"; absent or null: the default); `error` is set on a bad value.
std::optional<LanguageHint> languageField(const QJsonObject &input, LanguageHint fallback, QString *error);

} // namespace calma::cli
