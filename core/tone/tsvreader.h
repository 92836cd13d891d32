// Reads the project's tab-separated data files (lexicons, coach phrase lists): comments, the
// "@language" line, line ends and UTF-8 are handled here; each data row goes to the caller.
#pragma once

#include "tone/language.h"
#include "tone/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>
#include <functional>
#include <optional>

namespace calma {

// A problem in a data file, with where it is.
struct LexiconIssue
{
    QString file;
    int line = 0;    // 0 when it concerns the whole file
    QString field;   // the field at fault, or empty for the whole line
    QString message;

    QString toString() const; // "FILE:LINE (field): message"
};

struct TsvDocument
{
    QString fileName;
    std::optional<Language> language;
    QList<LexiconIssue> errors;

    bool ok() const { return errors.isEmpty(); }
    void error(int line, const QString &field, const QString &message) { errors.append({fileName, line, field, message}); }
};

// For data files where a later entry replaces an earlier one with the same (kind, term): which
// entries survive. Terms compare as TextNormalizer folds them.
template<typename Entry, typename KindName>
QList<bool> latestEntries(const QList<Entry> &entries, KindName kindName)
{
    QStringList keys;
    keys.reserve(entries.size());
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        keys << kindName(entries.at(i).kind) + u'\t' + TextNormalizer::foldString(entries.at(i).term);
        last.insert(keys.last(), i);
    }
    QList<bool> survives(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        survives[i] = last.value(keys.at(i)) == i;
    return survives;
}

class TsvReader
{
public:
    using RowHandler = std::function<void(int line, const QStringList &fields)>;

    static void read(const QByteArray &data, TsvDocument &document, const RowHandler &onRow);
    // Reads a file from disk or resources. A file without an "@language" line takes its language from
    // a name ending in "es" or "en" (team-es.tsv, en.tsv).
    static void readFile(const QString &path, TsvDocument &document, const RowHandler &onRow);
};

} // namespace calma
