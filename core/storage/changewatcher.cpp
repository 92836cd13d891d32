// The watching thread: a connection of its own that listens (PostgreSQL) or polls (SQLite).
#include "storage/changewatcher.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace calma {
namespace {

// Lives in the watching thread; its connection is that thread's, removed when the thread ends.
class Listener : public QObject
{
    Q_OBJECT
public:
    Listener(std::shared_ptr<Database> database, int pollMs) : m_database(std::move(database)), m_pollMs(pollMs) {}

    void start()
    {
        QSqlDatabase db = m_database->connection();
        if (!db.isOpen()) {
            emit failed(db.lastError().text());
            return;
        }
        if (m_database->engine() == DatabaseUrl::Engine::PostgreSQL) {
            // The server pushes a notification at each commit that touched the conversations; the
            // driver reads it from its socket in this thread's event loop.
            QSqlDriver *driver = db.driver();
            connect(driver, &QSqlDriver::notification, this, [this] { emit changed(); });
            if (!driver->subscribeToNotification(ChangeWatcher::channel()))
                emit failed(driver->lastError().text());
            return;
        }
        // SQLite: data_version changes when another connection (of any process) commits.
        auto *timer = new QTimer(this);
        timer->setInterval(m_pollMs);
        connect(timer, &QTimer::timeout, this, &Listener::poll);
        poll();
        timer->start();
    }

signals:
    void changed();
    void failed(const QString &why);

private:
    void poll()
    {
        QSqlQuery q(m_database->connection());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return; // busy or gone for a moment: the next poll tries again
        const qint64 version = q.value(0).toLongLong();
        if (m_version >= 0 && version != m_version)
            emit changed();
        m_version = version;
    }

    std::shared_ptr<Database> m_database;
    int m_pollMs;
    qint64 m_version = -1;
};

} // namespace

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> database, QObject *parent, int pollMs, int coalesceMs) : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changed);
    auto *listener = new Listener(std::move(database), pollMs);
    listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, listener, &Listener::start);
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    connect(listener, &Listener::changed, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(listener, &Listener::failed, this, &ChangeWatcher::failed);
    m_thread.setObjectName(QStringLiteral("calma-changes"));
    m_thread.start();
}

ChangeWatcher::~ChangeWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace calma

#include "changewatcher.moc"
