// "This score is wrong…": a button next to a heat, with a menu of what is wrong (too high, too low,
// the wrong kind), for the tone check and the conversation's assistant alike.
#pragma once

#include "feedback/scorefeedback.h"

#include <QPushButton>

class QAction;

namespace calma::gui {

class FeedbackButton : public QPushButton
{
    Q_OBJECT
public:
    explicit FeedbackButton(QWidget *parent = nullptr);

    QAction *action(FeedbackVerdict verdict) const;

signals:
    void verdictChosen(calma::FeedbackVerdict verdict);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_tooHigh = nullptr;
    QAction *m_tooLow = nullptr;
    QAction *m_wrongKind = nullptr;
};

} // namespace calma::gui
