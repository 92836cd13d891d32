// Scores over time, drawn with Qt Charts: one point per scored session on a date axis and a 0–100 score
// axis, the bands behind it coloured like the heat levels (a low score is a hot session). Each scenario
// has its own line, so that only sessions of the same scenario are joined (the legend names them when
// there is more than one). Hovering a point names its scenario, date and score; the accessible
// description lists the scores.
#pragma once

#include <QChartView>
#include <QList>
#include <QString>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace calma::gui {

struct ProgressPoint
{
    int score = 0;        // 0–100
    QString title{};      // the scenario, shown as the point's tooltip
    qint64 startedMs = 0; // when the session started
};

class ProgressChart : public QChartView
{
    Q_OBJECT
public:
    explicit ProgressChart(QWidget *parent = nullptr);

    // Oldest first.
    void setPoints(const QList<ProgressPoint> &points);
    const QList<ProgressPoint> &points() const { return m_points; }
    QList<int> scores() const;
    bool isEmpty() const { return m_points.isEmpty(); }

    // What the chart says when there is nothing to draw (by default "No scored sessions yet").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // The point under `pos` (within a few pixels), or -1; what its tooltip says.
    int pointAt(const QPoint &pos) const;
    QString pointToolTip(int index) const;

    QValueAxis *scoreAxis() const { return m_scoreAxis; }
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    // The scenarios' lines, in the order their first session was played.
    const QList<QLineSeries *> &scenarioLines() const { return m_lines; }

    QSize sizeHint() const override { return {360, 170}; }
    QSize minimumSizeHint() const override { return {160, 110}; }

protected:
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void styleAxes();
    void describe();
    QPointF pointPosition(qsizetype index) const; // in the viewport

    QList<ProgressPoint> m_points;
    QString m_placeholder;
    bool m_customPlaceholder = false;
    QValueAxis *m_scoreAxis = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QList<QLineSeries *> m_bandEdges;
    QList<QLineSeries *> m_lines;       // one per scenario
    QList<QScatterSeries *> m_markers;  // one per scenario
    QList<int> m_seriesOf;              // for each point, its scenario's index in m_lines
};

} // namespace calma::gui
