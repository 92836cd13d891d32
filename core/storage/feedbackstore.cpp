// SQL for score feedback; portable between SQLite and PostgreSQL.
#include "storage/feedbackstore.h"

#include "storage/sqlsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace calma {
namespace {

using namespace Qt::StringLiterals;
using namespace calma::sql;

QVariant noText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// One stored row back into a ScoreFeedback; a value the schema does not allow is an error, not a guess.
std::optional<ScoreFeedback> feedbackFrom(const QSqlQuery &q, QString *error)
{
    ScoreFeedback f;
    f.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        f.messageId = q.value(1).toLongLong();
    f.agent = q.value(2).toString();
    auto fail = [&](const QString &what) {
        if (error)
            *error = u"reading feedback %1: %2"_s.arg(f.id).arg(what);
        return std::nullopt;
    };
    const auto verdict = verdictFromName(q.value(3).toString());
    if (!verdict)
        return fail(u"unknown verdict \"%1\""_s.arg(q.value(3).toString()));
    f.verdict = *verdict;
    if (!q.value(4).isNull()) {
        f.expectedLevel = levelFromName(q.value(4).toString());
        if (!f.expectedLevel)
            return fail(u"unknown level \"%1\""_s.arg(q.value(4).toString()));
    }
    if (!q.value(5).isNull()) {
        f.expectedKind = dimensionFromName(q.value(5).toString());
        if (!f.expectedKind)
            return fail(u"unknown kind \"%1\""_s.arg(q.value(5).toString()));
    }
    f.text = q.value(6).toString();
    const auto language = languageFromCode(q.value(7).toString());
    if (!language)
        return fail(u"unknown language \"%1\""_s.arg(q.value(7).toString()));
    f.language = *language;
    f.heat = q.value(8).toInt();
    f.comment = q.value(9).toString();
    f.createdMs = q.value(10).toLongLong();
    return f;
}

} // namespace

QSqlQuery *FeedbackStore::statement(const QString &sql, QString *error) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_database->connection());
        if (!q->prepare(sql)) {
            // exec() would only say "parameter count mismatch": say what the database said.
            if (error)
                *error = u"preparing a feedback statement: %1"_s.arg(q->lastError().text());
            return nullptr;
        }
        it = m_statements.insert(sql, q);
    }
    return it->get();
}

std::optional<qint64> FeedbackStore::add(const ScoreFeedback &f, QString *error) const
{
    if (const QString problem = feedbackProblem(f); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    std::optional<qint64> agentId;
    if (!f.agent.trimmed().isEmpty()) {
        agentId = m_conversations.agentId(f.agent.trimmed(), error);
        if (!agentId)
            return std::nullopt;
    }
    QSqlQuery *q = statement(u"INSERT INTO score_feedback (message_id, agent_id, verdict, expected_level, expected_kind, text, "
                             u"language, heat, comment, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                                 + returningId(m_database->engine()),
                             error);
    if (!q)
        return std::nullopt;
    bindAll(*q, {orNull(f.messageId.value_or(-1)), orNull(agentId.value_or(-1)), verdictName(f.verdict),
                 f.expectedLevel ? QVariant(levelName(*f.expectedLevel)) : noText(),
                 f.expectedKind ? QVariant(dimensionName(*f.expectedKind)) : noText(), text(f.text), languageCode(f.language),
                 f.heat, text(f.comment), f.createdMs > 0 ? f.createdMs : QDateTime::currentMSecsSinceEpoch()});
    if (!run(*q, u"saving feedback"_s, error))
        return std::nullopt;
    const std::optional<qint64> id = lastId(*q, m_database->engine());
    q->finish();
    if (!id && error)
        *error = u"saving feedback: the database did not say which row it added"_s;
    return id;
}

std::optional<QList<ScoreFeedback>> FeedbackStore::all(QString *error) const
{
    QSqlQuery *q = statement(u"SELECT f.id, f.message_id, COALESCE(a.name, ''), f.verdict, f.expected_level, f.expected_kind, f.text, "
                             u"f.language, f.heat, f.comment, f.created_ms FROM score_feedback f "
                             u"LEFT JOIN agents a ON a.id = f.agent_id ORDER BY f.created_ms, f.id"_s,
                             error);
    if (!q || !run(*q, u"reading feedback"_s, error))
        return std::nullopt;
    QList<ScoreFeedback> rows;
    while (q->next()) {
        const std::optional<ScoreFeedback> row = feedbackFrom(*q, error);
        if (!row) {
            q->finish();
            return std::nullopt;
        }
        rows.append(*row);
    }
    // next() also stops on an error part-way through the rows: that is a failed read, not the end.
    if (q->lastError().isValid()) {
        if (error)
            *error = u"reading feedback: %1"_s.arg(q->lastError().text());
        q->finish();
        return std::nullopt;
    }
    q->finish();
    return rows;
}

} // namespace calma
