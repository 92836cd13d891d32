// The assistant beside a conversation: the customer's heat and its dimensions, what they are asking
// (requests and facts), and the suggested replies with their reasons; "Use" puts one in the draft.
#pragma once

#include "coach/coach.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;

namespace calma::gui {

class FeedbackButton;
class HeatMeter;

class AssistantPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssistantPanel(QWidget *parent = nullptr);

    void show(const QString &message, const CustomerReading &reading, const QList<Suggestion> &suggestions);
    void clear();
    const QList<Suggestion> &suggestions() const { return m_suggestions; }
    // "This score is wrong…" next to the customer's heat; enabled while a message is shown.
    FeedbackButton *feedbackButton() const { return m_feedback; }

signals:
    void suggestionChosen(const QString &text);

private:
    HeatMeter *m_heat = nullptr;
    FeedbackButton *m_feedback = nullptr;
    QWidget *m_dimensions = nullptr;
    QListWidget *m_asks = nullptr;
    QTabWidget *m_cards = nullptr; // one tab per suggestion: each text keeps its full height
    QList<Suggestion> m_suggestions;
};

} // namespace calma::gui
