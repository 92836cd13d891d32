// Import a help-desk export: pick the file, confirm the columns Calma recognised, watch the progress
// (with a cancel button), and read what was imported — or why nothing was.
#pragma once

#include "io/importer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace calma::gui {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);  // reads the columns and proposes a mapping
    void startImport();                 // off the UI thread
    void cancel();
    bool isReading() const; // the chosen file's columns are still being read
    bool isRunning() const;
    QString reportText() const;
    const ImportReport &report() const { return m_report; }
    QFuture<ImportReport> future() const { return m_watcher.future(); }

signals:
    void imported(const ImportReport &report);

private:
    void chooseFile();
    void previewed();
    void finished();
    void updateProgress();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const ToneAnalyzer> m_analyzer;
    QString m_path;
    ImportPreview m_preview;
    ImportReport m_report;
    QLineEdit *m_file = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QPlainTextEdit *m_skipped = nullptr;   // the rows left out, each with its line and reason
    QFutureWatcher<ImportPreview> m_previewWatcher;
    bool m_reading = false; // from choosing a file until its columns are shown
    QFormLayout *m_columns = nullptr;
    QList<QComboBox *> m_fieldBoxes;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> m_total = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace calma::gui
