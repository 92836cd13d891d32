// Import dialog.
#include "importdialog.h"

#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace calma::gui {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == u"ticket-id")
        return ImportDialog::tr("Ticket or conversation id");
    if (field == u"message-id")
        return ImportDialog::tr("Message id");
    if (field == u"subject")
        return ImportDialog::tr("Subject");
    if (field == u"body")
        return ImportDialog::tr("Message text (required)");
    if (field == u"name")
        return ImportDialog::tr("Customer name");
    if (field == u"email")
        return ImportDialog::tr("Customer e-mail");
    if (field == u"created-at")
        return ImportDialog::tr("Date and time");
    if (field == u"direction")
        return ImportDialog::tr("From customer or agent");
    if (field == u"author")
        return ImportDialog::tr("Author");
    if (field == u"channel")
        return ImportDialog::tr("Channel");
    return field;
}

QString mapped(const ColumnMapping &m, const QString &field)
{
    if (field == u"ticket-id") return m.ticketId;
    if (field == u"message-id") return m.messageId;
    if (field == u"subject") return m.subject;
    if (field == u"body") return m.body;
    if (field == u"name") return m.customerName;
    if (field == u"email") return m.customerEmail;
    if (field == u"created-at") return m.createdAt;
    if (field == u"direction") return m.direction;
    if (field == u"author") return m.author;
    if (field == u"channel") return m.channel;
    return {};
}

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<Database> database, std::shared_ptr<const ToneAnalyzer> analyzer, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_analyzer(std::move(analyzer))
{
    setWindowTitle(tr("Import conversations"));
    // The path can be typed or pasted (Return reads it) or chosen.
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("File to import"));
    m_file->setPlaceholderText(tr("Type or paste the path of an export, or choose it"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->addItem(tr("Decide from the file (ISO 8601 is always read)"), int(DateFormat::Auto));
    m_dateFormat->addItem(tr("Day first (31/01/2026)"), int(DateFormat::DayFirst));
    m_dateFormat->addItem(tr("Month first (01/31/2026)"), int(DateFormat::MonthFirst));
    m_dateFormat->addItem(tr("Seconds since 1970"), int(DateFormat::EpochSeconds));
    m_dateFormat->addItem(tr("Milliseconds since 1970"), int(DateFormat::EpochMilliseconds));
    auto *dateLabel = new QLabel(tr("&Dates:"), this);
    dateLabel->setBuddy(m_dateFormat);
    m_skipBadRows = new QCheckBox(tr("&Skip rows with errors and list them (otherwise one bad row stops the import)"), this);
    m_skipBadRows->setObjectName(QStringLiteral("importSkipBadRows"));
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(dateLabel);
    optionsRow->addWidget(m_dateFormat, 1);
    m_skipped = new QPlainTextEdit(this);
    m_skipped->setObjectName(QStringLiteral("importSkipped"));
    m_skipped->setReadOnly(true);
    m_skipped->setAccessibleName(tr("Rows left out"));
    m_skipped->setMaximumHeight(120);
    m_skipped->hide();
    auto *columns = new QWidget(this);
    m_columns = new QFormLayout(columns);
    for (const QString &field : Importer::fieldNames()) {
        auto *box = new QComboBox(columns);
        box->setObjectName(QStringLiteral("column-") + field);
        box->setAccessibleName(fieldLabel(field));
        m_fieldBoxes << box;
        m_columns->addRow(fieldLabel(field), box);
    }
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_status = new QLabel(tr("Choose a CSV, JSON or JSON Lines export of your help desk."), this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(new QLabel(tr("Columns found in the file (check them before importing):"), this));
    layout->addWidget(columns);
    layout->addLayout(optionsRow);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_skipped);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::returnPressed, this, [this] {
        if (m_file->text().trimmed() != m_path)
            setFile(m_file->text().trimmed());
    });
    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this, &ImportDialog::previewed);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : reject(); });
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportDialog::finished);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, &ImportDialog::updateProgress);
    poll->start();
}

ImportDialog::~ImportDialog()
{
    // Closing the dialog cancels an import that is still running: nothing of it is written.
    m_cancelled->store(true);
    m_watcher.waitForFinished();
    m_previewWatcher.waitForFinished();
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("import/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import conversations"), folder,
                                                      tr("Help-desk exports (*.csv *.json *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_import->setEnabled(false);
    m_skipped->hide();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_reading = true;
    // A large file takes a while to read: off the UI thread, like the import.
    m_previewWatcher.setFuture(QtConcurrent::run([path] { return Importer::preview(path); }));
}

void ImportDialog::previewed()
{
    if (m_previewWatcher.future().resultCount() == 0)
        return;
    m_preview = m_previewWatcher.result();
    m_reading = false;
    for (qsizetype i = 0; i < m_fieldBoxes.size(); ++i) {
        QComboBox *box = m_fieldBoxes.at(i);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_preview.columns))
            box->addItem(column, column);
        const int index = box->findData(mapped(m_preview.mapping, Importer::fieldNames().at(i)));
        box->setCurrentIndex(std::max(index, 0));
    }
    if (!m_preview.error.isEmpty())
        m_status->setText(tr("This file cannot be imported: %1").arg(m_preview.error));
    else if (!m_preview.mappingError.isEmpty())
        m_status->setText(tr("%n row(s). Choose the column that holds the message text.", nullptr, int(m_preview.rows)));
    else
        m_status->setText(tr("%n row(s) ready to import.", nullptr, int(m_preview.rows)));
    m_import->setEnabled(m_preview.error.isEmpty());
}

bool ImportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

bool ImportDialog::isReading() const
{
    return m_reading;
}

void ImportDialog::startImport()
{
    if (m_path.isEmpty() || isRunning() || isReading())
        return;
    ImportOptions options;
    options.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    options.skipBadRows = m_skipBadRows->isChecked();
    if (const QString zone = AppSettings::load().importTimeZone; !zone.isEmpty())
        options.timeZone = QTimeZone(zone.toUtf8()); // File → Settings: the zone of times written without one
    for (qsizetype i = 0; i < m_fieldBoxes.size(); ++i) {
        const QString column = m_fieldBoxes.at(i)->currentData().toString();
        if (!column.isEmpty())
            options.columns.insert(Importer::fieldNames().at(i), column);
    }
    m_done->store(0);
    m_total->store(0);
    m_cancelled->store(false);
    auto done = m_done, total = m_total;
    auto cancelled = m_cancelled;
    options.progress = [done, total, cancelled](qint64 d, qint64 t) {
        done->store(d);
        total->store(t);
        return !cancelled->load();
    };
    m_import->setEnabled(false);
    m_status->setText(tr("Scoring and importing…"));
    const Importer importer(m_database, m_analyzer);
    m_watcher.setFuture(QtConcurrent::run([importer, path = m_path, options] { return importer.importFile(path, options); }));
}

void ImportDialog::cancel()
{
    m_cancelled->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ImportDialog::updateProgress()
{
    if (!isRunning())
        return;
    const qint64 total = m_total->load();
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(1000 * m_done->load() / total));
}

void ImportDialog::finished()
{
    m_report = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(m_report.ok ? 1 : 0);
    m_status->setText(reportText());
    m_skipped->setPlainText(m_report.skipped.join(u'\n'));
    m_skipped->setVisible(!m_report.skipped.isEmpty());
    m_import->setEnabled(!m_report.ok);
    m_cancel->setText(tr("Close"));
    emit imported(m_report);
}

QString ImportDialog::reportText() const
{
    if (m_report.cancelled)
        return tr("Import cancelled: nothing was written.");
    if (!m_report.ok)
        return tr("Nothing was imported. %1").arg(m_report.error);
    QString text = tr("Imported %1 messages in %2 new conversations; %3 were already there.")
                       .arg(m_report.messagesAdded)
                       .arg(m_report.conversationsAdded)
                       .arg(m_report.alreadyPresent);
    if (m_report.notesLeftOut > 0)
        text += u' ' + tr("%n internal note(s) left out: they are not part of the conversation.", nullptr, int(m_report.notesLeftOut));
    if (!m_report.skipped.isEmpty())
        text += u' ' + tr("%n row(s) with errors left out, listed below.", nullptr, int(m_report.skipped.size()));
    return text;
}

} // namespace calma::gui
