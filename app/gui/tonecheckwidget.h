// Paste or type a message and see its heat, level and the evidence highlighted in the text.
#pragma once

#include "feedback/scorefeedback.h"
#include "storage/database.h"
#include "tone/toneanalyzer.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace calma::gui {

class FeedbackButton;
class HeatMeter;

class ToneCheckWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ToneCheckWidget(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent = nullptr);

    void setText(const QString &text);
    const ToneReport &report() const { return m_report; }
    // Where "This score is wrong" feedback goes, and who gives it (the agent in the settings).
    void setDatabase(std::shared_ptr<Database> database);
    void setAgentName(const QString &name) { m_agentName = name; }
    FeedbackButton *feedbackButton() const { return m_feedback; }

signals:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void analyze();
    void showReport();
    void highlightEvidence();
    void retranslate();
    void reportScore(FeedbackVerdict verdict);
    void updateFeedbackButton();

    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    ToneReport m_report;
    QLabel *m_intro = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    HeatMeter *m_heat = nullptr;
    QTreeWidget *m_evidence = nullptr;
    FeedbackButton *m_feedback = nullptr;
    std::shared_ptr<Database> m_database;
    QString m_agentName;
};

} // namespace calma::gui
