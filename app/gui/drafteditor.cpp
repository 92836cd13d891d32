// Draft editor and its highlighter.
#include "drafteditor.h"

#include "heatmeter.h"
#include "toneformat.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace calma::gui {

// Underlines the flags of the latest review; flags carry offsets into the whole draft, and each block
// formats the part of them it holds.
class DraftHighlighter : public QSyntaxHighlighter
{
public:
    explicit DraftHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

    void setFlags(const QList<DraftFlag> &flags)
    {
        m_flags = flags;
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const int blockStart = currentBlock().position();
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(ToneFormat::levelColor(ToneLevel::Hostile));
        for (const DraftFlag &flag : m_flags) {
            const int start = std::max<int>(int(flag.start) - blockStart, 0);
            const int end = std::min<int>(int(flag.end) - blockStart, int(text.size()));
            if (start < end)
                setFormat(start, end - start, format);
        }
    }

private:
    QList<DraftFlag> m_flags;
};

DraftEditor::DraftEditor(std::shared_ptr<const Coach> coach, QWidget *parent) : QWidget(parent), m_coach(std::move(coach))
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("draftEditor"));
    m_editor->setAccessibleName(tr("Your reply"));
    m_editor->setPlaceholderText(tr("Write your reply, or pick a suggestion. Phrases that escalate are underlined: hover them for a softer way to say it, right-click to apply one."));
    m_editor->viewport()->installEventFilter(this);
    m_highlighter = new DraftHighlighter(m_editor->document());
    m_heat = new HeatMeter(this);
    m_heat->setObjectName(QStringLiteral("draftHeat"));
    m_heat->setSubject(tr("Heat of your reply"));
    m_heat->setCaption(tr("Your reply"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("draftVerdict"));
    m_verdict->setWordWrap(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the reply (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    // Ctrl+Return sends from anywhere in the window while this editor is on screen; the button keeps
    // its Alt mnemonic (a button's own shortcut would replace it).
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sendShortcut = new QShortcut(keys, this);
        connect(sendShortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled())
                send();
        });
    }
    m_editor->setTabChangesFocus(true);
    auto *status = new QHBoxLayout;
    status->addWidget(m_heat);
    status->addWidget(m_verdict, 1);
    status->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(status);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &DraftEditor::recheck);
    connect(m_send, &QPushButton::clicked, this, &DraftEditor::send);
    recheck();
}

void DraftEditor::setCustomerMessage(const QString &message)
{
    m_customerMessage = message;
    m_checked = false;
    recheck();
}

void DraftEditor::setCoaching(bool on)
{
    m_coaching = on;
    m_heat->setVisible(on);
    m_verdict->setVisible(on);
    m_checked = false;
    recheck();
}

void DraftEditor::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString DraftEditor::text() const
{
    return m_editor->toPlainText();
}

void DraftEditor::recheck()
{
    // Re-highlighting changes formats, which QPlainTextEdit reports as a change too: only new text counts.
    const QString draft = m_editor->toPlainText();
    if (m_checked && draft == m_checkedText)
        return;
    m_checked = true;
    m_checkedText = draft;
    if (draft.trimmed().isEmpty() || !m_coaching) {
        m_review = {};
        m_highlighter->setFlags({});
        m_heat->clear();
        m_verdict->clear();
        m_send->setEnabled(!draft.trimmed().isEmpty());
        return;
    }
    m_review = m_coach->review(draft, m_customerMessage);
    m_highlighter->setFlags(m_review.flags);
    m_heat->setHeat(m_review.tone.heat);
    m_verdict->setText(QStringLiteral("<b>") + ToneFormat::verdictText(verdictName(m_review.verdict)).toHtmlEscaped() + QStringLiteral("</b> — ")
                       + m_review.reason.toHtmlEscaped());
    m_send->setEnabled(true);
}

void DraftEditor::applyRewrite(int index, int rewrite)
{
    if (index < 0 || index >= m_review.flags.size() || rewrite < 0 || rewrite >= m_review.flags.at(index).rewrites.size())
        return;
    const DraftFlag flag = m_review.flags.at(index);
    // The whole draft is rewritten so the capital, the comma and the spacing around the phrase fit
    // (one undo step).
    const QString before = m_editor->toPlainText();
    const QString after = DraftCoach::applyRewrite(before, flag, flag.rewrites.at(rewrite));
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(after);
    cursor.endEditBlock();
    // The caret goes to the end of the rewritten phrase, where the agent was working.
    cursor.setPosition(int(std::clamp<qsizetype>(flag.end + after.size() - before.size(), 0, after.size())));
    m_editor->setTextCursor(cursor);
}

void DraftEditor::showRewriteMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int position = m_editor->cursorForPosition(viewportPos).position();
    for (int i = 0; i < m_review.flags.size(); ++i) {
        const DraftFlag &flag = m_review.flags.at(i);
        if (position < flag.start || position >= flag.end)
            continue;
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        for (int r = 0; r < flag.rewrites.size(); ++r)
            menu.addAction(tr("Replace with “%1”").arg(flag.rewrites.at(r)), this, [this, i, r] { applyRewrite(i, r); });
        menu.exec(globalPos);
        return;
    }
    QMenu *standard = m_editor->createStandardContextMenu();
    standard->exec(globalPos);
    delete standard;
}

bool DraftEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_editor->cursorForPosition(help->pos()).position();
        for (const DraftFlag &flag : m_review.flags) {
            if (position >= flag.start && position < flag.end) {
                QToolTip::showText(help->globalPos(), flag.why + QStringLiteral("\n") + tr("Instead: %1").arg(flag.rewrites.join(QStringLiteral(" · "))),
                                   m_editor->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::ContextMenu) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        showRewriteMenu(menu->pos(), menu->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DraftEditor::sendFailed(const QString &draft, const QString &reason)
{
    setText(draft);
    m_verdict->setText(QStringLiteral("<span style=\"color:#b00020\"><b>%1</b> %2</span>")
                           .arg(tr("Not sent.").toHtmlEscaped(), tr("The reply was not saved and is still here: %1").arg(reason).toHtmlEscaped()));
}

void DraftEditor::send()
{
    const QString draft = m_editor->toPlainText().trimmed();
    if (draft.isEmpty())
        return;
    if (m_review.verdict == Verdict::Rewrite) {
        QMessageBox box(QMessageBox::Warning, tr("Send this reply?"),
                        tr("<p>%1</p><p>The first one to get angry loses. Send it anyway?</p>").arg(m_review.reason.toHtmlEscaped()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmSend"));
        QPushButton *sendAnyway = box.addButton(tr("&Send anyway"), QMessageBox::AcceptRole);
        QPushButton *keepEditing = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keepEditing);
        box.setEscapeButton(keepEditing);
        box.exec();
        if (box.clickedButton() != sendAnyway)
            return;
    }
    // Cleared first: a send that cannot be stored puts the draft back (sendFailed).
    m_editor->clear();
    emit sendRequested(draft);
}

} // namespace calma::gui
