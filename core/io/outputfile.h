// Writing a user's output whole or not at all, and never over the data it came from: a regular file
// goes through a temporary file in the same folder that replaces it only after the last write and
// flush succeed (QSaveFile); a device or a pipe (/dev/stdout, a FIFO) is written directly; an empty
// path is standard output. A path that is — by name, link or hard link — the open SQLite database or
// its -wal, -shm or -journal file is refused before anything is written. Every write is checked.
#pragma once

#include "storage/databaseurl.h"

#include <QFileDevice>
#include <QStringList>
#include <memory>

namespace calma {

class OutputFile
{
public:
    // The files an output must never replace: for a SQLite database, the file and its companions.
    static QStringList protectedFiles(const DatabaseUrl &url);
    // Why `path` may not be written, or an empty string when it may.
    static QString refusal(const QString &path, const QStringList &protect);

    // Opens `path` (empty: standard output). False with `error` ("cannot write PATH: reason").
    bool open(const QString &path, const QStringList &protect, QString *error);
    QIODevice *device() { return m_device.get(); }
    QString name() const { return m_name; }
    bool toFile() const { return m_toFile; }
    bool write(QByteArrayView bytes, QString *error);
    // Makes the output final: the temporary file replaces the target, or the device is flushed.
    // False with `error` when anything failed; the target is then untouched.
    bool commit(QString *error);
    // The OS error of the last failed operation, for messages.
    QString errorString() const;

private:
    std::unique_ptr<QFileDevice> m_device;
    QString m_name;
    bool m_toFile = false;
};

} // namespace calma
