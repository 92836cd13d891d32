// A small chart of the customer's heat across a conversation, one point per customer message, with
// the level bands behind it.
#pragma once

#include <QWidget>

namespace calma::gui {

class HeatChart : public QWidget
{
    Q_OBJECT
public:
    explicit HeatChart(QWidget *parent = nullptr);

    void setHeats(const QList<int> &heats);
    const QList<int> &heats() const { return m_heats; }
    QSize sizeHint() const override { return {240, 56}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_heats;
};

} // namespace calma::gui
