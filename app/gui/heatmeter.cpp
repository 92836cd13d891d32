// Heat meter.
#include "heatmeter.h"

#include "toneformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>

namespace calma::gui {
namespace {

constexpr int kMinBarWidth = 180;

} // namespace

HeatMeter::HeatMeter(Arrangement arrangement, QWidget *parent) : QWidget(parent)
{
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("levelBadge"));
    m_badge->setTextFormat(Qt::RichText);
    m_badge->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // the level's name is never cut
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("heatBar"));
    m_bar->setRange(0, 100);
    m_row = new QHBoxLayout;
    m_row->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_row);
    if (arrangement == Arrangement::Beside) {
        m_row->addWidget(m_badge);
        m_row->addWidget(m_bar, 1);
    } else {
        m_row->addWidget(m_badge, 1);
        layout->addWidget(m_bar);
    }
    refresh();
}

void HeatMeter::addToRow(QWidget *widget)
{
    widget->setParent(this);
    m_row->addWidget(widget);
}

void HeatMeter::setSubject(const QString &subject)
{
    m_subject = subject;
    refresh();
}

void HeatMeter::setCaption(const QString &caption)
{
    m_caption = caption;
    refresh();
}

void HeatMeter::setHeat(int heat, std::optional<Language> language)
{
    m_heat = std::clamp(heat, 0, 100);
    m_language = language;
    refresh();
}

void HeatMeter::clear(const QString &placeholder)
{
    m_heat = -1;
    m_language.reset();
    m_placeholder = placeholder;
    refresh();
}

QString HeatMeter::badgeText() const
{
    return m_badge->accessibleName();
}

void HeatMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void HeatMeter::showInBar(int value, const QString &text)
{
    m_bar->setValue(value);
    m_bar->setFormat(text);
    // Wide enough for its text, in any language.
    m_bar->setMinimumWidth(std::max(kMinBarWidth, m_bar->fontMetrics().horizontalAdvance(text) + 2 * m_bar->fontMetrics().averageCharWidth()));
}

void HeatMeter::refresh()
{
    setAccessibleName(m_subject);
    m_bar->setAccessibleName(m_subject);
    if (m_heat < 0) {
        m_bar->setPalette(palette());
        showInBar(0, m_caption);
        m_badge->setText(m_placeholder.toHtmlEscaped());
        m_badge->setAccessibleName(m_placeholder);
        m_badge->setVisible(!m_placeholder.isEmpty());
        m_bar->setAccessibleDescription(tr("No heat to show"));
        return;
    }
    const ToneLevel level = levelForHeat(m_heat);
    QPalette barPalette = palette();
    barPalette.setColor(QPalette::Highlight, ToneFormat::levelColor(level));
    m_bar->setPalette(barPalette);
    showInBar(m_heat, m_caption.isEmpty() ? tr("%1/100").arg(m_heat) : tr("%1: %2/100").arg(m_caption).arg(m_heat));
    QString html = ToneFormat::levelDotHtml(level) + QStringLiteral(" <b>%1</b>").arg(ToneFormat::levelText(level).toHtmlEscaped());
    QString plain = ToneFormat::levelText(level);
    if (m_language) {
        html += QStringLiteral(" · ") + ToneFormat::languageText(*m_language).toHtmlEscaped();
        plain += QStringLiteral(" · ") + ToneFormat::languageText(*m_language);
    }
    m_badge->setText(html);
    m_badge->setAccessibleName(plain);
    m_badge->setVisible(true);
    m_bar->setAccessibleDescription(m_language ? tr("%1, heat %2 out of 100 (%3)").arg(ToneFormat::levelText(level)).arg(m_heat).arg(ToneFormat::languageText(*m_language))
                                               : tr("%1, heat %2 out of 100").arg(ToneFormat::levelText(level)).arg(m_heat));
}

} // namespace calma::gui
