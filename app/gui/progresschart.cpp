// Scores over time.
#include "progresschart.h"

#include "toneformat.h"

#include <QDateTime>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace calma::gui {

namespace {

constexpr qreal kRadius = 4.5;

// A low score is a session that ran hot: the bands and points reuse the heat levels' colours upside down.
QColor scoreColor(int score)
{
    return ToneFormat::levelColor(levelForHeat(100 - std::clamp(score, 0, 100)));
}

QString dateTimeText(qint64 ms)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    time.remove(QStringLiteral(".ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

QString shortDate(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

ProgressChart::ProgressChart(QWidget *parent) : QWidget(parent), m_placeholder(tr("No scored sessions yet"))
{
    setMinimumHeight(110);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Scores over time"));
    describe();
}

void ProgressChart::setPoints(const QList<ProgressPoint> &points)
{
    m_points = points;
    m_hover = -1;
    describe();
    update();
}

QList<int> ProgressChart::scores() const
{
    QList<int> list;
    list.reserve(m_points.size());
    for (const ProgressPoint &p : m_points)
        list << p.score;
    return list;
}

void ProgressChart::setPlaceholderText(const QString &text)
{
    m_customPlaceholder = !text.isEmpty();
    m_placeholder = text.isEmpty() ? tr("No scored sessions yet") : text;
    describe();
    update();
}

void ProgressChart::describe()
{
    if (m_points.isEmpty()) {
        setAccessibleDescription(m_placeholder);
        return;
    }
    QStringList values;
    for (const ProgressPoint &p : std::as_const(m_points))
        values << QString::number(p.score);
    setAccessibleDescription(tr("Scores of %n session(s), oldest first: %1", nullptr, int(m_points.size()))
                                 .arg(values.join(QStringLiteral(", "))));
}

QRectF ProgressChart::plotArea() const
{
    const QFontMetricsF metrics(font());
    const qreal left = metrics.horizontalAdvance(QStringLiteral("100")) + 10;
    const qreal top = metrics.height() + 4;  // room for the value above a point at 100
    const qreal bottom = metrics.height() + 6; // the first and last dates
    return QRectF(rect()).adjusted(left, top, -12, -bottom);
}

QPointF ProgressChart::pointPosition(qsizetype index, const QRectF &area) const
{
    // Inset so that the first and last points are not cut in half by the frame.
    const QRectF inner = area.adjusted(kRadius + 6, 0, -(kRadius + 6), 0);
    const qreal x = m_points.size() == 1 ? inner.center().x() : inner.left() + inner.width() * index / qreal(m_points.size() - 1);
    return {x, area.bottom() - area.height() * std::clamp(m_points.at(index).score, 0, 100) / 100.0};
}

int ProgressChart::pointAt(const QPoint &pos) const
{
    const QRectF area = plotArea();
    int best = -1;
    qreal bestDistance = 10; // pixels
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF d = pointPosition(i, area) - QPointF(pos);
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

bool ProgressChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = pointAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ProgressPoint &p = m_points.at(index);
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2 · score %3 / 100")
                               .arg(p.title, dateTimeText(p.startedMs))
                               .arg(p.score),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void ProgressChart::mouseMoveEvent(QMouseEvent *event)
{
    const int hover = pointAt(event->position().toPoint());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ProgressChart::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Scores over time"));
        if (!m_customPlaceholder)
            m_placeholder = tr("No scored sessions yet");
        describe();
        update();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        update();
    }
    QWidget::changeEvent(event);
}

void ProgressChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    if (area.width() < 20 || area.height() < 20)
        return;
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlpha(150);

    // Bands from the bottom: hostile, heated, tense, calm (0–25, 25–50, 50–75, 75–100).
    for (int band = 0; band < 4; ++band) {
        QColor color = ToneFormat::levelColor(ToneLevel(3 - band));
        color.setAlpha(28);
        const qreal top = area.bottom() - area.height() * (band + 1) / 4.0;
        painter.fillRect(QRectF(area.left(), top, area.width(), area.height() / 4.0), color);
    }
    // Grid lines at 25, 50 and 75, the axis labels, and a frame.
    QColor grid = text;
    grid.setAlpha(60);
    painter.setPen(QPen(grid, 1, Qt::DashLine));
    for (int value : {25, 50, 75}) {
        const qreal y = std::round(area.bottom() - area.height() * value / 100.0) + 0.5;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    painter.setPen(QPen(grid, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    const QFontMetricsF metrics(font());
    painter.setPen(muted);
    for (int value = 0; value <= 100; value += 25) {
        const qreal y = area.bottom() - area.height() * value / 100.0;
        const QRectF label(0, y - metrics.height() / 2, area.left() - 6, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }

    // The line through the scores, then the points over it.
    QPainterPath path(pointPosition(0, area));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        path.lineTo(pointPosition(i, area));
    painter.setPen(QPen(text, 1.5));
    painter.drawPath(path);
    const qreal spacing = m_points.size() > 1 ? (area.width() - 2 * (kRadius + 6)) / qreal(m_points.size() - 1) : area.width();
    const bool labelAll = spacing >= metrics.horizontalAdvance(QStringLiteral("100")) + 6;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF at = pointPosition(i, area);
        const int score = m_points.at(i).score;
        painter.setPen(QPen(text, 1));
        painter.setBrush(scoreColor(score));
        const qreal radius = i == m_hover ? kRadius + 2 : kRadius;
        painter.drawEllipse(at, radius, radius);
        // The value above each point when there is room, else the latest one only.
        if (labelAll || i == m_points.size() - 1) {
            const QString value = QString::number(score);
            const qreal width = metrics.horizontalAdvance(value) + 4;
            QRectF label(at.x() - width / 2, at.y() - radius - 2 - metrics.height(), width, metrics.height());
            if (label.top() < 0)
                label.moveTop(at.y() + radius + 2);
            painter.setPen(text);
            painter.drawText(label, Qt::AlignCenter, value);
        }
    }
    // The first and last dates under the axis.
    painter.setPen(muted);
    const QRectF dates(area.left(), area.bottom() + 3, area.width(), metrics.height());
    const QString first = shortDate(m_points.first().startedMs);
    if (m_points.size() == 1) {
        painter.drawText(dates, Qt::AlignHCenter | Qt::AlignTop, first);
        return;
    }
    const QString last = shortDate(m_points.last().startedMs);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, first);
    if (metrics.horizontalAdvance(first) + metrics.horizontalAdvance(last) + 12 < dates.width())
        painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, last);
}

} // namespace calma::gui
