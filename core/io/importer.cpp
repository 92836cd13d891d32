// Reading exports a chunk of rows at a time, validating them, scoring them in parallel (while the next
// chunk is read), keeping them in a scratch file, and writing them in one transaction.
#include "io/importer.h"

#include "storage/sqlsupport.h"

#include "io/rowreader.h"
#include "tone/textnormalizer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include "storage/importjournal.h"
#include <QtConcurrent/QtConcurrentMap>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <unistd.h>
#include <limits>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace calma {
namespace {

using namespace Qt::StringLiterals;


using Row = ImportRow;

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

// A subject for a ticket that has none: the start of its first message, cut between words so that
// no word or number is cut in two (a redacted export would not know "mi DNI es 123" for a DNI).
QString subjectFrom(const QString &body)
{
    constexpr qsizetype kLength = 80;
    const QString flat = body.simplified();
    if (flat.size() <= kLength)
        return flat;
    qsizetype cut = flat.lastIndexOf(u' ', kLength);
    if (cut < kLength / 2) { // one long word: cut it, but never inside a character
        cut = kLength;
        if (flat.at(cut - 1).isHighSurrogate())
            --cut;
    }
    return flat.left(cut) + u'…';
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
        if (format != DateFormat::EpochSeconds && format != DateFormat::EpochMilliseconds && !(numeric && std::isfinite(number))) {
            *why = u"not a date and time: \"%1\" (use ISO 8601, e.g. 2026-03-12T09:30:00Z)"_s.arg(t);
            return std::nullopt;
        }
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
// Which of day and month comes first in a column of numeric dates ("03/01/2026"): a first number
// over 12 says day first, a second one over 12 month first. A column that says both is an error; one
// that says neither, while some dates read differently either way, is ambiguous. Fed row by row.
struct DateOrderScan
{
    DateFormat order = DateFormat::Auto;
    qsizetype dayLine = 0, monthLine = 0, ambiguousLine = 0;

    void add(const QString &value, int line)
    {
        static const QRegularExpression numeric(u"^\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{4}\\b"_s);
        // Most columns are ISO 8601 or RFC 2822: only a digit, one or two, then a separator can match.
        if (value.size() < 8 || (!value.at(0).isDigit() && !value.at(0).isSpace()))
            return;
        const QRegularExpressionMatch m = numeric.match(value);
        if (!m.hasMatch())
            return;
        const int first = m.captured(1).toInt(), second = m.captured(2).toInt();
        if (first > 12 && !dayLine)
            dayLine = line;
        else if (second > 12 && !monthLine)
            monthLine = line;
        else if (first != second && first <= 12 && second <= 12 && !ambiguousLine)
            ambiguousLine = line;
        order = dayLine ? DateFormat::DayFirst : monthLine ? DateFormat::MonthFirst : DateFormat::Auto;
    }
};


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
    const QString why = sql::unstorable(value);
    return why.startsWith(u"a NUL"_s) ? why + u": remove it from the file"_s : why;
}

enum class Direction { Customer, Agent, Note, Unknown };

// Who wrote a row, as help desks export it. A value that says none of these (a "public" column's
// true/false, say) is an error, never silently the customer: internal notes read as customer messages
// would heat the inbox and be answered.
Direction directionOf(const QString &value)
{
    static const QStringList agentWords{u"agent"_s, u"staff"_s, u"admin"_s, u"support"_s, u"outbound"_s, u"outgoing"_s,
                                        u"agente"_s, u"soporte"_s, u"saliente"_s, u"operator"_s, u"operador"_s};
    static const QStringList customerWords{u"customer"_s, u"client"_s, u"cliente"_s, u"requester"_s, u"end-user"_s, u"enduser"_s,
                                           u"end user"_s, u"user"_s, u"usuario"_s, u"inbound"_s, u"incoming"_s, u"entrante"_s,
                                           u"contact"_s, u"contacto"_s, u"solicitante"_s, u"public"_s};
    static const QStringList noteWords{u"note"_s, u"internal"_s, u"internal note"_s, u"private"_s, u"nota"_s, u"interna"_s,
                                       u"nota interna"_s, u"privada"_s, u"privado"_s};
    const QString k = key(value);
    if (k.isEmpty() || customerWords.contains(k))
        return Direction::Customer;
    if (agentWords.contains(k))
        return Direction::Agent;
    if (noteWords.contains(k))
        return Direction::Note;
    return Direction::Unknown;
}

struct Prepared
{
    int line = 0, item = 0;
    QString ticket, messageId, body, subject, name, email, author, channel;
    bool fromAgent = false;
    qint64 sentMs = 0;
    std::optional<StoredTone> tone; // customer messages, once scored
    QByteArray toneJson;            // the report as stored, made where it was scored
};

constexpr qsizetype kChunk = 4096;   // rows prepared and scored at a time, and written in one transaction
constexpr int kWriterPauseMs = 10;   // SQLite: the lock left free after each of them

// What a file holds, from one read of it: its columns (a JSON file's in the order they first
// appear), its rows, and for a JSON object holding several arrays, the one to import.
struct Survey
{
    QString error;
    QStringList columns;
    qint64 rows = 0;
    QString array;          // the chosen array of a JSON object; empty otherwise
    bool objectRoot = false;
    DateOrderScan dates;    // CSV: the date column's order, read in the same pass
    bool datesScanned = false;
};

struct ArraySurvey
{
    QStringList columns;
    QSet<QString> known;
    qint64 rows = 0;
    QStringList firstKeys;
    int badLine = 0, badItem = 0; // the first item that is not an object
};

Survey survey(QIODevice *device, const QString &fileName, ImportFormat format, const QString &arrayName,
              const QHash<QString, QString> &explicitColumns, bool scanDates)
{
    Survey s;
    RowReader reader(device, fileName, format);
    QMap<QString, ArraySurvey> arrays; // sorted by name, as they are listed
    ImportRow row;
    QString dateColumn;
    bool mapped = false;
    while (reader.next(&row)) {
        if (format == ImportFormat::Csv) {
            if (!mapped) {
                mapped = true;
                QString ignored;
                dateColumn = scanDates ? Importer::detectMapping(reader.header(), explicitColumns, &ignored).createdAt : QString();
                s.datesScanned = scanDates;
            }
            ++s.rows;
            if (!dateColumn.isEmpty())
                s.dates.add(row.values.value(dateColumn), row.line);
            continue;
        }
        ArraySurvey &a = arrays[row.array];
        ++a.rows;
        if (!row.object) {
            if (!a.badLine) {
                a.badLine = row.line;
                a.badItem = row.item;
            }
            continue;
        }
        if (a.rows == 1)
            a.firstKeys = row.keys;
        for (const QString &k : std::as_const(row.keys)) {
            if (!a.known.contains(k)) {
                a.known.insert(k);
                a.columns << k;
            }
        }
    }
    if (!reader.error().isEmpty()) {
        s.error = reader.error();
        return s;
    }
    if (format == ImportFormat::Csv) {
        s.columns = reader.header();
        if (s.columns.isEmpty())
            s.error = located(fileName, 0, {}, u"the file is empty: expected a header line and rows"_s);
        return s;
    }
    s.objectRoot = reader.objectRoot();
    QString chosen;
    if (s.objectRoot) {
        // Several arrays ({"tickets": […], "audit": […]}): the one named, else the only one whose
        // items carry a message text; never silently the first.
        QStringList names = reader.arrays(); // empty ones too
        names.sort();
        names.removeDuplicates();
        QStringList withText;
        for (auto it = arrays.cbegin(); it != arrays.cend(); ++it) {
            QString ignored;
            if (!it->firstKeys.isEmpty() && !Importer::detectMapping(it->firstKeys, explicitColumns, &ignored).body.isEmpty())
                withText << it.key();
        }
        if (!arrayName.isEmpty()) {
            if (!names.contains(arrayName)) {
                s.error = located(fileName, 1, {}, u"no array \"%1\" in the file (it has: %2)"_s.arg(arrayName, names.join(u", ")));
                return s;
            }
            chosen = arrayName;
        } else if (names.size() == 1) {
            chosen = names.first();
        } else if (withText.size() == 1) {
            chosen = withText.first();
        } else if (!names.isEmpty()) {
            s.error = located(fileName, 1, {}, u"the file holds several arrays (%1): choose one with --array NAME"_s.arg(names.join(u", ")));
            return s;
        }
        s.array = chosen;
    }
    const ArraySurvey a = arrays.value(chosen);
    if (a.badLine) {
        s.error = u"%1:%2 (item %3): not an object"_s.arg(fileName).arg(a.badLine).arg(a.badItem);
        return s;
    }
    s.columns = a.columns;
    s.rows = a.rows;
    return s;
}

// A prepared statement of the SQLite library itself, finalized when it goes.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql, QString *error)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_s, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(m_s);
            m_s = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_s); }
    Statement(Statement &&other) noexcept : m_s(std::exchange(other.m_s, nullptr)) {}
    Statement &operator=(Statement &&other) noexcept
    {
        std::swap(m_s, other.m_s);
        return *this;
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_s != nullptr; }
    // Binds copy what they are given; column values last until the next step.
    void bind(int i, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, QByteArrayView utf8) { sqlite3_bind_text(m_s, i, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT); }
    void bindBlob(int i, const QByteArray &bytes) { sqlite3_bind_blob(m_s, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT); }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_s, i, value); }
    void bindNull(int i) { sqlite3_bind_null(m_s, i); }
    // Binds the value of `from`'s column as it is (text, number or NULL), without copying: `from` must
    // not step before this statement has.
    void bindColumn(int i, Statement &from, int column) { sqlite3_bind_value(m_s, i, sqlite3_column_value(from.m_s, column)); }
    int step() { return sqlite3_step(m_s); }
    void reset()
    {
        sqlite3_reset(m_s);
        sqlite3_clear_bindings(m_s);
    }
    QByteArrayView bytes(int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_s, column));
        return {text, sqlite3_column_bytes(m_s, column)};
    }
    QString text(int column) { return QString::fromUtf8(bytes(column)); }
    qint64 integer(int column) { return sqlite3_column_int64(m_s, column); }
    bool isNull(int column) { return sqlite3_column_type(m_s, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_s = nullptr;
};

// "calma-import-PID-XXXXXX" in the temporary folder; the folders an import killed (kill -9, a crash or a
// power cut) could not remove are removed when the next import starts, once their process is gone.
QString scratchTemplate()
{
    const QDir temp(QDir::tempPath());
    static const QRegularExpression name(u"^calma-import-(\\d+)-"_s);
    for (const QString &folder : temp.entryList({u"calma-import-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = name.match(folder);
        const pid_t pid = m.hasMatch() ? pid_t(m.captured(1).toLongLong()) : 0;
        if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
            QDir(temp.filePath(folder)).removeRecursively();
    }
    return temp.filePath(u"calma-import-%1-XXXXXX"_s.arg(::getpid()));
}

// The importer's own scratch space, a SQLite file in a temporary folder: what it needs to know of every
// row read so far — its ticket and message id, where it was and a digest of its text, to tell a repeated
// row from an id used twice — and the counts that make fingerprints stable, so that memory stays the
// same whatever the file's size.
class Scratch
{
public:
    Scratch() : m_dir(scratchTemplate())
    {
        if (!m_dir.isValid()) {
            m_error = m_dir.errorString();
            return;
        }
        const QByteArray path = QFile::encodeName(m_dir.filePath(u"import.sqlite"_s));
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return;
        }
        for (const char *sql : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -32768", "PRAGMA temp_store = FILE",
                                "CREATE TABLE staged (k BLOB PRIMARY KEY, line INTEGER NOT NULL, body BLOB NOT NULL) WITHOUT ROWID",
                                "CREATE TABLE occurrences (k BLOB PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID", "BEGIN"}) {
            if (!exec(sql))
                return;
        }
        m_stage = prepare("INSERT INTO staged (k, line, body) VALUES (?, ?, ?) ON CONFLICT (k) DO NOTHING");
        m_first = prepare("SELECT body, line FROM staged WHERE k = ?");
        m_count = prepare("INSERT INTO occurrences (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = n + 1 RETURNING n");
    }
    ~Scratch()
    {
        m_stage = Statement();
        m_first = Statement();
        m_count = Statement();
        sqlite3_close(m_db);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    const QString &error() const { return m_error; }

    // The how-manieth time this key is seen, from 1; 0 when the scratch file fails.
    int occurrence(const QByteArray &key)
    {
        m_count.bindBlob(1, key);
        const int n = m_count.step() == SQLITE_ROW ? int(m_count.integer(0)) : 0;
        if (!n)
            failed();
        m_count.reset();
        return n;
    }

    enum class Staged { Added, Repeated, Clash, Failed };
    // Keeps a row; a row whose ticket and message id are already kept is Repeated (the same text) or
    // a Clash (another text, `firstLine` saying where the first was).
    Staged stage(const Prepared &p, int *firstLine)
    {
        Statement &s = m_stage;
        const QByteArray k = QCryptographicHash::hash((p.ticket + u'\x1f' + p.messageId).toUtf8(), QCryptographicHash::Sha1);
        const QByteArray body = QCryptographicHash::hash(p.body.toUtf8(), QCryptographicHash::Sha1);
        s.bindBlob(1, k);
        s.bind(2, qint64(p.line));
        s.bindBlob(3, body);
        const int rc = s.step();
        s.reset();
        if (rc != SQLITE_DONE) {
            failed();
            return Staged::Failed;
        }
        if (sqlite3_changes(m_db) == 1)
            return Staged::Added;
        m_first.bindBlob(1, k);
        if (m_first.step() != SQLITE_ROW) {
            failed();
            m_first.reset();
            return Staged::Failed;
        }
        const bool same = m_first.bytes(0) == QByteArrayView(body);
        *firstLine = int(m_first.integer(1));
        m_first.reset();
        return same ? Staged::Repeated : Staged::Clash;
    }

    void failed() { m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); }

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    Statement prepare(const char *sql)
    {
        Statement s(m_db, sql, &m_error);
        return s;
    }

private:
    QTemporaryDir m_dir;
    sqlite3 *m_db = nullptr;
    Statement m_stage, m_first, m_count;
    QString m_error;
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
    const Survey s = survey(&file, path, preview.format, {}, {}, false);
    preview.error = s.error;
    preview.columns = s.columns;
    preview.rows = s.rows;
    if (preview.error.isEmpty())
        preview.mapping = detectMapping(s.columns, {}, &preview.mappingError);
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
    return importDevice(&file, path, options.format.value_or(formatFor(path)), options);
}

ImportReport Importer::importData(const QByteArray &data, const QString &fileName, ImportFormat format, const ImportOptions &options) const
{
    QByteArray copy = data; // shares the bytes
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(&buffer, fileName, format, options);
}

namespace {

// PostgreSQL: the messages of conversations this import creates, sent with COPY on the connection's
// own handle (inside its transaction), some thousands of rows at a time: nothing else may use the
// connection while a COPY runs, so rows wait here until there are enough or the import ends.
// This thread's libpq handle of `database`, looked up each time: Qt closes (and frees) the handle of
// a connection the server ended, so one kept from before may be gone. Null when there is none.
PGconn *postgresHandle(const Database &database)
{
    const QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt names the type after libpq's struct: "pg_conn*" (its documentation says "PGconn*").
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn *handle = *static_cast<PGconn *const *>(v.constData());
    return handle && PQstatus(handle) == CONNECTION_OK ? handle : nullptr;
}

class CopyBatch
{
public:
    explicit CopyBatch(const Database *database) : m_database(database) {}

    // One row: each value is text, or null for SQL NULL.
    void add(std::initializer_list<std::optional<QByteArrayView>> values, const ImportRow &where)
    {
        if (m_rows == 0)
            m_first = where;
        bool firstValue = true;
        for (const std::optional<QByteArrayView> &value : values) {
            if (!firstValue)
                m_data += '\t';
            firstValue = false;
            if (!value) {
                m_data += "\\N";
                continue;
            }
            for (const char c : *value) {
                switch (c) {
                case '\\': m_data += "\\\\"; break;
                case '\n': m_data += "\\n"; break;
                case '\r': m_data += "\\r"; break;
                case '\t': m_data += "\\t"; break;
                default: m_data += c;
                }
            }
        }
        m_data += '\n';
        ++m_rows;
    }
    bool full() const { return m_rows >= 20000 || m_data.size() >= (16 << 20); }

    // Sends the rows kept; false with `error` and `where` (the first row sent) when the server refuses.
    bool flush(QString *error, ImportRow *where)
    {
        if (m_rows == 0)
            return true;
        *where = m_first;
        const QByteArray data = std::exchange(m_data, {});
        m_rows = 0;
        m_connection = postgresHandle(*m_database);
        if (!m_connection) {
            *error = u"the connection to the server is gone"_s;
            return false;
        }
        PGresult *started = PQexec(m_connection, "COPY messages (conversation_id, external_id, direction, author, body, sent_ms, language, "
                                                 "heat, level, tone_report, import_id) FROM STDIN");
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying) {
            *error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
            return false;
        }
        bool sent = PQputCopyData(m_connection, data.constData(), int(data.size())) == 1;
        sent = PQputCopyEnd(m_connection, sent ? nullptr : "the import stopped") == 1 && sent;
        bool ok = sent;
        while (PGresult *result = PQgetResult(m_connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                ok = false;
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            }
            PQclear(result);
        }
        if (!ok && error->isEmpty())
            *error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        return ok;
    }

private:
    const Database *m_database;
    PGconn *m_connection = nullptr;
    QByteArray m_data;
    qsizetype m_rows = 0;
    ImportRow m_first;
};

// The SQLite library's handle of this thread's connection to `database` (null for PostgreSQL).
sqlite3 *sqliteHandle(const Database &database)
{
    if (database.engine() != DatabaseUrl::Engine::SQLite)
        return nullptr;
    const QVariant v = database.connection().driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

using RowValue = std::function<QVariant(int column)>;

// Runs `sql` once per group of at most 500 rows, "(?, …)" repeated in place of %1; the values are
// `width` to a row. On SQLite through the library itself (Qt's binding of thousands of values costs
// more than the statement), on PostgreSQL through Qt.
bool manyRows(const Database &database, const QString &sql, const QString &row, int width, const QVariantList &values, QString *error,
              const std::function<void(const RowValue &)> &read = {})
{
    constexpr qsizetype kRowsPerStatement = 500;
    const qsizetype rows = values.size() / width;
    sqlite3 *handle = sqliteHandle(database);
    for (qsizetype from = 0; from < rows; from += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows - from);
        const QString text = sql.arg(QStringList(n, row).join(u", "_s));
        if (handle) {
            QString problem;
            Statement q(handle, text.toUtf8().constData(), &problem);
            if (!q.valid()) {
                *error = problem;
                return false;
            }
            for (qsizetype i = 0; i < n * width; ++i) {
                const QVariant &v = values.at(from * width + i);
                if (v.isNull())
                    q.bindNull(int(i + 1));
                else if (v.typeId() == QMetaType::QString)
                    q.bind(int(i + 1), v.toString());
                else
                    q.bind(int(i + 1), v.toLongLong());
            }
            int rc = SQLITE_ROW;
            while ((rc = q.step()) == SQLITE_ROW) {
                if (read)
                    read([&](int column) { return q.isNull(column) ? QVariant() : QVariant(q.text(column)); });
            }
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                return false;
            }
            continue;
        }
        QSqlQuery q(database.connection());
        if (!q.prepare(text)) {
            *error = q.lastError().text();
            return false;
        }
        for (qsizetype i = 0; i < n * width; ++i)
            q.bindValue(int(i), values.at(from * width + i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (read) {
            while (q.next())
                read([&](int column) { return q.value(column); });
        }
    }
    return true;
}

// Ids for `n` new rows of `table`: from its sequence on PostgreSQL; after the largest on SQLite,
// whose write lock the import holds.
bool reserveIds(const Database &database, const QString &table, qsizetype n, std::vector<qint64> *ids, QString *error)
{
    ids->clear();
    if (n == 0)
        return true;
    QSqlQuery q(database.connection());
    if (database.engine() == DatabaseUrl::Engine::PostgreSQL) {
        q.prepare(u"SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)"_s.arg(table));
        q.addBindValue(n);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            ids->push_back(q.value(0).toLongLong());
    } else {
        if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM %1"_s.arg(table)) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const qint64 last = q.value(0).toLongLong();
        for (qsizetype i = 1; i <= n; ++i)
            ids->push_back(last + i);
    }
    if (qsizetype(ids->size()) != n) {
        *error = u"cannot reserve ids for %1"_s.arg(table);
        return false;
    }
    return true;
}

// A ticket of the file as its first row says it.
struct TicketRow
{
    QString ticket, name, email, subject, channel;
    qint64 sentMs = 0;
    ImportRow where;
};

// The conversations for a batch of tickets: the database's when it has them, else new ones (with
// their contacts: one per e-mail address, whose name becomes the latest one given) in a few
// multi-row statements, marked as the import's (`importId`). `found` gets each ticket's conversation
// and whether it is this import's (made now or by an earlier batch of it). A contact that was there
// before the import is renamed in `renames` (applied when the import ends, so that nothing of an
// unfinished import shows), one of this import's at once.
bool conversationsFor(const Database &database, qint64 importId, const QList<TicketRow> &tickets, QHash<QString, std::pair<qint64, bool>> *found,
                      QHash<qint64, QString> *renames, qsizetype *made, QString *error)
{
    *made = 0;
    found->clear();
    QVariantList values;
    for (const TicketRow &t : tickets)
        values << t.ticket;
    if (!manyRows(database, u"SELECT external_id, id, import_id FROM conversations WHERE external_id IN (%1)"_s, u"?"_s, 1, values, error,
                  [&](const RowValue &value) {
                      found->insert(value(0).toString(), {value(1).toLongLong(), value(2).toLongLong() == importId});
                  }))
        return false;
    QList<const TicketRow *> fresh;
    QStringList emails;
    QSet<QString> seenEmail;
    for (const TicketRow &t : tickets) {
        if (found->contains(t.ticket))
            continue;
        fresh << &t;
        if (!t.email.isEmpty() && !seenEmail.contains(t.email)) {
            seenEmail.insert(t.email);
            emails << t.email;
        }
    }
    if (fresh.isEmpty())
        return true;
    *made = fresh.size();
    values.clear();
    for (const QString &e : std::as_const(emails))
        values << e;
    QHash<QString, qint64> contactOf; // e-mail → contact: the first one with that address
    QSet<qint64> ours;                // contacts this import made
    if (!manyRows(database, u"SELECT email, id, import_id FROM contacts WHERE email IN (%1)"_s, u"?"_s, 1, values, error,
                  [&](const RowValue &value) {
                      const QString email = value(0).toString();
                      const qint64 id = value(1).toLongLong();
                      if (!contactOf.contains(email) || id < contactOf.value(email))
                          contactOf.insert(email, id);
                      if (value(2).toLongLong() == importId)
                          ours.insert(id);
                  }))
        return false;
    qsizetype newContacts = 0;
    {
        QSet<QString> counted;
        for (const TicketRow *t : std::as_const(fresh)) {
            if (t->email.isEmpty())
                ++newContacts;
            else if (!contactOf.contains(t->email) && !counted.contains(t->email)) {
                counted.insert(t->email);
                ++newContacts;
            }
        }
    }
    std::vector<qint64> contactIds, conversationIds;
    if (!reserveIds(database, u"contacts"_s, newContacts, &contactIds, error)
        || !reserveIds(database, u"conversations"_s, fresh.size(), &conversationIds, error))
        return false;
    // As adding the conversations one by one would: a new address's contact is named by its first
    // conversation, and every later one with a name renames it (trimmed).
    struct Contact
    {
        QString name, email;
        qint64 createdMs = 0;
        bool added = false; // by this batch
    };
    QHash<qint64, Contact> contacts;
    QList<qint64> order;      // contacts in the order first met
    QVariantList conversations;
    qsizetype nextContact = 0;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const TicketRow &t = *fresh.at(i);
        qint64 contact = 0;
        if (!t.email.isEmpty() && contactOf.contains(t.email)) {
            contact = contactOf.value(t.email);
            if (!contacts.contains(contact)) {
                contacts.insert(contact, {QString(), t.email, t.sentMs, false});
                order << contact;
            }
            if (!t.name.trimmed().isEmpty())
                contacts[contact].name = t.name.trimmed();
        } else {
            contact = contactIds[size_t(nextContact++)];
            contacts.insert(contact, {t.name, t.email, t.sentMs, true});
            order << contact;
            if (!t.email.isEmpty())
                contactOf.insert(t.email, contact);
        }
        const qint64 id = conversationIds[size_t(i)];
        conversations << id << t.ticket << contact << sql::text(t.subject) << sql::text(t.channel) << t.sentMs << t.sentMs << importId;
        found->insert(t.ticket, {id, true});
    }
    QVariantList added, renamed;
    for (const qint64 id : std::as_const(order)) {
        const Contact &c = contacts.value(id);
        if (c.added)
            added << id << sql::text(c.name) << (c.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.email)) << c.createdMs
                  << importId;
        else if (!c.name.isEmpty() && !ours.contains(id))
            renames->insert(id, c.name);
        else if (!c.name.isEmpty())
            renamed << id << c.name;
    }
    if (!manyRows(database, u"INSERT INTO contacts (id, name, email, created_ms, import_id) VALUES %1"_s, u"(?, ?, ?, ?, ?)"_s, 5, added, error))
        return false;
    if (database.engine() == DatabaseUrl::Engine::PostgreSQL) {
        // One statement (PostgreSQL joins the list by hashing it)…
        if (!manyRows(database, u"UPDATE contacts SET name = v.column2 FROM (VALUES %1) AS v WHERE contacts.id = v.column1"_s,
                      u"(CAST(? AS BIGINT), CAST(? AS TEXT))"_s, 2, renamed, error))
            return false;
    } else {
        // …SQLite would scan the list for every contact: a statement a contact, in-process.
        for (qsizetype i = 0; i + 1 < renamed.size(); i += 2) {
            if (!manyRows(database, u"UPDATE contacts SET name = ? WHERE id = ?%1"_s, QString(), 2, {renamed.at(i + 1), renamed.at(i)}, error))
                return false;
        }
    }
    return manyRows(database, u"INSERT INTO conversations (id, external_id, contact_id, subject, channel, status, created_ms, waiting_since_ms, "
                              u"import_id) VALUES %1"_s, u"(?, ?, ?, ?, ?, 'open', ?, ?, ?)"_s, 8, conversations, error);
}

// What the messages of conversations created by one import make of them, as ConversationStore::
// addMessage would have made it message by message in time order: the heat and language of the latest
// customer message and the highest heat, the last times, and the workflow: answered after the
// customer's last message is pending (nobody waiting), otherwise open and waiting since the first
// customer message after our last reply (or since the conversation began, when we never replied).
bool settleConversations(const Database &database, const std::vector<qint64> &ids, QString *error)
{
    // One read of those conversations' messages (a window for the latest customer message and our
    // last reply), one write of each conversation.
    const QString sql = u"UPDATE conversations SET last_customer_ms = a.last_customer, last_message_ms = a.last_message, "
                        u"heat = COALESCE(a.latest_heat, 0), peak_heat = COALESCE(a.peak, 0), language = a.latest_language, "
                        u"status = CASE WHEN a.last_reply IS NOT NULL AND (a.last_customer IS NULL OR a.last_reply >= a.last_customer) "
                        u"THEN 'pending' ELSE 'open' END, "
                        u"waiting_since_ms = CASE WHEN a.last_reply IS NOT NULL AND (a.last_customer IS NULL OR a.last_reply >= a.last_customer) "
                        u"THEN NULL WHEN a.last_reply IS NOT NULL THEN a.waiting_after_reply "
                        u"WHEN a.first_customer IS NOT NULL AND a.first_customer < conversations.waiting_since_ms THEN a.first_customer "
                        u"ELSE conversations.waiting_since_ms END "
                        u"FROM (SELECT conversation_id AS id, MAX(CASE WHEN direction = 'customer' THEN sent_ms END) AS last_customer, "
                        u"MIN(CASE WHEN direction = 'customer' THEN sent_ms END) AS first_customer, MAX(sent_ms) AS last_message, "
                        u"MAX(CASE WHEN direction = 'customer' THEN heat END) AS peak, MAX(last_reply) AS last_reply, "
                        u"MAX(CASE WHEN direction = 'customer' AND latest = 1 THEN heat END) AS latest_heat, "
                        u"MAX(CASE WHEN direction = 'customer' AND latest = 1 THEN language END) AS latest_language, "
                        u"MIN(CASE WHEN direction = 'customer' AND sent_ms >= last_reply THEN sent_ms END) AS waiting_after_reply "
                        u"FROM (SELECT conversation_id, direction, sent_ms, heat, language, "
                        u"MAX(CASE WHEN direction = 'agent' THEN sent_ms END) OVER (PARTITION BY conversation_id) AS last_reply, "
                        u"ROW_NUMBER() OVER (PARTITION BY conversation_id, direction ORDER BY sent_ms DESC, id DESC) AS latest "
                        u"FROM messages WHERE conversation_id IN (%1)) AS m GROUP BY conversation_id) AS a "
                        u"WHERE conversations.id = a.id"_s;
    constexpr qsizetype kIds = 500;
    std::unique_ptr<QSqlQuery> full;
    for (qsizetype from = 0; from < qsizetype(ids.size()); from += kIds) {
        const qsizetype n = std::min<qsizetype>(kIds, qsizetype(ids.size()) - from);
        std::unique_ptr<QSqlQuery> tail;
        std::unique_ptr<QSqlQuery> &q = n == kIds ? full : tail;
        if (!q) {
            q = std::make_unique<QSqlQuery>(database.connection());
            if (!q->prepare(sql.arg(QStringList(n, u"?"_s).join(u", "_s)))) {
                *error = q->lastError().text();
                return false;
            }
        }
        for (qsizetype i = 0; i < n; ++i)
            q->bindValue(int(i), ids[size_t(from + i)]);
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
    }
    return true;
}

// The database side of an import, on a thread (and a connection) of its own, so that the file is read,
// checked and scored while the rows before are written. It takes the kept rows a chunk at a time.
// On SQLite each chunk is one short transaction (BEGIN IMMEDIATE … COMMIT): other writers get the lock
// in between, and the rows, marked with the import's id in the journal, stay invisible to every
// reader until the last step, a transaction that settles what the messages make of their
// conversations, renames the contacts that were there before and marks the import done. A failed or
// cancelled import removes what it wrote (ImportJournal::discard); one whose process dies is removed
// when the database is next opened. On PostgreSQL, whose row versions keep an open transaction's rows
// from everyone else without holding anyone up, the import is one transaction, as before.
class Writer
{
public:
    Writer(std::shared_ptr<Database> database, const QString &fileName, const ColumnMapping &mapping)
        : m_database(std::move(database)), m_fileName(fileName), m_map(mapping)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~Writer()
    {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_ended) {
                m_abort = true;
                m_ended = true;
            }
            m_changed.wakeAll();
        }
        m_thread->wait();
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Hands over a chunk of kept rows; waits while two are waiting already. `stillWanted` is asked
    // now and then while it waits (false: give up). False when the writer has failed or `stillWanted` said no.
    bool push(QList<Prepared> &&rows, const std::function<bool()> &stillWanted)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= 2 && m_error.isEmpty()) {
            m_changed.wait(&m_mutex, 100);
            if (m_queue.size() >= 2 && m_error.isEmpty()) {
                lock.unlock();
                const bool wanted = stillWanted();
                lock.relock();
                if (!wanted)
                    return false;
            }
        }
        if (!m_error.isEmpty())
            return false;
        m_pushed += rows.size();
        m_queue.push_back(std::move(rows));
        m_changed.wakeAll();
        return true;
    }
    // Waits until every chunk handed over is written (not yet visible), calling `written` with the
    // messages written so far whenever that grows. False when the writer failed or `written` said no.
    bool drain(const std::function<bool(qint64)> &written, const std::function<bool()> &stillWanted)
    {
        qint64 told = 0;
        QMutexLocker lock(&m_mutex);
        for (;;) {
            const bool done = m_queue.empty() && !m_busy;
            const qint64 now = m_messagesWritten;
            if (!m_error.isEmpty())
                return false;
            if (now > told || (done && told == 0 && now > 0)) {
                told = now;
                lock.unlock();
                const bool go = !written || written(now);
                lock.relock();
                if (!go)
                    return false;
                continue;
            }
            if (done)
                return true;
            m_changed.wait(&m_mutex, 100);
            lock.unlock();
            const bool wanted = stillWanted();
            lock.relock();
            if (!wanted)
                return false;
        }
    }
    // The last step (the rows become visible), or, with `keep` false, removing what was written.
    // Waits for it; false with error() when the last step failed.
    bool end(bool keep)
    {
        QMutexLocker lock(&m_mutex);
        m_abort = !keep;
        m_ended = true;
        m_changed.wakeAll();
        lock.unlock();
        m_thread->wait();
        return keep && m_error.isEmpty();
    }

    QString error() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }
    qint64 conversationsAdded() const { return m_conversationsAdded; }
    qint64 messagesAdded() const { return m_messagesAdded; }
    qint64 alreadyPresent() const { return m_alreadyPresent; }
    qint64 writeMs() const { return m_writeMs; }
    qint64 longestTransactionMs() const { return m_longestMs; }

private:
    void fail(const QString &error)
    {
        QMutexLocker lock(&m_mutex);
        if (m_error.isEmpty())
            m_error = error;
        m_changed.wakeAll();
    }
    QString failed() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }
    // The database refused a write: its fault, not the file's, though the row it was on is said.
    QString databaseError(const ImportRow &where, const QString &error) const
    {
        return u"cannot write to %1: %2 (while importing %3); nothing was imported"_s.arg(m_database->url().display(), error,
                                                                                           location(m_fileName, where));
    }
    QString writeError(const QString &what, const QString &error) const
    {
        return u"cannot write to %1: %2 (%3); nothing was imported"_s.arg(m_database->url().display(), error, what);
    }

    void run()
    {
        work();
        // What was written goes, unless the import ended well; the connection goes with the thread.
        if (!failed().isEmpty() || m_abort)
            undo();
        m_direct = Statement();
        m_store.reset();
        m_outer.reset();
    }

    void work()
    {
        for (;;) {
            QList<Prepared> rows;
            {
                QMutexLocker lock(&m_mutex);
                m_busy = false;
                m_changed.wakeAll();
                while (m_queue.empty() && !m_ended)
                    m_changed.wait(&m_mutex);
                if (m_queue.empty() || m_abort || !m_error.isEmpty()) {
                    if (m_ended)
                        break;
                    continue;
                }
                rows = std::move(m_queue.front());
                m_queue.pop_front();
                m_busy = true;
            }
            QElapsedTimer clock;
            clock.start();
            const bool ok = (m_started || begin()) && write(rows);
            m_writeMs += clock.elapsed();
            if (!ok)
                return;
        }
        if (m_abort || !failed().isEmpty() || !m_started)
            return;
        QElapsedTimer clock;
        clock.start();
        finish();
        m_writeMs += clock.elapsed();
    }

    // Registers the import: on SQLite in the journal (waiting while another import writes, one at a
    // time), on PostgreSQL in its one transaction.
    bool begin()
    {
        m_store.emplace(m_database);
        const bool sqlite = m_database->engine() == DatabaseUrl::Engine::SQLite;
        QString error;
        if (sqlite) {
            const ImportJournal journal(*m_database);
            for (;;) {
                const ImportJournal::Begin began = journal.begin(m_fileName, &m_importId, &error);
                if (began == ImportJournal::Begin::Started)
                    break;
                if (began == ImportJournal::Begin::Failed) {
                    fail(writeError(u"while starting the import"_s, error));
                    return false;
                }
                QMutexLocker lock(&m_mutex);
                if (m_abort)
                    return false;
                m_changed.wait(&m_mutex, 100); // another import is writing: its turn first
            }
            m_started = true;
            sqlite3 *handle = sqliteHandle(*m_database);
            if (handle)
                m_direct = Statement(handle, "INSERT INTO messages (conversation_id, external_id, direction, author, body, sent_ms, language, "
                                             "heat, level, tone_report, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &error);
            if (!m_direct.valid()) {
                fail(writeError(u"while starting the import"_s, error.isEmpty() ? u"no SQLite handle"_s : error));
                return false;
            }
            return true;
        }
        m_outer.emplace(*m_database);
        if (!m_outer->open()) {
            fail(writeError(u"while starting the import"_s, u"cannot start a transaction: "_s + m_outer->error()));
            return false;
        }
        m_started = true;
        if (!postgresHandle(*m_database)) {
            fail(writeError(u"while starting the import"_s, u"no PostgreSQL handle"_s));
            return false;
        }
        // The journal's row, inside the transaction: nobody sees it before the rows it names.
        const ImportJournal::Owner &me = ImportJournal::self();
        QSqlQuery q(m_database->connection());
        q.prepare(u"INSERT INTO imports (state, source, owner_pid, owner_started, owner_system, first_message_id, started_ms, heartbeat_ms) "
                  u"VALUES ('done', ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM messages), ?, ?) RETURNING id"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        sql::bindAll(q, {m_fileName, me.pid, me.started, me.system, now, now});
        if (!q.exec() || !q.next()) {
            fail(writeError(u"while starting the import"_s, q.lastError().text()));
            return false;
        }
        m_importId = q.value(0).toLongLong();
        return true;
    }

    // One chunk of kept rows: its new conversations and its messages, in one transaction on SQLite.
    bool write(const QList<Prepared> &rows)
    {
        const bool sqlite = m_database->engine() == DatabaseUrl::Engine::SQLite;
        QElapsedTimer held;
        held.start();
        sql::WriteTransaction transaction(*m_database); // joins the outer one on PostgreSQL
        QString error;
        if (!transaction.open()) {
            fail(databaseError({rows.first().line, rows.first().item}, u"cannot start a transaction: "_s + transaction.error()));
            return false;
        }
        if (sqlite && !ImportJournal(*m_database).renew(m_importId, &error)) {
            fail(databaseError({rows.first().line, rows.first().item}, error));
            return false;
        }
        const qint64 before = sqlite ? m_store->lastMessageId() : 0;
        // The tickets, in the order they first appear, as their first row here says them, named by the
        // latest row that gives a name.
        QList<TicketRow> tickets;
        QHash<QString, qsizetype> seen;
        std::vector<qint64> namedAt;
        for (const Prepared &p : rows) {
            if (const auto it = seen.constFind(p.ticket); it != seen.cend()) {
                TicketRow &ticket = tickets[*it];
                if (!p.name.isEmpty() && (ticket.name.isEmpty() || p.sentMs >= namedAt[size_t(*it)])) {
                    ticket.name = p.name;
                    namedAt[size_t(*it)] = p.sentMs;
                }
                continue;
            }
            seen.insert(p.ticket, tickets.size());
            namedAt.push_back(p.sentMs);
            tickets.append({p.ticket, p.name, p.email, p.subject.isEmpty() ? subjectFrom(p.body) : p.subject,
                            p.channel.isEmpty() ? u"email"_s : p.channel, p.sentMs, ImportRow{p.line, p.item}});
        }
        QHash<QString, std::pair<qint64, bool>> conversations, found;
        for (qsizetype from = 0; from < tickets.size(); from += 500) {
            const QList<TicketRow> part = tickets.mid(from, 500);
            qsizetype made = 0;
            if (!conversationsFor(*m_database, m_importId, part, &found, &m_renames, &made, &error)) {
                fail(databaseError(part.first().where, error));
                return false;
            }
            m_conversationsAdded += made;
            conversations.insert(found);
        }
        CopyBatch copy(sqlite ? nullptr : m_database.get());
        ImportRow batchRow;
        qint64 written = 0;
        for (const Prepared &p : rows) {
            const ImportRow where{p.line, p.item};
            const auto [conversation, ours] = conversations.value(p.ticket);
            const QByteArray direction = p.fromAgent ? QByteArrayLiteral("agent") : QByteArrayLiteral("customer");
            // The author: the file's, else the customer's name for their own messages.
            const QString &author = !p.author.isEmpty() || p.fromAgent ? p.author : p.name;
            if (!ours) {
                // A conversation that was there before: a message it has already is not added twice,
                // and its id with another text is an error.
                error.clear();
                const auto stored = m_store->messageText(conversation, p.messageId, &error);
                if (!error.isEmpty()) {
                    fail(databaseError(where, error));
                    return false;
                }
                if (stored) {
                    if (*stored != p.body) {
                        fail(located(m_fileName, where, m_map.messageId.isEmpty() ? m_map.body : m_map.messageId,
                                     u"message id \"%1\" is already in the database with another text"_s.arg(p.messageId)));
                        return false;
                    }
                    ++m_alreadyPresent;
                    continue;
                }
                if (!sqlite) {
                    NewMessage message{conversation, p.messageId, QString::fromLatin1(direction), author, p.body, p.sentMs, std::nullopt, true};
                    if (p.tone)
                        message.storedTone = StoredTone{p.tone->language, p.tone->heat, p.tone->level, QString::fromUtf8(p.toneJson)};
                    if (!copy.flush(&error, &batchRow)) { // the connection is the COPY's until it ends
                        fail(databaseError(batchRow, error));
                        return false;
                    }
                    if (!m_store->addMessage(message, &error)) {
                        fail(databaseError(where, error));
                        return false;
                    }
                    ++written;
                    continue;
                }
            }
            if (sqlite) {
                Statement &d = m_direct;
                d.bind(1, conversation);
                d.bind(2, p.messageId);
                d.bind(3, QByteArrayView(direction));
                d.bind(4, author);
                d.bind(5, p.body);
                d.bind(6, p.sentMs);
                if (p.tone) {
                    d.bind(7, p.tone->language);
                    d.bind(8, qint64(p.tone->heat));
                    d.bind(9, p.tone->level);
                    d.bind(10, QByteArrayView(p.toneJson));
                }
                d.bind(11, m_importId);
                const int rc = d.step();
                d.reset();
                if (rc != SQLITE_DONE) {
                    fail(databaseError(where, QString::fromUtf8(sqlite3_errmsg(sqliteHandle(*m_database)))));
                    return false;
                }
                // Into a conversation that was there before: what it does to it waits for the last step.
                if (!ours)
                    m_appended.push_back(sqlite3_last_insert_rowid(sqliteHandle(*m_database)));
            } else {
                const QByteArray id = QByteArray::number(conversation), sent = QByteArray::number(p.sentMs),
                                 import = QByteArray::number(m_importId), messageId = p.messageId.toUtf8(),
                                 authorText = author.toUtf8(), body = p.body.toUtf8();
                QByteArray language, heat, level;
                if (p.tone) {
                    language = p.tone->language.toUtf8();
                    heat = QByteArray::number(p.tone->heat);
                    level = p.tone->level.toUtf8();
                }
                auto orNull = [&](const QByteArray &value) -> std::optional<QByteArrayView> {
                    if (!p.tone)
                        return std::nullopt;
                    return QByteArrayView(value);
                };
                copy.add({QByteArrayView(id), QByteArrayView(messageId), QByteArrayView(direction), QByteArrayView(authorText),
                          QByteArrayView(body), QByteArrayView(sent), orNull(language), orNull(heat), orNull(level), orNull(p.toneJson),
                          QByteArrayView(import)},
                         where);
                if (copy.full() && !copy.flush(&error, &batchRow)) {
                    fail(databaseError(batchRow, error));
                    return false;
                }
            }
            ++written;
        }
        if (!copy.flush(&error, &batchRow)) {
            fail(databaseError(batchRow, error));
            return false;
        }
        // Searchable at once (readers skip them until the import is done): the messages of this
        // transaction, which nobody else can write in.
        if (sqlite && !m_store->indexMessages(before, &error)) {
            fail(databaseError({rows.first().line, rows.first().item}, error));
            return false;
        }
        if (!transaction.commit()) {
            fail(databaseError({rows.first().line, rows.first().item}, u"cannot commit: "_s + transaction.error()));
            return false;
        }
        m_longestMs = std::max<qint64>(m_longestMs, held.elapsed());
        m_messagesAdded += written;
        {
            QMutexLocker lock(&m_mutex);
            m_messagesWritten = m_messagesAdded;
            m_changed.wakeAll();
        }
        // A moment with the lock free, for an agent's reply or a role-play save that waits for it
        // (their connections try every millisecond: Database).
        if (sqlite)
            QThread::msleep(kWriterPauseMs);
        return true;
    }

    // What the messages make of the conversations this import made, some hundreds at a time (each a
    // short transaction on SQLite; they are still invisible), then the last step.
    void finish()
    {
        const bool sqlite = m_database->engine() == DatabaseUrl::Engine::SQLite;
        QString error;
        qint64 after = 0;
        for (bool more = true; more;) {
            QElapsedTimer held;
            held.start();
            sql::WriteTransaction transaction(*m_database);
            if (!transaction.open()) {
                fail(writeError(u"while updating the imported conversations"_s, u"cannot start a transaction: "_s + transaction.error()));
                return;
            }
            if (sqlite && !ImportJournal(*m_database).renew(m_importId, &error)) {
                fail(writeError(u"while updating the imported conversations"_s, error));
                return;
            }
            // About 200 ms at a time, in steps of 500 conversations.
            while (more && held.elapsed() < 200) {
                std::vector<qint64> ids;
                QSqlQuery q(m_database->connection());
                q.prepare(u"SELECT id FROM conversations WHERE import_id = ? AND id > ? ORDER BY id LIMIT 500"_s);
                sql::bindAll(q, {m_importId, after});
                if (!q.exec()) {
                    fail(writeError(u"while updating the imported conversations"_s, q.lastError().text()));
                    return;
                }
                while (q.next())
                    ids.push_back(q.value(0).toLongLong());
                more = ids.size() == 500;
                if (ids.empty())
                    break;
                after = ids.back();
                if (!settleConversations(*m_database, ids, &error)) {
                    fail(writeError(u"while updating the imported conversations"_s, error));
                    return;
                }
            }
            if (!transaction.commit()) {
                fail(writeError(u"while updating the imported conversations"_s, u"cannot commit: "_s + transaction.error()));
                return;
            }
            m_longestMs = std::max<qint64>(m_longestMs, held.elapsed());
            if (sqlite && more)
                QThread::msleep(kWriterPauseMs);
        }
        // The last step, one transaction: the import is done (so its messages count for what follows),
        // the messages it added to conversations that were there before take effect in the order they
        // were written, and the contacts that were there before take the names the file gave them.
        QElapsedTimer held;
        held.start();
        sql::WriteTransaction transaction(*m_database);
        if (!transaction.open()) {
            fail(writeError(u"while finishing the import"_s, u"cannot start a transaction: "_s + transaction.error()));
            return;
        }
        if (sqlite && !ImportJournal(*m_database).finish(m_importId, qint64(m_messagesAdded), &error)) {
            fail(writeError(u"while finishing the import"_s, error));
            return;
        }
        for (const qint64 id : m_appended) {
            if (!m_store->applyImportedMessage(id, &error)) {
                fail(writeError(u"while finishing the import"_s, error));
                return;
            }
        }
        QVariantList renamed;
        for (auto it = m_renames.cbegin(); it != m_renames.cend(); ++it)
            renamed << it.key() << it.value();
        if (!sqlite) {
            if (!manyRows(*m_database, u"UPDATE contacts SET name = v.column2 FROM (VALUES %1) AS v WHERE contacts.id = v.column1"_s,
                          u"(CAST(? AS BIGINT), CAST(? AS TEXT))"_s, 2, renamed, &error)) {
                fail(writeError(u"while finishing the import"_s, error));
                return;
            }
            QSqlQuery q(m_database->connection());
            q.prepare(u"UPDATE imports SET messages = ?, finished_ms = ? WHERE id = ?"_s);
            sql::bindAll(q, {qint64(m_messagesAdded), QDateTime::currentMSecsSinceEpoch(), m_importId});
            if (!q.exec()) {
                fail(writeError(u"while finishing the import"_s, q.lastError().text()));
                return;
            }
        } else {
            // SQLite would scan the list for every contact: a statement a contact, in-process.
            for (qsizetype i = 0; i + 1 < renamed.size(); i += 2) {
                if (!manyRows(*m_database, u"UPDATE contacts SET name = ? WHERE id = ?%1"_s, QString(), 2, {renamed.at(i + 1), renamed.at(i)}, &error)) {
                    fail(writeError(u"while finishing the import"_s, error));
                    return;
                }
            }
        }
        if (!transaction.commit()) {
            fail(writeError(u"while finishing the import"_s, u"cannot commit: "_s + transaction.error()));
            return;
        }
        m_longestMs = std::max<qint64>(m_longestMs, held.elapsed());
        if (m_outer && !m_outer->commit()) {
            fail(located(m_fileName, 0, {}, u"cannot commit (%1): nothing was written"_s.arg(m_outer->error())));
            return;
        }
        m_outer.reset();
        m_done = true;
    }

    // Takes back what was written: PostgreSQL rolls its transaction back; on SQLite the journal
    // removes the import's rows (a crash half way leaves them invisible, for the next open to remove).
    void undo()
    {
        m_outer.reset();
        if (m_done || !m_started || m_database->engine() != DatabaseUrl::Engine::SQLite)
            return;
        QString error;
        if (!ImportJournal(*m_database).discard(m_importId, &error))
            qWarning("Calma import: cannot remove what the unfinished import wrote to %s (it stays invisible, and goes when the "
                     "database is next opened): %s", qPrintable(m_database->url().display()), qPrintable(error));
    }

    std::shared_ptr<Database> m_database;
    QString m_fileName;
    ColumnMapping m_map;
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QList<Prepared>> m_queue; // under m_mutex, as are the four below
    bool m_busy = false, m_ended = false, m_abort = false;
    qint64 m_messagesWritten = 0;
    QString m_error;
    qint64 m_pushed = 0;

    // The writer thread's own.
    std::optional<ConversationStore> m_store;
    std::optional<sql::WriteTransaction> m_outer; // PostgreSQL: the import's one transaction
    Statement m_direct;
    qint64 m_importId = 0;
    bool m_started = false, m_done = false;
    std::vector<qint64> m_appended;         // messages it added to conversations that were there before
    QHash<qint64, QString> m_renames;       // contacts that were there before: their new names
    std::atomic<qint64> m_conversationsAdded{0}, m_messagesAdded{0}, m_alreadyPresent{0}, m_writeMs{0}, m_longestMs{0};
};

} // namespace

ImportReport Importer::importDevice(QIODevice *device, const QString &fileName, ImportFormat format, const ImportOptions &options) const
{
    ImportReport report;
    auto rewind = [&] {
        if (device->seek(0))
            return true;
        report.error = located(fileName, 0, {}, u"cannot read the file again: %1"_s.arg(device->errorString()));
        return false;
    };
    // First read: the columns, the rows, the arrays of a JSON object (a CSV file's dates too).
    const Survey s = survey(device, fileName, format, options.array, options.columns, options.dateFormat == DateFormat::Auto);
    if (!s.error.isEmpty()) {
        report.error = s.error;
        return report;
    }
    QString mappingError;
    report.mapping = detectMapping(s.columns, options.columns, &mappingError);
    if (report.mapping.body.isEmpty() && mappingError.isEmpty())
        mappingError = u"no column for the message text"_s;
    if (!mappingError.isEmpty()) {
        report.error = located(fileName, 1, {}, mappingError);
        return report;
    }
    const ColumnMapping &map = report.mapping;
    report.rows = s.rows;

    // Day or month first: said, or decided from the whole column before any row is read.
    DateFormat dateFormat = options.dateFormat;
    if (dateFormat == DateFormat::Auto && !map.createdAt.isEmpty()) {
        DateOrderScan scan = s.dates;
        if (!s.datesScanned) { // JSON: the date column is known only now
            if (!rewind())
                return report;
            RowReader dates(device, fileName, format, s.array);
            ImportRow row;
            while (dates.next(&row))
                scan.add(row.values.value(map.createdAt), row.line);
            if (!dates.error().isEmpty()) {
                report.error = dates.error();
                return report;
            }
        }
        if (scan.dayLine && scan.monthLine) {
            report.error = located(fileName, int(std::max(scan.dayLine, scan.monthLine)), map.createdAt,
                                   u"dates with the day first (line %1) and the month first (line %2) in one column"_s
                                       .arg(scan.dayLine).arg(scan.monthLine));
            return report;
        }
        if (!scan.dayLine && !scan.monthLine && scan.ambiguousLine) {
            report.error = located(fileName, int(scan.ambiguousLine), map.createdAt,
                                   u"these dates read either way (day/month or month/day): set the date format to say which (calma-cli: --date-format dmy or mdy)"_s);
            return report;
        }
        dateFormat = scan.order;
    }

    // Second read: every row validated and scored, a chunk at a time, and kept in the scratch file.
    // Nothing is written to the database yet, so nobody waits for this part.
    Scratch scratch;
    // The scratch file needs about as much room as the file: where it is, and how to move it, is said.
    auto scratchFailed = [&] {
        return located(fileName, 0, {}, u"the import's scratch file in %1 failed: %2 (it needs about as much room as the file "
                                        u"imported; TMPDIR chooses the folder); nothing was imported"_s.arg(QDir::tempPath(), scratch.error()));
    };
    if (!scratch.error().isEmpty()) {
        report.error = scratchFailed();
        return report;
    }
    if (!rewind())
        return report;
    RowReader reader(device, fileName, format, s.array);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QTimeZone zone = options.timeZone.isValid() ? options.timeZone : QTimeZone::utc();
    const bool zoneIsUtc = zone == QTimeZone::utc();
    QList<Prepared> chunk;
    chunk.reserve(kChunk);
    QList<std::pair<int, QString>> chunkSkipped; // with skipBadRows: the chunk's rows left out, by line
    QString stopError;                           // all or nothing: the first bad row
    int stopLine = 0;
    // A row with an error stops the import, or, when the user asked for it, is left out and listed.
    auto rowError = [&](int line, const QString &message) {
        if (!options.skipBadRows) {
            if (stopError.isEmpty() || line < stopLine) {
                stopError = message;
                stopLine = line;
            }
            return false;
        }
        chunkSkipped.append({line, message});
        return true;
    };
    // A failed import wrote nothing: it reports the error and none of the rows' counts.
    auto failed = [&](const QString &error) {
        report.error = error;
        report.skipped.clear();
        report.alreadyPresent = 0;
        report.notesLeftOut = 0;
        return report;
    };
    auto cancelled = [&] {
        ImportReport r;
        r.mapping = report.mapping;
        r.rows = report.rows;
        r.cancelled = true;
        r.error = u"import cancelled: nothing was written"_s;
        return r;
    };
    // Scores the chunk on all cores and keeps it; false when the import stops.
    // Scoring runs on the pool while the next chunk is read: `scoring` is the chunk being scored.
    QList<Prepared> scoring;
    QFuture<void> scored;
    // Whatever way this returns, the pool is done with `scoring` before it goes.
    const struct WaitForScoring
    {
        QFuture<void> &future;
        ~WaitForScoring() { future.waitForFinished(); }
    } waitForScoring{scored};
    auto score = [this](Prepared &p) {
        if (p.fromAgent)
            return;
        const ToneReport tone = m_analyzer->analyze(p.body);
        p.tone = StoredTone{languageCode(tone.language), tone.heat, levelName(tone.level), {}};
        p.toneJson = tone.toStoredJson();
    };
    qint64 read = 0;
    // The database side, started with the first rows to write; if this returns before the import
    // ended well, it takes back what it wrote as it goes.
    std::unique_ptr<Writer> writer;
    bool doomed = false;     // a row error was found: what is kept now is only looked at, never written
    bool userStopped = false; // the progress callback said to stop while the writer was waited for
    auto stillWanted = [&] { return !options.progress || options.progress(read, s.rows); };
    // Keeps the chunk that was being scored; false when the import stops.
    auto keep = [&]() -> bool {
        scored.waitForFinished();
        QList<Prepared> done = std::exchange(scoring, {});
        QList<Prepared> toWrite;
        toWrite.reserve(done.size());
        for (Prepared &p : done) {
            int firstLine = 0;
            switch (scratch.stage(p, &firstLine)) {
            case Scratch::Staged::Added: toWrite << std::move(p); break;
            case Scratch::Staged::Repeated: ++report.alreadyPresent; break;
            case Scratch::Staged::Clash:
                // One id, one message: the same id with another text is a mistake in the file, not a repeat.
                if (!rowError(p.line, located(fileName, ImportRow{p.line, p.item}, map.messageId,
                                              u"message id \"%1\" is used again with another text (first on line %2)"_s.arg(p.messageId, QString::number(firstLine)))))
                    break;
                break;
            case Scratch::Staged::Failed:
                stopError = scratchFailed();
                stopLine = 0;
                return false;
            }
            if (!stopError.isEmpty() && stopLine <= p.line)
                break;
        }
        // The rows left out so far, in the file's order, up to the chunk being read.
        std::stable_sort(chunkSkipped.begin(), chunkSkipped.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const int bound = chunk.isEmpty() ? std::numeric_limits<int>::max() : chunk.first().line;
        qsizetype said = 0;
        for (; said < chunkSkipped.size() && chunkSkipped.at(said).first < bound; ++said)
            report.skipped << chunkSkipped.at(said).second;
        chunkSkipped.remove(0, said);
        if (!stopError.isEmpty())
            return false;
        if (doomed || toWrite.isEmpty())
            return true;
        if (!writer)
            writer = std::make_unique<Writer>(m_database, fileName, map);
        if (!writer->push(std::move(toWrite), stillWanted)) {
            stopError = writer->error();
            stopLine = 0;
            userStopped = stopError.isEmpty();
            return false;
        }
        return true;
    };
    // Hands the chunk read to the pool, keeping the one scored before.
    auto flush = [&]() -> bool {
        if (!keep())
            return false;
        scoring = std::exchange(chunk, {});
        chunk.reserve(kChunk);
        scored = QtConcurrent::map(scoring, score);
        return true;
    };
    ImportRow row;
    while (stopError.isEmpty() && !userStopped && reader.next(&row)) {
        if (options.progress && read % 256 == 0 && !options.progress(read, s.rows))
            return cancelled();
        ++read;
        Prepared p;
        p.line = row.line;
        p.item = row.item;
        p.body = row.values.value(map.body).trimmed();
        if (p.body.isEmpty()) {
            rowError(row.line, located(fileName, row, map.body, u"empty message text"_s));
            continue;
        }
        // What one engine would store and the other refuse is refused on both, with where it is.
        QString unstorableWhy;
        for (auto it = row.values.cbegin(); it != row.values.cend() && unstorableWhy.isEmpty(); ++it) {
            if (const QString why = unstorable(it.value()); !why.isEmpty())
                unstorableWhy = located(fileName, row, it.key(), why);
        }
        if (!unstorableWhy.isEmpty()) {
            rowError(row.line, unstorableWhy);
            continue;
        }
        p.ticket = map.ticketId.isEmpty() ? QString() : row.values.value(map.ticketId).trimmed();
        if (!map.ticketId.isEmpty() && p.ticket.isEmpty()) {
            rowError(row.line, located(fileName, row, map.ticketId, u"empty ticket id"_s));
            continue;
        }
        p.sentMs = now;
        qint64 saidMs = 0; // the time as the fingerprint reads it: a zone-less time as if in UTC
        if (!map.createdAt.isEmpty()) {
            QString why;
            const QString written = row.values.value(map.createdAt);
            const auto time = parseTime(written, zone, dateFormat, &why);
            if (!time) {
                rowError(row.line, located(fileName, row, map.createdAt,
                                           why.isEmpty() ? u"not a date and time: \"%1\" (use ISO 8601, e.g. 2026-03-12T09:30:00Z)"_s.arg(written) : why));
                continue;
            }
            p.sentMs = *time;
            // The same file imported under another --timezone is the same messages: a time written
            // with its zone reads the same either way, and one without is taken as written.
            QString unused;
            saidMs = zoneIsUtc ? *time : parseTime(written, QTimeZone::utc(), dateFormat, &unused).value_or(*time);
        }
        p.subject = row.values.value(map.subject);
        p.name = row.values.value(map.customerName);
        p.email = row.values.value(map.customerEmail);
        p.author = row.values.value(map.author);
        p.channel = row.values.value(map.channel);
        if (!map.direction.isEmpty()) {
            const QString written = row.values.value(map.direction);
            const Direction direction = directionOf(written);
            if (direction == Direction::Unknown) {
                rowError(row.line, located(fileName, row, map.direction,
                                           u"not a direction: \"%1\" (customer, agent, or note for an internal note)"_s.arg(written.trimmed())));
                continue;
            }
            if (direction == Direction::Note) {
                ++report.notesLeftOut;
                continue;
            }
            p.fromAgent = direction == Direction::Agent;
        }
        const QString givenId = map.messageId.isEmpty() ? QString() : row.values.value(map.messageId).trimmed();
        if (p.ticket.isEmpty() || givenId.isEmpty()) {
            // Stable ids, so that importing the same file again recognises every row: from what the
            // file says (never the time of the import), and the how-manieth such message it is, so
            // that a customer who wrote "hello?" twice keeps both.
            const QString said = map.createdAt.isEmpty() ? QString() : QString::number(saidMs);
            const QString key = p.ticket + u'\x1f' + said + u'\x1f' + p.body;
            const int occurrence = scratch.occurrence(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1));
            if (occurrence == 0) {
                stopError = scratchFailed();
                break;
            }
            const QByteArray fingerprint = QCryptographicHash::hash((key + u'\x1f' + QString::number(occurrence)).toUtf8(),
                                                                    QCryptographicHash::Sha1).toHex();
            if (p.ticket.isEmpty())
                p.ticket = u"import-"_s + QString::fromLatin1(fingerprint.left(16));
            p.messageId = givenId.isEmpty() ? QString::fromLatin1(fingerprint) : givenId;
        } else {
            p.messageId = givenId;
        }
        chunk << std::move(p);
        if (chunk.size() == kChunk && !flush())
            break;
    }
    if (userStopped)
        return cancelled(); // the writer takes back what it wrote
    if (stopError.isEmpty() && !reader.error().isEmpty())
        stopError = reader.error(); // the file changed since the first read
    // All or nothing: the rows before the first bad one may still hold an earlier mistake (an id
    // used twice), which is the one said.
    const QString rowStop = stopError;
    const int rowStopLine = stopLine;
    {
        doomed = !rowStop.isEmpty();
        stopError.clear();
        if (flush())
            keep();
        if (stopError.isEmpty() || (!rowStop.isEmpty() && rowStopLine < stopLine)) {
            if (!rowStop.isEmpty()) {
                stopError = rowStop;
                stopLine = rowStopLine;
            }
        }
    }
    if (!stopError.isEmpty())
        return failed(stopError);
    if (userStopped)
        return cancelled();
    if (options.progress && !options.progress(read, s.rows))
        return cancelled();
    if (!writer) {
        report.ok = true; // nothing new to write: every row was there already, or left out
        return report;
    }
    // Everything handed over is written (still invisible); then the last step makes it visible.
    if (!writer->drain(options.written, stillWanted)) {
        if (writer->error().isEmpty())
            return cancelled();
        return failed(writer->error());
    }
    if (!writer->end(true))
        return failed(writer->error());
    report.conversationsAdded = writer->conversationsAdded();
    report.messagesAdded = writer->messagesAdded();
    report.alreadyPresent += writer->alreadyPresent();
    report.writeMs = writer->writeMs();
    report.longestWriteMs = writer->longestTransactionMs();
    report.ok = true;
    return report;
}

} // namespace calma
