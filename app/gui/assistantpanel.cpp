// Assistant panel.
#include "assistantpanel.h"

#include "feedbackbutton.h"
#include "heatmeter.h"
#include "toneformat.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calma::gui {

AssistantPanel::AssistantPanel(QWidget *parent) : QWidget(parent)
{
    auto *tone = new QGroupBox(tr("Customer's heat"), this);
    m_heat = new HeatMeter(HeatMeter::Arrangement::Above, tone);
    m_heat->setObjectName(QStringLiteral("customerHeat"));
    m_heat->setSubject(tr("Customer's heat"));
    m_heat->setCaption(tr("Heat"));
    m_dimensions = new QWidget(tone);
    m_feedback = new FeedbackButton(tone);
    m_feedback->setObjectName(QStringLiteral("assistantFeedbackButton"));
    auto *toneLayout = new QVBoxLayout(tone);
    m_heat->addToRow(m_feedback);
    toneLayout->addWidget(m_heat);
    toneLayout->addWidget(m_dimensions);

    auto *asks = new QGroupBox(tr("What they are asking"), this);
    m_asks = new QListWidget(asks);
    m_asks->setObjectName(QStringLiteral("asksList"));
    m_asks->setWordWrap(true);
    m_asks->setAccessibleName(tr("What they are asking"));
    auto *asksLayout = new QVBoxLayout(asks);
    asksLayout->addWidget(m_asks);

    auto *replies = new QGroupBox(tr("Suggested replies"), this);
    m_cards = new QTabWidget(replies);
    m_cards->setObjectName(QStringLiteral("suggestionTabs"));
    m_cards->setDocumentMode(true);
    auto *repliesLayout = new QVBoxLayout(replies);
    repliesLayout->addWidget(m_cards);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tone);
    layout->addWidget(asks, 1);
    layout->addWidget(replies, 3);
    clear();
}

void AssistantPanel::clear()
{
    show({}, {}, {});
    m_heat->clear(tr("Select a conversation."));
}

void AssistantPanel::show(const QString &message, const CustomerReading &reading, const QList<Suggestion> &suggestions)
{
    m_suggestions = suggestions;
    m_feedback->setEnabled(!message.isEmpty());
    const ToneReport &tone = reading.tone;
    m_heat->setHeat(tone.heat, tone.language);

    delete m_dimensions->layout();
    qDeleteAll(m_dimensions->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *grid = new QGridLayout(m_dimensions);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (int d = 0; d < kDimensionCount; ++d) {
        const int value = tone.dimensions.at(size_t(d));
        if (value == 0)
            continue;
        auto *bar = new QProgressBar(m_dimensions);
        bar->setRange(0, 100);
        bar->setValue(value);
        bar->setTextVisible(false);
        bar->setMaximumHeight(10);
        bar->setAccessibleName(ToneFormat::categoryText(ToneCategory(d)));
        grid->addWidget(new QLabel(ToneFormat::categoryText(ToneCategory(d)), m_dimensions), row, 0);
        grid->addWidget(bar, row++, 1);
    }

    m_asks->clear();
    if (!reading.ask.domain.isEmpty())
        m_asks->addItem(tr("Business: %1").arg(ToneFormat::businessText(reading.ask.domain)));
    for (const Request &r : reading.ask.requests) {
        const QString what = ToneFormat::requestText(r.kind);
        QString line = what.isEmpty() ? (r.question ? tr("Asks: %1") : tr("Wants: %1")).arg(r.text)
                                      : tr("Wants %1: %2").arg(what, r.text);
        if (!r.deadline.isEmpty())
            line += tr(" (by: %1)").arg(r.deadlineText);
        m_asks->addItem(line);
    }
    for (const Threat &t : reading.ask.threats)
        m_asks->addItem(tr("May take it further: %1 (their right: acknowledge it calmly)").arg(t.where.text));
    for (const Span &r : reading.ask.rhetorical)
        m_asks->addItem(tr("Rhetorical: %1 (not a question to answer)").arg(r.text));
    for (const Fact &f : reading.ask.facts)
        m_asks->addItem(tr("%1: %2").arg(ToneFormat::factText(factKindName(f.kind)), f.text) + (f.personal ? tr(" (personal data)") : QString()));
    if (!reading.ask.noise.isEmpty())
        m_asks->addItem(tr("%n insult(s): noise, not something to answer", nullptr, int(reading.ask.noise.size())));
    if (!message.isEmpty() && m_asks->count() == 0)
        m_asks->addItem(tr("No explicit question: acknowledge and say what happens next."));

    while (m_cards->count() > 0) {
        QWidget *page = m_cards->widget(0);
        m_cards->removeTab(0);
        delete page;
    }
    for (int i = 0; i < suggestions.size(); ++i) {
        const Suggestion &s = suggestions.at(i);
        auto *card = new QWidget;
        card->setObjectName(QStringLiteral("suggestion%1").arg(i));
        auto *text = new QTextBrowser(card);
        QString html = s.text.toHtmlEscaped();
        html.replace(u'\n', QStringLiteral("<br>"));
        text->setHtml(html + QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
                                 .arg(QWidget::palette().color(QPalette::PlaceholderText).name(), s.reason.toHtmlEscaped()));
        text->setFrameShape(QFrame::NoFrame);
        text->setAccessibleName(tr("Suggested reply %1").arg(i + 1));
        auto *use = new QPushButton(tr("Use this reply"), card);
        use->setObjectName(QStringLiteral("useSuggestion%1").arg(i));
        use->setAccessibleName(tr("Use suggestion %1").arg(i + 1));
        connect(use, &QPushButton::clicked, this, [this, text = s.text] { emit suggestionChosen(text); });
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(text, 1);
        layout->addWidget(use, 0, Qt::AlignRight);
        m_cards->addTab(card, tr("%1. %2").arg(i + 1).arg(ToneFormat::strategyText(strategyName(s.strategy))));
    }
}

} // namespace calma::gui
