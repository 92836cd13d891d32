// Settings dialog and the settings it edits.
#include "settingsdialog.h"

#include "mailerrortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
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

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent, const QString &mailPassword)
    : QDialog(parent), m_storedPassword(mailPassword)
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
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(new QLabel(tr("The language, the database and the team files take effect the next time Calma starts."), general));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(mailPage(settings.mail), tr("&Mail"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::mailPage(const MailAccount &account)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("mailPage"));
    auto field = [page](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, page);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_imap = field(QStringLiteral("imapServer"), account.imapServer, tr("imaps://mail.example.com:993/INBOX"));
    m_smtp = field(QStringLiteral("smtpServer"), account.smtpServer, tr("smtps://mail.example.com:465, or smtp://…:587 with STARTTLS"));
    m_smtpLogin = new QCheckBox(tr("The SMTP server needs a l&ogin (the same user and password)"), page);
    m_smtpLogin->setObjectName(QStringLiteral("smtpLogin"));
    m_smtpLogin->setChecked(account.smtpLogin);
    m_mailUser = field(QStringLiteral("mailUser"), account.user, tr("soporte@example.com"));
    m_teamAddress = field(QStringLiteral("teamAddress"), account.teamAddress, tr("Support <soporte@example.com>"));
    m_mailPassword = field(QStringLiteral("mailPassword"), QString(),
                           m_storedPassword.isEmpty() ? tr("Kept in the system keychain") : tr("Stored in the system keychain; type to change it"));
    m_mailPassword->setEchoMode(QLineEdit::Password);
    m_mailCertificate = field(QStringLiteral("mailCertificate"), account.caCertificateFile, tr("Only for a team server with its own certificate (PEM)"));
    m_mailTest = new QPushButton(tr("&Test connection"), page);
    m_mailTest->setObjectName(QStringLiteral("mailTest"));
    m_mailResult = new QLabel(page);
    m_mailResult->setObjectName(QStringLiteral("mailTestResult"));
    m_mailResult->setWordWrap(true);
    m_mailResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_mailTest, &QPushButton::clicked, this, &SettingsDialog::testMailConnection);
    auto *form = new QFormLayout;
    form->addRow(tr("&IMAP server (incoming):"), m_imap);
    form->addRow(tr("&SMTP server (outgoing):"), m_smtp);
    form->addRow(QString(), m_smtpLogin);
    form->addRow(tr("&User:"), m_mailUser);
    form->addRow(tr("&Password:"), m_mailPassword);
    form->addRow(tr("Team &address (replies go from it):"), m_teamAddress);
    form->addRow(tr("Team server's &certificate:"), m_mailCertificate);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_mailTest, 0, Qt::AlignLeft);
    layout->addWidget(m_mailResult);
    layout->addStretch();
    return page;
}

MailAccount SettingsDialog::mailAccount() const
{
    MailAccount account;
    account.imapServer = m_imap->text().trimmed();
    account.smtpServer = m_smtp->text().trimmed();
    account.smtpLogin = m_smtpLogin->isChecked();
    account.user = m_mailUser->text().trimmed();
    account.teamAddress = m_teamAddress->text().trimmed();
    account.caCertificateFile = m_mailCertificate->text().trimmed();
    return account;
}

std::optional<QString> SettingsDialog::typedMailPassword() const
{
    if (m_mailPassword->text().isEmpty())
        return std::nullopt;
    return m_mailPassword->text();
}

void SettingsDialog::testMailConnection()
{
    const MailAccount account = mailAccount();
    if (account.imapServer.isEmpty() && account.smtpServer.isEmpty()) {
        m_mailResult->setText(tr("Give the IMAP or the SMTP server first."));
        return;
    }
    const quint64 generation = ++m_testGeneration;
    m_mailTest->setEnabled(false);
    m_mailResult->setText(tr("Connecting…"));
    auto *watcher = new QFutureWatcher<AccountCheck>(this);
    connect(watcher, &QFutureWatcher<AccountCheck>::finished, this, [this, watcher, generation, account] {
        watcher->deleteLater();
        if (generation != m_testGeneration)
            return;
        m_mailTest->setEnabled(true);
        const AccountCheck check = watcher->result();
        QStringList lines;
        // What works is said in the interface's language; what fails too, with the server's own words after it.
        auto line = [&lines](const QString &server, const ServerCheck &c, const QString &working) {
            if (c.tried)
                lines << (c.ok ? tr("%1: working (%2)").arg(server, working)
                               : tr("%1: not working: %2").arg(server, MailErrorText::describe(c.errorKind, c.message)));
        };
        QString ignored;
        const std::optional<ImapUrl> imap = account.imapUrl(&ignored);
        line(tr("IMAP"), check.imap,
             imap ? tr("signed in to %1 as %2; mailbox %3 found").arg(imap->host, imap->user, imap->mailbox) : QString());
        line(tr("SMTP"), check.smtp,
             account.smtpLogin && !account.user.isEmpty() ? tr("it takes mail from %1").arg(account.user) : tr("it takes mail"));
        m_mailResult->setText(lines.join(u'\n'));
    });
    watcher->setFuture(QtConcurrent::run(checkAccount, account, typedMailPassword().value_or(m_storedPassword), 15000));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings a;
    a.agentName = m_agent->text().trimmed();
    a.language = m_language->currentData().toString();
    a.databaseUrl = m_database->text().trimmed();
    a.waitWarnMinutes = m_warn->value();
    a.waitAlertMinutes = std::max(m_alert->value(), m_warn->value());
    a.mail = mailAccount();
    a.lexicons = lines(m_lexicons);
    a.phrases = lines(m_phrases);
    a.replies = lines(m_replies);
    a.scenarioFolders = lines(m_scenarios);
    a.importTimeZone = m_timeZone->currentData().toString();
    a.notifications = m_notifications->isChecked();
    return a;
}

} // namespace calma::gui
