// Parsing database URLs.
#include "storage/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace calma {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            *error = QStringLiteral("not a valid PostgreSQL URL: expected postgresql://user:password@host:port/database");
            return std::nullopt;
        }
        url.engine = Engine::PostgreSQL;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.name = parsed.path().mid(1);
        if (url.name.isEmpty()) {
            *error = QStringLiteral("the PostgreSQL URL names no database: postgresql://user@host:port/database");
            return std::nullopt;
        }
        static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                       QStringLiteral("sslkey"), QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
        static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
            if (!known.contains(key)) {
                *error = QStringLiteral("the PostgreSQL URL has an unknown option \"%1\" (known: %2)").arg(key, known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            bool number = false;
            if ((key == u"sslmode" && !sslModes.contains(value)) || (key == u"connect_timeout" && (value.toInt(&number) < 1 || !number))
                || value.contains(u';')) {
                *error = QStringLiteral("the PostgreSQL URL's %1 cannot be \"%2\"").arg(key, value);
                return std::nullopt;
            }
            url.options.insert(key, value);
        }
        return url;
    }
    if (text.startsWith(u"sqlite://"))
        url.path = QUrl(text).toLocalFile().isEmpty() ? text.mid(9) : QUrl(text).toLocalFile();
    else if (text.contains(u"://")) {
        *error = QStringLiteral("unknown database URL \"%1\": use a file path, sqlite:///path or postgresql://…").arg(text);
        return std::nullopt;
    } else
        url.path = text;
    if (url.path.isEmpty()) {
        *error = QStringLiteral("the SQLite URL names no file");
        return std::nullopt;
    }
    return url;
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    DatabaseUrl url;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    url.path = QDir(dir).filePath(QStringLiteral("calma.sqlite"));
    return url;
}

QString DatabaseUrl::display() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("sqlite://") + path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host, QString::number(port), name);
}

} // namespace calma
