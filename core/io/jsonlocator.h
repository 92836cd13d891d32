// Where each value of a JSON document starts, by path, so that errors found after parsing (a missing
// field, a wrong value) can still say the line: "templates[3]", "lines.after.blame[0]".
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace calma {

class JsonLocator
{
public:
    // `maxDepth`: note only values nested at most that deep (1: a top-level array's items, 2: also
    // the items of an array inside the top-level object), for large documents where only the rows'
    // lines are wanted; -1 notes every value.
    explicit JsonLocator(const QByteArray &json, int maxDepth = -1);

    // The line (from 1) where the value at `path` starts; for a path that is not in the document, the
    // line of its nearest enclosing value; 1 for the root.
    int line(const QString &path) const;
    // The line of a byte offset (QJsonParseError::offset).
    static int lineOf(const QByteArray &json, qsizetype offset);

    static QString member(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString element(const QString &path, qsizetype index) { return path + u'[' + QString::number(index) + u']'; }

private:
    QHash<QString, int> m_lines;
};

} // namespace calma
