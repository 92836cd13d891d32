// Inbox model.
#include "inboxmodel.h"

#include "toneformat.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace calma::gui {

namespace {
constexpr int kPage = 100;
constexpr int kRecentHostile = 20; // newest hostile conversations the alerts look at
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
    load(kPage);
}

void InboxModel::refresh()
{
    // As many rows as the agent has scrolled through, whole pages, so that the list does not jump back to its start.
    const int pages = std::max<int>(1, int((m_rows.size() + kPage - 1) / kPage));
    load(pages * kPage);
}

void InboxModel::load(int limit)
{
    const quint64 generation = ++m_generation;
    m_fetching = false; // a page still being read for the old query is dropped when it comes in
    if (!m_store) {
        beginResetModel();
        m_rows.clear();
        m_more = false;
        m_matching = m_total = 0;
        endResetModel();
        return;
    }
    InboxQuery page = m_query;
    page.limit = limit;
    page.offset = 0;
    page.nowMs = now();
    m_loading = true;
    struct Page
    {
        QList<ConversationSummary> rows;
        QList<ConversationSummary> hostile;
        qint64 matching = 0;
        qint64 total = 0;
    };
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, generation, limit, nowMs = page.nowMs] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Page result = watcher->result();
        beginResetModel();
        m_rows = result.rows;
        m_recentHostile = result.hostile;
        m_matching = result.matching;
        m_total = result.total;
        m_more = m_rows.size() == limit;
        m_loading = false;
        endResetModel();
        emit loaded();
        countFacets(generation, nowMs);
    });
    // Each thread reads through its own connection: the worker gets a store of its own.
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), page] {
        QString error;
        const ConversationStore store(database);
        Page result;
        result.rows = store.inbox(page, &error);
        // The counts are one indexed COUNT each; a page shorter than asked for is its own count.
        result.matching = result.rows.size() < page.limit && error.isEmpty() ? result.rows.size() : store.inboxCount(page, &error);
        result.total = error.isEmpty() ? std::max<qint64>(0, store.conversationCount(&error)) : 0;
        if (error.isEmpty()) {
            InboxQuery hostile;
            hostile.minimumHeat = levelThreshold(ToneLevel::Hostile);
            hostile.order = InboxOrder::Newest;
            hostile.limit = kRecentHostile;
            hostile.nowMs = page.nowMs;
            result.hostile = store.inbox(hostile, &error);
        }
        if (!error.isEmpty())
            qWarning("Calma inbox: %s", qPrintable(error));
        return result;
    }));
}

void InboxModel::countFacets(quint64 generation, qint64 nowMs)
{
    // After the rows, on a worker of its own: a dozen counts never hold the page back.
    if (m_facets.isEmpty() || !m_store)
        return;
    auto *watcher = new QFutureWatcher<QList<qint64>>(this);
    connect(watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_facetCounts = watcher->result();
        emit countsChanged();
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), facets = m_facets, nowMs] {
        QString error;
        const ConversationStore store(database);
        QList<qint64> counts;
        for (InboxQuery facet : facets) {
            facet.nowMs = nowMs;
            counts << store.inboxCount(facet, &error);
            if (!error.isEmpty()) {
                qWarning("Calma inbox: %s", qPrintable(error));
                return QList<qint64>();
            }
        }
        return counts;
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

int InboxModel::rowOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return row;
    }
    return -1;
}

void InboxModel::applyState(const ConversationState &state)
{
    const int row = rowOf(state.id);
    if (row < 0)
        return;
    ConversationSummary &c = m_rows[row];
    c.status = state.status;
    c.assignee = state.assignee;
    c.claimedMs = state.claimedMs;
    c.waitingSinceMs = state.waitingSinceMs;
    c.heat = state.heat;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_store || m_fetching)
        return;
    InboxQuery page = m_query;
    page.limit = kPage;
    page.offset = int(m_rows.size());
    page.nowMs = now();
    m_fetching = true;
    const quint64 generation = m_generation;
    // The next page is read off the UI thread too; a reload meanwhile makes it obsolete.
    auto *watcher = new QFutureWatcher<QList<ConversationSummary>>(this);
    connect(watcher, &QFutureWatcher<QList<ConversationSummary>>::finished, this, [this, watcher, generation, offset = page.offset] {
        watcher->deleteLater();
        if (generation != m_generation || offset != m_rows.size())
            return;
        m_fetching = false;
        const QList<ConversationSummary> more = watcher->result();
        m_more = more.size() == kPage;
        if (!more.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
            m_rows += more;
            endInsertRows();
        }
        emit fetched();
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), page, facets = m_facets] {
        QString error;
        const QList<ConversationSummary> rows = ConversationStore(database).inbox(page, &error);
        if (!error.isEmpty())
            qWarning("Calma inbox: %s", qPrintable(error));
        return rows;
    }));
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
        // The clock runs while the customer waits (open): an answered conversation shows no wait.
        case Waiting: return c.lastCustomerMs && c.waitingSinceMs ? waitingText(now() - c.lastCustomerMs) : QString();
        case Language: return c.language.toUpper();
        case Status: return c.assignee.isEmpty() ? ToneFormat::statusText(c.status) : tr("%1 · %2").arg(ToneFormat::statusText(c.status), c.assignee);
        case Assignee: return c.assignee;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Waiting && c.lastCustomerMs && !c.waitingSinceMs)
        return tr("Answered: the customer is not waiting");
    if (role == Qt::ToolTipRole && (index.column() == Assignee || index.column() == Status))
        return c.assignee.isEmpty() ? tr("Nobody is answering this customer") : tr("%1 is answering this customer").arg(c.assignee);
    if (role == Qt::ForegroundRole && index.column() == Waiting && c.lastCustomerMs && c.waitingSinceMs) {
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
