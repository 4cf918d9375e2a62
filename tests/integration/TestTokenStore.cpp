// SPDX-License-Identifier: GPL-3.0-or-later
// The token in a real system keychain (Secret Service on Linux) through QtKeychain.
#include "services/TokenStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using attendance::gui::TokenStore;

class TestTokenStore final : public QObject
{
    Q_OBJECT

private:
    // A service of its own, so the test never touches a developer's real stored token.
    const QString m_service = QStringLiteral("attendance-importer-test-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);

    bool keychainRequired() const
    {
        return qEnvironmentVariableIntValue("ATTENDANCE_REQUIRE_KEYCHAIN") == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Probe: when no keychain answers, skip — unless this run promised one.
        TokenStore probe(m_service);
        QSignalSpy read(&probe, &TokenStore::tokenRead);
        QSignalSpy failed(&probe, &TokenStore::failed);
        probe.read();
        QTRY_VERIFY_WITH_TIMEOUT(read.count() + failed.count() == 1, 15000);
        if (failed.count() == 1) {
            const QString why = failed.first().first().toString();
            if (keychainRequired())
                QFAIL(qPrintable(u"no keychain although ATTENDANCE_REQUIRE_KEYCHAIN=1: " + why));
            QSKIP(qPrintable(u"no system keychain here: " + why));
        }
        QCOMPARE(
            read.first().first().toString(), QString()); // nothing stored under a fresh service
    }

    void roundTrip()
    {
        const QString token = QStringLiteral("pat-na1-KEYCHAIN-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            TokenStore store(m_service);
            QSignalSpy written(&store, &TokenStore::written);
            QSignalSpy failed(&store, &TokenStore::failed);
            store.write(token);
            QTRY_VERIFY_WITH_TIMEOUT(written.count() + failed.count() == 1, 15000);
            QCOMPARE(failed.count(), 0);
        }
        {
            // A new object (as after a restart) reads it back from the keychain.
            TokenStore store(m_service);
            QSignalSpy read(&store, &TokenStore::tokenRead);
            store.read();
            QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 15000);
            QCOMPARE(read.first().first().toString(), token);
        }
        // No plaintext copy anywhere the app writes files.
        for (const auto location : {QStandardPaths::AppConfigLocation,
                 QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
            }
        }
        {
            TokenStore store(m_service);
            QSignalSpy removed(&store, &TokenStore::removed);
            store.remove();
            QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
        }
        {
            TokenStore store(m_service);
            QSignalSpy read(&store, &TokenStore::tokenRead);
            store.read();
            QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 15000);
            QCOMPARE(read.first().first().toString(), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
