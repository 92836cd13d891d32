// The workspace: selecting a conversation reads it, scores it, fills the assistant and sets what the
// draft answers; sending stores the reply.
#include "workspace.h"

#include "assistantpanel.h"
#include "drafteditor.h"
#include "feedbackbutton.h"
#include "feedbackdialog.h"
#include "inboxmodel.h"
#include "toneformat.h"

#include "heatchart.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QDateTime>
#include <QHBoxLayout>
#include <QSettings>
#include <QTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calma::gui {

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
    m_level->addItem(tr("Tense and above"), 25);
    m_level->addItem(tr("Heated and above"), 50);
    m_level->addItem(tr("Hostile"), 75);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show by status"));
    m_status->addItem(tr("Open and pending"), QStringList{QStringLiteral("open"), QStringLiteral("pending")});
    m_status->addItem(tr("Open"), QStringList{QStringLiteral("open")});
    m_status->addItem(tr("Pending"), QStringList{QStringLiteral("pending")});
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
    m_chart = new HeatChart(this);
    m_claim = new QPushButton(tr("&Take this conversation"), this);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("So that no one else answers this customer at the same time"));
    m_claim->setEnabled(false);
    m_owner = new QLabel(this);
    m_owner->setObjectName(QStringLiteral("ownerLabel"));
    m_chart->setObjectName(QStringLiteral("heatChart"));
    m_inboxView = new QTableView(this);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxView->setModel(m_inbox);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->verticalHeader()->hide();
    m_inboxView->horizontalHeader()->setStretchLastSection(true);
    m_inboxView->setAccessibleName(tr("Inbox, hottest and longest waiting first"));
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
    inboxLayout->addWidget(m_inboxView);
    auto *threadSide = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(threadSide);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(m_claim);
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
        if (current.isValid())
            openConversation(m_inbox->data(current, InboxModel::ConversationIdRole).toLongLong());
    });
    // The first page arrives from a worker: size the columns to it then, once per database.
    connect(m_inbox, &InboxModel::loaded, this, [this] {
        if (!m_sizeColumns || m_inbox->rowCount() == 0)
            return;
        m_sizeColumns = false;
        m_inboxView->resizeColumnsToContents();
        m_inboxView->setColumnWidth(InboxModel::Customer, std::min(m_inboxView->columnWidth(InboxModel::Customer), 160));
        m_inboxView->setColumnWidth(InboxModel::Subject, std::min(m_inboxView->columnWidth(InboxModel::Subject), 220));
    });
    connect(m_inbox, &QAbstractItemModel::modelReset, this, [this] {
        if (m_inbox->rowCount() > 0 && !m_conversation)
            m_inboxView->selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &Workspace::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters();
    });
    for (QComboBox *filter : {m_level, m_status, m_waiting})
        connect(filter, &QComboBox::currentIndexChanged, this, &Workspace::applyFilters);
    QSettings settings;
    m_inbox->setWaitThresholds(settings.value(QStringLiteral("inbox/waitWarnMinutes"), 60).toInt(),
                               settings.value(QStringLiteral("inbox/waitAlertMinutes"), 240).toInt());
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_inbox, &InboxModel::refreshWaiting);
    m_clock->start();
    connect(m_assistant, &AssistantPanel::suggestionChosen, m_draft, &DraftEditor::setText);
    connect(m_claim, &QPushButton::clicked, this, &Workspace::claimConversation);
    connect(m_draft, &DraftEditor::sendRequested, this, &Workspace::sendReply);
    connect(m_assistant->feedbackButton(), &FeedbackButton::verdictChosen, this, &Workspace::reportLatestScore);
    connect(m_thread, &QTextBrowser::anchorClicked, this, &Workspace::reportThreadScore);
}

void Workspace::setStore(std::shared_ptr<ConversationStore> store)
{
    m_store = std::move(store);
    m_conversation = 0;
    m_sizeColumns = true;
    m_inbox->setStore(m_store);
}

void Workspace::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    m_inbox->setNow(nowMs);
}

void Workspace::applyFilters()
{
    InboxQuery query;
    query.text = m_search->text();
    query.minimumHeat = m_level->currentData().toInt();
    query.statuses = m_status->currentData().toStringList();
    query.waitingAtLeastMs = qint64(m_waiting->currentData().toInt()) * 60 * 1000;
    m_conversation = 0;
    m_inbox->setQuery(query);
}

void Workspace::claimConversation()
{
    if (!m_store || !m_conversation)
        return;
    QString holder;
    const qint64 now = m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    QString error;
    switch (m_store->claim(m_conversation, m_agentName, now, -1, &holder, &error)) {
    case ClaimResult::Claimed:
    case ClaimResult::AlreadyYours:
        m_owner->setText(tr("You are answering this customer."));
        m_claim->setEnabled(false);
        break;
    case ClaimResult::Taken:
        m_owner->setText(tr("%1 is answering this customer.").arg(holder));
        break;
    case ClaimResult::NotFound:
        m_owner->setText(tr("This conversation is no longer there."));
        break;
    case ClaimResult::Failed:
        emit statusMessage(tr("The conversation was not taken: %1").arg(error));
        break;
    }
}

void Workspace::noteHostile(int heat)
{
    if (heat < 75)
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
    m_conversation = id;
    const QList<StoredMessage> messages = m_store->messages(id);
    m_messages = messages;
    m_latestScore.reset();
    m_latestKind.reset();
    QString assignee;
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        if (m_inbox->conversation(row).id == id)
            assignee = m_inbox->conversation(row).assignee;
    }
    m_owner->setText(assignee.isEmpty() ? tr("No one is answering this customer yet.")
                     : assignee == m_agentName ? tr("You are answering this customer.")
                                               : tr("%1 is answering this customer.").arg(assignee));
    m_claim->setEnabled(assignee != m_agentName);
    showThread(messages);
    // The assistant answers the customer's latest message, with what came before as context.
    qsizetype last = messages.size() - 1;
    while (last >= 0 && messages.at(last).direction != u"customer")
        --last;
    if (last < 0) {
        m_assistant->clear();
        m_draft->setCustomerMessage({});
        return;
    }
    const QString latest = messages.at(last).body;
    // Each hostile message counts once towards the agent's streak, however often it is reopened.
    if (!m_seenMessages.contains(messages.at(last).id)) {
        m_seenMessages.insert(messages.at(last).id);
        noteHostile(messages.at(last).heat);
    }
    QList<ConversationTurn> history;
    for (qsizetype i = 0; i < last; ++i) {
        if (messages.at(i).direction != u"note")
            history.append({messages.at(i).direction == u"customer", messages.at(i).body});
    }
    const CustomerReading reading = m_coach->read(latest, history);
    // Feedback is on the score the assistant shows, for this message.
    ScoreFeedback subject;
    subject.messageId = messages.at(last).id;
    subject.text = latest;
    subject.language = reading.tone.language;
    subject.heat = reading.tone.heat;
    m_latestScore = subject;
    m_latestKind = FeedbackDialog::strongestKind(reading.tone);
    ReplyContext context;
    context.agentName = m_signature;
    context.history = history;
    m_assistant->show(latest, reading, m_coach->suggest(latest, reading, context));
    m_draft->setCustomerMessage(latest);
}

void Workspace::reportLatestScore(FeedbackVerdict verdict)
{
    if (m_latestScore)
        askFeedback(*m_latestScore, verdict, m_latestKind);
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

void Workspace::showThread(const QList<StoredMessage> &messages)
{
    QList<int> heats;
    for (const StoredMessage &m : messages) {
        if (m.direction == u"customer" && m.heat >= 0)
            heats << m.heat;
    }
    m_chart->setHeats(heats);
    QString html;
    for (const StoredMessage &m : messages) {
        const bool customer = m.direction == u"customer";
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.sentMs), QLocale::ShortFormat);
        QString body;
        if (customer) {
            // Highlight what drove the score, as the analyzer sees it now.
            const ToneReport report = m_coach->analyzer().analyze(m.body);
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
            ? QStringLiteral(" · <span style=\"color:%1\">&#9679;</span> %2 %3 · <a href=\"calma-feedback:%4\">%5</a>")
                  .arg(ToneFormat::levelColor(levelForHeat(m.heat)).name(), ToneFormat::levelText(levelForHeat(m.heat)))
                  .arg(m.heat)
                  .arg(m.id)
                  .arg(tr("Score wrong?").toHtmlEscaped())
            : QString();
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
    QString error, holder;
    // A reply makes the conversation pending (the customer is no longer waiting) and keeps the
    // replier's claim; another agent's claim refuses it.
    const ReplyResult sent = m_store->reply(m_conversation, m_agentName, text, QDateTime::currentMSecsSinceEpoch(), &holder, &error);
    if (sent == ReplyResult::Taken)
        error = tr("%1 is answering this customer.").arg(holder);
    else if (sent == ReplyResult::NotFound)
        error = tr("This conversation is no longer there.");
    if (sent != ReplyResult::Sent) {
        // Nothing is lost: the reply goes back into the editor with the reason.
        m_draft->sendFailed(text, error);
        emit statusMessage(tr("The reply was not saved: %1").arg(error));
        return;
    }
    openConversation(m_conversation);
}

} // namespace calma::gui
