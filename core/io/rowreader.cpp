// Block-at-a-time readers: validated UTF-8 bytes from the device, then CSV records, JSON Lines or
// the items of a JSON array, each parsed on its own so that no more than a block and a row are held.
#include "io/rowreader.h"

#include "io/csvreader.h"
#include "io/importer.h"
#include "io/utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kBlock = 1 << 20; // bytes read from the device at a time

QString located(const QString &file, qint64 line, const QString &message)
{
    return line > 0 ? u"%1:%2: %3"_s.arg(file, QString::number(line), message) : u"%1: %2"_s.arg(file, message);
}

// Where a UTF-8 sequence that a block cuts short starts (the block's size when none is cut).
qsizetype completeUpTo(const QByteArray &block)
{
    const qsizetype n = block.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = uchar(block.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return length > back ? n - back : n;
    }
    return n;
}

} // namespace

// The device's bytes in blocks that end on whole characters, each checked to be UTF-8. A bad byte
// is said with its line and column; a UTF-16 file is said to be UTF-16.
class RowReader::Source
{
public:
    Source(QIODevice *device, const QString &fileName) : m_device(device), m_file(fileName) {}

    // The next block; false at the end or on an error.
    bool read(QByteArray *out)
    {
        if (!m_error.isEmpty() || m_done)
            return false;
        QByteArray block = std::move(m_carry);
        m_carry.clear();
        const qsizetype kept = block.size();
        block.resize(kept + kBlock);
        const qint64 got = m_device->read(block.data() + kept, kBlock);
        if (got < 0) {
            m_error = located(m_file, 0, u"cannot read: %1"_s.arg(m_device->errorString()));
            return false;
        }
        block.truncate(kept + got);
        if (block.isEmpty()) {
            m_done = true;
            return false;
        }
        if (m_first) {
            m_first = false;
            // UTF-16 (what some spreadsheets save as "Unicode text"): said as such, not as a bad byte.
            const bool bom = block.startsWith("\xff\xfe") || block.startsWith("\xfe\xff");
            const bool zeros = block.size() >= 4 && ((block.at(1) == 0 && block.at(3) == 0 && block.at(0) != 0)
                                                     || (block.at(0) == 0 && block.at(2) == 0 && block.at(1) != 0));
            if (bom || zeros) {
                m_error = located(m_file, 1, u"the file is UTF-16: save it as UTF-8 (in a spreadsheet, \"CSV UTF-8\")"_s);
                return false;
            }
        }
        if (!m_device->atEnd()) {
            const qsizetype whole = completeUpTo(block);
            m_carry = block.sliced(whole);
            block.truncate(whole);
        }
        if (const qsizetype bad = firstInvalidUtf8(block); bad >= 0) {
            const QByteArrayView before(block.constData(), bad);
            const qsizetype lastNewline = before.lastIndexOf('\n');
            const qint64 line = m_line + before.count('\n');
            const qint64 column = lastNewline < 0 ? m_sinceNewline + bad + 1 : bad - lastNewline;
            m_error = located(m_file, line, u"not UTF-8 (byte 0x%1 at column %2): save the file as UTF-8"_s
                                                .arg(uchar(block.at(bad)), 2, 16, QChar(u'0')).arg(column));
            return false;
        }
        const qsizetype lastNewline = block.lastIndexOf('\n');
        m_line += block.count('\n');
        m_sinceNewline = lastNewline < 0 ? m_sinceNewline + block.size() : block.size() - lastNewline - 1;
        *out = std::move(block);
        return true;
    }

    const QString &error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    const QString &file() const { return m_file; }

private:
    QIODevice *m_device;
    QString m_file;
    QString m_error;
    QByteArray m_carry;
    qint64 m_line = 1;         // the line the next block starts on
    qint64 m_sinceNewline = 0; // bytes of that line already delivered
    bool m_first = true;
    bool m_done = false;
};

class RowReader::Parser
{
public:
    explicit Parser(Source &source) : m_source(source) {}
    virtual ~Parser() = default;
    virtual bool next(ImportRow *row) = 0;
    virtual const QStringList &header() const { return m_none; }
    virtual bool objectRoot() const { return false; }
    virtual const QStringList &arrays() const { return m_none; }

protected:
    void fail(const QString &message)
    {
        if (m_source.error().isEmpty())
            m_source.setError(message);
    }
    Source &m_source;
    QStringList m_none;
};

namespace {

// RFC 4180 over a stream, strict: a malformed file is reported with its line and column, never guessed at.
class CsvParser final : public RowReader::Parser
{
public:
    using Parser::Parser;

    const QStringList &header() const override { return m_header; }

    bool next(ImportRow *row) override
    {
        if (!m_started && !start())
            return false;
        QStringList fields;
        int line = 0;
        for (;;) {
            if (!record(&fields, &line))
                return false;
            if (!m_haveHeader) {
                m_header = fields;
                m_haveHeader = true;
                continue;
            }
            break;
        }
        if (fields.size() != m_header.size()) {
            fail(located(m_source.file(), line, u"%1 fields, but the header has %2"_s.arg(fields.size()).arg(m_header.size())));
            return false;
        }
        row->line = line;
        row->item = 0;
        row->array.clear();
        row->object = true;
        row->keys.clear();
        row->values.clear();
        row->values.reserve(m_header.size());
        for (qsizetype c = 0; c < m_header.size(); ++c)
            row->values.insert(m_header.at(c), fields.at(c));
        return true;
    }

private:
    // Has at least `n` characters from m_at, reading more when needed; false at the end of the file.
    bool have(qsizetype n)
    {
        while (m_text.size() - m_at < n) {
            if (m_at > 0) {
                m_text.remove(0, m_at);
                m_at = 0;
            }
            QByteArray block;
            if (!m_source.read(&block))
                return false;
            m_text += QString::fromUtf8(block);
        }
        return true;
    }

    bool start()
    {
        m_started = true;
        // The delimiter is the first line's: read until it is whole.
        while (m_text.indexOf(u'\n') < 0 && have(m_text.size() + 1)) {
        }
        if (!m_source.error().isEmpty())
            return false;
        if (m_text.startsWith(QChar(0xFEFF)))
            m_at = 1;
        QStringView first = QStringView(m_text).sliced(m_at);
        const qsizetype newline = first.indexOf(u'\n');
        m_delimiter = CsvReader::detectDelimiter(newline < 0 ? first : first.left(newline));
        return true;
    }

    // One record (blank lines skipped); false at the end or on an error.
    bool record(QStringList *fields, int *recordLine)
    {
        fields->clear();
        QString field;
        bool quoted = false, afterQuote = false, fieldStarted = false;
        int quoteLine = 0, quoteColumn = 0;
        *recordLine = m_line;
        auto endField = [&] {
            fields->append(field);
            field.clear();
            afterQuote = false;
            fieldStarted = false;
        };
        for (;;) {
            if (!have(1)) {
                if (!m_source.error().isEmpty())
                    return false;
                if (quoted) {
                    fail(located(m_source.file(), quoteLine, u"column %1: a quoted field is never closed"_s.arg(quoteColumn)));
                    return false;
                }
                if (fieldStarted || afterQuote || !fields->isEmpty()) {
                    endField();
                    return !(fields->size() == 1 && fields->first().isEmpty());
                }
                return false;
            }
            const QChar c = m_text.at(m_at);
            if (quoted) {
                // A run of ordinary characters at once.
                qsizetype end = m_at;
                const qsizetype size = m_text.size();
                const QChar *data = m_text.constData();
                while (end < size && data[end] != u'"' && data[end] != u'\n')
                    ++end;
                if (end > m_at) {
                    field.append(QStringView(data + m_at, end - m_at));
                    m_column += int(end - m_at);
                    m_at = end;
                    continue;
                }
                if (c == u'"') {
                    if (have(2) && m_text.at(m_at + 1) == u'"') {
                        field += u'"';
                        m_at += 2;
                        m_column += 2;
                        continue;
                    }
                    if (!m_source.error().isEmpty())
                        return false;
                    quoted = false;
                    afterQuote = true;
                } else { // a line break inside quotes
                    field += c;
                    ++m_line;
                    m_column = 0;
                }
                ++m_at;
                ++m_column;
                continue;
            }
            if (c == u'\r') {
                if (have(2) && m_text.at(m_at + 1) == u'\n') {
                    ++m_at;
                    ++m_column;
                    continue;
                }
                if (!m_source.error().isEmpty())
                    return false;
            }
            if (c == m_delimiter) {
                endField();
            } else if (c == u'\n' || c == u'\r') {
                endField();
                ++m_at;
                ++m_line;
                m_column = 1;
                if (fields->size() == 1 && fields->first().isEmpty()) { // a blank line
                    fields->clear();
                    *recordLine = m_line;
                    continue;
                }
                return true;
            } else if (c == u'"') {
                if (fieldStarted || afterQuote) {
                    fail(located(m_source.file(), m_line,
                                 u"column %1: a quote inside an unquoted field (quote the whole field and double the quote: \"\")"_s.arg(m_column)));
                    return false;
                }
                quoted = true;
                fieldStarted = true;
                quoteLine = m_line;
                quoteColumn = m_column;
            } else {
                if (afterQuote) {
                    fail(located(m_source.file(), m_line,
                                 u"column %1: text after a closing quote (a quote inside a quoted field must be doubled: \"\")"_s.arg(m_column)));
                    return false;
                }
                qsizetype end = m_at;
                const qsizetype size = m_text.size();
                const QChar *data = m_text.constData();
                while (end < size && data[end] != m_delimiter && data[end] != u'\n' && data[end] != u'\r' && data[end] != u'"')
                    ++end;
                field.append(QStringView(data + m_at, end - m_at));
                m_column += int(end - m_at);
                m_at = end;
                fieldStarted = true;
                continue;
            }
            ++m_at;
            ++m_column;
        }
    }

    QString m_text;
    qsizetype m_at = 0;
    QChar m_delimiter = u',';
    QStringList m_header;
    int m_line = 1, m_column = 1;
    bool m_started = false, m_haveHeader = false;
};

// An object's members as a row's values: strings as they are, numbers and booleans as text, a nested
// object's members as "outer inner" ({"requester": {"name": …}} gives "requester name").
void valuesFromObject(const QJsonObject &object, ImportRow *row)
{
    row->values.clear();
    row->keys.clear();
    auto add = [&](const QString &name, const QString &value) {
        row->values.insert(name, value);
        row->keys << name;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            add(it.key(), value.toString());
        else if (value.isDouble())
            add(it.key(), QString::number(value.toDouble(), 'g', 17));
        else if (value.isBool())
            add(it.key(), value.toBool() ? u"true"_s : u"false"_s);
        else if (value.isObject()) {
            const QJsonObject inner = value.toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                add(it.key() + u' ' + in.key(), in.value().toVariant().toString());
        } else
            add(it.key(), QString());
    }
}

// Bytes one at a time, with the line they are on.
class ByteCursor
{
public:
    explicit ByteCursor(RowReader::Source &source) : m_source(source) {}

    // The next byte without taking it; -1 at the end (or on an error).
    int peek()
    {
        if (m_at == m_block.size()) {
            m_block.clear();
            m_at = 0;
            if (!m_source.read(&m_block))
                return -1;
        }
        return uchar(m_block.at(m_at));
    }
    int get()
    {
        const int c = peek();
        if (c >= 0) {
            ++m_at;
            if (c == '\n')
                ++m_line;
        }
        return c;
    }
    int skipSpace()
    {
        for (;;) {
            const int c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                get();
            else
                return c;
        }
    }
    int line() const { return m_line; }

private:
    RowReader::Source &m_source;
    QByteArray m_block;
    qsizetype m_at = 0;
    int m_line = 1;
};

class JsonLinesParser final : public RowReader::Parser
{
public:
    explicit JsonLinesParser(RowReader::Source &source) : Parser(source), m_bytes(source) {}

    bool next(ImportRow *row) override
    {
        for (;;) {
            QByteArray raw;
            const int line = m_bytes.line();
            int c = m_bytes.get();
            if (c < 0)
                return false;
            while (c >= 0 && c != '\n') {
                raw += char(c);
                c = m_bytes.get();
            }
            if (raw.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                fail(located(m_source.file(), line, error.error != QJsonParseError::NoError
                                                        ? u"not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset + 1)
                                                        : u"expected a JSON object"_s));
                return false;
            }
            row->line = line;
            row->item = 0;
            row->array.clear();
            row->object = true;
            valuesFromObject(doc.object(), row);
            return true;
        }
    }

private:
    ByteCursor m_bytes;
};

// A JSON array of objects, or an object holding such arrays ({"tickets": […], "count": 2}). The outer
// levels are read here; each item is parsed on its own. Values of the object that are not arrays, and
// the arrays not asked for, are read past.
class JsonParser final : public RowReader::Parser
{
public:
    JsonParser(RowReader::Source &source, const QString &array) : Parser(source), m_bytes(source), m_wanted(array) {}

    bool objectRoot() const override { return m_root == '{'; }
    const QStringList &arrays() const override { return m_arrays; }

    bool next(ImportRow *row) override
    {
        if (m_finished)
            return false;
        if (!m_root && !start())
            return false;
        for (;;) {
            if (m_inArray) {
                int c = m_bytes.skipSpace();
                if (m_items > 0 && c == ',') {
                    m_bytes.get();
                    c = m_bytes.skipSpace();
                } else if (c == ']') {
                    m_bytes.get();
                    m_inArray = false;
                    if (m_root == '[')
                        return finish();
                    continue;
                } else if (m_items > 0) {
                    return syntax(u"expected , or ] after an item"_s);
                }
                const int line = m_bytes.line();
                QByteArray item;
                if (!value(&item))
                    return false;
                ++m_items;
                if (m_skipping)
                    continue;
                row->line = line;
                row->item = m_items;
                row->array = m_array;
                row->object = item.startsWith('{');
                if (!row->object) {
                    row->values.clear();
                    row->keys.clear();
                    if (m_wanted.isEmpty() && m_root == '{')
                        return true; // a survey: the object's other arrays may hold anything
                    fail(u"%1:%2 (item %3): not an object"_s.arg(m_source.file()).arg(line).arg(m_items));
                    return false;
                }
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(item, &error);
                if (error.error != QJsonParseError::NoError) {
                    const int at = line + int(QByteArrayView(item).first(qMin<qsizetype>(error.offset, item.size())).count('\n'));
                    fail(located(m_source.file(), at, u"not JSON: %1"_s.arg(error.errorString())));
                    return false;
                }
                valuesFromObject(doc.object(), row);
                return true;
            }
            // In the root object: the next member.
            int c = m_bytes.skipSpace();
            if (m_members > 0) {
                if (c == '}') {
                    m_bytes.get();
                    return finish();
                }
                if (c != ',')
                    return syntax(u"expected , or } after a member"_s);
                m_bytes.get();
                c = m_bytes.skipSpace();
            } else if (c == '}') {
                m_bytes.get();
                return finish();
            }
            if (c != '"')
                return syntax(u"expected a member's name"_s);
            QByteArray name;
            if (!value(&name))
                return false;
            if (m_bytes.skipSpace() != ':')
                return syntax(u"expected : after a member's name"_s);
            m_bytes.get();
            ++m_members;
            const QString key = QJsonDocument::fromJson("[" + name + "]").array().at(0).toString();
            if (m_bytes.skipSpace() == '[') {
                m_bytes.get();
                m_inArray = true;
                m_items = 0;
                m_array = key;
                m_arrays << key;
                m_skipping = !m_wanted.isEmpty() && key != m_wanted;
                continue;
            }
            QByteArray ignored;
            if (!value(&ignored))
                return false;
        }
    }

private:
    bool syntax(const QString &what)
    {
        fail(located(m_source.file(), m_bytes.line(), u"not JSON: %1"_s.arg(what)));
        return false;
    }

    bool start()
    {
        const int c = m_bytes.skipSpace();
        if (c == 0xEF) { // a UTF-8 byte-order mark
            m_bytes.get();
            m_bytes.get();
            m_bytes.get();
        }
        const int root = m_bytes.skipSpace();
        if (root != '[' && root != '{') {
            if (m_source.error().isEmpty() && root < 0)
                return syntax(u"the file is empty"_s);
            return syntax(u"expected an array of objects, or an object holding one"_s);
        }
        m_bytes.get();
        m_root = char(root);
        m_inArray = root == '[';
        return true;
    }

    bool finish()
    {
        m_finished = true;
        if (m_bytes.skipSpace() >= 0)
            return syntax(u"text after the end of the document"_s);
        return false;
    }

    // One whole value (object, array, string or scalar), its bytes appended to `out`.
    bool value(QByteArray *out)
    {
        int depth = 0;
        bool inString = false, escaped = false;
        const int first = m_bytes.peek();
        if (first < 0)
            return syntax(u"the document ends too soon"_s);
        if (first != '{' && first != '[' && first != '"') { // a number, true, false or null
            for (int c = m_bytes.peek(); c >= 0 && c != ',' && c != ']' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t';
                 c = m_bytes.peek())
                *out += char(m_bytes.get());
            if (out->isEmpty())
                return syntax(u"expected a value"_s);
            return true;
        }
        for (;;) {
            const int c = m_bytes.get();
            if (c < 0)
                return m_source.error().isEmpty() ? syntax(u"the document ends too soon (an unclosed string, object or array)"_s) : false;
            *out += char(c);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0)
                        return true;
                }
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
    }

    ByteCursor m_bytes;
    QString m_wanted;
    QString m_array;
    QStringList m_arrays;
    char m_root = 0;
    bool m_inArray = false, m_skipping = false, m_finished = false;
    int m_items = 0, m_members = 0;
};

} // namespace

RowReader::RowReader(QIODevice *device, const QString &fileName, ImportFormat format, const QString &array)
    : m_source(std::make_unique<Source>(device, fileName))
{
    switch (format) {
    case ImportFormat::Csv: m_parser = std::make_unique<CsvParser>(*m_source); break;
    case ImportFormat::JsonLines: m_parser = std::make_unique<JsonLinesParser>(*m_source); break;
    case ImportFormat::Json: m_parser = std::make_unique<JsonParser>(*m_source, array); break;
    }
}

RowReader::~RowReader() = default;

bool RowReader::next(ImportRow *row)
{
    return m_parser->next(row);
}

const QString &RowReader::error() const
{
    return m_source->error();
}

const QStringList &RowReader::header() const
{
    return m_parser->header();
}

bool RowReader::objectRoot() const
{
    return m_parser->objectRoot();
}

const QStringList &RowReader::arrays() const
{
    return m_parser->arrays();
}

} // namespace calma
