// Loading the demo conversations.
#include "io/demodata.h"

#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace calma {

using namespace Qt::StringLiterals;

DemoLoad DemoData::load(const std::shared_ptr<Database> &database, const ToneAnalyzer &analyzer, qint64 nowMs)
{
    DemoLoad result;
    const qint64 now = nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch();
    QFile file(u":/demo/conversations.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"the demo data is missing from this build"_s;
        return result;
    }
    const ConversationStore store(database);
    std::optional<sql::WriteTransaction> transaction(std::in_place, *database); // the write lock first (BEGIN IMMEDIATE)
    if (!transaction->open()) {
        result.error = u"cannot start a transaction: "_s + transaction->error();
        return result;
    }
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray raw = file.readLine().trimmed();
        if (raw.isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(raw).object();
        const QString id = c.value(u"id").toString();
        QString error;
        if (id.isEmpty() || store.conversationByExternalId(id, &error))
            continue;
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        const QJsonObject customer = c.value(u"customer").toObject();
        const QJsonArray messages = c.value(u"messages").toArray();
        const qint64 first = messages.isEmpty() ? now : now - qint64(messages.first().toObject().value(u"minutesAgo").toDouble() * 60000);
        const auto conversation = store.addConversation({id, customer.value(u"name").toString(), customer.value(u"email").toString(),
                                                         customer.value(u"phone").toString(), c.value(u"subject").toString(),
                                                         c.value(u"channel").toString(u"email"_s), c.value(u"status").toString(u"open"_s), first},
                                                        &error);
        if (!conversation) {
            transaction.reset();
            result = {false, u"demo line %1: %2"_s.arg(line).arg(error), 0, 0};
            return result;
        }
        ++result.conversations;
        int index = 0;
        for (const QJsonValue &value : messages) {
            const QJsonObject m = value.toObject();
            const bool customerTurn = m.value(u"from").toString() == u"customer";
            const QString text = m.value(u"text").toString();
            const LanguageHint hint = c.value(u"language").toString() == u"es" ? LanguageHint::Spanish : LanguageHint::English;
            const NewMessage message{*conversation, QString::number(index++), customerTurn ? u"customer"_s : u"agent"_s,
                                     customerTurn ? customer.value(u"name").toString() : m.value(u"agent").toString(), text,
                                     now - qint64(m.value(u"minutesAgo").toDouble() * 60000),
                                     customerTurn ? std::optional<ToneReport>(analyzer.analyze(text, hint)) : std::nullopt};
            if (!store.addMessage(message, &error)) {
                transaction.reset();
                result = {false, u"demo line %1: %2"_s.arg(line).arg(error), 0, 0};
                return result;
            }
            ++result.messages;
        }
        // The messages moved the workflow (a customer message reopens, a reply makes it pending); the
        // file's status is where the demo conversation stands.
        if (store.setStatus(*conversation, c.value(u"status").toString(u"open"_s), now, &error) != StatusResult::Changed) {
            transaction.reset();
            result = {false, u"demo line %1: %2"_s.arg(line).arg(error), 0, 0};
            return result;
        }
    }
    if (!transaction->commit()) {
        result.error = u"cannot commit the demo data: "_s + transaction->error();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace calma
