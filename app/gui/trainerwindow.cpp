// The trainer's live role-play window.
#include "trainerwindow.h"

#include "roleplayview.h"
#include "toneformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace calma::gui {

TrainerWindow::TrainerWindow(std::shared_ptr<const Coach> coach, std::shared_ptr<const ScenarioLibrary> library,
                             std::shared_ptr<Database> database, const QString &trainerName, QWidget *parent)
    : QWidget(parent, Qt::Window), m_coach(std::move(coach)), m_library(std::move(library)), m_trainerName(trainerName)
{
    setWindowTitle(tr("Calma — play the customer (live role-play)"));
    setObjectName(QStringLiteral("trainerWindow"));
    m_follower = new LiveSessionFollower(this);
    connect(m_follower, &LiveSessionFollower::updated, this, &TrainerWindow::liveUpdate);
    if (database) {
        m_database = database;
        m_store.emplace(std::move(database));
    }
    m_pages = new QStackedWidget(this);

    // Choosing the trainee and the scenario.
    auto *setup = new QWidget(this);
    m_trainee = new QComboBox(setup);
    m_trainee->setObjectName(QStringLiteral("liveTrainee"));
    m_trainee->setEditable(true);
    m_trainee->setAccessibleName(tr("Trainee"));
    if (m_store) {
        for (const TraineeRecord &t : m_store->trainees())
            m_trainee->addItem(t.name);
    }
    m_scenario = new QComboBox(setup);
    m_scenario->setObjectName(QStringLiteral("liveScenario"));
    m_scenario->setAccessibleName(tr("Scenario"));
    RoleplayView::addScenarios(m_scenario, *m_library);
    m_assistantOn = new QCheckBox(tr("The trainee has the &assistant and draft coach"), setup);
    m_assistantOn->setChecked(true);
    auto *start = new QPushButton(tr("&Start the live session"), setup);
    start->setObjectName(QStringLiteral("startLive"));
    start->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Trainee:"), m_trainee);
    form->addRow(tr("S&cenario:"), m_scenario);
    form->addRow(QString(), m_assistantOn);
    auto *box = new QGroupBox(tr("You play the customer; the trainee answers from Training → Practice"), setup);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(start, 0, Qt::AlignRight);
    boxLayout->addStretch();
    m_setupInfo = new QTextBrowser(setup);
    auto *setupLayout = new QHBoxLayout(setup);
    setupLayout->addWidget(box, 2);
    setupLayout->addWidget(m_setupInfo, 3);
    m_pages->addWidget(setup);
    auto showScenario = [this] {
        if (const auto s = m_library->find(m_scenario->currentData().toString()))
            m_setupInfo->setHtml(RoleplayView::scenarioHtml(*s));
    };
    connect(m_scenario, &QComboBox::currentIndexChanged, this, showScenario);
    showScenario();
    connect(start, &QPushButton::clicked, this, [this] {
        startLive(m_trainee->currentText(), m_scenario->currentData().toString(), m_assistantOn->isChecked());
    });

    // The live session.
    auto *live = new QWidget(this);
    m_title = new QLabel(live);
    m_title->setWordWrap(true);
    m_status = new QLabel(live);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_transcript = new QTextBrowser(live);
    m_transcript->setObjectName(QStringLiteral("liveTranscript"));
    m_transcript->setAccessibleName(tr("The conversation"));
    m_message = new QPlainTextEdit(live);
    m_message->setObjectName(QStringLiteral("customerMessage"));
    m_message->setAccessibleName(tr("Your message, as the customer"));
    m_message->setPlaceholderText(tr("Write as the customer. Double-click a line on the right to use it."));
    m_send = new QPushButton(tr("Send as the &customer"), live);
    m_send->setObjectName(QStringLiteral("sendAsCustomer"));
    // Ctrl+Return sends too, through shortcuts of their own: a button's own shortcut would replace its
    // Alt letter.
    m_send->setToolTip(tr("Send as the customer (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sendShortcut = new QShortcut(keys, live);
        connect(sendShortcut, &QShortcut::activated, m_send, [this] {
            if (m_send->isEnabled() && m_send->isVisible())
                m_send->click();
        });
    }
    m_endButtons = new QWidget(live);
    auto *endLayout = new QHBoxLayout(m_endButtons);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(new QLabel(tr("End:"), m_endButtons));
    const std::pair<Outcome, QString> endings[] = {{Outcome::Resolved, tr("&Resolved")},
                                                   {Outcome::Escalated, tr("&Escalated to a supervisor")},
                                                   {Outcome::Left, tr("The customer &leaves")}};
    for (const auto &[outcome, label] : endings) {
        auto *button = new QPushButton(label, m_endButtons);
        button->setObjectName(QStringLiteral("end-") + outcomeName(outcome));
        connect(button, &QPushButton::clicked, this, [this, o = outcome] { endWith(o); });
        endLayout->addWidget(button);
    }
    endLayout->addStretch();
    endLayout->addWidget(m_send);
    auto *left = new QWidget(live);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_transcript, 3);
    leftLayout->addWidget(m_message, 1);
    leftLayout->addWidget(m_endButtons);
    m_info = new QTextBrowser(live);
    m_lines = new QListWidget(live);
    m_lines->setObjectName(QStringLiteral("customerLines"));
    m_lines->setAccessibleName(tr("Lines the scenario suggests for the customer's heat"));
    m_lines->setWordWrap(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->setSpacing(3);
    m_lines->setToolTip(tr("Lines the scenario suggests now: double-click one to use it, or write your own."));
    auto *right = new QSplitter(Qt::Vertical, live);
    right->addWidget(m_info);
    right->addWidget(m_lines);
    auto *split = new QSplitter(Qt::Horizontal, live);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *liveLayout = new QVBoxLayout(live);
    liveLayout->addWidget(split);
    m_pages->addWidget(live);
    connect(m_send, &QPushButton::clicked, this, [this] { sendAsCustomer(m_message->toPlainText()); });
    connect(m_lines, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { m_message->setPlainText(item->text()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TrainerWindow::poll);
    resize(1100, 720);
}

bool TrainerWindow::startLive(const QString &trainee, const QString &scenarioId, bool assistantOn)
{
    const auto scenario = m_library->find(scenarioId);
    if (!m_store || !scenario || trainee.trimmed().isEmpty()) {
        emit statusMessage(!m_store ? tr("A live session needs the database.")
                           : !scenario ? tr("There is no scenario “%1”.").arg(scenarioId)
                                       : tr("Name the trainee first."));
        return false;
    }
    SessionSetup setup;
    setup.trainee = trainee.trimmed();
    setup.trainer = m_trainerName;
    setup.scenario = scenario;
    setup.mode = SessionMode::Live;
    setup.seed = QRandomGenerator::global()->generate();
    setup.assistantOn = assistantOn;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto id = m_store->createSession(setup, now, &error);
    if (!id) {
        emit statusMessage(tr("Cannot start the live session: %1").arg(error));
        return false;
    }
    m_sessionId = *id;
    m_session.emplace(setup, m_coach);
    m_session->start(now);
    m_card.reset();
    m_follower->follow(m_database, m_sessionId);
    m_title->setText(QStringLiteral("<b>%1</b> — %2").arg(scenario->title.toHtmlEscaped(),
                                                           tr("you are %1; %2 answers").arg(scenario->personaName, setup.trainee).toHtmlEscaped()));
    m_info->setHtml(RoleplayView::scenarioHtml(*scenario));
    m_message->setPlainText(scenario->fill(scenario->opening));
    m_message->setEnabled(true);
    m_send->setEnabled(true);
    m_endButtons->setEnabled(true);
    m_pages->setCurrentIndex(1);
    m_timer->start();
    render();
    return true;
}

void TrainerWindow::store(qsizetype position)
{
    QString error;
    if (const auto index = m_store->appendTurn(m_sessionId, m_session->turns().at(position), &error))
        m_session->storedAs(position, *index);
    else
        emit statusMessage(tr("A turn was not saved: %1").arg(error));
}

void TrainerWindow::sendAsCustomer(const QString &text)
{
    if (!m_session || m_session->finished() || text.trimmed().isEmpty())
        return;
    // Turns find their place by index, so what the trainee wrote meanwhile is placed before this.
    m_session->customerSays(text.trimmed(), QDateTime::currentMSecsSinceEpoch());
    store(m_session->turns().size() - 1);
    m_message->clear();
    render();
}

void TrainerWindow::poll()
{
    if (m_store && m_session && !m_session->finished())
        m_follower->poll();
}

void TrainerWindow::liveUpdate(const RoleplayStore::LiveUpdate &update)
{
    if (!m_session || m_session->finished())
        return;
    if (!update.error.isEmpty()) {
        emit statusMessage(tr("Cannot read the live session: %1").arg(update.error));
        return;
    }
    bool added = false;
    for (const RoleplayTurn &t : update.turns)
        added |= m_session->addStoredTurn(t);
    if (added)
        render();
}

void TrainerWindow::endWith(Outcome outcome)
{
    if (!m_session || m_session->finished() || m_ending)
        return;
    // The last read and the save run off the UI thread; the window says so and takes no more input.
    m_ending = true;
    m_message->setEnabled(false);
    m_send->setEnabled(false);
    m_endButtons->setEnabled(false);
    m_timer->stop();
    m_status->setText(tr("Ending the session…"));
    m_follower->pollThen([this, outcome] { finishWith(outcome); }); // the score counts every reply the trainee sent
}

void TrainerWindow::finishWith(Outcome outcome)
{
    m_session->finish(outcome, QDateTime::currentMSecsSinceEpoch());
    m_follower->stop();
    m_card = SessionScorer::score(m_session->scenario(), m_session->turns(), outcome);
    m_info->setHtml(RoleplayView::scoreHtml(*m_card, outcome));
    render();
    const qint64 sessionId = m_sessionId;
    auto *watcher = new QFutureWatcher<std::optional<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sessionId] {
        watcher->deleteLater();
        m_ending = false;
        if (const std::optional<QString> error = watcher->result())
            emit statusMessage(tr("The score was not saved: %1").arg(error->isEmpty() ? tr("the database did not take it") : *error));
        emit sessionFinished(sessionId);
    });
    watcher->setFuture(QtConcurrent::run([store = *m_store, sessionId, outcome, ended = m_session->endedMs(), card = *m_card] {
        QString error;
        return store.finishSession(sessionId, outcome, ended, card, &error) ? std::optional<QString>() : std::optional<QString>(error);
    }));
}

void TrainerWindow::render()
{
    if (!m_session)
        return;
    const QList<RoleplayTurn> &turns = m_session->turns();
    m_transcript->setHtml(RoleplayView::transcriptHtml(turns, m_session->scenario().personaName + tr(" (you)"), m_session->setup().trainee,
                                                       m_card ? &*m_card : nullptr, true));
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
    if (m_session->finished())
        m_status->setText(tr("Session over: %1.").arg(SessionScorer::outcomeTitle(m_session->outcome())));
    else if (turns.isEmpty())
        m_status->setText(tr("Send the opening message when the trainee has joined."));
    else if (turns.last().fromCustomer())
        m_status->setText(tr("Waiting for %1's reply…").arg(m_session->setup().trainee));
    else
        m_status->setText(tr("%1 replied: your turn.").arg(m_session->setup().trainee));
    showLines();
}

// The scenario's lines for how heated the customer is now, to say as they are or to adapt.
void TrainerWindow::showLines()
{
    m_lines->clear();
    m_lines->addItems(m_session->customerLines()); // chosen in core, by the simulated customer's rule
}

} // namespace calma::gui
