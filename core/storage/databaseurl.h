// Where Calma's data lives: a SQLite file (the default, zero set-up) or a team's PostgreSQL server,
// written as a URL: sqlite:///path/to/calma.sqlite, a plain file path, or postgresql://user:pass@host:port/db.
#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace calma {

struct DatabaseUrl
{
    enum class Engine { SQLite, PostgreSQL };

    Engine engine = Engine::SQLite;
    QString path;     // SQLite: the file
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;     // PostgreSQL database name
    // PostgreSQL: the URL's options (?sslmode=require&connect_timeout=5&application_name=…), passed
    // to the server's client library; connect_timeout defaults to 10 s and application_name to calma.
    QMap<QString, QString> options;

    static std::optional<DatabaseUrl> parse(const QString &url, QString *error);
    // The default: calma.sqlite under QStandardPaths::AppDataLocation.
    static DatabaseUrl defaultLocation();
    // For messages and `calma-cli db info`: the password is never shown.
    QString display() const;
};

} // namespace calma
