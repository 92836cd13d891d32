// Following a live role-play session that another window writes to: reads what is new off the UI
// thread, one read at a time, and hands it to the window. Both the trainee's training panel and the
// trainer's window use it.
#pragma once

#include "storage/roleplaystore.h"

#include <QObject>
#include <functional>
#include <memory>

namespace calma::gui {

class LiveSessionFollower : public QObject
{
    Q_OBJECT
public:
    explicit LiveSessionFollower(QObject *parent = nullptr) : QObject(parent) {}

    // Starts following a session from its first turn; results of an earlier session are dropped.
    void follow(std::shared_ptr<Database> database, qint64 sessionId);
    void stop();
    // Reads what is new, off the UI thread; does nothing while a read is still running.
    void poll();
    // Reads what is new off the UI thread even while a read is running, then calls `done` on this
    // thread once every turn written so far is in (the trainer ending the session: the score counts
    // every reply the trainee sent). `done` is not called when the follower is stopped or moved on.
    void pollThen(std::function<void()> done);
    bool following() const { return m_database != nullptr; }

signals:
    void updated(const calma::RoleplayStore::LiveUpdate &update);

private:
    void take(const RoleplayStore::LiveUpdate &update);

    std::shared_ptr<Database> m_database;
    qint64 m_sessionId = 0;
    int m_lastIndex = -1;          // the last turn read
    quint64 m_generation = 0;      // bumped by follow() and stop(): late results are dropped
    bool m_reading = false;
};

} // namespace calma::gui
