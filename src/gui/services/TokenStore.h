// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace attendance::gui {

/// The HubSpot token in the system keychain (QtKeychain), under the app id as the service name.
/// The keychain is the only place a token is ever stored; when it is unavailable the token is
/// simply not remembered: there is no plaintext fallback (after Nextcloud's HTTP credentials).
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    explicit TokenStore(QObject *parent = nullptr);
    /// A store under another keychain service name; tests use one of their own so they never
    /// touch a real stored token.
    explicit TokenStore(const QString &service, QObject *parent = nullptr);

    void read(); ///< tokenRead() or failed() follows.
    void write(const QString &token); ///< written() or failed() follows.
    void remove(); ///< removed() or failed() follows.

Q_SIGNALS:
    /// Empty when nothing is stored.
    void tokenRead(const QString &token);
    void written();
    void removed();
    /// A sentence to show as it is.
    void failed(const QString &message);

private:
    template <typename JobType> JobType *makeJob();
    static QString describe(const QKeychain::Job *job);

    QString m_service;
};

} // namespace attendance::gui
