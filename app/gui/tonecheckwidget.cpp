// The tone check: live analysis of the text being typed, with evidence highlighted and explained.
#include "tonecheckwidget.h"

#include "feedbackbutton.h"
#include "feedbackdialog.h"
#include "heatmeter.h"
#include "toneformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace calma::gui {

ToneCheckWidget::ToneCheckWidget(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent)
    : QWidget(parent), m_analyzer(std::move(analyzer))
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageHint"));
    m_languageLabel->setBuddy(m_language);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("messageEditor"));
    m_editor->viewport()->installEventFilter(this);
    m_heat = new HeatMeter(this);
    m_heat->setObjectName(QStringLiteral("heatMeter"));
    m_evidence = new QTreeWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setColumnCount(4);
    m_evidence->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_feedback = new FeedbackButton(this);
    m_feedback->setObjectName(QStringLiteral("toneFeedbackButton"));

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    m_heat->addToRow(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_heat);
    layout->addWidget(m_evidence, 2);

    retranslate();
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ToneCheckWidget::analyze);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ToneCheckWidget::analyze);
    connect(m_feedback, &FeedbackButton::verdictChosen, this, &ToneCheckWidget::reportScore);
    analyze();
}

void ToneCheckWidget::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
    updateFeedbackButton();
}

void ToneCheckWidget::updateFeedbackButton()
{
    // Feedback needs something scored and somewhere to keep it.
    m_feedback->setEnabled(m_database && !m_editor->toPlainText().trimmed().isEmpty());
}

void ToneCheckWidget::reportScore(FeedbackVerdict verdict)
{
    if (!m_database)
        return;
    // The text is not a stored message: the feedback keeps the text itself, with no message.
    ScoreFeedback subject;
    subject.agent = m_agentName;
    subject.text = m_editor->toPlainText();
    subject.language = m_report.language;
    subject.heat = m_report.heat;
    FeedbackDialog *dialog = FeedbackDialog::ask(this, subject, verdict, FeedbackDialog::strongestKind(m_report), m_database);
    connect(dialog, &FeedbackDialog::saved, this, [this] { emit statusMessage(FeedbackDialog::savedMessage()); });
}

void ToneCheckWidget::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void ToneCheckWidget::retranslate()
{
    m_intro->setText(tr("Paste or type a customer message. Calma scores how heated it is and highlights the words and signals that drove the score; hover a highlight to see why it counts."));
    m_languageLabel->setText(tr("&Language:"));
    const int current = qMax(0, m_language->currentIndex());
    {
        const QSignalBlocker blocker(m_language);
        m_language->clear();
        m_language->addItem(tr("Detect automatically"), int(LanguageHint::Auto));
        m_language->addItem(tr("Spanish"), int(LanguageHint::Spanish));
        m_language->addItem(tr("English"), int(LanguageHint::English));
        m_language->setCurrentIndex(current);
    }
    m_editor->setPlaceholderText(tr("For example: «Es la tercera vez que llamo y nadie me da una solución»"));
    m_editor->setAccessibleName(tr("Message to analyse"));
    m_heat->setSubject(tr("Heat"));
    m_heat->setCaption(tr("Heat"));
    m_evidence->setAccessibleName(tr("What drove the score"));
    m_evidence->setHeaderLabels({tr("Points"), tr("Category"), tr("Text"), tr("Why")});
    showReport();
}

void ToneCheckWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ToneCheckWidget::analyze()
{
    const auto hint = LanguageHint(m_language->currentData().toInt());
    m_report = m_analyzer->analyze(m_editor->toPlainText(), hint);
    showReport();
    highlightEvidence();
    updateFeedbackButton();
}

void ToneCheckWidget::showReport()
{
    m_heat->setHeat(m_report.heat, m_report.language);
    m_evidence->clear();
    const QString text = m_editor->toPlainText();
    if (!m_report.evidence.isEmpty() && m_report.baseline > 0) {
        // The start is part of the sum: the points in this list add up to the heat.
        auto *item = new QTreeWidgetItem(m_evidence);
        item->setText(0, QString::asprintf("%+.1f", double(m_report.baseline)));
        item->setText(1, tr("Start"));
        item->setText(3, tr("where a message starts, before its words and signals"));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const Evidence &e : m_report.evidence) {
        auto *item = new QTreeWidgetItem(m_evidence);
        item->setText(0, QString::asprintf("%+.1f", e.weight));
        item->setText(1, ToneFormat::categoryText(e.category));
        item->setText(2, text.mid(e.start, e.end - e.start));
        item->setText(3, e.why);
        item->setToolTip(3, e.why);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < 3; ++c)
        m_evidence->resizeColumnToContents(c);
}

void ToneCheckWidget::highlightEvidence()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Evidence &e : m_report.evidence) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(e.start));
        selection.cursor.setPosition(int(e.end), QTextCursor::KeepAnchor);
        QColor background = e.weight < 0 ? QColor(0x2e, 0x7d, 0x32) : ToneFormat::levelColor(ToneLevel::Hostile);
        background.setAlpha(60);
        selection.format.setBackground(background);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(background.darker());
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

bool ToneCheckWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_editor->cursorForPosition(help->pos()).position();
        QStringList reasons;
        for (const Evidence &e : m_report.evidence) {
            if (position >= e.start && position < e.end)
                reasons << QStringLiteral("%1 (%2): %3").arg(ToneFormat::categoryText(e.category), QString::asprintf("%+.1f", e.weight), e.why);
        }
        if (reasons.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), reasons.join(u'\n'), m_editor->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace calma::gui
