// Reading exports into rows, validating them, scoring them in parallel and writing them in one
// transaction.
#include "io/importer.h"

#include "storage/sqlsupport.h"

#include "io/csvreader.h"
#include "io/jsonlocator.h"
#include "io/utf8.h"
#include "tone/textnormalizer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

struct Row
{
    int line = 0;                 // line in the file where the row starts
    QHash<QString, QString> values;
    int item = 0;                 // JSON: the row's position in its array, from 1; 0 for CSV and JSON Lines
};

struct Parsed
{
    QStringList columns;
    QList<Row> rows;
    QString error;
};

QString key(const QString &name)
{
    QString folded = TextNormalizer::foldString(name);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

const QJsonObject &synonyms()
{
    static const QJsonObject object = [] {
        QFile file(u":/io/columns.json"_s);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return object;
}

// "FILE:LINE (field)", the place an error names.
QString location(const QString &file, int line, const QString &field)
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!field.isEmpty())
        where += u" ("_s + field + u')';
    return where;
}

QString located(const QString &file, int line, const QString &field, const QString &message)
{
    return location(file, line, field) + u": "_s + message;
}

// "export.json:14 (item 3, body): …": a JSON array's row says its item and the line it starts on.
QString location(const QString &file, const Row &row, const QString &field = {})
{
    if (row.item == 0)
        return location(file, row.line, field);
    const QString item = u"item %1"_s.arg(row.item);
    return location(file, row.line, field.isEmpty() ? item : item + u", "_s + field);
}

QString located(const QString &file, const Row &row, const QString &field, const QString &message)
{
    return location(file, row, field) + u": "_s + message;
}

Parsed parseCsv(const QString &text, const QString &fileName)
{
    Parsed parsed;
    CsvError error;
    const QList<CsvRecord> records = CsvReader::parse(text, &error);
    if (!error.message.isEmpty()) {
        parsed.error = located(fileName, error.line, {}, u"column %1: %2"_s.arg(error.column).arg(error.message));
        return parsed;
    }
    if (records.isEmpty()) {
        parsed.error = located(fileName, 0, {}, u"the file is empty: expected a header line and rows"_s);
        return parsed;
    }
    parsed.columns = records.first().fields;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() != parsed.columns.size()) {
            parsed.error = located(fileName, record.line, {}, u"%1 fields, but the header has %2"_s.arg(record.fields.size()).arg(parsed.columns.size()));
            return parsed;
        }
        Row row{record.line, {}};
        for (qsizetype c = 0; c < parsed.columns.size(); ++c)
            row.values.insert(parsed.columns.at(c), record.fields.at(c));
        parsed.rows << row;
    }
    return parsed;
}

Row rowFromObject(const QJsonObject &object, int line, QStringList &columns)
{
    Row row{line, {}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble(), 'g', 17);
        else if (it.value().isBool())
            value = it.value().toBool() ? u"true"_s : u"false"_s;
        else if (it.value().isObject()) {
            // Nested requester objects ({"requester": {"name": …, "email": …}}) become "requester name" etc.
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in) {
                const QString name = it.key() + u' ' + in.key();
                row.values.insert(name, in.value().toVariant().toString());
                if (!columns.contains(name))
                    columns << name;
            }
            continue;
        }
        row.values.insert(it.key(), value);
        if (!columns.contains(it.key()))
            columns << it.key();
    }
    return row;
}

Parsed parseJson(const QByteArray &data, const QString &fileName, ImportFormat format, const QString &arrayName = {},
                 const QHash<QString, QString> &explicitColumns = {})
{
    Parsed parsed;
    if (format == ImportFormat::JsonLines) {
        int line = 0;
        for (const QByteArray &raw : data.split('\n')) {
            ++line;
            if (raw.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                parsed.error = located(fileName, line, {}, error.error != QJsonParseError::NoError
                                                               ? u"not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset + 1)
                                                               : u"expected a JSON object"_s);
                return parsed;
            }
            parsed.rows << rowFromObject(doc.object(), line, parsed.columns);
        }
        return parsed;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.error = located(fileName, JsonLocator::lineOf(data, error.offset), {}, u"not JSON: %1"_s.arg(error.errorString()));
        return parsed;
    }
    // An array of rows, or an object holding one ({"tickets": […]}). With several
    // ({"tickets": […], "audit": […]}), the one named, else the only one whose items carry a message
    // text; never silently the first.
    QJsonArray array = doc.array();
    QString chosenArray;
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        QStringList arrays, withText;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it.value().isArray())
                continue;
            arrays << it.key();
            const QJsonArray items = it.value().toArray();
            if (!items.isEmpty() && items.first().isObject()) {
                QString ignored;
                if (!Importer::detectMapping(items.first().toObject().keys(), explicitColumns, &ignored).body.isEmpty())
                    withText << it.key();
            }
        }
        QString chosen;
        if (!arrayName.isEmpty()) {
            if (!arrays.contains(arrayName)) {
                parsed.error = located(fileName, 1, {}, u"no array \"%1\" in the file (it has: %2)"_s.arg(arrayName, arrays.join(u", ")));
                return parsed;
            }
            chosen = arrayName;
        } else if (arrays.size() == 1) {
            chosen = arrays.first();
        } else if (withText.size() == 1) {
            chosen = withText.first();
        } else if (!arrays.isEmpty()) {
            parsed.error = located(fileName, 1, {}, u"the file holds several arrays (%1): choose one with --array NAME"_s.arg(arrays.join(u", ")));
            return parsed;
        }
        array = root.value(chosen).toArray();
        chosenArray = chosen;
    }
    // Where each row starts, for errors: the lines of the array's items, and nothing deeper.
    const JsonLocator where(data, doc.isObject() ? 2 : 1);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = where.line(JsonLocator::element(chosenArray, i));
        if (!array.at(i).isObject()) {
            parsed.error = located(fileName, Row{line, {}, int(i + 1)}, {}, u"not an object"_s);
            return parsed;
        }
        Row row = rowFromObject(array.at(i).toObject(), line, parsed.columns);
        row.item = int(i + 1);
        parsed.rows << std::move(row);
    }
    return parsed;
}

// A time as help desks export it. One written without a zone is in `zone` (UTC by default), so the
// same file gives the same times whatever the machine's zone. Day/month dates ("03/01/2026") are read
// in the order the column was found to use; a bare number only as the epoch unit the user named.
std::optional<qint64> parseTime(const QString &text, const QTimeZone &zone, DateFormat format, QString *why)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const double number = t.toDouble(&numeric);
    if (numeric || t.compare(u"nan"_s, Qt::CaseInsensitive) == 0 || t.contains(u"inf"_s, Qt::CaseInsensitive)) {
        if (format != DateFormat::EpochSeconds && format != DateFormat::EpochMilliseconds) {
            *why = u"a bare number is not a date: \"%1\" (if the column holds seconds or milliseconds since 1970, set the "
                   u"date format to say so; calma-cli: --date-format epoch-s or epoch-ms)"_s.arg(t);
            return std::nullopt;
        }
        const double ms = format == DateFormat::EpochSeconds ? number * 1000 : number;
        // From 1970 to the year 3000: anything else (nan, inf, 1e300) is not a time.
        if (!numeric || !std::isfinite(ms) || ms < 0 || ms > 32503680000000.0) {
            *why = u"not a time since 1970: \"%1\""_s.arg(t);
            return std::nullopt;
        }
        return qint64(ms);
    }
    for (const Qt::DateFormat f : {Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date}) {
        QDateTime dt = QDateTime::fromString(t, f);
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeZone(zone); // no zone written: the wall time stays, in the file's zone
            return dt.toMSecsSinceEpoch();
        }
    }
    QStringList formats{u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s, u"yyyy/MM/dd HH:mm:ss"_s, u"yyyy/MM/dd HH:mm"_s,
                        u"yyyy/MM/dd"_s};
    const QStringList dayFirst{u"dd/MM/yyyy HH:mm:ss"_s, u"dd/MM/yyyy HH:mm"_s, u"dd/MM/yyyy"_s, u"d/M/yyyy H:mm"_s, u"d/M/yyyy"_s,
                               u"dd-MM-yyyy HH:mm"_s, u"dd-MM-yyyy"_s, u"dd.MM.yyyy HH:mm"_s, u"dd.MM.yyyy"_s};
    const QStringList monthFirst{u"MM/dd/yyyy HH:mm:ss"_s, u"MM/dd/yyyy HH:mm"_s, u"MM/dd/yyyy"_s, u"M/d/yyyy H:mm"_s, u"M/d/yyyy"_s,
                                 u"MM-dd-yyyy HH:mm"_s, u"MM-dd-yyyy"_s};
    formats += format == DateFormat::MonthFirst ? monthFirst : dayFirst;
    for (const QString &f : formats) {
        QDateTime dt = QDateTime::fromString(t, f);
        if (dt.isValid()) {
            dt.setTimeZone(zone);
            return dt.toMSecsSinceEpoch();
        }
    }
    *why = u"not a date and time: \"%1\" (use ISO 8601, e.g. 2026-03-12T09:30:00Z)"_s.arg(t);
    return std::nullopt;
}

// Which of day and month comes first in a column of numeric dates ("03/01/2026"): a first number
// over 12 says day first, a second one over 12 month first. A column that says both is an error; one
// that says neither, while some dates read differently either way, is ambiguous.
struct DateOrderScan
{
    DateFormat order = DateFormat::Auto;
    qsizetype dayLine = 0, monthLine = 0, ambiguousLine = 0;
};

DateOrderScan scanDateOrder(const QList<Row> &rows, const QString &column)
{
    static const QRegularExpression numeric(u"^\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{4}\\b"_s);
    DateOrderScan scan;
    for (const Row &row : rows) {
        const QRegularExpressionMatch m = numeric.match(row.values.value(column));
        if (!m.hasMatch())
            continue;
        const int first = m.captured(1).toInt(), second = m.captured(2).toInt();
        if (first > 12 && !scan.dayLine)
            scan.dayLine = row.line;
        else if (second > 12 && !scan.monthLine)
            scan.monthLine = row.line;
        else if (first != second && first <= 12 && second <= 12 && !scan.ambiguousLine)
            scan.ambiguousLine = row.line;
    }
    scan.order = scan.dayLine ? DateFormat::DayFirst : scan.monthLine ? DateFormat::MonthFirst : DateFormat::Auto;
    return scan;
}

} // namespace

std::optional<DateFormat> dateFormatFromName(QStringView name)
{
    if (name == u"auto")
        return DateFormat::Auto;
    if (name == u"dmy")
        return DateFormat::DayFirst;
    if (name == u"mdy")
        return DateFormat::MonthFirst;
    if (name == u"epoch-s")
        return DateFormat::EpochSeconds;
    if (name == u"epoch-ms")
        return DateFormat::EpochMilliseconds;
    return std::nullopt;
}

namespace {

// A NUL character or an unpaired UTF-16 surrogate ("\ud800" in JSON): PostgreSQL cannot store
// either in a text column, so neither engine takes them.
QString unstorable(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.unicode() == 0)
            return u"a NUL character at position %1: remove it from the file"_s.arg(i + 1);
        if (c.isHighSurrogate() && (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate()))
            return u"an unpaired surrogate (\\u%1) at position %2: not a character"_s.arg(c.unicode(), 4, 16, QChar(u'0')).arg(i + 1);
        if (c.isLowSurrogate() && (i == 0 || !value.at(i - 1).isHighSurrogate()))
            return u"an unpaired surrogate (\\u%1) at position %2: not a character"_s.arg(c.unicode(), 4, 16, QChar(u'0')).arg(i + 1);
    }
    return {};
}

bool isAgent(const QString &direction)
{
    static const QStringList agentWords{u"agent"_s, u"staff"_s, u"admin"_s, u"support"_s, u"outbound"_s, u"outgoing"_s,
                                        u"agente"_s, u"soporte"_s, u"saliente"_s};
    return agentWords.contains(key(direction));
}

struct Prepared
{
    const Row *row = nullptr;
    QString ticket, messageId, body, subject, name, email, author, channel;
    bool fromAgent = false;
    qint64 sentMs = 0;
    std::optional<ToneReport> tone;
};

} // namespace

QString ColumnMapping::describe() const
{
    QStringList parts;
    const QList<std::pair<QString, QString>> fields{{u"ticket id"_s, ticketId}, {u"message id"_s, messageId}, {u"subject"_s, subject},
                                                    {u"text"_s, body}, {u"name"_s, customerName}, {u"email"_s, customerEmail},
                                                    {u"created at"_s, createdAt}, {u"direction"_s, direction}, {u"author"_s, author},
                                                    {u"channel"_s, channel}};
    for (const auto &[field, column] : fields) {
        if (!column.isEmpty())
            parts << field + u" ← "_s + column;
    }
    return parts.join(u", "_s);
}

const QStringList &Importer::fieldNames()
{
    static const QStringList names{u"ticket-id"_s, u"message-id"_s, u"subject"_s, u"body"_s, u"name"_s, u"email"_s,
                                   u"created-at"_s, u"direction"_s, u"author"_s, u"channel"_s};
    return names;
}

ColumnMapping Importer::detectMapping(const QStringList &columns, const QHash<QString, QString> &explicitColumns, QString *error)
{
    QHash<QString, QString> chosen;
    for (const QString &field : fieldNames()) {
        if (explicitColumns.contains(field)) {
            if (!columns.contains(explicitColumns.value(field))) {
                *error = u"there is no column \"%1\" for %2; the file has: %3"_s.arg(explicitColumns.value(field), field, columns.join(u", "_s));
                return {};
            }
            chosen.insert(field, explicitColumns.value(field));
            continue;
        }
        const QJsonArray names = synonyms().value(field).toArray();
        for (const QJsonValue &name : names) {
            const auto it = std::find_if(columns.begin(), columns.end(), [&](const QString &c) {
                return key(c) == key(name.toString()) && !chosen.values().contains(c);
            });
            if (it != columns.end()) {
                chosen.insert(field, *it);
                break;
            }
        }
    }
    for (auto it = explicitColumns.begin(); it != explicitColumns.end(); ++it) {
        if (!fieldNames().contains(it.key())) {
            *error = u"unknown field \"%1\": the fields are %2"_s.arg(it.key(), fieldNames().join(u", "_s));
            return {};
        }
    }
    // Without a text column the mapping is still returned, so that a dialog can show what was found.
    if (!chosen.contains(u"body"_s)) {
        *error = u"no column holds the message text (looked for description, body, message, text, mensaje…; the file has: %1). "
                 u"Name it with --map body=COLUMN"_s.arg(columns.join(u", "_s));
    }
    return {chosen.value(u"ticket-id"_s), chosen.value(u"message-id"_s), chosen.value(u"subject"_s), chosen.value(u"body"_s),
            chosen.value(u"name"_s), chosen.value(u"email"_s), chosen.value(u"created-at"_s), chosen.value(u"direction"_s),
            chosen.value(u"author"_s), chosen.value(u"channel"_s)};
}

Importer::Importer(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer)
    : m_database(std::move(database)), m_analyzer(std::move(analyzer))
{
}

ImportFormat Importer::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return ImportFormat::Json;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return ImportFormat::JsonLines;
    return ImportFormat::Csv;
}

ImportPreview Importer::preview(const QString &path, std::optional<ImportFormat> format)
{
    ImportPreview preview;
    preview.format = format.value_or(formatFor(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = located(path, 0, {}, u"cannot open: %1"_s.arg(file.errorString()));
        return preview;
    }
    const QByteArray data = file.readAll();
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        preview.error = located(path, JsonLocator::lineOf(data, bad), {}, u"not UTF-8: save the file as UTF-8"_s);
        return preview;
    }
    const Parsed parsed = preview.format == ImportFormat::Csv ? parseCsv(QString::fromUtf8(data), path) : parseJson(data, path, preview.format);
    preview.error = parsed.error;
    preview.columns = parsed.columns;
    preview.rows = parsed.rows.size();
    if (preview.error.isEmpty())
        preview.mapping = detectMapping(parsed.columns, {}, &preview.mappingError);
    return preview;
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.error = located(path, 0, {}, u"cannot open: %1"_s.arg(file.errorString()));
        return report;
    }
    return importData(file.readAll(), path, options.format.value_or(formatFor(path)), options);
}

ImportReport Importer::importData(const QByteArray &data, const QString &fileName, ImportFormat format, const ImportOptions &options) const
{
    ImportReport report;
    // UTF-16 (what some spreadsheets save as "Unicode text"): said as such, not as a bad byte.
    const bool utf16Bom = data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff");
    const bool utf16Zeros = data.size() >= 4 && ((data.at(1) == 0 && data.at(3) == 0 && data.at(0) != 0) || (data.at(0) == 0 && data.at(2) == 0 && data.at(1) != 0));
    if (utf16Bom || utf16Zeros) {
        report.error = located(fileName, 1, {}, u"the file is UTF-16: save it as UTF-8 (in a spreadsheet, \"CSV UTF-8\")"_s);
        return report;
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const int line = JsonLocator::lineOf(data, bad);
        const qsizetype lineStart = data.lastIndexOf('\n', bad - 1) + 1;
        report.error = located(fileName, line, {}, u"not UTF-8 (byte 0x%1 at column %2): save the file as UTF-8"_s
                                                       .arg(uchar(data.at(bad)), 2, 16, QChar(u'0')).arg(bad - lineStart + 1));
        return report;
    }
    const Parsed parsed = format == ImportFormat::Csv ? parseCsv(QString::fromUtf8(data), fileName)
                                                      : parseJson(data, fileName, format, options.array, options.columns);
    if (!parsed.error.isEmpty()) {
        report.error = parsed.error;
        return report;
    }
    QString mappingError;
    report.mapping = detectMapping(parsed.columns, options.columns, &mappingError);
    if (report.mapping.body.isEmpty() && mappingError.isEmpty())
        mappingError = u"no column for the message text"_s;
    if (!mappingError.isEmpty()) {
        report.error = located(fileName, 1, {}, mappingError);
        return report;
    }
    const ColumnMapping &map = report.mapping;
    report.rows = parsed.rows.size();

    // Day or month first: said, or decided from the whole column before any row is read.
    DateFormat dateFormat = options.dateFormat;
    if (dateFormat == DateFormat::Auto && !map.createdAt.isEmpty()) {
        const DateOrderScan scan = scanDateOrder(parsed.rows, map.createdAt);
        if (scan.dayLine && scan.monthLine) {
            report.error = located(fileName, std::max(scan.dayLine, scan.monthLine), map.createdAt,
                                   u"dates with the day first (line %1) and the month first (line %2) in one column"_s
                                       .arg(scan.dayLine).arg(scan.monthLine));
            return report;
        }
        if (!scan.dayLine && !scan.monthLine && scan.ambiguousLine) {
            report.error = located(fileName, scan.ambiguousLine, map.createdAt,
                                   u"these dates read either way (day/month or month/day): set the date format to say which (calma-cli: --date-format dmy or mdy)"_s);
            return report;
        }
        dateFormat = scan.order;
    }

    // Validate every row before anything is written.
    QList<Prepared> rows;
    rows.reserve(parsed.rows.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, int> occurrences;       // ticket, time and text → how many so far
    QHash<QString, qsizetype> firstWithId; // ticket and message id → the row that used it first
    // A row with an error stops the import, or, when the user asked for it, is left out and listed.
    auto rowError = [&](const QString &message) {
        if (!options.skipBadRows) {
            report.error = message;
            return false;
        }
        report.skipped << message;
        return true;
    };
    for (const Row &row : parsed.rows) {
        Prepared p;
        p.row = &row;
        p.body = row.values.value(map.body).trimmed();
        if (p.body.isEmpty()) {
            if (!rowError(located(fileName, row, map.body, u"empty message text"_s)))
                return report;
            continue;
        }
        // What one engine would store and the other refuse is refused on both, with where it is.
        QString unstorableWhy;
        for (auto it = row.values.cbegin(); it != row.values.cend() && unstorableWhy.isEmpty(); ++it) {
            if (const QString why = unstorable(it.value()); !why.isEmpty())
                unstorableWhy = located(fileName, row, it.key(), why);
        }
        if (!unstorableWhy.isEmpty()) {
            if (!rowError(unstorableWhy))
                return report;
            continue;
        }
        p.ticket = map.ticketId.isEmpty() ? QString() : row.values.value(map.ticketId).trimmed();
        if (!map.ticketId.isEmpty() && p.ticket.isEmpty()) {
            if (!rowError(located(fileName, row, map.ticketId, u"empty ticket id"_s)))
                return report;
            continue;
        }
        p.sentMs = now;
        if (!map.createdAt.isEmpty()) {
            QString why;
            const auto time = parseTime(row.values.value(map.createdAt), options.timeZone.isValid() ? options.timeZone : QTimeZone::utc(),
                                        dateFormat, &why);
            if (!time) {
                if (!rowError(located(fileName, row, map.createdAt,
                                       why.isEmpty() ? u"not a date and time: \"%1\" (use ISO 8601, e.g. 2026-03-12T09:30:00Z)"_s.arg(row.values.value(map.createdAt)) : why)))
                    return report;
                continue;
            }
            p.sentMs = *time;
        }
        p.subject = row.values.value(map.subject);
        p.name = row.values.value(map.customerName);
        p.email = row.values.value(map.customerEmail);
        p.author = row.values.value(map.author);
        p.channel = row.values.value(map.channel);
        p.fromAgent = !map.direction.isEmpty() && isAgent(row.values.value(map.direction));
        // Stable ids, so that importing the same file again recognises every row: from what the file
        // says (never the time of the import), and the how-manieth such message it is, so that a
        // customer who wrote "hello?" twice keeps both.
        const QString said = map.createdAt.isEmpty() ? QString() : QString::number(p.sentMs);
        const QString key = p.ticket + u'\x1f' + said + u'\x1f' + p.body;
        const int occurrence = ++occurrences[key];
        const QByteArray fingerprint = QCryptographicHash::hash((key + u'\x1f' + QString::number(occurrence)).toUtf8(),
                                                                QCryptographicHash::Sha1).toHex();
        if (p.ticket.isEmpty())
            p.ticket = u"import-"_s + QString::fromLatin1(fingerprint.left(16));
        const QString givenId = map.messageId.isEmpty() ? QString() : row.values.value(map.messageId).trimmed();
        p.messageId = givenId.isEmpty() ? QString::fromLatin1(fingerprint) : givenId;
        // One id, one message: the same id with another text is a mistake in the file, not a repeat.
        if (!givenId.isEmpty()) {
            const QString idKey = p.ticket + u'\x1f' + givenId;
            if (const auto seen = firstWithId.constFind(idKey); seen != firstWithId.cend() && rows.at(*seen).body != p.body) {
                if (!rowError(located(fileName, row, map.messageId,
                                       u"message id \"%1\" is used again with another text (first on line %2)"_s.arg(givenId, QString::number(rows.at(*seen).row->line)))))
                    return report;
                continue;
            }
            firstWithId.insert(idKey, rows.size());
        }
        rows << p;
    }
    // Score customer messages on all cores.
    QtConcurrent::blockingMap(rows, [this](Prepared &p) {
        if (!p.fromAgent)
            p.tone = m_analyzer->analyze(p.body);
    });

    // The write lock is taken first (BEGIN IMMEDIATE on SQLite): a second writer waits for it instead
    // of failing at once with "database is locked" when a deferred transaction tries to upgrade.
    std::optional<sql::WriteTransaction> transaction(std::in_place, *m_database);
    if (!transaction->open()) {
        report.error = located(fileName, 0, {}, u"cannot start a transaction: "_s + transaction->error());
        return report;
    }
    const ConversationStore store(m_database);
    const qint64 lastBefore = store.lastMessageId();
    QHash<QString, qint64> conversations;
    auto fail = [&](const QString &message) {
        transaction.reset(); // rolls back
        report.conversationsAdded = report.messagesAdded = report.alreadyPresent = 0;
        report.error = message;
        return report;
    };
    // The database refused a write: its fault, not the file's, though the row it was on is said.
    auto databaseError = [&](const Row &row, const QString &error) {
        return u"cannot write to %1: %2 (while importing %3); nothing was imported"_s.arg(
            m_database->url().display(), error, location(fileName, row));
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Prepared &p = rows.at(i);
        if (options.progress && i % 256 == 0 && !options.progress(i, rows.size())) {
            ImportReport cancelled = fail(u"import cancelled: nothing was written"_s);
            cancelled.cancelled = true;
            return cancelled;
        }
        QString error;
        qint64 conversation = conversations.value(p.ticket, 0);
        if (!conversation) {
            if (const auto existing = store.conversationByExternalId(p.ticket)) {
                conversation = *existing;
            } else {
                const auto added = store.addConversation({p.ticket, p.name, p.email, {}, p.subject.isEmpty() ? p.body.left(80) : p.subject,
                                                          p.channel.isEmpty() ? u"email"_s : p.channel, u"open"_s, p.sentMs}, &error);
                if (!added)
                    return fail(databaseError(*p.row, error));
                conversation = *added;
                ++report.conversationsAdded;
            }
            conversations.insert(p.ticket, conversation);
        }
        if (const auto stored = store.messageText(conversation, p.messageId)) {
            if (*stored != p.body)
                return fail(located(fileName, *p.row, map.messageId.isEmpty() ? map.body : map.messageId,
                                    u"message id \"%1\" is already in the database with another text"_s.arg(p.messageId)));
            ++report.alreadyPresent;
            continue;
        }
        const QString author = p.author.isEmpty() ? (p.fromAgent ? QString() : p.name) : p.author;
        if (!store.addMessage({conversation, p.messageId, p.fromAgent ? u"agent"_s : u"customer"_s, author, p.body, p.sentMs, p.tone, true}, &error))
            return fail(databaseError(*p.row, error));
        ++report.messagesAdded;
    }
    if (options.progress && !options.progress(rows.size(), rows.size())) {
        ImportReport cancelled = fail(u"import cancelled: nothing was written"_s);
        cancelled.cancelled = true;
        return cancelled;
    }
    if (QString error; !store.indexMessages(lastBefore, &error))
        return fail(located(fileName, 0, {}, error));
    if (!transaction->commit())
        return fail(located(fileName, 0, {}, u"cannot commit (%1): nothing was written"_s.arg(transaction->error())));
    report.ok = true;
    return report;
}

} // namespace calma
