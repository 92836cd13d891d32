// Heat chart painter.
#include "heatchart.h"

#include "toneformat.h"

#include <QPainter>
#include <QPainterPath>

namespace calma::gui {

HeatChart::HeatChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(48);
    setAccessibleName(tr("Heat across the conversation"));
}

void HeatChart::setHeats(const QList<int> &heats)
{
    m_heats = heats;
    QStringList values;
    for (int h : heats)
        values << QString::number(h);
    setAccessibleDescription(tr("Heat of each customer message: %1").arg(values.join(QStringLiteral(", "))));
    setToolTip(accessibleDescription());
    update();
}

void HeatChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    // Level bands: calm, tense, heated, hostile from the bottom.
    for (int band = 0; band < 4; ++band) {
        QColor color = ToneFormat::levelColor(ToneLevel(band));
        color.setAlpha(28);
        const qreal top = area.bottom() - area.height() * (band + 1) / 4.0;
        painter.fillRect(QRectF(area.left(), top, area.width(), area.height() / 4.0), color);
    }
    if (m_heats.isEmpty())
        return;
    auto point = [&](qsizetype i) {
        const qreal x = m_heats.size() == 1 ? area.center().x() : area.left() + area.width() * i / qreal(m_heats.size() - 1);
        return QPointF(x, area.bottom() - area.height() * m_heats.at(i) / 100.0);
    };
    QPainterPath path(point(0));
    for (qsizetype i = 1; i < m_heats.size(); ++i)
        path.lineTo(point(i));
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    painter.drawPath(path);
    for (qsizetype i = 0; i < m_heats.size(); ++i) {
        painter.setBrush(ToneFormat::levelColor(levelForHeat(m_heats.at(i))));
        painter.drawEllipse(point(i), 4, 4);
    }
}

} // namespace calma::gui
