// "This score is wrong": the agent says how Calma's score of a message is off (too high, too low, the
// wrong kind), optionally the level or kind it should be and why; saved off the UI thread.
#pragma once

#include "feedback/scorefeedback.h"
#include "storage/database.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace calma::gui {

class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    // `subject` is what was scored: text, language, heat, its message (if stored) and the agent.
    // `calmaKind` is the dimension Calma read most strongly, shown so that the agent can say it is wrong.
    FeedbackDialog(const ScoreFeedback &subject, std::optional<FeedbackVerdict> verdict, std::optional<ToneDimension> calmaKind,
                   std::shared_ptr<Database> database, QWidget *parent = nullptr);

    // Opens a dialog over `parent` (window-modal, deleted once closed) and returns it.
    static FeedbackDialog *ask(QWidget *parent, const ScoreFeedback &subject, std::optional<FeedbackVerdict> verdict,
                               std::optional<ToneDimension> calmaKind, std::shared_ptr<Database> database);
    static QString savedMessage(); // for the status bar, once saved
    // The heat-raising dimension Calma read most strongly, if any.
    static std::optional<ToneDimension> strongestKind(const ToneReport &report);

    ScoreFeedback feedback() const; // the subject with what the agent chose
    bool isSaving() const { return m_busy; }

public slots:
    void accept() override; // saves; the dialog closes once the feedback is stored
    void reject() override; // not while saving: the agent would not learn whether it was saved

signals:
    void saved(qint64 id);

private:
    struct Saved
    {
        std::optional<qint64> id;
        QString error;
    };

    std::optional<FeedbackVerdict> verdict() const;
    void updateLevels();  // the levels that agree with the verdict
    void updateEnabled();
    void saveFinished();

    ScoreFeedback m_subject;
    std::shared_ptr<Database> m_database;
    QButtonGroup *m_verdicts = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Saved> m_saving;
    bool m_busy = false; // from the click on Save until its answer is shown
};

} // namespace calma::gui
