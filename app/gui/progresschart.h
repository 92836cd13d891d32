// Scores over time: one point per scored session, oldest on the left, on a 0–100 axis with grid lines
// at 25, 50 and 75, the bands behind it coloured like the heat levels (a low score is a hot session).
// Hovering a point names its scenario, date and score; the accessible description lists the scores.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace calma::gui {

struct ProgressPoint
{
    int score = 0;        // 0–100
    QString title{};      // the scenario, shown as the point's tooltip
    qint64 startedMs = 0; // when the session started
};

class ProgressChart : public QWidget
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

    // The point under `pos` (within a few pixels), or -1.
    int pointAt(const QPoint &pos) const;

    QSize sizeHint() const override { return {360, 170}; }
    QSize minimumSizeHint() const override { return {160, 110}; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotArea() const;
    QPointF pointPosition(qsizetype index, const QRectF &area) const;
    void describe();

    QList<ProgressPoint> m_points;
    QString m_placeholder;
    bool m_customPlaceholder = false;
    int m_hover = -1;
};

} // namespace calma::gui
