// QtKeychain jobs for the mail password.
#include "mailpassword.h"

#include <qt6keychain/keychain.h>

namespace calma::gui {
namespace {

const QString kService = QStringLiteral("Calma");
const QString kKey = QStringLiteral("mail-account");

} // namespace

void readMailPassword(QObject *context, std::function<void(std::optional<QString>, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, context);
    job->setKey(kKey);
    job->setInsecureFallback(false); // never a clear-text file instead
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else
            done(std::nullopt, job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
    });
    job->start();
}

void writeMailPassword(QObject *context, const QString &password, std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, context);
    job->setKey(kKey);
    job->setInsecureFallback(false);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace calma::gui
