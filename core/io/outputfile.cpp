// Whole-or-nothing outputs, guarded against the open database.
#include "io/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
};

std::optional<Identity> identityOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return Identity{st.st_dev, st.st_ino};
}

// The absolute path with its folder's links resolved, for a file that may not exist yet.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

QStringList OutputFile::protectedFiles(const DatabaseUrl &url)
{
    if (url.engine != DatabaseUrl::Engine::SQLite || url.path.isEmpty() || url.path == u":memory:")
        return {};
    return {url.path, url.path + u"-wal"_s, url.path + u"-shm"_s, url.path + u"-journal"_s};
}

QString OutputFile::refusal(const QString &path, const QStringList &protect)
{
    if (path.isEmpty())
        return {};
    const QString target = resolved(path);
    const auto targetIdentity = identityOf(path);
    for (const QString &file : protect) {
        const auto fileIdentity = identityOf(file);
        const bool sameFile = targetIdentity && fileIdentity && targetIdentity->device == fileIdentity->device
            && targetIdentity->inode == fileIdentity->inode;
        if (sameFile || target == resolved(file))
            return u"%1 is the database being read, or one of its files (%2): refusing to write over it; choose another file"_s.arg(path, file);
    }
    if (QFileInfo(path).isDir())
        return u"%1 is a folder; give a file name"_s.arg(path);
    return {};
}

bool OutputFile::open(const QString &path, const QStringList &protect, QString *error)
{
    if (const QString why = refusal(path, protect); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (path.isEmpty()) {
        auto out = std::make_unique<QFile>();
        m_name = u"standard output"_s;
        if (!out->open(STDOUT_FILENO, QIODevice::WriteOnly)) {
            *error = u"cannot write %1: %2"_s.arg(m_name, out->errorString());
            return false;
        }
        m_device = std::move(out);
        return true;
    }
    m_name = path;
    m_toFile = true;
    const QFileInfo info(path);
    // A device or a pipe has nothing to replace: renaming a temporary file over it would replace the
    // device itself.
    if (info.exists() && !info.isFile())
        m_device = std::make_unique<QFile>(path);
    else
        m_device = std::make_unique<QSaveFile>(path);
    if (!m_device->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write %1: %2"_s.arg(m_name, m_device->errorString());
        return false;
    }
    return true;
}

bool OutputFile::write(QByteArrayView bytes, QString *error)
{
    if (m_device->write(bytes.data(), bytes.size()) == bytes.size())
        return true;
    *error = u"cannot write %1: %2"_s.arg(m_name, m_device->errorString());
    return false;
}

bool OutputFile::commit(QString *error)
{
    bool ok;
    auto *save = qobject_cast<QSaveFile *>(m_device.get());
    if (save)
        ok = save->commit();
    else
        ok = m_device->flush() && m_device->error() == QFileDevice::NoError;
    if (!ok) {
        *error = u"cannot write %1: %2; %3"_s.arg(m_name, m_device->errorString(),
                                                  save ? u"the file was left as it was"_s : u"the output is incomplete"_s);
    }
    return ok;
}

QString OutputFile::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

} // namespace calma
