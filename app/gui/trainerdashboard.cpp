// The trainer's dashboard.
#include "trainerdashboard.h"

#include "io/outputfile.h"

#include "progresschart.h"
#include "reportprint.h"
#include "roleplay/replyjudge.h"
#include "roleplay/report.h"
#include "toneformat.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace calma::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;   // trainee id, session id or turn index
constexpr int kSortRole = Qt::UserRole + 2; // a number to sort a column by

enum TraineeColumn { TraineeName, TraineeScored, TraineeAverage, TraineeLast, TraineeColumns };
enum SessionColumn { SessionStarted, SessionTrainee, SessionScenario, SessionLanguage, SessionMode, SessionAssistant,
                     SessionOutcome, SessionScore, SessionColumns };
enum PhraseColumn { PhraseText, PhraseKind, PhraseCount, PhraseColumns };
enum TurnColumn { TurnTime, TurnWho, TurnMessage, TurnHeat, TurnNote, TurnColumns };

// Numbers sort as numbers (by kSortRole), words as the locale sorts them.
class SortItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, kSortRole);
        const QVariant theirs = other.data(column, kSortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

// A low score is a session that ran hot: scores reuse the heat levels' colours upside down.
QColor scoreColor(int score)
{
    return ToneFormat::levelColor(levelForHeat(100 - std::clamp(score, 0, 100)));
}

// The locale's short date and time, without seconds (which some locales' short format has).
QString dateTimeText(qint64 ms)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(u":ss"_s);
    time.remove(u".ss"_s);
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

QString clockText(qint64 ms, qint64 startMs)
{
    const qint64 s = std::max<qint64>(0, (ms - startMs) / 1000);
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString fileSafe(QString name)
{
    static const QString unsafe = u"/\\:*?\"<>|\n\r\t"_s;
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = u'-';
    }
    return name.simplified();
}

QTreeWidget *makeTree(const QString &objectName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAllColumnsShowFocus(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionsMovable(false);
    return tree;
}

QLabel *makeSectionTitle(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makePlaceholder(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// --- Work done on a worker thread, each with a store (and so a connection) of its own. ---

struct Overview
{
    QList<TraineeRecord> trainees;
    QList<SessionRecord> sessions;
    QString error;
};

struct TraineeDetail
{
    QList<SessionRecord> sessions;
    QList<FlaggedPhrase> phrases;
    QString error;
};

struct SessionDetail
{
    std::optional<SessionRecord> record;
    QList<RoleplayTurn> turns;
    QString html;
    QString error;
    // Saving a note:
    bool saved = false;
    QString saveError;
};

Overview readOverview(const std::shared_ptr<Database> &database)
{
    Overview o;
    const RoleplayStore store(database);
    o.trainees = store.trainees(&o.error);
    if (o.error.isEmpty())
        o.sessions = store.sessions(std::nullopt, &o.error);
    return o;
}

TraineeDetail readTrainee(const std::shared_ptr<Database> &database, qint64 traineeId)
{
    TraineeDetail d;
    const RoleplayStore store(database);
    d.sessions = store.sessions(traineeId, &d.error);
    if (d.error.isEmpty())
        d.phrases = store.flaggedPhrases(traineeId, 10, &d.error);
    return d;
}

SessionDetail readSession(const std::shared_ptr<Database> &database, qint64 sessionId)
{
    SessionDetail d;
    const RoleplayStore store(database);
    d.record = store.session(sessionId, &d.error);
    if (!d.record)
        return d; // gone (no error) or not readable
    d.turns = store.turns(sessionId, 0, &d.error);
    if (!d.error.isEmpty())
        return d;
    const ScoreCard card = ScoreCard::fromJson(QJsonDocument::fromJson(d.record->breakdown.toUtf8()).object());
    d.html = SessionReport::html(*d.record, d.turns, card);
    return d;
}

// Files are replaced whole or not at all. These run on any thread.
QString writeBytes(const QString &path, const QByteArray &bytes, const QStringList &protect)
{
    if (const QString why = OutputFile::refusal(path, protect); !why.isEmpty())
        return why;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return out.commit() ? QString() : out.errorString();
}

QString writePdf(const QString &path, const QString &html, const QString &title, const QStringList &protect)
{
    if (const QString why = OutputFile::refusal(path, protect); !why.isEmpty())
        return why;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    {
        QPdfWriter writer(&out);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Calma"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                                         QPageLayout::Millimeter));
        // Each turn of the transcript stays on one page.
        ReportPrint::print(html, writer);
    }
    if (out.pos() == 0) {
        out.cancelWriting();
        return QCoreApplication::translate("calma::gui::TrainerDashboard", "the PDF could not be drawn");
    }
    return out.commit() ? QString() : out.errorString();
}

} // namespace

// --- Plumbing ---

template <typename Result, typename Work, typename Done>
void TrainerDashboard::runInWorker(Work work, Done done)
{
    // The watcher is the dashboard's child: if the dashboard goes first, the answer goes nowhere.
    auto *watcher = new QFutureWatcher<Result>(this);
    ++m_pending;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        --m_pending;
        done(watcher->result());
        updateActions();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    updateActions();
}

TrainerDashboard::TrainerDashboard(QWidget *parent) : QWidget(parent)
{
    buildUi();
    retranslateUi();
    updateActions();
}

TrainerDashboard::~TrainerDashboard() = default;

void TrainerDashboard::buildUi()
{
    // Toolbar: refresh on the left, what happened in the middle, exports on the right.
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportHtml = new QPushButton(this);
    m_exportHtml->setObjectName(u"exportHtmlButton"_s);
    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(u"exportPdfButton"_s);
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_refresh);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_exportHtml);
    toolbar->addWidget(m_exportPdf);
    toolbar->addWidget(m_exportCsv);

    // Left: the trainees.
    m_traineesTitle = makeSectionTitle(u"traineesTitle"_s, this);
    m_showAll = new QToolButton(this);
    m_showAll->setObjectName(u"showAllButton"_s);
    m_showAll->setAutoRaise(true);
    m_traineeList = makeTree(u"traineeList"_s, this);
    m_traineeList->setColumnCount(TraineeColumns);
    m_traineeList->setSortingEnabled(true);
    m_traineeList->sortByColumn(TraineeName, Qt::AscendingOrder);
    // Names get the room they need; the last column takes what is left.
    m_traineeList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traineeList->header()->setStretchLastSection(true);
    m_noTrainees = makePlaceholder(u"noTrainees"_s, this);
    m_traineeStack = new QStackedWidget(this);
    m_traineeStack->addWidget(m_traineeList);
    m_traineeStack->addWidget(m_noTrainees);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *traineesHeader = new QHBoxLayout;
    traineesHeader->addWidget(m_traineesTitle, 1);
    traineesHeader->addWidget(m_showAll);
    leftLayout->addLayout(traineesHeader);
    leftLayout->addWidget(m_traineeStack, 1);

    // Right, top: who, their progress and the phrases they are flagged for.
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"traineeHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"traineeSummary"_s);
    m_summary->setWordWrap(true);
    m_progressTitle = makeSectionTitle(u"progressTitle"_s, this);
    m_chart = new ProgressChart(this);
    m_chart->setObjectName(u"progressChart"_s);
    m_phrasesTitle = makeSectionTitle(u"phrasesTitle"_s, this);
    m_phraseList = makeTree(u"flaggedPhrases"_s, this);
    m_phraseList->setColumnCount(PhraseColumns);
    m_phraseList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_phraseList->header()->setSectionResizeMode(PhraseKind, QHeaderView::Stretch);
    m_phraseList->setSelectionMode(QAbstractItemView::NoSelection);
    m_noPhrases = makePlaceholder(u"noFlaggedPhrases"_s, this);
    m_phraseStack = new QStackedWidget(this);
    m_phraseStack->addWidget(m_phraseList);
    m_phraseStack->addWidget(m_noPhrases);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addSpacing(12);
    headingRow->addWidget(m_summary, 1);
    overviewLayout->addLayout(headingRow);
    auto *progressColumn = new QVBoxLayout;
    progressColumn->addWidget(m_progressTitle);
    progressColumn->addWidget(m_chart, 1);
    auto *phrasesColumn = new QVBoxLayout;
    phrasesColumn->addWidget(m_phrasesTitle);
    phrasesColumn->addWidget(m_phraseStack, 1);
    auto *charts = new QHBoxLayout;
    charts->addLayout(progressColumn, 3);
    charts->addSpacing(8);
    charts->addLayout(phrasesColumn, 2);
    overviewLayout->addLayout(charts, 1);

    // Right, middle: the sessions.
    m_sessionsTitle = makeSectionTitle(u"sessionsTitle"_s, this);
    m_sessionTable = makeTree(u"sessionTable"_s, this);
    m_sessionTable->setColumnCount(SessionColumns);
    m_sessionTable->setSortingEnabled(true);
    m_sessionTable->sortByColumn(SessionStarted, Qt::DescendingOrder);
    m_sessionTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionTable->header()->setSectionResizeMode(SessionScenario, QHeaderView::Stretch);
    auto *sessions = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_sessionsTitle);
    sessionsLayout->addWidget(m_sessionTable, 1);

    // Right, bottom: the report, and the transcript with the trainer's notes.
    m_reportTitle = makeSectionTitle(u"reportTitle"_s, this);
    m_report = new QTextBrowser(this);
    m_report->setObjectName(u"sessionReport"_s);
    m_report->setOpenLinks(false);
    auto *reportSide = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportSide);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_reportTitle);
    reportLayout->addWidget(m_report, 1);

    m_turnsTitle = makeSectionTitle(u"turnsTitle"_s, this);
    m_turnList = makeTree(u"turnList"_s, this);
    m_turnList->setColumnCount(TurnColumns);
    m_turnList->setTextElideMode(Qt::ElideRight);
    m_turnList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_turnList->header()->setSectionResizeMode(TurnMessage, QHeaderView::Stretch);
    m_turnList->header()->setSectionResizeMode(TurnNote, QHeaderView::Interactive);
    m_turnList->header()->resizeSection(TurnNote, 140);
    m_turnDetail = new QLabel(this);
    m_turnDetail->setObjectName(u"turnDetail"_s);
    m_turnDetail->setWordWrap(true);
    m_turnDetail->setTextFormat(Qt::RichText);
    m_turnDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_turnDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"noteLabel"_s);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_noteLabel->setBuddy(m_noteEdit);
    m_saveNote = new QPushButton(this);
    m_saveNote->setObjectName(u"saveNoteButton"_s);
    auto *turnsSide = new QWidget(this);
    auto *turnsLayout = new QVBoxLayout(turnsSide);
    turnsLayout->setContentsMargins(0, 0, 0, 0);
    turnsLayout->addWidget(m_turnsTitle);
    turnsLayout->addWidget(m_turnList, 1);
    turnsLayout->addWidget(m_turnDetail);
    turnsLayout->addWidget(m_noteLabel);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_saveNote, 0, Qt::AlignBottom);
    turnsLayout->addLayout(noteRow);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(u"reportSplitter"_s);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(reportSide);
    bottom->addWidget(turnsSide);
    bottom->setStretchFactor(0, 5);
    bottom->setStretchFactor(1, 4);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"detailSplitter"_s);
    right->setChildrenCollapsible(false);
    right->addWidget(overview);
    right->addWidget(sessions);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 6);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(u"dashboardSplitter"_s);
    columns->setChildrenCollapsible(false);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 3);
    columns->setSizes({390, 910});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(columns, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TrainerDashboard::refresh);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportWithDialog(ExportKind::Html); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportWithDialog(ExportKind::Pdf); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(ExportKind::Csv); });
    connect(m_showAll, &QToolButton::clicked, this, &TrainerDashboard::showAllTrainees);
    connect(m_traineeList, &QTreeWidget::itemSelectionChanged, this, &TrainerDashboard::onTraineeSelectionChanged);
    connect(m_sessionTable, &QTreeWidget::itemSelectionChanged, this, &TrainerDashboard::onSessionSelectionChanged);
    connect(m_turnList, &QTreeWidget::itemSelectionChanged, this, &TrainerDashboard::onTurnSelectionChanged);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &TrainerDashboard::updateActions);
    connect(m_saveNote, &QPushButton::clicked, this, &TrainerDashboard::saveNote);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit);
    saveShortcut->setContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveNote->isEnabled())
            saveNote();
    });
}

void TrainerDashboard::retranslateUi()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the trainees and their sessions again"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_status->setAccessibleName(tr("Dashboard status"));
    m_exportHtml->setText(tr("Export report as HT&ML…"));
    m_exportHtml->setAccessibleName(tr("Export the report as HTML"));
    m_exportHtml->setToolTip(tr("Save the selected session's report as a web page"));
    m_exportPdf->setText(tr("E&xport report as PDF…"));
    m_exportPdf->setAccessibleName(tr("Export the report as PDF"));
    m_exportPdf->setToolTip(tr("Save the selected session's report as a PDF, ready to print or share"));
    m_exportCsv->setText(tr("Export sessions as &CSV…"));
    m_exportCsv->setAccessibleName(tr("Export the sessions as CSV"));

    m_traineesTitle->setText(tr("Trainees"));
    m_showAll->setText(tr("Show &all"));
    m_showAll->setToolTip(tr("Clear the selection: the sessions table and the CSV export cover every trainee"));
    m_showAll->setAccessibleName(tr("Show every trainee's sessions"));
    m_traineeList->setHeaderLabels({tr("Name"), tr("Sessions"), tr("Average"), tr("Last session")});
    m_traineeList->headerItem()->setToolTip(TraineeScored, tr("Finished and scored sessions"));
    m_traineeList->headerItem()->setToolTip(TraineeAverage, tr("Average score of the scored sessions, out of 100"));
    m_traineeList->setAccessibleName(tr("Trainees"));
    m_traineeList->setAccessibleDescription(tr("Select a trainee to see their progress, flagged phrases and sessions"));
    m_noTrainees->setText(tr("No trainees yet. Role-play sessions appear here once they are played."));

    m_progressTitle->setText(tr("Progress"));
    m_phrasesTitle->setText(tr("Most flagged phrases"));
    m_phraseList->setHeaderLabels({tr("Phrase"), tr("What it does"), tr("Times")});
    m_phraseList->setAccessibleName(tr("Most flagged phrases"));
    m_phraseList->setAccessibleDescription(tr("The escalating phrases the trainee used most often, with how many times"));
    m_sessionsTitle->setText(tr("Sessions"));
    m_sessionTable->setHeaderLabels({tr("Started"), tr("Trainee"), tr("Scenario"), tr("Language"), tr("Mode"), tr("Assistant"),
                                     tr("Outcome"), tr("Score")});
    m_sessionTable->setAccessibleName(tr("Sessions"));
    m_sessionTable->setAccessibleDescription(tr("Select a session to see its report and transcript"));

    m_reportTitle->setText(tr("Report"));
    m_report->setAccessibleName(tr("Session report"));
    m_report->setPlaceholderText(tr("Select a session to see its report."));
    m_turnsTitle->setText(tr("Transcript and notes"));
    m_turnList->setHeaderLabels({tr("Time"), tr("Who"), tr("Message"), tr("Heat"), tr("Note")});
    m_turnList->setAccessibleName(tr("Transcript"));
    m_turnList->setAccessibleDescription(tr("Select a turn to write a note on it"));
    m_noteLabel->setText(tr("Note on the selected t&urn:"));
    m_noteEdit->setAccessibleName(tr("Note on the selected turn"));
    m_noteEdit->setPlaceholderText(tr("What went well, what to try instead…"));
    m_saveNote->setText(tr("&Save note"));
    m_saveNote->setAccessibleName(tr("Save note"));
    m_saveNote->setToolTip(tr("Store the note with the turn (Ctrl+Return); it shows in the report"));

    // The cells hold translated words too.
    populateTrainees();
    showTraineeDetail();
    populateTurns();
    updateActions();
}

void TrainerDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainerDashboard::setStatus(const QString &message, StatusKind kind)
{
    m_status->setText(message);
    m_status->setToolTip(message);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, kind == StatusKind::Error ? ToneFormat::levelColor(ToneLevel::Hostile)
                                                                     : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    // Progress ("Loading…") stays here; what happened also goes to the window's status bar.
    if (!message.isEmpty() && kind != StatusKind::Progress)
        emit statusMessage(message);
}

const QList<SessionRecord> &TrainerDashboard::shownSessions() const
{
    return m_traineeId ? m_traineeSessions : m_allSessions;
}

int TrainerDashboard::currentTurnIndex() const
{
    return m_turnIndex;
}

void TrainerDashboard::updateActions()
{
    const bool hasReport = m_session && !m_reportHtml.isEmpty();
    m_refresh->setEnabled(bool(m_database));
    m_exportHtml->setEnabled(hasReport);
    m_exportPdf->setEnabled(hasReport);
    const QList<SessionRecord> &sessions = shownSessions();
    m_exportCsv->setEnabled(!sessions.isEmpty() && (!m_traineeId || m_traineeLoaded));
    if (m_traineeId) {
        QString name;
        for (const TraineeRecord &t : std::as_const(m_trainees)) {
            if (t.id == m_traineeId)
                name = t.name;
        }
        m_exportCsv->setToolTip(tr("Save %1's sessions as a spreadsheet (CSV), one row per session").arg(name));
    } else {
        m_exportCsv->setToolTip(tr("Save every trainee's sessions as a spreadsheet (CSV), one row per session"));
    }
    m_showAll->setEnabled(m_traineeId != 0);
    const RoleplayTurn *turn = nullptr;
    for (const RoleplayTurn &t : std::as_const(m_turns)) {
        if (t.index == m_turnIndex)
            turn = &t;
    }
    // Notes go on the session shown, and only while no other one is on its way in.
    const bool editable = turn && m_session && m_session->id == m_sessionId;
    m_noteEdit->setEnabled(editable);
    m_noteEdit->setReadOnly(m_saving); // read-only rather than disabled: the focus stays where it was
    m_saveNote->setEnabled(editable && !m_saving && m_noteEdit->toPlainText().trimmed() != turn->annotation);
}

// --- Reading ---

void TrainerDashboard::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    // Whatever is on its way from the previous database is obsolete.
    ++m_overviewGeneration;
    ++m_traineeGeneration;
    ++m_sessionGeneration;
    m_trainees.clear();
    m_allSessions.clear();
    m_traineeSessions.clear();
    m_phrases.clear();
    m_overviewLoaded = false;
    m_traineeLoaded = false;
    m_traineeFailed = false;
    m_traineeId = 0;
    m_saving = false;
    clearSession();
    populateTrainees();
    showTraineeDetail();
    setStatus({});
    refresh();
}

void TrainerDashboard::refresh()
{
    if (!m_database) {
        setStatus(tr("No database is open."), StatusKind::Error);
        updateActions();
        return;
    }
    const quint64 generation = ++m_overviewGeneration;
    setStatus(tr("Loading…"), StatusKind::Progress);
    runInWorker<Overview>([database = m_database] { return readOverview(database); }, [this, generation](const Overview &result) {
        if (generation != m_overviewGeneration)
            return;
        if (!result.error.isEmpty()) {
            setStatus(tr("Could not read the trainees: %1").arg(result.error), StatusKind::Error);
            return;
        }
        setStatus({});
        m_trainees = result.trainees;
        m_allSessions = result.sessions;
        m_overviewLoaded = true;
        if (m_traineeId && std::none_of(m_trainees.begin(), m_trainees.end(), [this](const TraineeRecord &t) { return t.id == m_traineeId; })) {
            m_traineeId = 0; // gone: back to everyone, and whatever was on its way for them is obsolete
            m_traineeLoaded = false;
            ++m_traineeGeneration;
        }
        populateTrainees();
        if (m_traineeId) {
            loadTrainee(true); // their sessions and phrases may have changed too
        } else {
            showTraineeDetail();
            loadSession(); // the selected session, if still there, read again
        }
    });
}

void TrainerDashboard::loadTrainee(bool reload)
{
    const quint64 generation = ++m_traineeGeneration;
    if (!m_traineeId || !m_database) {
        m_traineeLoaded = false;
        showTraineeDetail();
        return;
    }
    // A new trainee: the heading now, the rest when it arrives. The same one again: what is shown
    // stays until the new answer replaces it.
    if (!reload || !m_traineeLoaded) {
        m_traineeLoaded = false;
        m_traineeFailed = false;
        showTraineeDetail();
    }
    runInWorker<TraineeDetail>([database = m_database, id = m_traineeId] { return readTrainee(database, id); },
                               [this, generation](const TraineeDetail &result) {
                                   if (generation != m_traineeGeneration)
                                       return;
                                   if (!result.error.isEmpty()) {
                                       setStatus(tr("Could not read the trainee's sessions: %1").arg(result.error), StatusKind::Error);
                                       m_traineeSessions.clear();
                                       m_phrases.clear();
                                       m_traineeLoaded = false;
                                       m_traineeFailed = true;
                                       clearSession();
                                       showTraineeDetail();
                                       return;
                                   }
                                   m_traineeSessions = result.sessions;
                                   m_phrases = result.phrases;
                                   m_traineeLoaded = true;
                                   m_traineeFailed = false;
                                   showTraineeDetail();
                                   loadSession();
                               });
}

void TrainerDashboard::showTraineeDetail()
{
    updateHeading();
    populateChart();
    populatePhrases();
    populateSessions();
    updateActions();
}

void TrainerDashboard::loadSession()
{
    const quint64 generation = ++m_sessionGeneration;
    const bool listed = std::any_of(shownSessions().begin(), shownSessions().end(),
                                    [this](const SessionRecord &s) { return s.id == m_sessionId; });
    if (!m_sessionId || !listed || !m_database) {
        clearSession();
        return;
    }
    runInWorker<SessionDetail>([database = m_database, id = m_sessionId] { return readSession(database, id); },
                               [this, generation](const SessionDetail &result) {
                                   if (generation != m_sessionGeneration)
                                       return;
                                   if (!result.record) {
                                       setStatus(result.error.isEmpty() ? tr("That session is no longer there.")
                                                                        : tr("Could not read the session: %1").arg(result.error),
                                                 StatusKind::Error);
                                       clearSession();
                                       return;
                                   }
                                   if (!result.error.isEmpty())
                                       setStatus(tr("Could not read the session: %1").arg(result.error), StatusKind::Error);
                                   // Reading the same session again (a note was saved): stay where the trainer was.
                                   const bool same = m_session && m_session->id == result.record->id;
                                   const int scroll = m_report->verticalScrollBar()->value();
                                   m_session = result.record;
                                   m_turns = result.turns;
                                   m_reportHtml = result.html;
                                   m_report->setHtml(m_reportHtml);
                                   if (same)
                                       m_report->verticalScrollBar()->setValue(scroll);
                                   if (!same)
                                       m_turnIndex = -1;
                                   populateTurns();
                                   updateActions();
                               });
}

void TrainerDashboard::clearSession()
{
    m_session.reset();
    m_turns.clear();
    m_reportHtml.clear();
    m_turnIndex = -1;
    if (m_report)
        m_report->clear();
    populateTurns();
    updateActions();
}

// --- Showing ---

void TrainerDashboard::populateTrainees()
{
    if (!m_traineeList)
        return;
    const QSignalBlocker blocker(m_traineeList);
    m_traineeList->setSortingEnabled(false);
    m_traineeList->clear();
    QTreeWidgetItem *selected = nullptr;
    const QLocale locale;
    for (const TraineeRecord &t : std::as_const(m_trainees)) {
        auto *item = new SortItem(m_traineeList);
        item->setData(TraineeName, kIdRole, t.id);
        item->setText(TraineeName, t.name);
        item->setToolTip(TraineeName, t.email.isEmpty() ? t.name : t.name + u'\n' + t.email);
        item->setText(TraineeScored, locale.toString(t.sessions));
        item->setData(TraineeScored, kSortRole, t.sessions);
        item->setTextAlignment(TraineeScored, Qt::AlignRight | Qt::AlignVCenter);
        if (t.sessions > 0) {
            item->setText(TraineeAverage, locale.toString(t.averageScore, 'f', 0));
            item->setData(TraineeAverage, Qt::DecorationRole, scoreColor(qRound(t.averageScore)));
            item->setToolTip(TraineeAverage, tr("Average score %1 / 100 over %n scored session(s)", nullptr, t.sessions)
                                                 .arg(locale.toString(t.averageScore, 'f', 1)));
        } else {
            item->setText(TraineeAverage, u"—"_s);
            item->setToolTip(TraineeAverage, tr("No scored sessions yet"));
        }
        item->setData(TraineeAverage, kSortRole, t.sessions > 0 ? t.averageScore : -1.0);
        item->setTextAlignment(TraineeAverage, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TraineeLast, t.lastSessionMs ? locale.toString(QDateTime::fromMSecsSinceEpoch(t.lastSessionMs).date(), QLocale::ShortFormat)
                                                   : u"—"_s);
        if (t.lastSessionMs)
            item->setToolTip(TraineeLast, dateTimeText(t.lastSessionMs));
        item->setData(TraineeLast, kSortRole, double(t.lastSessionMs));
        if (t.id == m_traineeId)
            selected = item;
    }
    m_traineeList->setSortingEnabled(true);
    if (selected) {
        m_traineeList->setCurrentItem(selected);
        m_traineeList->scrollToItem(selected);
    }
    m_traineeStack->setCurrentWidget(m_overviewLoaded && m_trainees.isEmpty() ? static_cast<QWidget *>(m_noTrainees) : m_traineeList);
}

void TrainerDashboard::updateHeading()
{
    if (!m_heading)
        return;
    const QLocale locale;
    if (!m_database) {
        m_heading->setText(tr("No database"));
        m_summary->clear();
        return;
    }
    if (!m_traineeId) {
        m_heading->setText(tr("All trainees"));
        if (!m_overviewLoaded)
            m_summary->clear();
        else if (m_allSessions.isEmpty())
            m_summary->setText(tr("No role-play sessions yet."));
        else
            m_summary->setText(tr("%n session(s)", nullptr, int(m_allSessions.size())) + u" · "_s
                               + tr("%n trainee(s)", nullptr, int(m_trainees.size())) + u" · "_s
                               + tr("select a trainee to see their progress"));
        return;
    }
    QString name;
    for (const TraineeRecord &t : std::as_const(m_trainees)) {
        if (t.id == m_traineeId)
            name = t.name;
    }
    m_heading->setText(name);
    if (!m_traineeLoaded) {
        m_summary->setText(m_traineeFailed ? tr("Could not read this trainee's sessions.") : tr("Loading…"));
        return;
    }
    QList<int> scores; // oldest first
    for (auto it = m_traineeSessions.crbegin(); it != m_traineeSessions.crend(); ++it) {
        if (it->score >= 0)
            scores << it->score;
    }
    QStringList parts{tr("%n scored session(s)", nullptr, int(scores.size()))};
    if (!scores.isEmpty()) {
        double sum = 0;
        for (int s : std::as_const(scores))
            sum += s;
        parts << tr("average %1").arg(locale.toString(sum / double(scores.size()), 'f', 0))
              << tr("best %1").arg(*std::max_element(scores.begin(), scores.end()))
              << tr("latest %1").arg(scores.last());
        // A change means something only between sessions of one scenario: the latest scored session's,
        // from its first session to its latest, and named.
        const SessionRecord *latest = nullptr;
        for (const SessionRecord &r : std::as_const(m_traineeSessions)) { // newest first
            if (r.score >= 0) {
                latest = &r;
                break;
            }
        }
        QList<int> sameScenario; // oldest first
        for (auto it = m_traineeSessions.crbegin(); it != m_traineeSessions.crend(); ++it) {
            if (it->score >= 0 && latest && it->scenarioId == latest->scenarioId)
                sameScenario << it->score;
        }
        if (sameScenario.size() >= 2) {
            const int change = sameScenario.last() - sameScenario.first();
            parts << tr("%1 since the first session of “%2”")
                         .arg(change > 0 ? u"+%1"_s.arg(change) : change < 0 ? u"−%1"_s.arg(-change) : u"±0"_s, latest->scenarioTitle);
        }
    }
    if (const qsizetype unscored = m_traineeSessions.size() - scores.size(); unscored > 0)
        parts << tr("%n not scored", nullptr, int(unscored));
    m_summary->setText(parts.join(u" · "_s));
}

void TrainerDashboard::populateChart()
{
    if (!m_chart)
        return;
    QList<ProgressPoint> points;
    if (m_traineeId && m_traineeLoaded) {
        for (auto it = m_traineeSessions.crbegin(); it != m_traineeSessions.crend(); ++it) {
            if (it->score >= 0)
                points << ProgressPoint{it->score, it->scenarioTitle, it->startedMs};
        }
    }
    m_chart->setPoints(points);
    const bool anyScored = std::any_of(m_allSessions.begin(), m_allSessions.end(), [](const SessionRecord &s) { return s.score >= 0; });
    if (m_traineeId && !m_traineeLoaded)
        m_chart->setPlaceholderText(m_traineeFailed ? tr("Could not read this trainee's sessions.") : tr("Loading…"));
    else if (!m_traineeId && anyScored)
        m_chart->setPlaceholderText(tr("Select a trainee to see their scores over time"));
    else
        m_chart->setPlaceholderText({}); // "No scored sessions yet"
}

void TrainerDashboard::populatePhrases()
{
    if (!m_phraseList)
        return;
    m_phraseList->clear();
    const QList<FlaggedPhrase> &phrases = m_phrases;
    if (!m_traineeId || !m_traineeLoaded) {
        m_noPhrases->setText(!m_traineeId      ? tr("Select a trainee to see the phrases they are most often flagged for.")
                             : m_traineeFailed ? tr("Could not read this trainee's sessions.")
                                               : tr("Loading…"));
        m_phraseStack->setCurrentWidget(m_noPhrases);
        return;
    }
    if (phrases.isEmpty()) {
        m_noPhrases->setText(tr("No escalating phrases flagged yet."));
        m_phraseStack->setCurrentWidget(m_noPhrases);
        return;
    }
    for (const FlaggedPhrase &p : phrases) {
        auto *item = new QTreeWidgetItem(m_phraseList);
        item->setText(PhraseText, p.phrase);
        item->setToolTip(PhraseText, p.phrase);
        const QString kind = triggerDescription(p.trigger);
        item->setText(PhraseKind, kind.isEmpty() ? p.trigger : kind);
        item->setToolTip(PhraseKind, kind.isEmpty() ? p.trigger : u"%1 (%2)"_s.arg(kind, p.trigger));
        item->setText(PhraseCount, QLocale().toString(p.count));
        item->setTextAlignment(PhraseCount, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(PhraseText, Qt::AccessibleTextRole, tr("“%1”: %2, %n time(s)", nullptr, p.count).arg(p.phrase, kind));
    }
    m_phraseStack->setCurrentWidget(m_phraseList);
}

void TrainerDashboard::populateSessions()
{
    if (!m_sessionTable)
        return;
    const QSignalBlocker blocker(m_sessionTable);
    m_sessionTable->setSortingEnabled(false);
    m_sessionTable->clear();
    m_sessionTable->setColumnHidden(SessionTrainee, m_traineeId != 0);
    const QList<SessionRecord> &sessions = (m_traineeId && !m_traineeLoaded) ? QList<SessionRecord>() : shownSessions();
    QTreeWidgetItem *selected = nullptr;
    for (const SessionRecord &s : sessions) {
        auto *item = new SortItem(m_sessionTable);
        item->setData(SessionStarted, kIdRole, s.id);
        item->setText(SessionStarted, dateTimeText(s.startedMs));
        item->setData(SessionStarted, kSortRole, double(s.startedMs));
        item->setText(SessionTrainee, s.trainee);
        item->setText(SessionScenario, s.scenarioTitle);
        item->setToolTip(SessionScenario, u"%1 (%2)"_s.arg(s.scenarioTitle, s.scenarioId));
        const auto language = languageFromCode(s.language);
        item->setText(SessionLanguage, language ? ToneFormat::languageText(*language) : s.language.toUpper());
        item->setText(SessionMode, s.mode == SessionMode::Live ? tr("Live") : tr("Simulated"));
        item->setToolTip(SessionMode, s.mode == SessionMode::Live
                                          ? (s.trainer.isEmpty() ? tr("A trainer played the customer")
                                                                 : tr("%1 played the customer").arg(s.trainer))
                                          : tr("A simulated customer"));
        item->setText(SessionAssistant, s.assistantOn ? tr("On") : tr("Off"));
        item->setText(SessionOutcome, SessionScorer::outcomeTitle(s.outcome));
        if (s.score >= 0) {
            item->setText(SessionScore, QString::number(s.score));
            item->setData(SessionScore, Qt::DecorationRole, scoreColor(s.score));
            item->setToolTip(SessionScore, tr("%1 / 100").arg(s.score));
        } else {
            item->setText(SessionScore, u"—"_s);
            item->setToolTip(SessionScore, tr("Not scored yet"));
        }
        item->setData(SessionScore, kSortRole, s.score);
        item->setTextAlignment(SessionScore, Qt::AlignRight | Qt::AlignVCenter);
        if (s.id == m_sessionId)
            selected = item;
    }
    m_sessionTable->setSortingEnabled(true);
    if (selected) {
        m_sessionTable->setCurrentItem(selected);
        m_sessionTable->scrollToItem(selected);
    }
}

void TrainerDashboard::populateTurns()
{
    if (!m_turnList)
        return;
    const QSignalBlocker blocker(m_turnList);
    m_turnList->clear();
    const qint64 start = m_session && m_session->startedMs ? m_session->startedMs : (m_turns.isEmpty() ? 0 : m_turns.first().sentMs);
    QTreeWidgetItem *selected = nullptr;
    for (const RoleplayTurn &t : std::as_const(m_turns)) {
        auto *item = new QTreeWidgetItem(m_turnList);
        item->setData(TurnTime, kIdRole, t.index);
        item->setText(TurnTime, clockText(t.sentMs, start));
        const QString who = !t.fromCustomer() ? tr("Trainee") : t.speaker == u"trainer" ? tr("Customer (trainer)") : tr("Customer");
        item->setText(TurnWho, who);
        QString body = t.body;
        body.replace(u'\n', u' ');
        item->setText(TurnMessage, body);
        item->setToolTip(TurnMessage, t.body);
        // The heat column is the customer's: a trainee's reply gets no badge of its own.
        if (t.fromCustomer()) {
            item->setText(TurnHeat, QString::number(t.heat));
            item->setData(TurnHeat, Qt::DecorationRole, ToneFormat::levelColor(levelForHeat(t.heat)));
            item->setToolTip(TurnHeat, tr("The customer's heat after this message: %1 / 100").arg(t.heat));
        }
        item->setTextAlignment(TurnHeat, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TurnNote, t.annotation);
        item->setToolTip(TurnNote, t.annotation);
        if (!t.fromCustomer()) {
            QFont font = item->font(TurnWho);
            font.setBold(true);
            item->setFont(TurnWho, font);
        }
        if (t.index == m_turnIndex)
            selected = item;
    }
    if (selected) {
        m_turnList->setCurrentItem(selected);
        m_turnList->scrollToItem(selected);
    } else {
        m_turnIndex = -1;
    }
    showTurnDetail();
}

void TrainerDashboard::showTurnDetail(bool loadNote)
{
    const RoleplayTurn *turn = nullptr;
    for (const RoleplayTurn &t : std::as_const(m_turns)) {
        if (t.index == m_turnIndex)
            turn = &t;
    }
    if (!turn) {
        m_turnDetail->setText(m_turns.isEmpty() ? QString() : tr("Select a turn to read it in full and write a note on it."));
        m_turnDetail->setForegroundRole(QPalette::PlaceholderText);
        const QSignalBlocker blocker(m_noteEdit);
        m_noteEdit->clear();
        m_noteBase.clear();
        updateActions();
        return;
    }
    m_turnDetail->setForegroundRole(QPalette::WindowText);
    const QString who = !turn->fromCustomer() ? tr("Trainee") : turn->speaker == u"trainer" ? tr("Customer (trainer)") : tr("Customer");
    QString html = u"<b>%1</b>: %2"_s.arg(who.toHtmlEscaped(), turn->body.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    QStringList effects;
    for (const TurnEffect &e : turn->effects) {
        QString line = u"%1 (%2%3)"_s.arg(triggerDescription(e.trigger).toHtmlEscaped(), e.delta > 0 ? u"+"_s : QString()).arg(e.delta);
        if (!e.phrase.isEmpty())
            line += u": “"_s + e.phrase.toHtmlEscaped() + u"”"_s;
        const QColor color = ToneFormat::levelColor(e.delta > 0 ? ToneLevel::Hostile : ToneLevel::Calm);
        effects << u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), line);
    }
    if (!effects.isEmpty())
        html += u"<br><small>"_s + tr("What it did:").toHtmlEscaped() + u" "_s + effects.join(u"; "_s) + u"</small>"_s;
    m_turnDetail->setText(html);
    // The turn's note goes into the editor, unless the trainer is in the middle of changing it.
    if (loadNote || m_noteEdit->toPlainText().trimmed() == m_noteBase) {
        const QSignalBlocker blocker(m_noteEdit);
        if (m_noteEdit->toPlainText().trimmed() != turn->annotation)
            m_noteEdit->setPlainText(turn->annotation);
    }
    m_noteBase = turn->annotation;
    updateActions();
}

// --- Selecting ---

void TrainerDashboard::onTraineeSelectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_traineeList->selectedItems();
    const qint64 id = selected.isEmpty() ? 0 : selected.first()->data(TraineeName, kIdRole).toLongLong();
    if (id == m_traineeId)
        return;
    m_traineeId = id;
    m_traineeSessions.clear();
    m_phrases.clear();
    m_sessionId = 0;
    m_traineeLoaded = false;
    clearSession();
    loadTrainee(false);
}

void TrainerDashboard::onSessionSelectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_sessionTable->selectedItems();
    const qint64 id = selected.isEmpty() ? 0 : selected.first()->data(SessionStarted, kIdRole).toLongLong();
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    m_turnIndex = -1;
    updateActions();
    loadSession();
}

void TrainerDashboard::onTurnSelectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_turnList->selectedItems();
    m_turnIndex = selected.isEmpty() ? -1 : selected.first()->data(TurnTime, kIdRole).toInt();
    // A different turn: its own note in the editor (an unsaved edit of the previous one is let go).
    showTurnDetail(true);
}

bool TrainerDashboard::selectTrainee(qint64 traineeId)
{
    for (int i = 0; i < m_traineeList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_traineeList->topLevelItem(i);
        if (item->data(TraineeName, kIdRole).toLongLong() == traineeId) {
            m_traineeList->setCurrentItem(item);
            m_traineeList->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool TrainerDashboard::selectTrainee(const QString &name)
{
    for (const TraineeRecord &t : std::as_const(m_trainees)) {
        if (t.name == name)
            return selectTrainee(t.id);
    }
    return false;
}

void TrainerDashboard::showAllTrainees()
{
    m_traineeList->clearSelection();
    m_traineeList->setCurrentItem(nullptr);
}

bool TrainerDashboard::selectSession(qint64 sessionId)
{
    for (int i = 0; i < m_sessionTable->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sessionTable->topLevelItem(i);
        if (item->data(SessionStarted, kIdRole).toLongLong() == sessionId) {
            m_sessionTable->setCurrentItem(item);
            m_sessionTable->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool TrainerDashboard::selectTurn(int turnIndex)
{
    for (int i = 0; i < m_turnList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_turnList->topLevelItem(i);
        if (item->data(TurnTime, kIdRole).toInt() == turnIndex) {
            m_turnList->setCurrentItem(item);
            m_turnList->scrollToItem(item);
            return true;
        }
    }
    return false;
}

// --- Notes ---

void TrainerDashboard::saveNote()
{
    if (!m_database || !m_session || m_session->id != m_sessionId || m_turnIndex < 0 || m_saving)
        return;
    const QString note = m_noteEdit->toPlainText().trimmed();
    const qint64 sessionId = m_session->id;
    const int turnIndex = m_turnIndex;
    const quint64 generation = ++m_sessionGeneration; // an older read of this session must not undo the note
    m_saving = true;
    setStatus(tr("Saving the note…"), StatusKind::Progress);
    runInWorker<SessionDetail>(
        [database = m_database, sessionId, turnIndex, note] {
            QString error;
            const bool saved = RoleplayStore(database).annotate(sessionId, turnIndex, note, &error);
            SessionDetail detail = readSession(database, sessionId);
            detail.saved = saved;
            detail.saveError = error;
            return detail;
        },
        [this, generation](const SessionDetail &result) {
            m_saving = false;
            if (!result.saved)
                setStatus(tr("Could not save the note: %1").arg(result.saveError), StatusKind::Error);
            else
                setStatus(tr("Note saved."));
            if (generation != m_sessionGeneration || !result.record)
                return; // the trainer has moved on to another session
            const int scroll = m_report->verticalScrollBar()->value();
            m_session = result.record;
            m_turns = result.turns;
            m_reportHtml = result.html;
            m_report->setHtml(m_reportHtml);
            m_report->verticalScrollBar()->setValue(scroll);
            populateTurns();
        });
}

// --- Exporting ---

bool TrainerDashboard::exportReportHtml(const QString &path, QString *error) const
{
    QString failure;
    if (m_reportHtml.isEmpty())
        failure = tr("Select a session first.");
    else
        failure = writeBytes(path, m_reportHtml.toUtf8(), protectedFiles());
    if (error)
        *error = failure;
    return failure.isEmpty();
}

bool TrainerDashboard::exportReportPdf(const QString &path, QString *error) const
{
    QString failure;
    if (m_reportHtml.isEmpty() || !m_session)
        failure = tr("Select a session first.");
    else
        failure = writePdf(path, m_reportHtml, m_session->scenarioTitle, protectedFiles());
    if (error)
        *error = failure;
    return failure.isEmpty();
}

bool TrainerDashboard::exportCsv(const QString &path, QString *error) const
{
    QString failure;
    if (m_traineeId && !m_traineeLoaded)
        failure = tr("The sessions are still loading.");
    else if (shownSessions().isEmpty())
        failure = tr("There are no sessions to export.");
    else
        failure = writeBytes(path, SessionReport::csv(shownSessions()), protectedFiles());
    if (error)
        *error = failure;
    return failure.isEmpty();
}

QString TrainerDashboard::suggestedFileName(ExportKind kind) const
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (kind == ExportKind::Csv) {
        QString who = tr("all trainees");
        for (const TraineeRecord &t : std::as_const(m_trainees)) {
            if (t.id == m_traineeId)
                who = t.name;
        }
        return fileSafe(tr("Calma sessions - %1 - %2").arg(who, today)) + u".csv"_s;
    }
    if (!m_session)
        return {};
    const QString day = QDateTime::fromMSecsSinceEpoch(m_session->startedMs).date().toString(Qt::ISODate);
    return fileSafe(tr("Calma report - %1 - %2 - %3").arg(m_session->trainee, m_session->scenarioTitle, day))
        + (kind == ExportKind::Pdf ? u".pdf"_s : u".html"_s);
}

void TrainerDashboard::exportWithDialog(ExportKind kind)
{
    QSettings settings;
    QString folder = settings.value(u"trainerDashboard/exportFolder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString title;
    QString filter;
    switch (kind) {
    case ExportKind::Html:
        title = tr("Export report as HTML");
        filter = tr("Web pages (*.html *.htm)");
        break;
    case ExportKind::Pdf:
        title = tr("Export report as PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportKind::Csv:
        title = tr("Export sessions as CSV");
        filter = tr("CSV spreadsheets (*.csv)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedFileName(kind)), filter);
    if (path.isEmpty())
        return;
    settings.setValue(u"trainerDashboard/exportFolder"_s, QFileInfo(path).absolutePath());
    exportInBackground(kind, path);
}

void TrainerDashboard::exportInBackground(ExportKind kind, const QString &path)
{
    // What is on screen now goes to the file on a worker: a long report does not freeze the window.
    QString failure;
    if (kind == ExportKind::Csv && m_traineeId && !m_traineeLoaded)
        failure = tr("The sessions are still loading.");
    else if (kind == ExportKind::Csv && shownSessions().isEmpty())
        failure = tr("There are no sessions to export.");
    else if (kind != ExportKind::Csv && (!m_session || m_reportHtml.isEmpty()))
        failure = tr("Select a session first.");
    if (!failure.isEmpty()) {
        setStatus(tr("Nothing was exported: %1").arg(failure), StatusKind::Error);
        emit exportFinished(path, failure);
        return;
    }
    setStatus(tr("Exporting…"), StatusKind::Progress);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            setStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        else
            setStatus(tr("Nothing was exported: %1").arg(error), StatusKind::Error);
        emit exportFinished(path, error);
    });
    switch (kind) {
    case ExportKind::Html:
        watcher->setFuture(QtConcurrent::run([path, bytes = m_reportHtml.toUtf8(), protect = protectedFiles()] { return writeBytes(path, bytes, protect); }));
        break;
    case ExportKind::Pdf:
        watcher->setFuture(QtConcurrent::run([path, html = m_reportHtml, title = m_session->scenarioTitle, protect = protectedFiles()] { return writePdf(path, html, title, protect); }));
        break;
    case ExportKind::Csv:
        watcher->setFuture(QtConcurrent::run([path, sessions = shownSessions(), protect = protectedFiles()] { return writeBytes(path, SessionReport::csv(sessions), protect); }));
        break;
    }
}

QStringList TrainerDashboard::protectedFiles() const
{
    return m_database ? OutputFile::protectedFiles(m_database->url()) : QStringList();
}

} // namespace calma::gui
