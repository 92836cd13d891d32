// A single pass over the JSON text that follows objects and arrays and notes the line of every value.
#include "io/jsonlocator.h"

#include <QList>

namespace calma {

int JsonLocator::lineOf(const QByteArray &json, qsizetype offset)
{
    return int(QByteArrayView(json).first(std::clamp<qsizetype>(offset, 0, json.size())).count('\n')) + 1;
}

JsonLocator::JsonLocator(const QByteArray &json, int maxDepth)
{
    struct Frame
    {
        QString path;
        bool array = false;
        qsizetype index = 0; // next element's index (arrays)
        QString key;         // last key read (objects)
        bool expectKey = true;
    };
    QList<Frame> stack;
    int line = 1;
    QByteArray text;
    // The path of a value that starts now, in the innermost container.
    auto valuePath = [&]() -> QString {
        if (stack.isEmpty())
            return {};
        const Frame &top = stack.last();
        return top.array ? element(top.path, top.index) : member(top.path, top.key);
    };
    auto valueStarts = [&](const QString &path) {
        if ((maxDepth < 0 || stack.size() <= maxDepth) && !m_lines.contains(path))
            m_lines.insert(path, line);
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '"': {
            text.clear();
            qsizetype j = i + 1;
            for (; j < json.size() && json.at(j) != '"'; ++j) {
                if (json.at(j) == '\\' && j + 1 < json.size())
                    ++j;
                else if (json.at(j) == '\n')
                    ++line;
                text.append(json.at(j));
            }
            if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey) {
                stack.last().key = QString::fromUtf8(text);
                stack.last().expectKey = false;
            } else {
                valueStarts(valuePath());
            }
            i = j;
            break;
        }
        case '{':
        case '[': {
            const QString path = valuePath();
            valueStarts(path);
            stack.append({path, c == '[', 0, {}, true});
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last().expectKey = true;
            }
            break;
        case ':':
        case ' ':
        case '\t':
        case '\r':
            break;
        default: // numbers, true, false, null: the value starts at its first character
            if (!stack.isEmpty() && (stack.last().array || !stack.last().expectKey))
                valueStarts(valuePath());
            while (i + 1 < json.size() && !QByteArrayView(",]}\n \t\r").contains(json.at(i + 1)))
                ++i;
            break;
        }
    }
}

int JsonLocator::line(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        if (const auto it = m_lines.constFind(p); it != m_lines.cend())
            return *it;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p.truncate(std::max<qsizetype>(cut, 0));
    }
    return 1;
}

} // namespace calma
