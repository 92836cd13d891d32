// The agent's draft with live coaching: escalating phrases underlined as they are typed, a tooltip
// with the softer rewrites (click one to apply it), the draft's own heat meter, and the verdict.
#pragma once

#include "coach/coach.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace calma::gui {

class DraftHighlighter;
class HeatMeter;

class DraftEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DraftEditor(std::shared_ptr<const Coach> coach, QWidget *parent = nullptr);

    void setCustomerMessage(const QString &message); // what the draft answers
    // Off: a plain editor (no underlines, heat, verdict or second look), as a trainer may choose for practice.
    void setCoaching(bool on);
    bool coaching() const { return m_coaching; }
    void setText(const QString &text);
    // A send that could not be stored: the draft is back in the editor and the reason is shown.
    void sendFailed(const QString &draft, const QString &reason);
    QString text() const;
    const DraftReview &review() const { return m_review; }
    QPlainTextEdit *editor() const { return m_editor; }
    // Replaces the flag at `index` with its rewrite number `rewrite`.
    void applyRewrite(int index, int rewrite);

signals:
    void sendRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    void send();
    void showRewriteMenu(const QPoint &viewportPos, const QPoint &globalPos);

    std::shared_ptr<const Coach> m_coach;
    QString m_customerMessage;
    DraftReview m_review;
    QString m_checkedText; // the text m_review is for
    bool m_checked = false;
    bool m_coaching = true;
    QPlainTextEdit *m_editor = nullptr;
    DraftHighlighter *m_highlighter = nullptr;
    HeatMeter *m_heat = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace calma::gui
