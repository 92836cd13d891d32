// Reading a live session's new turns off the UI thread.
#include "livesessionfollower.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace calma::gui {

void LiveSessionFollower::follow(std::shared_ptr<Database> database, qint64 sessionId)
{
    m_database = std::move(database);
    m_sessionId = sessionId;
    m_lastIndex = -1;
    ++m_generation;
    m_reading = false;
}

void LiveSessionFollower::stop()
{
    m_database.reset();
    ++m_generation;
    m_reading = false;
}

void LiveSessionFollower::poll()
{
    if (!m_database || m_reading)
        return;
    m_reading = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<RoleplayStore::LiveUpdate>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a read for a session no longer followed
        m_reading = false;
        take(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, id = m_sessionId, after = m_lastIndex] {
        return RoleplayStore(database).liveUpdate(id, after);
    }));
}

void LiveSessionFollower::pollThen(std::function<void()> done)
{
    if (!m_database)
        return;
    const quint64 generation = ++m_generation; // a read still running is superseded by this one
    m_reading = true;
    auto *watcher = new QFutureWatcher<RoleplayStore::LiveUpdate>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_reading = false;
        take(watcher->result());
        done();
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, id = m_sessionId, after = m_lastIndex] {
        return RoleplayStore(database).liveUpdate(id, after);
    }));
}

void LiveSessionFollower::take(const RoleplayStore::LiveUpdate &update)
{
    for (const RoleplayTurn &t : update.turns)
        m_lastIndex = std::max(m_lastIndex, t.index);
    emit updated(update);
}

} // namespace calma::gui
