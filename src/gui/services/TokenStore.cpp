// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/TokenStore.h"

#include "AppInfo.h"
#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace attendance::gui {

namespace {

const QString &keyName()
{
    static const QString key = QStringLiteral("hubspot-access-token");
    return key;
}

} // namespace

template <typename JobType> JobType *TokenStore::makeJob()
{
    auto *job = new JobType(m_service, this);
    job->setKey(keyName());
    job->setAutoDelete(true);
    // Explicit, although it is the default: a token must never land in a plain file.
    job->setInsecureFallback(false);
    return job;
}

TokenStore::TokenStore(QObject *parent)
    : TokenStore(QString::fromLatin1(appinfo::kAppId), parent)
{ }

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

QString TokenStore::describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("access to the keychain was denied");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return tr("no system keychain is available on this computer");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return job->errorString();
}

void TokenStore::read()
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        qCDebug(lcUi) << "keychain read finished with code" << job->error(); // never the token
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            Q_EMIT tokenRead(job->error() == QKeychain::NoError ? job->textData() : QString());
            return;
        }
        qCWarning(lcUi) << "keychain read failed:" << job->error();
        Q_EMIT failed(tr("The token saved in the system keychain could not be read (%1). "
                         "Paste it again.")
                          .arg(describe(job)));
    });
    job->start();
}

void TokenStore::write(const QString &token)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>();
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT written();
            return;
        }
        qCWarning(lcUi) << "keychain write failed:" << job->error();
        Q_EMIT failed(tr("The token could not be saved in the system keychain (%1), so it is not "
                         "remembered. You will need to paste it next time.")
                          .arg(describe(job)));
    });
    job->start();
}

void TokenStore::remove()
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            Q_EMIT removed();
            return;
        }
        qCWarning(lcUi) << "keychain delete failed:" << job->error();
        Q_EMIT failed(tr("The saved token could not be removed from the system keychain (%1). "
                         "Remove it with your system's password manager.")
                          .arg(describe(job)));
    });
    job->start();
}

} // namespace attendance::gui
