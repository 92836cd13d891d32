// Conversation export and personal-data redaction.
#include "io/exporter.h"

#include "storage/importjournal.h"

#include "storage/sqlsupport.h"

#include "io/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <optional>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

QString csvField(const QString &value)
{
    // A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1…", "@SUM(…)") is written as
    // text, as OWASP advises against CSV injection; plain numbers ("-24") stay numbers.
    static const QRegularExpression number(u"^-?\\d+(?:\\.\\d+)?$"_s);
    const bool formula = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()) && !number.match(value).hasMatch();
    if (formula)
        return u"\"'"_s + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

struct ConversationRow
{
    qint64 id = 0;
    QString externalId, subject, status, channel, language, customer, email, phone;
    int heat = 0, peak = 0;
};

} // namespace

QString Exporter::redact(const QString &text)
{
    static const Redactor redactor;
    return redactor.redact(text);
}

qint64 Exporter::write(QIODevice &out, const ExportOptions &options, QString *error) const
{
    const sql::ReadSnapshot snapshot(*m_database); // one state of the database for the whole export
    QSqlQuery q(m_database->connection());
    QString sql = u"SELECT c.id, COALESCE(c.external_id, ''), c.subject, c.status, c.channel, COALESCE(c.language, ''), "
                  u"COALESCE(ct.name, ''), COALESCE(ct.email, ''), COALESCE(ct.phone, ''), c.heat, c.peak_heat "
                  u"FROM conversations c LEFT JOIN contacts ct ON ct.id = c.contact_id WHERE "_s + ImportJournal::visible(u"c"_s);
    if (!options.statuses.isEmpty())
        sql += u" AND c.status IN ("_s + QStringList(options.statuses.size(), u"?"_s).join(u", ") + u')';
    sql += u" ORDER BY c.id"_s;
    q.prepare(sql);
    for (const QString &s : options.statuses)
        q.addBindValue(s);
    if (!q.exec()) {
        *error = u"reading conversations: "_s + q.lastError().text();
        return -1;
    }
    QList<ConversationRow> conversations;
    while (q.next()) {
        conversations.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                              q.value(8).toString(), q.value(9).toInt(), q.value(10).toInt()});
    }
    if (q.lastError().isValid()) {
        *error = u"reading conversations: "_s + q.lastError().text();
        return -1;
    }
    // Redacted, every name the database knows goes too, wherever it appears in a text.
    std::optional<Redactor> redactor;
    if (options.redact) {
        QString namesError;
        const QStringList names = Redactor::knownNames(*m_database, &namesError);
        if (!namesError.isEmpty()) {
            *error = namesError;
            return -1;
        }
        redactor.emplace(names);
    }
    auto clean = [&](const QString &s) { return redactor ? redactor->redact(s) : s; };
    // Who wrote it, redacted too: the customer's name and the agent's (agents are people as well).
    auto authorOf = [&](const StoredMessage &m) {
        if (!redactor || m.author.isEmpty())
            return m.author;
        return m.direction == u"customer" ? u"[name]"_s : u"[agent]"_s;
    };
    const ConversationStore store(m_database);
    qint64 written = 0;
    if (options.format == ExportFormat::Csv) {
        out.write("conversation_id,external_id,subject,status,customer,email,message_id,direction,author,sent_at,language,heat,level,text\n");
        for (const ConversationRow &c : conversations) {
            QString readError;
            const QList<StoredMessage> stored = store.messages(c.id, &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                return -1;
            }
            for (const StoredMessage &m : stored) {
                const QStringList fields{QString::number(c.id), c.externalId, clean(c.subject), c.status,
                                         options.redact ? u"[name]"_s : c.customer, clean(c.email), QString::number(m.id),
                                         m.direction, authorOf(m),
                                         QDateTime::fromMSecsSinceEpoch(m.sentMs, QTimeZone::utc()).toString(Qt::ISODate),
                                         m.language, m.heat >= 0 ? QString::number(m.heat) : QString(), m.level, clean(m.body)};
                QStringList escaped;
                for (const QString &f : fields)
                    escaped << csvField(f);
                out.write(escaped.join(u',').toUtf8() + '\n');
                ++written;
            }
        }
        return written;
    }
    QJsonArray array;
    for (const ConversationRow &c : conversations) {
        QJsonArray messages;
        QString readError;
        const QList<StoredMessage> stored = store.messages(c.id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return -1;
        }
        for (const StoredMessage &m : stored) {
            QJsonObject message{{u"id"_s, m.id}, {u"direction"_s, m.direction},
                                {u"author"_s, authorOf(m)},
                                {u"sentAt"_s, QDateTime::fromMSecsSinceEpoch(m.sentMs, QTimeZone::utc()).toString(Qt::ISODate)},
                                {u"text"_s, clean(m.body)}};
            if (m.heat >= 0) {
                message.insert(u"heat"_s, m.heat);
                message.insert(u"level"_s, m.level);
                message.insert(u"language"_s, m.language);
            }
            messages.append(message);
            ++written;
        }
        array.append(QJsonObject{{u"id"_s, c.id}, {u"externalId"_s, c.externalId}, {u"subject"_s, clean(c.subject)},
                                 {u"status"_s, c.status}, {u"channel"_s, c.channel}, {u"language"_s, c.language},
                                 {u"heat"_s, c.heat}, {u"peakHeat"_s, c.peak},
                                 {u"customer"_s, QJsonObject{{u"name"_s, options.redact ? u"[name]"_s : c.customer},
                                                             {u"email"_s, clean(c.email)}, {u"phone"_s, clean(c.phone)}}},
                                 {u"messages"_s, messages}});
    }
    out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return written;
}

} // namespace calma
