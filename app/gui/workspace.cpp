// The workspace: selecting a conversation reads it, scores it, fills the assistant and sets what the
// draft answers; sending stores the reply.
#include "workspace.h"

#include "mailerrortext.h"

#include "application.h"
#include "appsettings.h"
#include "assistantpanel.h"
#include "drafteditor.h"
#include "feedbackbutton.h"
#include "feedbackdialog.h"
#include "inboxmodel.h"
#include "toneformat.h"

#include "heatchart.h"
#include "mail/mailsync.h"
#include "mail/outboxsender.h"
#include "storage/sqlsupport.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QDateTime>
#include <QHBoxLayout>
#include <QTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calma::gui {

namespace {
constexpr int kLabelRole = Qt::UserRole + 1; // a filter option's text without its count
}

using namespace Qt::StringLiterals;

Workspace::Workspace(std::shared_ptr<const Coach> coach, QWidget *parent) : QWidget(parent), m_coach(std::move(coach))
{
    m_inbox = new InboxModel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search the messages…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the messages"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setAccessibleName(tr("Show by heat"));
    m_level->addItem(tr("Any heat"), 0);
    m_level->addItem(tr("Tense and above"), levelThreshold(ToneLevel::Tense));
    m_level->addItem(tr("Heated and above"), levelThreshold(ToneLevel::Heated));
    m_level->addItem(tr("Hostile"), levelThreshold(ToneLevel::Hostile));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show by status"));
    m_status->addItem(tr("Open and pending"), QStringList{QStringLiteral("open"), QStringLiteral("pending")});
    m_status->addItem(tr("Open"), QStringList{QStringLiteral("open")});
    m_status->addItem(tr("Pending"), QStringList{QStringLiteral("pending")});
    m_status->addItem(tr("Solved"), QStringList{QStringLiteral("solved")});
    m_status->addItem(tr("Closed"), QStringList{QStringLiteral("closed")});
    m_status->addItem(tr("All"), QStringList{QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("solved"),
                                             QStringLiteral("closed")});
    m_waiting = new QComboBox(this);
    m_waiting->setObjectName(QStringLiteral("waitingFilter"));
    m_waiting->setAccessibleName(tr("Show by waiting time"));
    m_waiting->addItem(tr("Any wait"), 0);
    m_waiting->addItem(tr("Waiting 30 min or more"), 30);
    m_waiting->addItem(tr("Waiting 2 h or more"), 120);
    m_waiting->addItem(tr("Waiting 8 h or more"), 480);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("inboxOrder"));
    m_order->setAccessibleName(tr("Order of the inbox"));
    const std::pair<InboxOrder, std::pair<QString, QString>> orders[] = {
        {InboxOrder::NeedsAttention,
         {tr("Needs attention"), tr("Heat plus the wait: one point for every eight minutes the customer has waited, up to 75 "
                                    "(ten hours). A long wait weighs as much as a furious message.")}},
        {InboxOrder::LongestWaiting, {tr("Longest waiting"), tr("The customer who has waited longest first; answered conversations last.")}},
        {InboxOrder::Hottest, {tr("Hottest"), tr("The most heated conversation first, whatever the wait.")}},
        {InboxOrder::Newest, {tr("Newest"), tr("The latest message first.")}},
    };
    for (const auto &[order, text] : orders) {
        m_order->addItem(text.first, int(order));
        m_order->setItemData(m_order->count() - 1, text.second, Qt::ToolTipRole);
    }
    m_order->setToolTip(m_order->itemData(0, Qt::ToolTipRole).toString());
    m_chart = new HeatChart(this);
    m_claim = new QPushButton(tr("Ta&ke it"), this);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_release = new QPushButton(tr("Re&lease"), this);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setToolTip(tr("Give the conversation back: anyone may take it"));
    m_solve = new QPushButton(tr("Sol&ve"), this);
    m_solve->setObjectName(QStringLiteral("solveButton"));
    m_solve->setToolTip(tr("Mark it solved and release it; it reopens if the customer writes again"));
    m_reopen = new QPushButton(tr("Reo&pen"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setToolTip(tr("Open it again: the customer is waiting for us"));
    m_owner = new QLabel(this);
    m_owner->setObjectName(QStringLiteral("ownerLabel"));
    m_owner->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("heatChart"));
    m_inboxView = new QTableView(this);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxView->setModel(m_inbox);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->verticalHeader()->hide();
    m_inboxView->horizontalHeader()->setStretchLastSection(true);
    m_inboxView->hideColumn(InboxModel::Assignee); // the Status column names the holder
    m_inboxView->setTabKeyNavigation(false); // Tab leaves the inbox; the arrows move in it
    m_inboxView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_inboxView->setAccessibleName(tr("Inbox"));
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("conversationThread"));
    m_thread->setAccessibleName(tr("Conversation"));
    m_thread->setOpenLinks(false); // its only links are "score wrong?", handled here
    m_assistant = new AssistantPanel(this);
    m_draft = new DraftEditor(m_coach, this);

    auto *inboxSide = new QWidget(this);
    auto *inboxLayout = new QVBoxLayout(inboxSide);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_level);
    filters->addWidget(m_status);
    filters->addWidget(m_waiting);
    inboxLayout->addLayout(filters);
    auto *orderRow = new QHBoxLayout;
    auto *orderLabel = new QLabel(tr("Order:"), inboxSide);
    orderLabel->setBuddy(m_order);
    orderRow->addWidget(orderLabel);
    orderRow->addWidget(m_order, 1);
    inboxLayout->addLayout(orderRow);
    inboxLayout->addWidget(m_inboxView);
    auto *threadSide = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(threadSide);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    // The conversation's toolbar: who holds it and in what status, then what the agent can do.
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addStretch(1);
    for (QPushButton *button : {m_claim, m_release, m_solve, m_reopen})
        ownerRow->addWidget(button);
    threadLayout->addWidget(m_owner);
    threadLayout->addLayout(ownerRow);
    threadLayout->addWidget(m_chart);
    threadLayout->addWidget(m_thread, 1);
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(threadSide);
    middle->addWidget(m_draft);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(inboxSide);
    columns->addWidget(middle);
    columns->addWidget(m_assistant);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 4);
    columns->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns);

    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || m_reselecting)
            return;
        const qint64 id = m_inbox->data(current, InboxModel::ConversationIdRole).toLongLong();
        if (id != m_conversation)
            openConversation(id);
    });
    // The first page arrives from a worker: size the columns to it then, once per database.
    connect(m_inbox, &InboxModel::loaded, this, [this] {
        if (!m_sizeColumns || m_inbox->rowCount() == 0)
            return;
        m_sizeColumns = false;
        m_inboxView->resizeColumnsToContents();
        m_inboxView->setColumnWidth(InboxModel::Customer, std::min(m_inboxView->columnWidth(InboxModel::Customer), 140));
        m_inboxView->setColumnWidth(InboxModel::Status, std::min(m_inboxView->columnWidth(InboxModel::Status), 130));
        m_inboxView->setColumnWidth(InboxModel::Subject, std::min(m_inboxView->columnWidth(InboxModel::Subject), 220));
    });
    connect(m_inbox, &QAbstractItemModel::modelReset, this, [this] {
        if (m_inbox->rowCount() > 0 && !m_conversation) {
            m_inboxView->selectRow(0);
        } else if (m_conversation) {
            // A reload (a live update, a refresh) keeps the open conversation open and selected.
            const int row = m_inbox->rowOf(m_conversation);
            if (row >= 0) {
                m_reselecting = true;
                m_inboxView->selectRow(row);
                m_reselecting = false;
            }
        }
        else if (m_inbox->rowCount() == 0) // nothing matches: nothing is shown as if it did
            clearConversation(m_search->text().trimmed().isEmpty() ? tr("No conversation matches these filters.")
                                                                   : tr("No conversation matches “%1”.").arg(m_search->text().trimmed()));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &Workspace::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters();
    });
    for (QComboBox *filter : {m_level, m_status, m_waiting, m_order})
        connect(filter, &QComboBox::currentIndexChanged, this, &Workspace::applyFilters);
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_order->setToolTip(m_order->itemData(index, Qt::ToolTipRole).toString()); });
    const AppSettings settings = AppSettings::load();
    m_inbox->setWaitThresholds(settings.waitWarnMinutes, settings.waitAlertMinutes);
    connect(m_inbox, &InboxModel::loaded, this, &Workspace::checkAlerts);
    connect(m_inbox, &InboxModel::countsChanged, this, &Workspace::showFilterCounts);
    m_readEnough.setSingleShot(true);
    connect(&m_readEnough, &QTimer::timeout, this, &Workspace::countHandled);
    m_outboxPoll.setInterval(60 * 1000);
    connect(&m_outboxPoll, &QTimer::timeout, this, &Workspace::pollMail);
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_inbox, &InboxModel::refreshWaiting);
    connect(m_clock, &QTimer::timeout, this, &Workspace::checkAlerts);
    m_clock->start();
    connect(m_assistant, &AssistantPanel::suggestionChosen, this, &Workspace::chooseSuggestionText);
    connect(m_claim, &QPushButton::clicked, this, [this] { runAction(Action::Claim, m_conversation); });
    connect(m_release, &QPushButton::clicked, this, [this] { runAction(Action::Release, m_conversation); });
    connect(m_solve, &QPushButton::clicked, this, [this] { runAction(Action::Solve, m_conversation); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { runAction(Action::Reopen, m_conversation); });
    connect(m_inboxView, &QWidget::customContextMenuRequested, this, &Workspace::showInboxMenu);

    // Keyboard first: these work anywhere in the workspace (Help → Keyboard shortcuts lists them).
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveConversation(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveConversation(1); });
    for (int i = 0; i < 3; ++i)
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] { useSuggestion(i); });
    m_draft->editor()->setTabChangesFocus(true);
    updateActions();
    connect(m_draft, &DraftEditor::sendRequested, this, &Workspace::sendReply);
    connect(m_assistant->feedbackButton(), &FeedbackButton::verdictChosen, this, &Workspace::reportLatestScore);
    connect(m_thread, &QTextBrowser::anchorClicked, this, &Workspace::followThreadLink);
}

void Workspace::setStore(std::shared_ptr<ConversationStore> store)
{
    m_store = std::move(store);
    m_alertsPrimed = false; // another database: its present state is not news either
    m_toldHostile.clear();
    m_toldWaiting.clear();
    m_conversation = 0;
    m_state.reset();
    m_sizeColumns = true;
    setFacets(currentQuery());
    m_inbox->setStore(m_store);
    updateActions();
}

void Workspace::followChanges()
{
    // Someone else wrote: the inbox and the open conversation are read again, off the UI thread.
    if (!m_store)
        return;
    m_inbox->refresh();
    refreshState();
}

void Workspace::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    m_inbox->setNow(nowMs);
}

qint64 Workspace::now() const
{
    return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

void Workspace::applyFilters()
{
    const InboxQuery query = currentQuery();
    m_conversation = 0;
    setFacets(query);
    m_inbox->setQuery(query);
}

InboxQuery Workspace::currentQuery() const
{
    InboxQuery query;
    query.text = m_search->text();
    query.minimumHeat = m_level->currentData().toInt();
    query.statuses = m_status->currentData().toStringList();
    query.waitingAtLeastMs = qint64(m_waiting->currentData().toInt()) * 60 * 1000;
    query.order = InboxOrder(m_order->currentData().toInt());
    return query;
}

void Workspace::setFacets(const InboxQuery &query)
{
    // Each filter's options are counted with the other filters as they are: "Open (12)".
    QList<InboxQuery> facets;
    for (int i = 0; i < m_level->count(); ++i) {
        InboxQuery q = query;
        q.minimumHeat = m_level->itemData(i).toInt();
        facets << q;
    }
    for (int i = 0; i < m_status->count(); ++i) {
        InboxQuery q = query;
        q.statuses = m_status->itemData(i).toStringList();
        facets << q;
    }
    for (int i = 0; i < m_waiting->count(); ++i) {
        InboxQuery q = query;
        q.waitingAtLeastMs = qint64(m_waiting->itemData(i).toInt()) * 60 * 1000;
        facets << q;
    }
    m_inbox->setFacets(facets);
}

void Workspace::showFilterCounts()
{
    const QList<qint64> &counts = m_inbox->facetCounts();
    qsizetype next = 0;
    for (QComboBox *filter : {m_level, m_status, m_waiting}) {
        for (int i = 0; i < filter->count(); ++i, ++next) {
            QVariant label = filter->itemData(i, kLabelRole);
            if (!label.isValid()) {
                label = filter->itemText(i);
                filter->setItemData(i, label, kLabelRole);
            }
            filter->setItemText(i, next < counts.size() ? tr("%1 (%L2)").arg(label.toString()).arg(counts.at(next)) : label.toString());
        }
        filter->setToolTip(filter->currentText()); // in a narrow window the box cuts its text short
    }
}

void Workspace::moveConversation(int step)
{
    if (m_inbox->rowCount() == 0)
        return;
    const int current = m_inboxView->currentIndex().isValid() ? m_inboxView->currentIndex().row() : m_inbox->rowOf(m_conversation);
    const int row = std::clamp(current < 0 ? 0 : current + step, 0, m_inbox->rowCount() - 1);
    if (row == current)
        return;
    m_inboxView->selectRow(row);
    m_inboxView->scrollTo(m_inbox->index(row, 0));
}

void Workspace::clearConversation(const QString &why)
{
    ++m_stateGeneration;
    m_conversation = 0;
    m_state.reset();
    m_messages.clear();
    m_latestScore.reset();
    m_latestKind.reset();
    m_thread->clear();
    m_chart->setHeats({});
    m_assistant->clear();
    m_draft->setCustomerMessage({});
    m_owner->setText(why);
    updateActions();
}

// Label and buttons come from one stored state (an expired claim has no holder), so the workspace
// never says someone is answering while it offers to take the conversation.
void Workspace::updateActions()
{
    const bool known = m_store && m_conversation && m_state && m_state->id == m_conversation && m_working == 0;
    const QString holder = known ? m_state->assignee : QString();
    const bool mine = known && !holder.isEmpty() && holder == m_agentName;
    const bool someoneElse = known && !holder.isEmpty() && !mine;
    const bool active = known && (m_state->status == u"open" || m_state->status == u"pending");
    m_claim->setEnabled(active && holder.isEmpty());
    m_release->setEnabled(mine);
    m_solve->setEnabled(active && !someoneElse);
    m_reopen->setEnabled(known && (m_state->status == u"solved" || m_state->status == u"closed"));
    const qint64 expiryMinutes = m_expiryMs / 60000;
    m_claim->setToolTip(someoneElse ? tr("%1 is answering this customer. Their claim lapses after %n minute(s) without a reply from them.",
                                         nullptr, int(expiryMinutes)).arg(holder)
                        : mine      ? tr("You are answering this customer.")
                        : known && !active ? tr("Reopen it first: it is %1.").arg(ToneFormat::statusText(m_state->status).toLower())
                                           : tr("So that no one else answers this customer at the same time"));
    m_solve->setToolTip(someoneElse ? tr("%1 is answering this customer: they solve it.").arg(holder)
                                    : tr("Mark it solved and release it; it reopens if the customer writes again"));
    if (!known)
        return;
    const QString status = ToneFormat::statusText(m_state->status);
    m_owner->setText(holder.isEmpty() ? tr("%1 · No one is answering this customer yet.").arg(status)
                     : mine           ? tr("%1 · You are answering this customer.").arg(status)
                                      : tr("%1 · %2 is answering this customer.").arg(status, holder));
}

void Workspace::applyState(const ConversationState &state)
{
    m_inbox->applyState(state);
    if (state.id != m_conversation)
        return;
    m_state = state;
    updateActions();
}

void Workspace::refreshState()
{
    if (!m_store || !m_conversation)
        return;
    const quint64 generation = ++m_stateGeneration;
    struct Read
    {
        std::optional<ConversationState> state;
        qint64 expiryMs = kDefaultClaimExpiryMs;
        qint64 lastMessageId = 0;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_stateGeneration)
            return;
        const Read read = watcher->result();
        m_expiryMs = read.expiryMs;
        // A message written elsewhere (the customer, another agent) shows without reopening.
        if (read.state && m_shownLastMessageId >= 0 && read.lastMessageId != m_shownLastMessageId && !m_opening)
            showMessages(m_conversation);
        if (read.state)
            applyState(*read.state);
        else if (read.error.isEmpty())
            m_owner->setText(tr("This conversation is no longer there."));
        else
            m_owner->setText(tr("The conversation's state could not be read: %1").arg(read.error));
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), id = m_conversation, nowMs = now()] {
        const ConversationStore store(database);
        Read read;
        read.expiryMs = store.claimExpiryMs();
        read.state = store.conversation(id, nowMs, &read.error);
        if (read.state)
            read.lastMessageId = store.lastMessageId(id, &read.error);
        return read;
    }));
}

void Workspace::runAction(Action action, qint64 conversationId)
{
    if (!m_store || !conversationId)
        return;
    struct Done
    {
        QString message; // what the status bar says
        std::optional<ConversationState> state;
    };
    ++m_working;
    updateActions();
    auto *watcher = new QFutureWatcher<Done>(this);
    connect(watcher, &QFutureWatcher<Done>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_working;
        const Done done = watcher->result();
        if (done.state)
            applyState(*done.state);
        updateActions();
        if (!done.message.isEmpty())
            emit statusMessage(done.message);
    });
    // The store's answer and the state after it, on a worker with its own connection.
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), conversationId, action, agent = m_agentName, nowMs = now()] {
        const ConversationStore store(database);
        Done done;
        QString error, holder;
        switch (action) {
        case Action::Claim:
            switch (store.claim(conversationId, agent, nowMs, -1, &holder, &error)) {
            case ClaimResult::Claimed:
            case ClaimResult::AlreadyYours: done.message = tr("You are answering this customer."); break;
            case ClaimResult::Taken: done.message = tr("%1 is answering this customer.").arg(holder); break;
            case ClaimResult::NotFound: done.message = tr("This conversation is no longer there."); break;
            case ClaimResult::Failed: done.message = tr("The conversation was not taken: %1").arg(error); break;
            }
            break;
        case Action::Release:
            switch (store.release(conversationId, agent, &holder, &error)) {
            case ReleaseResult::Released: done.message = tr("Released: anyone may take this conversation."); break;
            case ReleaseResult::NotYours:
                done.message = holder.isEmpty() ? tr("Nobody holds this conversation.") : tr("%1 is answering this customer.").arg(holder);
                break;
            case ReleaseResult::NotFound: done.message = tr("This conversation is no longer there."); break;
            case ReleaseResult::Failed: done.message = tr("The conversation was not released: %1").arg(error); break;
            }
            break;
        case Action::Solve:
        case Action::Reopen:
            switch (store.setStatus(conversationId, action == Action::Solve ? u"solved"_s : u"open"_s, nowMs, &error)) {
            case StatusResult::Changed:
                done.message = action == Action::Solve ? tr("Solved. It reopens if the customer writes again.")
                                                       : tr("Reopened: the customer is waiting for us.");
                break;
            case StatusResult::NotFound: done.message = tr("This conversation is no longer there."); break;
            case StatusResult::BadStatus:
            case StatusResult::Failed: done.message = tr("The status was not changed: %1").arg(error); break;
            }
            break;
        }
        QString readError;
        done.state = store.conversation(conversationId, nowMs, &readError);
        return done;
    }));
}

void Workspace::showInboxMenu(const QPoint &pos)
{
    const QModelIndex index = m_inboxView->indexAt(pos);
    if (!index.isValid())
        return;
    // The menu acts on the open conversation, with the toolbar's buttons' state.
    if (m_inbox->data(index, InboxModel::ConversationIdRole).toLongLong() != m_conversation)
        m_inboxView->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(u"inboxMenu"_s);
    for (QPushButton *button : {m_claim, m_release, m_solve, m_reopen}) {
        QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
    menu.setToolTipsVisible(true);
    menu.exec(m_inboxView->viewport()->mapToGlobal(pos));
}

void Workspace::useSuggestion(int index)
{
    if (index < 0 || index >= m_assistant->suggestions().size())
        return;
    if (auto *cards = m_assistant->findChild<QTabWidget *>(u"suggestionTabs"_s))
        cards->setCurrentIndex(index);
    chooseSuggestionText(m_assistant->suggestions().at(index).text);
}

void Workspace::chooseSuggestionText(const QString &text)
{
    const QString draft = m_draft->text();
    // What the agent typed is theirs: a suggestion replaces it only when they say so.
    if (!draft.trimmed().isEmpty() && draft != m_insertedSuggestion && draft != text) {
        QMessageBox box(QMessageBox::Question, tr("Replace your draft?"),
                        tr("Your draft has text you typed. Replace it with the suggested reply?"), QMessageBox::NoButton, this);
        box.setObjectName(u"confirmReplaceDraft"_s);
        QPushButton *replace = box.addButton(tr("&Replace the draft"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep my draft"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != replace)
            return;
    }
    m_insertedSuggestion = text;
    m_draft->setText(text);
    m_draft->editor()->setFocus(Qt::OtherFocusReason);
    m_draft->editor()->moveCursor(QTextCursor::End);
}

void Workspace::checkAlerts()
{
    const qint64 nowMs = now();
    const qint64 red = qint64(m_inbox->alertMinutes()) * 60 * 1000;
    QStringList hostile, waiting;
    const auto whoOf = [](const ConversationSummary &c) { return c.customer.isEmpty() ? c.subject : c.customer; };
    // Hostile messages are looked for in the whole inbox, not only in the rows loaded (a page, maybe filtered).
    for (const ConversationSummary &c : m_inbox->recentHostile()) {
        if (c.heat >= levelThreshold(ToneLevel::Hostile) && c.lastCustomerMs > m_alertsSince
            && !m_toldHostile.contains({c.id, c.lastCustomerMs})) {
            m_toldHostile.insert({c.id, c.lastCustomerMs});
            if (m_alertsPrimed)
                hostile << whoOf(c);
        }
    }
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const ConversationSummary &c = m_inbox->conversation(row);
        const QString who = whoOf(c);
        // A wait that went past red since Calma has been watching (not one that already had).
        if (c.status == u"open" && c.waitingSinceMs > 0 && nowMs - c.waitingSinceMs >= red && c.waitingSinceMs + red > m_alertsSince
            && !m_toldWaiting.contains({c.id, c.waitingSinceMs})) {
            m_toldWaiting.insert({c.id, c.waitingSinceMs});
            if (m_alertsPrimed)
                waiting << who;
        }
    }
    if (!m_alertsPrimed) {
        m_alertsPrimed = true;
        m_alertsSince = nowMs;
        return;
    }
    if (!hostile.isEmpty())
        emit alert(tr("%n hostile message(s)", nullptr, int(hostile.size())), hostile.mid(0, 3).join(u", "_s) + (hostile.size() > 3 ? u", …"_s : QString()));
    if (!waiting.isEmpty())
        emit alert(tr("%n customer(s) waiting past red", nullptr, int(waiting.size())),
                   waiting.mid(0, 3).join(u", "_s) + (waiting.size() > 3 ? u", …"_s : QString()));
}

void Workspace::countHandled()
{
    m_readEnough.stop();
    if (m_handling.message == 0 || m_seenMessages.contains(m_handling.message))
        return;
    m_seenMessages.insert(m_handling.message);
    noteHostile(m_handling.heat);
    m_handling = {};
}

void Workspace::noteHostile(int heat)
{
    if (heat < levelThreshold(ToneLevel::Hostile))
        return;
    const qint64 now = m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    m_hostileSeen.append(now);
    m_hostileSeen.removeIf([now](qint64 t) { return now - t > kStreakWindowMs; });
    if (m_hostileSeen.size() >= kHostileStreak && now - m_lastBreakSuggestion > kStreakWindowMs) {
        m_lastBreakSuggestion = now;
        emit breakSuggested(tr("That was %n hostile message(s) in a short time. A five-minute break helps you stay the calm one.",
                               nullptr, int(m_hostileSeen.size())));
    }
}

void Workspace::openConversation(qint64 id)
{
    if (!m_store)
        return;
    if (m_handling.conversation != id) {
        m_readEnough.stop(); // left before reading it: not handled
        m_handling = {};
    }
    m_conversation = id;
    // The workflow state is read off the UI thread; until it is in, no button offers anything.
    if (!m_state || m_state->id != id) {
        m_state.reset();
        m_owner->setText(tr("Reading the conversation…"));
    }
    updateActions();
    refreshState();
    showMessages(id);
}

namespace {

// What opening a conversation needs, read and worked out on a worker: the messages, each customer
// message's evidence as the analyzer sees it now, and the assistant's reading and suggestions.
struct OpenedConversation
{
    QList<StoredMessage> messages;
    QHash<qint64, ToneReport> reports; // by message id, customer messages only
    qsizetype latest = -1;             // the customer's latest message
    std::optional<CustomerReading> reading;
    QList<Suggestion> suggestions;
    QHash<qint64, OutboxEntry> mail; // the mailed replies, by message id
    QString error;
};

OpenedConversation openOnWorker(const std::shared_ptr<Database> &database, const std::shared_ptr<const Coach> &coach, qint64 id,
                                const QString &signature)
{
    OpenedConversation o;
    {
        // The messages and their mail as one state, even while another agent replies.
        const sql::ReadSnapshot snapshot(*database);
        o.messages = ConversationStore(database).messages(id, &o.error);
        if (o.error.isEmpty())
            o.mail = Outbox(database).entriesOfConversation(id, &o.error).value_or(QHash<qint64, OutboxEntry>{});
    }
    for (const StoredMessage &m : std::as_const(o.messages)) {
        if (m.direction == u"customer")
            o.reports.insert(m.id, coach->analyzer().analyze(m.body));
    }
    o.latest = o.messages.size() - 1;
    while (o.latest >= 0 && o.messages.at(o.latest).direction != u"customer")
        --o.latest;
    if (o.latest < 0)
        return o;
    // The assistant answers the customer's latest message, with what came before as context.
    QList<ConversationTurn> history;
    for (qsizetype i = 0; i < o.latest; ++i) {
        if (o.messages.at(i).direction != u"note")
            history.append({o.messages.at(i).direction == u"customer", o.messages.at(i).body});
    }
    const QString latest = o.messages.at(o.latest).body;
    o.reading = coach->read(latest, history);
    ReplyContext context;
    context.agentName = signature;
    context.history = history;
    context.reasonLanguage = interfaceLanguage();
    o.suggestions = coach->suggest(latest, *o.reading, context);
    return o;
}

} // namespace

void Workspace::showMessages(qint64 id)
{
    const quint64 generation = ++m_openGeneration;
    m_opening = true;
    auto *watcher = new QFutureWatcher<OpenedConversation>(this);
    connect(watcher, &QFutureWatcher<OpenedConversation>::finished, this, [this, watcher, generation, id] {
        watcher->deleteLater();
        if (generation != m_openGeneration || id != m_conversation)
            return; // another conversation was opened meanwhile
        m_opening = false;
        const OpenedConversation o = watcher->result();
        if (!o.error.isEmpty())
            emit statusMessage(tr("Could not read the conversation: %1").arg(o.error));
        m_messages = o.messages;
        m_mail = o.mail;
        m_shownLastMessageId = o.messages.isEmpty() ? 0 : std::max_element(o.messages.cbegin(), o.messages.cend(), [](const StoredMessage &a, const StoredMessage &b) {
                                                              return a.id < b.id;
                                                          })->id;
        m_latestScore.reset();
        m_latestKind.reset();
        showThread(o.messages, o.reports);
        if (o.latest < 0 || !o.reading) {
            m_assistant->clear();
            m_draft->setCustomerMessage({});
            emit conversationShown(id);
            return;
        }
        const StoredMessage &latest = o.messages.at(o.latest);
        // A hostile message counts towards the agent's streak once it is handled: answered, or read
        // for long enough (kept open that long); once, however often it is reopened.
        m_handling = {};
        if (latest.heat >= levelThreshold(ToneLevel::Hostile) && !m_seenMessages.contains(latest.id)) {
            m_handling = {latest.id, latest.heat, id};
            m_readEnough.start(m_readEnoughMs);
        }
        // Feedback is on the score the assistant shows, for this message.
        ScoreFeedback subject;
        subject.messageId = latest.id;
        subject.text = latest.body;
        subject.language = o.reading->tone.language;
        subject.heat = o.reading->tone.heat;
        m_latestScore = subject;
        m_latestKind = FeedbackDialog::strongestKind(o.reading->tone);
        m_assistant->show(latest.body, *o.reading, o.suggestions);
        m_draft->setCustomerMessage(latest.body);
        emit conversationShown(id);
    });
    watcher->setFuture(QtConcurrent::run(openOnWorker, m_store->sharedDatabase(), m_coach, id, m_signature));
}

void Workspace::reportLatestScore(FeedbackVerdict verdict)
{
    if (m_latestScore)
        askFeedback(*m_latestScore, verdict, m_latestKind);
}

void Workspace::setMailAccount(const MailAccount &account, const QString &password)
{
    m_mailAccount = account;
    m_mailPassword = password;
    if (account.canSend() || !account.imapServer.isEmpty())
        m_outboxPoll.start();
    else
        m_outboxPoll.stop();
}

bool Workspace::syncsMailbox() const
{
    return m_store && m_store->database().engine() == DatabaseUrl::Engine::SQLite && !m_mailAccount.imapServer.isEmpty();
}

void Workspace::pollMail()
{
    sendOutbox();
    syncMailbox();
}

void Workspace::syncMailbox()
{
    if (!syncsMailbox() || m_syncing)
        return;
    QString error;
    const std::optional<ImapUrl> url = m_mailAccount.imapUrl(&error);
    if (!url) {
        emit mailSyncState(tr("Mail: %1").arg(MailErrorText::describe(MailError::None, error)));
        return;
    }
    struct Synced
    {
        std::optional<SyncReport> report;
        QString lockError; // another process syncs the mailbox
    };
    m_syncing = true;
    auto *watcher = new QFutureWatcher<Synced>(this);
    connect(watcher, &QFutureWatcher<Synced>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_syncing = false;
        const Synced synced = watcher->result();
        const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        if (!synced.report) {
            emit mailSyncState(tr("Mail: synced by another process (%1)").arg(MailErrorText::quoted(synced.lockError)));
            return;
        }
        const SyncReport &r = *synced.report;
        if (!r.ok) {
            emit mailSyncState(tr("Mail: not synced at %1: %2").arg(at, MailErrorText::describe(r.errorKind, r.error)));
            return;
        }
        QString state = tr("Mail: %n new at %1", nullptr, int(r.added)).arg(at);
        if (!r.skipped.isEmpty())
            state += u" · "_s + tr("%n could not be read", nullptr, int(r.skipped.size()));
        emit mailSyncState(state);
        if (r.added > 0)
            followChanges();
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), analyzer = m_coach->analyzerShared(), url = *url,
                                          password = m_mailPassword, account = m_mailAccount] {
        MailSyncOptions options;
        options.url = url;
        options.password = password;
        options.caCertificateFile = account.caCertificateFile;
        // The team's own mail (an agent answering from a mail client) is stored as the team's answer.
        QString ignored;
        if (const std::optional<MailAddress> team = account.team(&ignored))
            options.teamAddresses << team->address;
        options.sinceDays = 7;
        options.timeoutMs = 15000;
        MailSync sync(database, analyzer, options);
        Synced synced;
        if (sync.lock(&synced.lockError))
            synced.report = sync.syncOnce();
        return synced;
    }));
}

std::optional<SentCheck> Workspace::sentCheck(const MailAccount &account, const QString &password)
{
    QString ignored;
    const std::optional<ImapUrl> url = account.imapServer.trimmed().isEmpty() ? std::nullopt : account.imapUrl(&ignored);
    if (!url)
        return std::nullopt;
    return SentCheck{*url, password, account.caCertificateFile.trimmed()};
}

void Workspace::setOutboxPollMs(int ms)
{
    m_outboxPoll.setInterval(ms);
}

void Workspace::sendOutbox()
{
    if (!m_store || m_outboxSending || !m_mailAccount.canSend())
        return;
    QString error;
    const std::optional<SmtpOptions> smtp = m_mailAccount.smtpOptions(m_mailPassword, &error);
    if (!smtp)
        return; // the account is wrong: sending a reply says so
    m_outboxSending = true;
    auto *watcher = new QFutureWatcher<OutboxPass>(this);
    connect(watcher, &QFutureWatcher<OutboxPass>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_outboxSending = false;
        const OutboxPass pass = watcher->result();
        if (!pass.ok)
            emit statusMessage(tr("The outbox could not be read: %1").arg(MailErrorText::describe(MailError::Refused, pass.error)));
        else if (pass.sent() > 0)
            emit statusMessage(tr("%n waiting reply(s) went out by mail.", nullptr, pass.sent()));
        bool here = false;
        for (const SendOutcome &o : pass.outcomes)
            here = here || o.entry.conversationId == m_conversation;
        if (here && !m_opening)
            showMessages(m_conversation);
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), options = *smtp, check = sentCheck(m_mailAccount, m_mailPassword)] {
        OutboxSender sender(database, options);
        sender.setSentCheck(check);
        return sender.sendDue();
    }));
}

void Workspace::followThreadLink(const QUrl &link)
{
    if (link.scheme() == u"calma-retry")
        retryMail(link.path().toLongLong());
    else
        reportThreadScore(link);
}

void Workspace::retryMail(qint64 outboxId)
{
    if (!m_store || outboxId <= 0)
        return;
    struct Retried
    {
        std::optional<OutboxEntry> mail;
        MailError mailKind = MailError::None; // why `mail` failed
        QString error;                        // the retry itself failed: the database, or the account
        MailError kind = MailError::Refused;
        bool notWaiting = false;              // the mail is no longer a failed one
    };
    const qint64 id = m_conversation;
    ++m_working;
    auto *watcher = new QFutureWatcher<Retried>(this);
    connect(watcher, &QFutureWatcher<Retried>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        --m_working;
        const Retried r = watcher->result();
        if (r.notWaiting)
            emit statusMessage(tr("The mail was not sent: %1").arg(tr("it is no longer waiting to be sent.")));
        else if (!r.error.isEmpty())
            emit statusMessage(tr("The mail was not sent: %1").arg(MailErrorText::describe(r.kind, r.error)));
        else if (r.mail && r.mail->state == SendState::Sent)
            emit statusMessage(tr("The reply's mail went to %1.").arg(r.mail->recipient));
        else if (r.mail)
            emit statusMessage(tr("The mail was not sent: %1").arg(MailErrorText::describe(r.mailKind, r.mail->lastError)));
        else
            emit statusMessage(tr("The mail waits in the outbox for the team's sender."));
        if (id == m_conversation)
            showMessages(id);
    });
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), outboxId, account = m_mailAccount, password = m_mailPassword] {
        Retried r;
        if (!Outbox(database).retryNow(outboxId, QDateTime::currentMSecsSinceEpoch(), &r.error)) {
            r.notWaiting = r.error.isEmpty();
            return r;
        }
        if (!account.canSend())
            return r; // due now: `calma-cli mail send --watch`, or the app once it has an account, sends it
        const std::optional<SmtpOptions> smtp = account.smtpOptions(password, &r.error);
        if (!smtp) {
            r.kind = MailError::None;
            return r;
        }
        OutboxSender sender(database, *smtp);
        sender.setSentCheck(sentCheck(account, password));
        const OutboxPass pass = sender.sendDue(outboxId);
        if (!pass.ok)
            r.error = pass.error;
        if (!pass.outcomes.isEmpty()) {
            r.mail = pass.outcomes.first().entry;
            r.mailKind = pass.outcomes.first().errorKind;
        }
        return r;
    }));
}

QString Workspace::mailStateHtml(const OutboxEntry &mail)
{
    switch (mail.state) {
    case SendState::Sent:
        return tr("mail sent to %1").arg(mail.recipient).toHtmlEscaped();
    case SendState::Queued:
    case SendState::Sending:
        return tr("mail to %1 waiting to be sent").arg(mail.recipient).toHtmlEscaped();
    case SendState::Failed:
        break;
    }
    return QStringLiteral("<span style=\"color:%1\">%2</span> · <a href=\"calma-retry:%3\">%4</a>")
        .arg(ToneFormat::levelColor(ToneLevel::Hostile).name(),
             tr("mail not sent (attempt %1): %2").arg(mail.attempts).arg(MailErrorText::quoted(mail.lastError)).toHtmlEscaped())
        .arg(mail.id)
        .arg(tr("Retry").toHtmlEscaped());
}

void Workspace::reportThreadScore(const QUrl &link)
{
    if (link.scheme() != u"calma-feedback")
        return;
    const qint64 id = link.path().toLongLong();
    for (const StoredMessage &m : std::as_const(m_messages)) {
        if (m.id != id || m.heat < 0)
            continue;
        // Feedback is on the score the thread shows: the one stored with the message.
        ScoreFeedback subject;
        subject.messageId = m.id;
        subject.text = m.body;
        subject.language = languageFromCode(m.language).value_or(m_coach->analyzer().detectLanguage(m.body));
        subject.heat = m.heat;
        askFeedback(subject, std::nullopt, std::nullopt);
        return;
    }
}

void Workspace::askFeedback(ScoreFeedback subject, std::optional<FeedbackVerdict> verdict, std::optional<ToneDimension> calmaKind)
{
    if (!m_store)
        return;
    subject.agent = m_agentName;
    FeedbackDialog *dialog = FeedbackDialog::ask(this, subject, verdict, calmaKind, m_store->sharedDatabase());
    connect(dialog, &FeedbackDialog::saved, this, [this] { emit statusMessage(FeedbackDialog::savedMessage()); });
}

void Workspace::showThread(const QList<StoredMessage> &messages, const QHash<qint64, ToneReport> &reports)
{
    // The chart: each customer message's heat at the time it was written.
    QList<std::pair<qint64, int>> points;
    for (const StoredMessage &m : messages) {
        if (m.direction == u"customer" && m.heat >= 0)
            points.append({m.sentMs, m.heat});
    }
    m_chart->setPoints(points);
    QString html;
    for (const StoredMessage &m : messages) {
        const bool customer = m.direction == u"customer";
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.sentMs), QLocale::ShortFormat);
        QString body;
        if (customer) {
            // Highlight what drove the score, as the analyzer sees it now (worked out on the worker).
            const ToneReport report = reports.value(m.id);
            qsizetype pos = 0;
            for (const Evidence &e : report.evidence) {
                if (e.start < pos)
                    continue;
                body += m.body.mid(pos, e.start - pos).toHtmlEscaped();
                const QColor color = e.weight < 0 ? ToneFormat::levelColor(ToneLevel::Calm) : ToneFormat::levelColor(ToneLevel::Hostile);
                body += QStringLiteral("<span style=\"background-color:%1\" title=\"%2\">%3</span>")
                            .arg(QColor(color.red(), color.green(), color.blue(), 70).name(QColor::HexArgb), e.why.toHtmlEscaped(),
                                 m.body.mid(e.start, e.end - e.start).toHtmlEscaped());
                pos = e.end;
            }
            body += m.body.mid(pos).toHtmlEscaped();
        } else {
            body = m.body.toHtmlEscaped();
        }
        body.replace(u'\n', QStringLiteral("<br>"));
        const QString badge = customer && m.heat >= 0
            ? QStringLiteral(" · %1 · <a href=\"calma-feedback:%2\">%3</a>")
                  .arg(ToneFormat::heatBadgeHtml(m.heat))
                  .arg(m.id)
                  .arg(tr("Score wrong?").toHtmlEscaped())
            : m_mail.contains(m.id) ? u" · "_s + mailStateHtml(m_mail.value(m.id)) : QString();
        html += QStringLiteral("<p style=\"margin-left:%1px\"><b>%2</b> <small>%3%4</small><br>%5</p>")
                    .arg(customer ? 0 : 40)
                    .arg((m.author.isEmpty() ? (customer ? tr("Customer") : tr("Agent")) : m.author).toHtmlEscaped(), when.toHtmlEscaped(),
                         badge, body);
    }
    m_thread->setHtml(html);
}

void Workspace::sendReply(const QString &text)
{
    if (!m_store || !m_conversation)
        return;
    struct Sent
    {
        ReplyResult result = ReplyResult::Failed;
        QString error;
        std::optional<ConversationState> state;
        std::optional<OutboxEntry> mail; // the reply went into the outbox (and was sent, or not)
        MailError mailKind = MailError::None;
    };
    const qint64 id = m_conversation;
    ++m_working;
    updateActions();
    auto *watcher = new QFutureWatcher<Sent>(this);
    connect(watcher, &QFutureWatcher<Sent>::finished, this, [this, watcher, id, text] {
        watcher->deleteLater();
        --m_working;
        const Sent sent = watcher->result();
        if (sent.state)
            applyState(*sent.state);
        updateActions();
        if (sent.result != ReplyResult::Sent) {
            // Nothing is lost: the reply goes back into the editor with the reason.
            const QString typed = m_draft->text();
            m_draft->sendFailed(typed.trimmed().isEmpty() ? text : text + u"\n\n"_s + typed, sent.error);
            emit statusMessage(tr("The reply was not saved: %1").arg(sent.error));
            return;
        }
        if (sent.mail && sent.mail->state == SendState::Sent)
            emit statusMessage(tr("Sent to %1 by mail. The conversation is pending: the customer has your answer.").arg(sent.mail->recipient));
        else if (sent.mail && sent.mail->state == SendState::Failed)
            emit statusMessage(tr("Your reply is saved, but its mail was not sent: %1 It stays in the outbox: Retry is beside the reply.")
                                   .arg(MailErrorText::describe(sent.mailKind, sent.mail->lastError)));
        else if (sent.mail)
            emit statusMessage(tr("Your reply is saved; its mail waits in the outbox."));
        else
            emit statusMessage(tr("Sent. The conversation is pending: the customer has your answer."));
        if (m_handling.conversation == id)
            countHandled(); // answered: handled, however quickly
        if (id == m_conversation)
            showMessages(id);
    });
    // A reply makes the conversation pending (the customer is no longer waiting) and keeps the
    // replier's claim; another agent's claim refuses it.
    watcher->setFuture(QtConcurrent::run([database = m_store->sharedDatabase(), id, agent = m_agentName, text, nowMs = now(),
                                          account = m_mailAccount, password = m_mailPassword] {
        const ConversationStore store(database);
        Sent sent;
        QString holder;
        // A reply to a mail conversation goes into the outbox with its mail, then out; any other is stored.
        std::optional<QueueResult> queued;
        if (account.canSend()) {
            const std::optional<MailAddress> team = account.team(&sent.error);
            const std::optional<SmtpOptions> smtp = team ? account.smtpOptions(password, &sent.error) : std::nullopt;
            if (!smtp) {
                sent.error = tr("the mail settings are wrong (%1)").arg(sent.error);
                return sent;
            }
            OutboxEntry entry;
            queued = Outbox(database).queueReply(id, agent, text, *team, nowMs, &entry, &holder, &sent.error);
            if (*queued == QueueResult::Queued) {
                sent.result = ReplyResult::Sent;
                const OutboxPass pass = OutboxSender(database, *smtp).sendDue(entry.id);
                sent.mail = pass.outcomes.isEmpty() ? entry : pass.outcomes.first().entry;
                if (!pass.outcomes.isEmpty())
                    sent.mailKind = pass.outcomes.first().errorKind;
            } else if (*queued != QueueResult::NotMail) {
                sent.result = *queued == QueueResult::Taken ? ReplyResult::Taken
                            : *queued == QueueResult::NotFound ? ReplyResult::NotFound : ReplyResult::Failed;
            }
        }
        if (!queued || *queued == QueueResult::NotMail) {
            sent.error.clear();
            sent.result = store.reply(id, agent, text, nowMs, &holder, &sent.error);
        }
        if (sent.result == ReplyResult::Taken)
            sent.error = tr("%1 is answering this customer.").arg(holder);
        else if (sent.result == ReplyResult::NotFound)
            sent.error = tr("This conversation is no longer there.");
        QString readError;
        sent.state = store.conversation(id, nowMs, &readError);
        return sent;
    }));
}

} // namespace calma::gui
