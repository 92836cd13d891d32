// Compact JSON writer with a fixed key order for calma-cli's output.
#include "jsonlinewriter.h"

#include "io/jsonstring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace calma::cli {
namespace {

const QStringList &preferredOrder()
{
    static const QStringList order{
        QStringLiteral("line"), QStringLiteral("id"), QStringLiteral("error"), QStringLiteral("lang"),
        QStringLiteral("heat"), QStringLiteral("valence"), QStringLiteral("baseline"), QStringLiteral("level"), QStringLiteral("dimensions"), QStringLiteral("evidence"),
        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("category"),
        QStringLiteral("weight"), QStringLiteral("why"),
        // suggest and coach
        QStringLiteral("verdict"), QStringLiteral("reason"), QStringLiteral("situations"), QStringLiteral("requests"),
        QStringLiteral("facts"), QStringLiteral("noise"), QStringLiteral("suggestions"), QStringLiteral("strategy"),
        QStringLiteral("kind"), QStringLiteral("question"), QStringLiteral("personal"), QStringLiteral("rewrites"),
        QStringLiteral("flags"), QStringLiteral("missing"), QStringLiteral("message"), QStringLiteral("template"),
        // dimensions, in report order
        QStringLiteral("anger"), QStringLiteral("insult"), QStringLiteral("threat"), QStringLiteral("urgency"),
        QStringLiteral("repetition"), QStringLiteral("sarcasm"), QStringLiteral("politeness"),
        QStringLiteral("gratitude"), QStringLiteral("apology"), QStringLiteral("praise"),
        QStringLiteral("dissatisfaction"),
    };
    return order;
}

void append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys;
        for (const QString &key : preferredOrder()) {
            if (object.contains(key))
                keys << key;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!preferredOrder().contains(it.key()))
                keys << it.key();
        }
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out.append(',');
            appendJsonString(out, keys.at(i));
            out.append(':');
            append(out, object.value(keys.at(i)));
        }
        out.append('}');
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            append(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Double:
        appendJsonNumber(out, value.toDouble());
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    default:
        out.append("null");
    }
}

} // namespace

QByteArray toJsonLine(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(512);
    append(out, value);
    return out;
}

} // namespace calma::cli
