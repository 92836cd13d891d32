// Inbox model.
#include "inboxmodel.h"

#include "toneformat.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace calma::gui {

namespace {
constexpr int kPage = 100;
}

InboxModel::InboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void InboxModel::setStore(std::shared_ptr<ConversationStore> store)
{
    m_store = std::move(store);
    reload();
}

void InboxModel::setQuery(const InboxQuery &query)
{
    m_query = query;
    reload();
}

qint64 InboxModel::now() const
{
    return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

void InboxModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        beginResetModel();
        m_rows.clear();
        m_more = false;
        endResetModel();
        return;
    }
    InboxQuery page = m_query;
    page.limit = kPage;
    page.offset = 0;
    page.nowMs = now();
    m_loading = true;
    using Rows = QList<ConversationSummary>;
    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        beginResetModel();
        m_rows = watcher->result();
        m_more = m_rows.size() == kPage;
        m_loading = false;
        endResetModel();
        emit loaded();
    });
    // Each thread reads through its own connection: the worker gets a store of its own.
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), page] {
        QString error;
        Rows rows = ConversationStore(database).inbox(page, &error);
        if (!error.isEmpty())
            qWarning("Calma inbox: %s", qPrintable(error));
        return rows;
    }));
}

void InboxModel::setWaitThresholds(int warnMinutes, int alertMinutes)
{
    m_warnMinutes = warnMinutes;
    m_alertMinutes = alertMinutes;
    refreshWaiting();
}

void InboxModel::refreshWaiting()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Waiting), index(int(m_rows.size()) - 1, Waiting), {Qt::DisplayRole, Qt::ForegroundRole});
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_store)
        return;
    InboxQuery page = m_query;
    page.limit = kPage;
    page.offset = int(m_rows.size());
    page.nowMs = now();
    const QList<ConversationSummary> more = m_store->inbox(page);
    m_more = more.size() == kPage;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::waitingText(qint64 waitedMs)
{
    const qint64 minutes = std::max<qint64>(0, waitedMs / 60000);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%n days", nullptr, int(minutes / (24 * 60)));
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConversationSummary &c = m_rows.at(index.row());
    const ToneLevel level = levelForHeat(c.heat);
    if (role == ConversationIdRole)
        return c.id;
    if (role == HeatRole)
        return c.heat;
    if (role == PriorityRole)
        return c.priority;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Customer: return c.customer.isEmpty() ? tr("(unknown)") : c.customer;
        case Subject: return c.subject;
        case Heat: return tr("%1 · %2").arg(ToneFormat::levelText(level)).arg(c.heat);
        case Waiting: return c.lastCustomerMs ? waitingText(now() - c.lastCustomerMs) : QString();
        case Language: return c.language.toUpper();
        case Status: return ToneFormat::statusText(c.status);
        case Assignee: return c.assignee;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Waiting && c.lastCustomerMs) {
        const qint64 minutes = (now() - c.lastCustomerMs) / 60000;
        if (minutes >= m_alertMinutes)
            return ToneFormat::levelColor(ToneLevel::Hostile);
        if (minutes >= m_warnMinutes)
            return ToneFormat::levelColor(ToneLevel::Tense);
    }
    if (role == Qt::DecorationRole && index.column() == Heat)
        return ToneFormat::levelColor(level);
    if (role == Qt::ToolTipRole && index.column() == Heat)
        return tr("Heat %1/100: %2").arg(c.heat).arg(ToneFormat::levelText(level));
    if (role == Qt::AccessibleTextRole && index.column() == Heat)
        return tr("Heat %1, %2").arg(c.heat).arg(ToneFormat::levelText(level));
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Subject: return tr("Subject");
    case Heat: return tr("Heat");
    case Waiting: return tr("Waiting");
    case Language: return tr("Language");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    default: return {};
    }
}

} // namespace calma::gui
