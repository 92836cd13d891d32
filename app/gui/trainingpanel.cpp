// Role-play practice.
#include "trainingpanel.h"

#include "assistantpanel.h"
#include "drafteditor.h"
#include "heatmeter.h"
#include "roleplayview.h"
#include "toneformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace calma::gui {

TrainingPanel::TrainingPanel(std::shared_ptr<const Coach> coach, std::shared_ptr<const ScenarioLibrary> library, QWidget *parent)
    : QWidget(parent), m_coach(std::move(coach)), m_library(std::move(library))
{
    m_pages = new QStackedWidget(this);
    buildSetupPage();
    buildSessionPage();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TrainingPanel::tick);
}

void TrainingPanel::buildSetupPage()
{
    auto *page = new QWidget(this);
    m_trainee = new QComboBox(page);
    m_trainee->setObjectName(QStringLiteral("traineeName"));
    m_trainee->setEditable(true);
    m_trainee->setAccessibleName(tr("Trainee"));
    m_trainee->lineEdit()->setPlaceholderText(tr("Your name"));
    m_scenario = new QComboBox(page);
    m_scenario->setObjectName(QStringLiteral("scenarioChoice"));
    m_scenario->setAccessibleName(tr("Scenario"));
    RoleplayView::addScenarios(m_scenario, *m_library);
    m_simulated = new QRadioButton(tr("A &simulated customer"), page);
    m_simulated->setObjectName(QStringLiteral("simulatedMode"));
    m_simulated->setChecked(true);
    m_live = new QRadioButton(tr("A trainer playing the customer &live:"), page);
    m_live->setObjectName(QStringLiteral("liveMode"));
    m_liveSessions = new QComboBox(page);
    m_liveSessions->setObjectName(QStringLiteral("liveSessions"));
    m_liveSessions->setAccessibleName(tr("Live sessions waiting for a trainee"));
    m_refreshLive = new QPushButton(tr("&Refresh"), page);
    auto *liveRow = new QHBoxLayout;
    liveRow->addWidget(m_liveSessions, 1);
    liveRow->addWidget(m_refreshLive);
    m_assistantOn = new QCheckBox(tr("&Assistant and draft coach on"), page);
    m_assistantOn->setObjectName(QStringLiteral("assistantOn"));
    m_assistantOn->setChecked(true);
    m_assistantOn->setToolTip(tr("Off: no suggestions and no underlined phrases, as when the trainer wants to see what the trainee does alone."));
    m_seed = new QSpinBox(page);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 999999)));
    m_seed->setToolTip(tr("The same seed and the same replies replay the same customer."));
    m_start = new QPushButton(tr("Start th&e session"), page);
    m_start->setObjectName(QStringLiteral("startSession"));
    m_start->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Trainee (&your name):"), m_trainee);
    form->addRow(tr("S&cenario:"), m_scenario);
    form->addRow(tr("Customer:"), m_simulated);
    form->addRow(QString(), m_live);
    form->addRow(QString(), liveRow);
    form->addRow(QString(), m_assistantOn);
    // The seed is for trainers who replay a customer exactly: folded away under "Advanced".
    m_advancedToggle = new QToolButton(page);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setToolTip(tr("Settings a trainee seldom needs, such as the customer's seed"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced = new QWidget(page);
    m_advanced->setObjectName(QStringLiteral("advancedOptions"));
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(18, 0, 0, 0);
    advancedForm->addRow(tr("C&ustomer's seed:"), m_seed);
    auto *box = new QGroupBox(tr("Practice with an angry customer"), page);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    boxLayout->addWidget(m_advanced);
    boxLayout->addWidget(m_start, 0, Qt::AlignRight);
    boxLayout->addStretch();
    m_scenarioInfo = new QTextBrowser(page);
    m_scenarioInfo->setObjectName(QStringLiteral("scenarioInfo"));
    m_scenarioInfo->setAccessibleName(tr("The scenario"));
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(box, 2);
    layout->addWidget(m_scenarioInfo, 3);
    m_pages->addWidget(page);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TrainingPanel::showScenario);
    connect(m_simulated, &QRadioButton::toggled, this, &TrainingPanel::showScenario);
    connect(m_liveSessions, &QComboBox::currentIndexChanged, this, &TrainingPanel::showScenario);
    connect(m_refreshLive, &QPushButton::clicked, this, &TrainingPanel::refreshLiveSessions);
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::begin);
    connect(m_advancedToggle, &QToolButton::toggled, this, &TrainingPanel::showAdvanced);
    showAdvanced(false);
    showScenario();
}

void TrainingPanel::showAdvanced(bool shown)
{
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedToggle->setAccessibleDescription(shown ? tr("Shown") : tr("Hidden"));
    m_advanced->setVisible(shown);
}

void TrainingPanel::buildSessionPage()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setWordWrap(true);
    m_heat = new HeatMeter(page);
    m_heat->setObjectName(QStringLiteral("customerHeat"));
    m_heat->setSubject(tr("The customer's heat"));
    m_heat->setCaption(tr("Customer"));
    m_clock = new QLabel(page);
    m_clock->setObjectName(QStringLiteral("sessionClock"));
    m_typing = new QLabel(page);
    m_typing->setObjectName(QStringLiteral("customerTyping"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_typing);
    header->addWidget(m_heat);
    header->addWidget(m_clock);
    m_brief = new QTextBrowser(page);
    m_brief->setObjectName(QStringLiteral("scenarioBrief"));
    m_brief->setAccessibleName(tr("The scenario's brief"));
    m_brief->setMinimumHeight(60);
    m_transcript = new QTextBrowser(page);
    m_transcript->setObjectName(QStringLiteral("roleplayTranscript"));
    m_transcript->setAccessibleName(tr("The conversation"));
    m_draft = new DraftEditor(m_coach, page);
    m_end = new QPushButton(tr("&End the session"), page);
    m_end->setObjectName(QStringLiteral("endSession"));
    m_again = new QPushButton(tr("Ne&w session"), page);
    m_again->setObjectName(QStringLiteral("newSession"));
    m_replay = new QPushButton(tr("Practise this one a&gain"), page);
    m_replay->setObjectName(QStringLiteral("replaySession"));
    m_replay->setToolTip(tr("The same scenario and the same customer (seed): try other replies."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_replay);
    buttons->addWidget(m_again);
    buttons->addWidget(m_end);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(header);
    // The brief stays on screen above the conversation (it can be made smaller, not hidden).
    auto *split = new QSplitter(Qt::Vertical, left);
    split->setChildrenCollapsible(false);
    split->addWidget(m_brief);
    split->addWidget(m_transcript);
    split->addWidget(m_draft);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({130, 400, 180});
    leftLayout->addWidget(split, 1);
    leftLayout->addLayout(buttons);

    m_assistant = new AssistantPanel(page);
    m_score = new QTextBrowser(page);
    m_score->setObjectName(QStringLiteral("sessionScore"));
    m_score->setAccessibleName(tr("Your score"));
    m_side = new QStackedWidget(page);
    m_side->addWidget(m_assistant);
    m_side->addWidget(m_score);
    auto *outer = new QSplitter(Qt::Horizontal, page);
    outer->addWidget(left);
    outer->addWidget(m_side);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(outer);
    m_pages->addWidget(page);

    connect(m_draft, &DraftEditor::sendRequested, this, &TrainingPanel::sendReply);
    connect(m_assistant, &AssistantPanel::suggestionChosen, m_draft, &DraftEditor::setText);
    connect(m_end, &QPushButton::clicked, this, &TrainingPanel::askToEnd);
    connect(m_again, &QPushButton::clicked, this, &TrainingPanel::newSession);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->setup().mode == SessionMode::Simulated)
            startSimulated(m_session->scenario().id, m_session->setup().seed, m_session->setup().assistantOn);
    });
}

void TrainingPanel::askToEnd()
{
    if (!m_session || m_session->finished())
        return;
    QMessageBox box(QMessageBox::Question, tr("End the session?"), tr("End the session now?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("endSessionQuestion"));
    box.setInformativeText(tr("It will be scored as it stands; the customer's last message stays unanswered."));
    QPushButton *end = box.addButton(tr("&End session"), QMessageBox::AcceptRole);
    end->setObjectName(QStringLiteral("endSessionAnswer"));
    QPushButton *keep = box.addButton(tr("&Keep practising"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPractisingAnswer"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == end)
        endSession();
}

void TrainingPanel::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    m_store.emplace(m_database);
    if (!m_follower) {
        m_follower = new LiveSessionFollower(this);
        connect(m_follower, &LiveSessionFollower::updated, this, &TrainingPanel::liveUpdate);
    }
    const QString current = m_trainee->currentText();
    m_trainee->clear();
    for (const TraineeRecord &t : m_store->trainees())
        m_trainee->addItem(t.name);
    m_trainee->setCurrentText(current);
    refreshLiveSessions();
}

void TrainingPanel::setTraineeName(const QString &name)
{
    m_trainee->setCurrentText(name);
}

QString TrainingPanel::traineeName() const
{
    const QString name = m_trainee->currentText().trimmed();
    return name.isEmpty() ? tr("Trainee") : name;
}

void TrainingPanel::refreshLiveSessions()
{
    m_liveSessions->clear();
    if (!m_store)
        return;
    QString error;
    for (const SessionRecord &s : m_store->openLiveSessions(&error)) {
        m_liveSessions->addItem(tr("%1 for %2 — %3, started %4")
                                    .arg(s.trainer.isEmpty() ? tr("A trainer") : s.trainer, s.trainee, s.scenarioTitle,
                                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.startedMs).time(), QLocale::ShortFormat)),
                                s.id);
    }
    if (!error.isEmpty())
        emit statusMessage(tr("Cannot read the live sessions: %1").arg(error));
    m_live->setEnabled(m_liveSessions->count() > 0);
    m_liveSessions->setEnabled(m_liveSessions->count() > 0);
    if (m_liveSessions->count() == 0) {
        m_liveSessions->addItem(tr("(no live session is waiting)"));
        m_simulated->setChecked(true);
    }
}

void TrainingPanel::showScenario()
{
    const bool live = m_live->isChecked();
    m_scenario->setEnabled(!live);
    m_seed->setEnabled(!live);
    m_assistantOn->setEnabled(!live);
    m_trainee->setEnabled(!live);
    std::shared_ptr<const Scenario> s = m_library->find(m_scenario->currentData().toString());
    QString extra;
    if (live && m_store && m_liveSessions->currentData().isValid()) {
        if (const auto record = m_store->session(m_liveSessions->currentData().toLongLong())) {
            s = m_library->find(record->scenarioId);
            extra = QStringLiteral("<p><b>%1</b></p>").arg(tr("The trainer chose this scenario and whether the assistant is on (%1).")
                                                             .arg(record->assistantOn ? tr("on") : tr("off")).toHtmlEscaped());
        }
    }
    m_scenarioInfo->setHtml(s ? extra + RoleplayView::scenarioHtml(*s) + RoleplayView::rubricHtml() : RoleplayView::rubricHtml());
    m_start->setEnabled(s != nullptr);
}

void TrainingPanel::begin()
{
    if (m_live->isChecked() && m_liveSessions->currentData().isValid())
        joinLive(m_liveSessions->currentData().toLongLong());
    else
        startSimulated(m_scenario->currentData().toString(), quint32(m_seed->value()), m_assistantOn->isChecked());
}

bool TrainingPanel::startSimulated(const QString &scenarioId, quint32 seed, bool assistantOn)
{
    const auto scenario = m_library->find(scenarioId);
    if (!scenario) {
        emit statusMessage(tr("There is no scenario “%1”.").arg(scenarioId));
        return false;
    }
    SessionSetup setup;
    setup.trainee = traineeName();
    setup.scenario = scenario;
    setup.seed = seed;
    setup.assistantOn = assistantOn;
    m_session.emplace(setup, m_coach);
    m_card.reset();
    m_sessionId = 0;
    m_pendingTurns = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session->start(now);
    if (m_store) {
        QString error;
        if (const auto id = m_store->createSession(setup, now, &error))
            m_sessionId = *id;
        else
            emit statusMessage(tr("This session will not be saved: %1").arg(error));
    } else {
        emit statusMessage(tr("The database is not open yet: this session will not be saved."));
    }
    for (qsizetype i = 0; i < m_session->turns().size(); ++i)
        store(i);
    enterSession();
    return true;
}

bool TrainingPanel::joinLive(qint64 sessionId)
{
    if (!m_store)
        return false;
    QString error;
    const auto record = m_store->session(sessionId, &error);
    if (!record) {
        emit statusMessage(tr("Cannot join the live session: %1").arg(error.isEmpty() ? tr("it no longer exists") : error));
        return false;
    }
    const auto scenario = m_library->find(record->scenarioId);
    if (!scenario) {
        emit statusMessage(tr("The live session uses scenario “%1”, which this Calma does not have.").arg(record->scenarioId));
        return false;
    }
    SessionSetup setup;
    setup.trainee = record->trainee;
    setup.trainer = record->trainer;
    setup.scenario = scenario;
    setup.mode = SessionMode::Live;
    setup.seed = record->seed;
    setup.assistantOn = record->assistantOn;
    m_session.emplace(setup, m_coach);
    m_card.reset();
    m_sessionId = sessionId;
    m_pendingTurns = 0;
    m_follower->follow(m_database, sessionId);
    poll();
    enterSession();
    return true;
}

void TrainingPanel::enterSession()
{
    const Scenario &s = m_session->scenario();
    const bool assistant = m_session->setup().assistantOn;
    m_title->setText(QStringLiteral("<b>%1</b> — %2 · %3")
                         .arg(s.title.toHtmlEscaped(), s.personaName.toHtmlEscaped(), RoleplayView::modeText(m_session->setup().mode).toHtmlEscaped()));
    m_brief->setHtml(RoleplayView::briefHtml(s));
    m_draft->setCoaching(assistant);
    m_draft->setText({});
    m_draft->setEnabled(true);
    m_side->setCurrentWidget(m_assistant);
    m_side->setVisible(assistant);
    m_end->setVisible(true);
    m_again->setVisible(false);
    m_replay->setVisible(false);
    m_pages->setCurrentIndex(1);
    m_timer->start();
    render();
    customerAnswered();
    m_draft->editor()->setFocus();
}

void TrainingPanel::store(qsizetype position)
{
    if (!m_store || !m_sessionId)
        return;
    QString error;
    if (const auto index = m_store->appendTurn(m_sessionId, m_session->turns().at(position), &error))
        m_session->storedAs(position, *index);
    else
        emit statusMessage(tr("A turn was not saved: %1").arg(error));
}

void TrainingPanel::sendReply(const QString &text)
{
    if (!m_session || m_session->finished() || m_pendingTurns > 0 || text.trimmed().isEmpty())
        return;
    if (m_session->setup().mode == SessionMode::Live && m_session->turns().isEmpty())
        return; // the trainer has not written yet
    const QList<RoleplayTurn> added = m_session->reply(text.trimmed(), QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = m_session->turns().size() - added.size(); i < m_session->turns().size(); ++i)
        store(i);
    m_draft->setText({});
    m_pendingTurns = int(std::count_if(added.begin(), added.end(), [](const RoleplayTurn &t) { return t.fromCustomer(); }));
    render();
    if (m_pendingTurns > 0) {
        m_typing->setText(tr("%1 is typing…").arg(m_session->scenario().personaName));
        QTimer::singleShot(m_customerDelayMs, this, [this] {
            m_pendingTurns = 0;
            m_typing->clear();
            customerAnswered();
        });
    }
}

// The customer's latest message is on screen: update the heat, the assistant, or the score when it ended.
void TrainingPanel::customerAnswered()
{
    if (!m_session)
        return;
    if (m_session->finished()) {
        finishAndScore(m_session->outcome());
        return;
    }
    render();
    const QString latest = m_session->lastCustomerMessage();
    m_draft->setCustomerMessage(latest);
    if (m_session->setup().assistantOn && !latest.isEmpty()) {
        const RoleplaySession::Hint hint = m_session->hint(); // the same reading as calma-cli's /hint
        m_assistant->show(hint.message, hint.reading, hint.suggestions);
    }
}

void TrainingPanel::render()
{
    if (!m_session)
        return;
    QList<RoleplayTurn> visible = m_session->turns();
    // While the customer "types", their answer is not on screen yet.
    for (int i = 0; i < m_pendingTurns && !visible.isEmpty(); ++i)
        visible.removeLast();
    int heat = -1;
    for (const RoleplayTurn &t : visible) {
        if (t.fromCustomer())
            heat = t.heat;
    }
    const bool showEffects = m_session->setup().assistantOn || m_card.has_value();
    m_transcript->setHtml(RoleplayView::transcriptHtml(visible, m_session->scenario().personaName, tr("You"),
                                                       m_card ? &*m_card : nullptr, showEffects));
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
    m_heat->setVisible(heat >= 0);
    if (heat >= 0)
        m_heat->setHeat(heat);
    showClock(QDateTime::currentMSecsSinceEpoch());
}

void TrainingPanel::showClock(qint64 now)
{
    if (m_session->finished() || !m_session->startedMs()) {
        m_clock->clear();
        return;
    }
    const qint64 left = std::max<qint64>(0, m_session->startedMs() + qint64(m_session->scenario().timeLimitMinutes) * 60'000 - now) / 1000;
    m_clock->setText(tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

// Every second: the clock, and the customer leaving when time is up (simulated) or what the trainer
// wrote (live).
void TrainingPanel::tick()
{
    if (!m_session)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    showClock(now);
    if (m_session->finished() || m_pendingTurns > 0)
        return;
    if (m_session->setup().mode == SessionMode::Live) {
        poll();
        return;
    }
    if (m_session->checkTime(now)) {
        store(m_session->turns().size() - 1);
        finishAndScore(Outcome::Left);
    }
}

// Live sessions: what the trainer wrote since the last look, and whether they ended the session.
void TrainingPanel::poll()
{
    if (m_store && m_session && m_session->setup().mode == SessionMode::Live && m_follower)
        m_follower->poll();
}

void TrainingPanel::liveUpdate(const RoleplayStore::LiveUpdate &update)
{
    if (!m_session || m_session->finished() || m_session->setup().mode != SessionMode::Live)
        return;
    if (!update.error.isEmpty()) {
        emit statusMessage(tr("Cannot read the live session: %1").arg(update.error));
        return;
    }
    bool customerWrote = false;
    for (const RoleplayTurn &t : update.turns)
        customerWrote |= m_session->addStoredTurn(t) && t.fromCustomer();
    if (update.ended) {
        m_card = ScoreCard::fromJson(QJsonDocument::fromJson(update.ended->breakdown.toUtf8()).object());
        m_session->finish(update.ended->outcome, update.ended->endedMs);
        m_follower->stop();
        finishAndScore(update.ended->outcome);
        return;
    }
    if (customerWrote)
        customerAnswered();
}

void TrainingPanel::endSession()
{
    if (!m_session || m_session->finished())
        return;
    if (m_session->setup().mode == SessionMode::Live) {
        emit statusMessage(tr("In a live session the trainer ends it."));
        return;
    }
    m_pendingTurns = 0;
    m_session->finish(Outcome::Unfinished, QDateTime::currentMSecsSinceEpoch());
    finishAndScore(Outcome::Unfinished);
}

void TrainingPanel::finishAndScore(Outcome outcome)
{
    m_timer->stop();
    if (!m_card) {
        m_card = SessionScorer::score(m_session->scenario(), m_session->turns(), outcome);
        if (m_store && m_sessionId) {
            QString error;
            if (!m_store->finishSession(m_sessionId, outcome, m_session->endedMs(), *m_card, &error))
                emit statusMessage(tr("The score was not saved: %1").arg(error));
        }
    }
    m_typing->clear();
    m_draft->setEnabled(false);
    m_score->setHtml(RoleplayView::scoreHtml(*m_card, outcome));
    m_side->setCurrentWidget(m_score);
    m_side->setVisible(true);
    m_end->setVisible(false);
    m_again->setVisible(true);
    m_replay->setVisible(m_session->setup().mode == SessionMode::Simulated);
    render();
    emit statusMessage(tr("Session over: %1, score %2/100.").arg(SessionScorer::outcomeTitle(outcome)).arg(m_card->total));
    emit sessionFinished(m_sessionId);
}

void TrainingPanel::newSession()
{
    m_timer->stop();
    m_pages->setCurrentIndex(0);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 999999)));
    refreshLiveSessions();
    showScenario();
}

} // namespace calma::gui
