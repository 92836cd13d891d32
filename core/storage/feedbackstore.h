// Agents' feedback on scores ("This score is wrong"), over either engine, with prepared statements only.
#pragma once

#include "feedback/scorefeedback.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace calma {

// Keeps its prepared statements: use one store per thread (each thread has its own connection).
class FeedbackStore
{
public:
    explicit FeedbackStore(std::shared_ptr<Database> database) : m_database(database), m_conversations(std::move(database)) {}

    // Stores one feedback (its agent is looked up by name, and added when new); returns the new row's
    // id, or std::nullopt with `error` set when the feedback makes no sense or cannot be written.
    std::optional<qint64> add(const ScoreFeedback &feedback, QString *error) const;
    // Every feedback, oldest first; std::nullopt with `error` set when it cannot be read (a failed read
    // is not "no feedback").
    std::optional<QList<ScoreFeedback>> all(QString *error) const;

private:
    QSqlQuery *statement(const QString &sql, QString *error) const; // prepared once per store

    std::shared_ptr<Database> m_database;
    ConversationStore m_conversations; // for the agents table
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace calma
