// Settings dialog and the settings it edits.
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace calma::gui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QPlainTextEdit *fileList(const QStringList &files, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(files.join(u'\n'), parent);
    edit->setMaximumHeight(60);
    edit->setPlaceholderText(SettingsDialog::tr("One file per line"));
    return edit;
}

} // namespace

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.agentName = s.value(QStringLiteral("agent/name")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.databaseUrl = s.value(QStringLiteral("database/url")).toString();
    a.waitWarnMinutes = s.value(QStringLiteral("inbox/waitWarnMinutes"), 60).toInt();
    a.waitAlertMinutes = s.value(QStringLiteral("inbox/waitAlertMinutes"), 240).toInt();
    a.lexicons = s.value(QStringLiteral("team/lexicons")).toStringList();
    a.phrases = s.value(QStringLiteral("team/phrases")).toStringList();
    a.replies = s.value(QStringLiteral("team/replies")).toStringList();
    a.scenarioFolders = s.value(QStringLiteral("team/scenarios")).toStringList();
    a.importTimeZone = s.value(QStringLiteral("import/timeZone")).toString();
    a.notifications = s.value(QStringLiteral("ui/notifications"), true).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("agent/name"), agentName);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("database/url"), databaseUrl);
    s.setValue(QStringLiteral("inbox/waitWarnMinutes"), waitWarnMinutes);
    s.setValue(QStringLiteral("inbox/waitAlertMinutes"), waitAlertMinutes);
    s.setValue(QStringLiteral("team/lexicons"), lexicons);
    s.setValue(QStringLiteral("team/phrases"), phrases);
    s.setValue(QStringLiteral("team/replies"), replies);
    s.setValue(QStringLiteral("team/scenarios"), scenarioFolders);
    s.setValue(QStringLiteral("import/timeZone"), importTimeZone);
    s.setValue(QStringLiteral("ui/notifications"), notifications);
}

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_agent = new QLineEdit(settings.agentName, this);
    m_agent->setObjectName(QStringLiteral("agentName"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_database = new QLineEdit(settings.databaseUrl, this);
    m_database->setObjectName(QStringLiteral("databaseUrl"));
    m_database->setPlaceholderText(tr("Calma's own SQLite file, or postgresql://user@host:port/db for a team"));
    m_warn = new QSpinBox(this);
    m_warn->setRange(1, 24 * 60);
    m_warn->setSuffix(tr(" min"));
    m_warn->setValue(settings.waitWarnMinutes);
    m_alert = new QSpinBox(this);
    m_alert->setRange(1, 7 * 24 * 60);
    m_alert->setSuffix(tr(" min"));
    m_alert->setValue(settings.waitAlertMinutes);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("importTimeZone"));
    m_timeZone->addItem(tr("UTC"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(settings.importTimeZone)));
    m_notifications = new QCheckBox(tr("Desktop notifications for hostile messages and waits past red"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(settings.notifications);
    m_lexicons = fileList(settings.lexicons, this);
    m_phrases = fileList(settings.phrases, this);
    m_replies = fileList(settings.replies, this);
    m_scenarios = fileList(settings.scenarioFolders, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name (signs your replies):"), m_agent);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Waiting shows &amber after:"), m_warn);
    form->addRow(tr("Waiting shows &red after:"), m_alert);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("Imported times without a &zone are in:"), m_timeZone);
    form->addRow(tr("Team le&xicons:"), m_lexicons);
    form->addRow(tr("Team &phrase lists:"), m_phrases);
    form->addRow(tr("Team r&eply parts:"), m_replies);
    form->addRow(tr("Team role-play &scenario folders:"), m_scenarios);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The language, the database and the team files take effect the next time Calma starts."), this));
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings a;
    a.agentName = m_agent->text().trimmed();
    a.language = m_language->currentData().toString();
    a.databaseUrl = m_database->text().trimmed();
    a.waitWarnMinutes = m_warn->value();
    a.waitAlertMinutes = std::max(m_alert->value(), m_warn->value());
    a.lexicons = lines(m_lexicons);
    a.phrases = lines(m_phrases);
    a.replies = lines(m_replies);
    a.scenarioFolders = lines(m_scenarios);
    a.importTimeZone = m_timeZone->currentData().toString();
    a.notifications = m_notifications->isChecked();
    return a;
}

} // namespace calma::gui
