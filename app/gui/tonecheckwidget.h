// Paste or type a message and see its heat, level and the evidence highlighted in the text.
#pragma once

#include "tone/toneanalyzer.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace calma::gui {

class ToneCheckWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ToneCheckWidget(std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent = nullptr);

    void setText(const QString &text);
    const ToneReport &report() const { return m_report; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void analyze();
    void showReport();
    void highlightEvidence();
    void retranslate();

    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    ToneReport m_report;
    QLabel *m_intro = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QProgressBar *m_heat = nullptr;
    QLabel *m_level = nullptr;
    QTreeWidget *m_evidence = nullptr;
};

} // namespace calma::gui
