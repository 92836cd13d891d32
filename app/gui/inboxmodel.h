// The inbox as a table model over the database: customer, subject, heat (level name and colour),
// waiting time, language, status and assignee, in priority order, fetched a page at a time.
#pragma once

#include "appsettings.h"
#include "storage/conversationstore.h"

#include <QAbstractTableModel>
#include <memory>

namespace calma::gui {

class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Status shows the holder too ("Pending · Marta"): the view hides Assignee, which says it alone.
    enum Column { Heat, Waiting, Status, Customer, Subject, Language, Assignee, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1, HeatRole, PriorityRole };

    explicit InboxModel(QObject *parent = nullptr);

    void setStore(std::shared_ptr<ConversationStore> store);
    void setQuery(const InboxQuery &query); // reloads from the first page
    void reload();           // the first page is read off the UI thread; loaded() says when it is in
    void refresh();          // read again as many whole pages as are loaded (a live update keeps the agent's place)
    // Queries counted after every load, off the UI thread (a filter's options, each with the other
    // filters as they are); facetCounts() has their counts in the same order, or is empty until the
    // first are in; countsChanged() says when they are.
    void setFacets(const QList<InboxQuery> &facets) { m_facets = facets; }
    const QList<qint64> &facetCounts() const { return m_facetCounts; }
    bool isLoading() const { return m_loading; }
    void setNow(qint64 nowMs) { m_nowMs = nowMs; } // for tests; 0: the clock
    const ConversationSummary &conversation(int row) const { return m_rows.at(row); }
    int rowOf(qint64 conversationId) const; // -1 when the conversation is not loaded
    // The open and pending conversations whose latest customer message is hostile, newest first,
    // read with each reload whatever the page, filter or order: what the alerts look at.
    const QList<ConversationSummary> &recentHostile() const { return m_recentHostile; }
    // After an action on one conversation: its row shows the stored state without a reload (which
    // would reorder the inbox under the agent).
    void applyState(const ConversationState &state);
    // Counted with the first page: how many conversations the query matches, and how many there are.
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    const InboxQuery &query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString waitingText(qint64 waitedMs);

signals:
    void loaded();
    void fetched(); // a further page (fetchMore, read off the UI thread) is in
    void countsChanged(); // facetCounts() are in for the latest load

public:
    // Waiting past `warnMinutes` shows amber, past `alertMinutes` red (the text always says how long).
    void setWaitThresholds(int warnMinutes, int alertMinutes);
    int alertMinutes() const { return m_alertMinutes; }
    // Re-reads the clock: waiting times move on without a reload.
    void refreshWaiting();

private:
    void load(int limit);
    void countFacets(quint64 generation, qint64 nowMs);
    qint64 now() const;

    std::shared_ptr<ConversationStore> m_store;
    InboxQuery m_query;
    QList<ConversationSummary> m_rows;
    QList<ConversationSummary> m_recentHostile;
    QList<InboxQuery> m_facets;
    QList<qint64> m_facetCounts;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_loading = false;
    bool m_fetching = false;  // a further page is being read
    quint64 m_generation = 0; // a newer query makes an older, slower answer obsolete
    qint64 m_nowMs = 0;
    int m_warnMinutes = AppSettings::kDefaultWaitWarnMinutes;
    int m_alertMinutes = AppSettings::kDefaultWaitAlertMinutes;
};

} // namespace calma::gui
