// Heat chart, drawn with Qt Charts.
#include "heatchart.h"

#include "toneformat.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace calma::gui {

namespace {

constexpr qint64 kMinute = 60'000;

bool sameDay(const QList<qint64> &times)
{
    if (times.isEmpty())
        return true;
    const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
    return QDateTime::fromMSecsSinceEpoch(*lo).date() == QDateTime::fromMSecsSinceEpoch(*hi).date();
}

// The locale's short time without seconds, with the day and month in front when the messages span days.
QString timeFormat(bool withDate)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    time.remove(QStringLiteral(".ss"));
    if (!withDate)
        return time;
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'));
    return (monthFirst ? QStringLiteral("M/d ") : QStringLiteral("d/M ")) + time;
}

} // namespace

HeatChart::HeatChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 5, 4, 0)); // room for a point at 100
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(56);
    setMaximumHeight(100);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Heat across the conversation"));

    m_heatAxis = new QValueAxis;
    m_heatAxis->setRange(0, 100);
    m_heatAxis->setTickType(QValueAxis::TicksDynamic);
    m_heatAxis->setTickAnchor(0);
    // Labels at 0, 50 and 100 (more do not fit at this height), grid lines at every band's edge.
    m_heatAxis->setTickInterval(50);
    m_heatAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_heatAxis->setMinorTickCount(1);
    chart->addAxis(m_heatAxis, Qt::AlignLeft);
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setTickCount(3);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_numberAxis = new QValueAxis;
    m_numberAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_numberAxis->setTickType(QValueAxis::TicksDynamic);
    m_numberAxis->setTickAnchor(1);
    m_numberAxis->setTickInterval(1);
    m_numberAxis->setMinorTickCount(0);
    chart->addAxis(m_numberAxis, Qt::AlignBottom);

    // The level bands from the bottom: calm, tense, heated, hostile.
    for (int band = 0; band < 4; ++band) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        auto *area = new QAreaSeries(upper, lower);
        QColor color = ToneFormat::levelColor(ToneLevel(band));
        color.setAlpha(40);
        area->setColor(color);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        m_bandEdges << lower << upper;
    }
    m_line = new QLineSeries;
    chart->addSeries(m_line);
    m_points = new QScatterSeries;
    m_points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_points->setMarkerSize(7);
    chart->addSeries(m_points);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(m_heatAxis);
    styleAxes();
    rebuild();
}

void HeatChart::setHeats(const QList<int> &heats)
{
    m_heats = heats;
    m_times.clear();
    rebuild();
}

void HeatChart::setPoints(const QList<std::pair<qint64, int>> &points)
{
    m_heats.clear();
    m_times.clear();
    for (const auto &[ms, heat] : points) {
        m_times << ms;
        m_heats << heat;
    }
    rebuild();
}

QAbstractAxis *HeatChart::timeAxis() const
{
    return hasTimes() ? static_cast<QAbstractAxis *>(m_dateAxis) : m_numberAxis;
}

void HeatChart::rebuild()
{
    QChart *c = chart();
    const bool timed = hasTimes();
    QAbstractAxis *x = timeAxis();
    QAbstractAxis *unused = timed ? static_cast<QAbstractAxis *>(m_numberAxis) : m_dateAxis;
    for (QAbstractSeries *series : c->series()) {
        if (series->attachedAxes().contains(unused))
            series->detachAxis(unused);
        if (!series->attachedAxes().contains(x))
            series->attachAxis(x);
    }
    unused->setVisible(false);
    x->setVisible(true);

    QList<QPointF> values;
    values.reserve(m_heats.size());
    for (qsizetype i = 0; i < m_heats.size(); ++i)
        values << QPointF(timed ? double(m_times.at(i)) : double(i + 1), std::clamp(m_heats.at(i), 0, 100));

    double lo = 0;
    double hi = 0;
    if (timed) {
        const auto [first, last] = std::minmax_element(m_times.begin(), m_times.end());
        const qint64 span = *last - *first;
        const qint64 pad = span == 0 ? 5 * kMinute : std::max<qint64>(span / 25, 1000);
        lo = double(*first - pad);
        hi = double(*last + pad);
        m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo)), QDateTime::fromMSecsSinceEpoch(qint64(hi)));
        m_dateAxis->setFormat(timeFormat(!sameDay(m_times)));
    } else {
        const qsizetype n = std::max<qsizetype>(m_heats.size(), 1);
        lo = 0.6;
        hi = double(n) + 0.4;
        m_numberAxis->setRange(lo, hi);
        // Whole numbers only, and not so many that they run into each other.
        const int room = std::max(1, width() / 36);
        m_numberAxis->setTickInterval(std::max<qsizetype>(1, qsizetype(std::ceil(double(n) / room))));
    }
    for (int band = 0; band < 4; ++band) {
        const HeatBand heat = levelBand(ToneLevel(band));
        m_bandEdges.at(band * 2)->replace({QPointF(lo, heat.from), QPointF(hi, heat.from)});
        m_bandEdges.at(band * 2 + 1)->replace({QPointF(lo, heat.to), QPointF(hi, heat.to)});
    }
    m_line->replace(values);
    m_points->replace(values);
    m_points->clearPointsConfiguration();
    for (qsizetype i = 0; i < m_heats.size(); ++i) {
        m_points->setPointConfiguration(int(i), QXYSeries::PointConfiguration::Color,
                                        ToneFormat::levelColor(levelForHeat(m_heats.at(i))));
    }
    describe();
}

void HeatChart::styleAxes()
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlpha(170);
    QColor grid = text;
    grid.setAlpha(45);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.8));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_heatAxis), static_cast<QAbstractAxis *>(m_dateAxis),
                                static_cast<QAbstractAxis *>(m_numberAxis)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(muted);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleVisible(false);
    }
    m_heatAxis->setMinorGridLineColor(grid);
    m_dateAxis->setGridLineVisible(false);
    m_numberAxis->setGridLineVisible(false);
    m_line->setPen(QPen(text, 1.5));
    m_points->setBorderColor(text);
}

QString HeatChart::pointToolTip(int index) const
{
    if (index < 0 || index >= m_heats.size())
        return {};
    const int heat = m_heats.at(index);
    const QString level = ToneFormat::levelText(levelForHeat(heat));
    if (!hasTimes())
        return tr("Message %1 · heat %2, %3").arg(index + 1).arg(heat).arg(level);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(m_times.at(index));
    const QLocale locale;
    return tr("%1 · heat %2, %3").arg(locale.toString(when, locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat(false))).arg(heat).arg(level);
}

int HeatChart::pointAt(const QPoint &pos) const
{
    int best = -1;
    qreal bestDistance = 8; // pixels
    const QList<QPointF> values = m_points->points();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF at = mapFromScene(chart()->mapToScene(chart()->mapToPosition(values.at(i), m_points)));
        const qreal distance = std::hypot(at.x() - pos.x(), at.y() - pos.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

bool HeatChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = pointAt(help->pos());
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), pointToolTip(index), viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void HeatChart::describe()
{
    QStringList values;
    for (int h : std::as_const(m_heats))
        values << QString::number(h);
    setAccessibleDescription(tr("Heat of each customer message: %1").arg(values.join(QStringLiteral(", "))));
}

void HeatChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Heat across the conversation"));
        describe();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        styleAxes();
    }
    QChartView::changeEvent(event);
}

void HeatChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_dateAxis->setTickCount(std::clamp(width() / 110, 2, 6));
    if (!hasTimes())
        rebuild();
}

} // namespace calma::gui
