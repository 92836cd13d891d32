// Compact JSON writer with a fixed key order for calma-cli's output.
#include "jsonlinewriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace calma::cli {
namespace {

const QStringList &preferredOrder()
{
    static const QStringList order{
        QStringLiteral("line"), QStringLiteral("id"), QStringLiteral("error"), QStringLiteral("lang"),
        QStringLiteral("heat"), QStringLiteral("valence"), QStringLiteral("level"), QStringLiteral("dimensions"), QStringLiteral("evidence"),
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

void appendString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 15]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
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
            appendString(out, keys.at(i));
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
        appendString(out, value.toString());
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9.0e15)
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', 12));
        break;
    }
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
