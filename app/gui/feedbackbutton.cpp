// The "This score is wrong…" button and its menu.
#include "feedbackbutton.h"

#include <QEvent>
#include <QMenu>

namespace calma::gui {

FeedbackButton::FeedbackButton(QWidget *parent) : QPushButton(parent)
{
    // A menu rather than a plain click: the agent says what is wrong in one step, with the keyboard
    // too (Space opens it, the arrows choose).
    auto *menu = new QMenu(this);
    m_tooHigh = menu->addAction(QString());
    m_tooHigh->setObjectName(QStringLiteral("feedbackTooHigh"));
    m_tooLow = menu->addAction(QString());
    m_tooLow->setObjectName(QStringLiteral("feedbackTooLow"));
    m_wrongKind = menu->addAction(QString());
    m_wrongKind->setObjectName(QStringLiteral("feedbackWrongKind"));
    setMenu(menu);
    connect(m_tooHigh, &QAction::triggered, this, [this] { emit verdictChosen(FeedbackVerdict::TooHigh); });
    connect(m_tooLow, &QAction::triggered, this, [this] { emit verdictChosen(FeedbackVerdict::TooLow); });
    connect(m_wrongKind, &QAction::triggered, this, [this] { emit verdictChosen(FeedbackVerdict::WrongKind); });
    retranslate();
}

QAction *FeedbackButton::action(FeedbackVerdict verdict) const
{
    switch (verdict) {
    case FeedbackVerdict::TooHigh: return m_tooHigh;
    case FeedbackVerdict::TooLow: return m_tooLow;
    case FeedbackVerdict::WrongKind: return m_wrongKind;
    }
    return nullptr;
}

void FeedbackButton::retranslate()
{
    setText(tr("This score is &wrong…"));
    setToolTip(tr("Tell Calma how this score is off: your feedback helps tune the lexicon"));
    m_tooHigh->setText(tr("Too &high…"));
    m_tooLow->setText(tr("Too &low…"));
    m_wrongKind->setText(tr("The wrong &kind…"));
}

void FeedbackButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

} // namespace calma::gui
