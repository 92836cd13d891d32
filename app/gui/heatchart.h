// A small chart of the customer's heat across a conversation, one point per customer message, drawn
// with Qt Charts: a heat axis 0–100 with the level bands behind it (calm, tense, heated, hostile), a
// time axis (or the message's number when the times are not known), and a tooltip on each point with
// its time and heat. It is meant to be short (about 56–100 px): no legend, no title, tight margins.
#pragma once

#include <QChartView>
#include <QList>
#include <utility>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace calma::gui {

class HeatChart : public QChartView
{
    Q_OBJECT
public:
    explicit HeatChart(QWidget *parent = nullptr);

    // The heats alone, oldest first: the horizontal axis numbers the messages.
    void setHeats(const QList<int> &heats);
    // Each message's time (milliseconds since the epoch) and heat, oldest first: the horizontal axis is time.
    void setPoints(const QList<std::pair<qint64, int>> &points);

    const QList<int> &heats() const { return m_heats; }
    // Empty when only the heats were given.
    const QList<qint64> &times() const { return m_times; }
    bool hasTimes() const { return !m_times.isEmpty(); }

    QValueAxis *heatAxis() const { return m_heatAxis; }
    // The horizontal axis in use: a QDateTimeAxis with times, a QValueAxis (message number) without.
    QAbstractAxis *timeAxis() const;
    // One point per message, at (time or number, heat).
    QScatterSeries *pointSeries() const { return m_points; }

    // What a point's tooltip says ("14:32 · heat 62, heated"); the point under `pos` (within a few pixels), or -1.
    QString pointToolTip(int index) const;
    int pointAt(const QPoint &pos) const;

    QSize sizeHint() const override { return {240, 88}; }
    QSize minimumSizeHint() const override { return {120, 56}; }

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void styleAxes();
    void describe();

    QList<int> m_heats;
    QList<qint64> m_times;
    QValueAxis *m_heatAxis = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_numberAxis = nullptr;
    QList<QLineSeries *> m_bandEdges; // upper and lower edge of each band, stretched over the x range
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_points = nullptr;
};

} // namespace calma::gui
