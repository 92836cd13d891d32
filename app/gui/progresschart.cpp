// Scores over time, drawn with Qt Charts.
#include "progresschart.h"

#include "toneformat.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace calma::gui {

namespace {

constexpr qint64 kHour = 3600 * 1000;

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

// Day and month in the locale's order (the axis has no room for the year).
QString axisDateFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M')) ? QStringLiteral("M/d") : QStringLiteral("d/M");
}

// Lines for the scenarios after the first, which takes the text colour.
QColor lineColor(int index, const QColor &text)
{
    static const QList<QColor> others{QColor(0x1f, 0x5f, 0xbf), QColor(0x7b, 0x3f, 0xa8), QColor(0x0f, 0x7c, 0x7c),
                                      QColor(0x9a, 0x5b, 0x00), QColor(0x55, 0x55, 0x55)};
    return index == 0 ? text : others.at((index - 1) % others.size());
}

} // namespace

ProgressChart::ProgressChart(QWidget *parent) : QChartView(parent), m_placeholder(tr("No scored sessions yet"))
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 4, 6, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(110);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Scores over time"));

    m_scoreAxis = new QValueAxis;
    m_scoreAxis->setRange(0, 100);
    m_scoreAxis->setTickType(QValueAxis::TicksDynamic);
    m_scoreAxis->setTickAnchor(0);
    m_scoreAxis->setTickInterval(levelBand(ToneLevel::Calm).to); // a line at every band's edge: the bands are equally wide
    m_scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_scoreAxis->setMinorTickCount(0);
    chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setTickCount(4);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);

    // Bands from the bottom: hostile, heated, tense, calm (a score is 100 − the heat it stands for).
    for (int band = 0; band < 4; ++band) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        auto *area = new QAreaSeries(upper, lower);
        QColor color = ToneFormat::levelColor(ToneLevel(3 - band));
        color.setAlpha(32);
        area->setColor(color);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(m_dateAxis);
        area->attachAxis(m_scoreAxis);
        chart->legend()->markers(area).first()->setVisible(false);
        m_bandEdges << lower << upper;
    }
    styleAxes();
    rebuild();
}

void ProgressChart::setPoints(const QList<ProgressPoint> &points)
{
    m_points = points;
    rebuild();
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
    viewport()->update();
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

void ProgressChart::rebuild()
{
    QChart *c = chart();
    for (QLineSeries *line : std::as_const(m_lines)) {
        c->removeSeries(line);
        delete line;
    }
    for (QScatterSeries *markers : std::as_const(m_markers)) {
        c->removeSeries(markers);
        delete markers;
    }
    m_lines.clear();
    m_markers.clear();
    m_seriesOf.clear();

    // The date range, with room so that the first and last points are not cut in half.
    qint64 lo = QDateTime::currentMSecsSinceEpoch() - 24 * kHour;
    qint64 hi = lo + 48 * kHour;
    if (!m_points.isEmpty()) {
        const auto [first, last] = std::minmax_element(m_points.begin(), m_points.end(), [](const ProgressPoint &a, const ProgressPoint &b) {
            return a.startedMs < b.startedMs;
        });
        const qint64 span = last->startedMs - first->startedMs;
        const qint64 pad = span < 2 * kHour ? 12 * kHour : span / 20;
        lo = first->startedMs - pad;
        hi = last->startedMs + pad;
    }
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(lo), QDateTime::fromMSecsSinceEpoch(hi));
    m_dateAxis->setLabelsVisible(!m_points.isEmpty()); // no dates to show without sessions
    m_dateAxis->setFormat(hi - lo < 36 * kHour ? axisDateFormat() + QStringLiteral(" HH:mm") : axisDateFormat());
    for (int band = 0; band < 4; ++band) {
        const HeatBand heat = levelBand(ToneLevel(3 - band));
        m_bandEdges.at(band * 2)->replace({QPointF(double(lo), 100 - heat.to), QPointF(double(hi), 100 - heat.to)});
        m_bandEdges.at(band * 2 + 1)->replace({QPointF(double(lo), 100 - heat.from), QPointF(double(hi), 100 - heat.from)});
    }

    // One line (and its points) per scenario.
    const QColor text = palette().color(QPalette::WindowText);
    QStringList scenarios;
    for (const ProgressPoint &p : std::as_const(m_points)) {
        qsizetype s = scenarios.indexOf(p.title);
        if (s < 0) {
            s = scenarios.size();
            scenarios << p.title;
            auto *line = new QLineSeries;
            line->setName(p.title);
            line->setPen(QPen(lineColor(int(s), text), 1.5));
            auto *markers = new QScatterSeries;
            markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            markers->setMarkerSize(9);
            markers->setBorderColor(lineColor(int(s), text));
            c->addSeries(line);
            c->addSeries(markers);
            for (QXYSeries *series : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
                series->attachAxis(m_dateAxis);
                series->attachAxis(m_scoreAxis);
            }
            c->legend()->markers(markers).first()->setVisible(false);
            m_lines << line;
            m_markers << markers;
        }
        const QPointF value(double(p.startedMs), std::clamp(p.score, 0, 100));
        m_lines.at(s)->append(value);
        QScatterSeries *markers = m_markers.at(s);
        markers->append(value);
        markers->setPointConfiguration(int(markers->count() - 1), QXYSeries::PointConfiguration::Color, scoreColor(p.score));
        m_seriesOf << int(s);
    }
    c->legend()->setVisible(m_lines.size() > 1);
    describe();
    viewport()->update();
}

void ProgressChart::styleAxes()
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlpha(170);
    QColor grid = text;
    grid.setAlpha(50);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_scoreAxis), static_cast<QAbstractAxis *>(m_dateAxis)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(muted);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleVisible(false);
    }
    m_dateAxis->setGridLineVisible(false);
    chart()->legend()->setFont(small);
    chart()->legend()->setLabelColor(text);
}

QPointF ProgressChart::pointPosition(qsizetype index) const
{
    const ProgressPoint &p = m_points.at(index);
    const QPointF value(double(p.startedMs), std::clamp(p.score, 0, 100));
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(value, m_markers.at(m_seriesOf.at(index)))));
}

int ProgressChart::pointAt(const QPoint &pos) const
{
    int best = -1;
    qreal bestDistance = 10; // pixels
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF d = pointPosition(i) - QPointF(pos);
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

QString ProgressChart::pointToolTip(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const ProgressPoint &p = m_points.at(index);
    return tr("%1\n%2 · score %3 / 100").arg(p.title, dateTimeText(p.startedMs)).arg(p.score);
}

bool ProgressChart::viewportEvent(QEvent *event)
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

// With nothing to draw, the plot says why.
void ProgressChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_points.isEmpty())
        return;
    const QRectF area = chart()->mapRectToScene(chart()->plotArea()).adjusted(8, 4, -8, -4);
    painter->save();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Scores over time"));
        if (!m_customPlaceholder)
            m_placeholder = tr("No scored sessions yet");
        describe();
        rebuild(); // the dates' format follows the language
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        styleAxes();
        rebuild();
    }
    QChartView::changeEvent(event);
}

void ProgressChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_dateAxis->setTickCount(std::clamp(width() / 120, 2, 6));
}

} // namespace calma::gui
