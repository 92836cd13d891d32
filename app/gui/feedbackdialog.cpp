// The "This score is wrong" dialog: verdict, optional level and kind, comment; saving in a worker.
#include "feedbackdialog.h"

#include "storage/feedbackstore.h"
#include "toneformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace calma::gui {
namespace {

constexpr qsizetype kQuoteLength = 240; // enough to recognise the message, short enough for a dialog
constexpr int kNoKind = -1;

QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    return QStringLiteral("“%1”").arg(simple.size() > kQuoteLength ? simple.left(kQuoteLength - 1) + u'…' : simple);
}

} // namespace

FeedbackDialog::FeedbackDialog(const ScoreFeedback &subject, std::optional<FeedbackVerdict> verdict,
                               std::optional<ToneDimension> calmaKind, std::shared_ptr<Database> database, QWidget *parent)
    : QDialog(parent), m_subject(subject), m_database(std::move(database))
{
    setObjectName(QStringLiteral("scoreFeedbackDialog"));
    setWindowTitle(tr("This score is wrong"));
    const ToneLevel given = m_subject.givenLevel();
    QString summary = QStringLiteral("%1 <b>%2</b> · %3")
                          .arg(ToneFormat::levelDotHtml(given), tr("Calma's score: %1/100").arg(m_subject.heat).toHtmlEscaped(),
                               ToneFormat::levelText(given).toHtmlEscaped());
    if (calmaKind)
        summary += QStringLiteral(" · ") + tr("Mainly: %1").arg(ToneFormat::categoryText(ToneCategory(int(*calmaKind)))).toHtmlEscaped();
    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("feedbackSummary"));
    summaryLabel->setTextFormat(Qt::RichText);
    auto *quote = new QLabel(quoted(m_subject.text), this);
    quote->setObjectName(QStringLiteral("feedbackQuote"));
    quote->setTextFormat(Qt::PlainText); // the customer's words, never markup
    quote->setWordWrap(true);
    QFont italic = quote->font();
    italic.setItalic(true);
    quote->setFont(italic);

    auto *verdicts = new QGroupBox(tr("What is wrong with it?"), this);
    m_verdicts = new QButtonGroup(this);
    auto *verdictLayout = new QVBoxLayout(verdicts);
    const std::pair<FeedbackVerdict, QString> choices[] = {
        {FeedbackVerdict::TooHigh, tr("Too &high: the customer is calmer than that")},
        {FeedbackVerdict::TooLow, tr("Too &low: the customer is more upset than that")},
        {FeedbackVerdict::WrongKind, tr("The &wrong kind: e.g. it says anger, but the customer is sad")},
    };
    for (const auto &[kind, text] : choices) {
        auto *radio = new QRadioButton(text, verdicts);
        radio->setObjectName(QStringLiteral("verdict-") + verdictName(kind));
        m_verdicts->addButton(radio, int(kind));
        verdictLayout->addWidget(radio);
        if (verdict == kind)
            radio->setChecked(true);
    }

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("expectedLevel"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("expectedKind"));
    m_kind->addItem(tr("Not sure"), kNoKind);
    for (int d = 0; d < kDimensionCount; ++d)
        m_kind->addItem(ToneFormat::categoryText(ToneCategory(d)), d);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_comment->setTabChangesFocus(true); // Tab leaves the comment, as in every other field
    m_comment->setPlaceholderText(tr("For example: she is disappointed, not angry"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4);
    auto *form = new QFormLayout;
    auto *levelLabel = new QLabel(tr("It should be at l&evel:"), this);
    levelLabel->setBuddy(m_level);
    auto *kindLabel = new QLabel(tr("What &kind is it?"), this);
    kindLabel->setBuddy(m_kind);
    auto *commentLabel = new QLabel(tr("&Comment (optional):"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(levelLabel, m_level);
    form->addRow(kindLabel, m_kind);
    form->addRow(commentLabel, m_comment);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("feedbackStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(quote);
    layout->addWidget(verdicts);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_verdicts, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateLevels();
            updateEnabled();
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    connect(&m_saving, &QFutureWatcher<Saved>::finished, this, &FeedbackDialog::saveFinished);
    updateLevels();
    updateEnabled();
    if (QAbstractButton *start = m_verdicts->checkedButton() ? m_verdicts->checkedButton() : m_verdicts->buttons().first())
        start->setFocus();
}

FeedbackDialog *FeedbackDialog::ask(QWidget *parent, const ScoreFeedback &subject, std::optional<FeedbackVerdict> verdict,
                                    std::optional<ToneDimension> calmaKind, std::shared_ptr<Database> database)
{
    auto *dialog = new FeedbackDialog(subject, verdict, calmaKind, std::move(database), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString FeedbackDialog::savedMessage()
{
    return tr("Thanks — feedback saved");
}

std::optional<ToneDimension> FeedbackDialog::strongestKind(const ToneReport &report)
{
    std::optional<ToneDimension> strongest;
    int best = 0;
    for (int d = 0; d < kDimensionCount; ++d) {
        if (!lowersHeat(ToneCategory(d)) && report.dimensions.at(size_t(d)) > best) {
            best = report.dimensions.at(size_t(d));
            strongest = ToneDimension(d);
        }
    }
    return strongest;
}

std::optional<FeedbackVerdict> FeedbackDialog::verdict() const
{
    const int id = m_verdicts->checkedId();
    return id < 0 ? std::nullopt : std::optional(FeedbackVerdict(id));
}

void FeedbackDialog::updateLevels()
{
    // Only the levels that agree with the verdict: "too high" never offers a higher level. The
    // suggestion is what the export would use anyway.
    const FeedbackVerdict v = verdict().value_or(FeedbackVerdict::WrongKind);
    const ToneLevel given = m_subject.givenLevel();
    const ToneLevel suggested = correctedLevel(v, given);
    const int lowest = v == FeedbackVerdict::TooLow ? int(given) : int(ToneLevel::Calm);
    const int highest = v == FeedbackVerdict::TooHigh ? int(given) : int(ToneLevel::Hostile);
    m_level->clear();
    for (int level = lowest; level <= highest; ++level) {
        const QString name = ToneFormat::levelText(ToneLevel(level));
        m_level->addItem(ToneLevel(level) == suggested ? tr("%1 (suggested)").arg(name) : name, level);
    }
    m_level->setCurrentIndex(m_level->findData(int(suggested)));
}

void FeedbackDialog::updateEnabled()
{
    const std::optional<FeedbackVerdict> chosen = verdict();
    m_level->setEnabled(chosen.has_value() && !m_busy);
    m_kind->setEnabled(chosen == FeedbackVerdict::WrongKind && !m_busy);
    m_comment->setEnabled(!m_busy);
    for (QAbstractButton *b : m_verdicts->buttons())
        b->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen.has_value() && !m_busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

ScoreFeedback FeedbackDialog::feedback() const
{
    ScoreFeedback f = m_subject;
    f.verdict = verdict().value_or(FeedbackVerdict::WrongKind);
    const auto level = ToneLevel(m_level->currentData().toInt());
    // The suggestion left as it is, is not the agent's own choice: the rule gives it anyway.
    f.expectedLevel = level == correctedLevel(f.verdict, f.givenLevel()) ? std::nullopt : std::optional(level);
    const int kind = m_kind->currentData().toInt();
    f.expectedKind = f.verdict == FeedbackVerdict::WrongKind && kind != kNoKind ? std::optional(ToneDimension(kind)) : std::nullopt;
    f.comment = m_comment->toPlainText().trimmed();
    return f;
}

void FeedbackDialog::accept()
{
    if (isSaving() || !verdict())
        return;
    if (!m_database) {
        m_status->setText(tr("Not saved: there is no database (see the status bar)."));
        return;
    }
    const ScoreFeedback f = feedback();
    m_busy = true;
    m_status->setText(tr("Saving…"));
    // Each thread reads and writes through its own connection: the worker gets a store of its own.
    m_saving.setFuture(QtConcurrent::run([database = m_database, f] {
        Saved saved;
        saved.id = FeedbackStore(database).add(f, &saved.error);
        return saved;
    }));
    updateEnabled();
}

void FeedbackDialog::reject()
{
    if (!isSaving())
        QDialog::reject();
}

void FeedbackDialog::saveFinished()
{
    const Saved result = m_saving.result();
    m_busy = false;
    if (result.id) {
        emit saved(*result.id);
        QDialog::accept();
        return;
    }
    // Kept open with everything the agent wrote, so that they can try again or cancel.
    m_status->setText(tr("The feedback was not saved: %1").arg(result.error));
    updateEnabled();
}

} // namespace calma::gui
