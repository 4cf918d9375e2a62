// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

namespace attendance::test {

/// Where the real attendance-importer-cli of this build is.
QString cliPath();

/// The environment the CLI runs in under test: this process's, with LC_ALL=C.UTF-8, without
/// QT_LOGGING_RULES (the CLI's own logging rules apply, as on a person's terminal), and with
/// HUBSPOT_ACCESS_TOKEN set to @p token, or not set at all when @p token is empty. The CLI reads
/// no settings and no file below HOME, so HOME and the XDG folders are left as they are.
QProcessEnvironment cliEnvironment(const QString &token = {});

/// One run of the real CLI (or of another program, such as a shell that runs it) in a QProcess.
/// Nothing here blocks on the child: waitForFinished() and WAIT_FOR_CLI keep this thread's event
/// loop turning, so a simulator the test runs keeps answering while the child talks to it.
class CliProcess final
{
public:
    /// Time a run is given before a test fails (WAIT_FOR_CLI) or the run is killed (runCli).
    static constexpr int kTimeoutMs = 60000;

    struct Options
    {
        QString token; ///< HUBSPOT_ACCESS_TOKEN of the run; not set when empty.
        /// Instead of cliEnvironment(token) when not empty.
        QProcessEnvironment environment;
        QByteArray input; ///< Written to standard input, which is then closed.
        /// RLIMIT_DATA of the child in bytes, 0 for none (Unix only). Leave it out under
        /// sanitizers: their shadow memory would not fit.
        quint64 memoryCap = 0;
        QString program; ///< Run instead of the CLI when not empty.
    };

    explicit CliProcess(const QStringList &arguments, const QString &token = {});
    CliProcess(const QStringList &arguments, const Options &options);
    CliProcess(const CliProcess &) = delete;
    CliProcess &operator=(const CliProcess &) = delete;

    qsizetype finishedCount() const { return m_finished.count(); }
    /// Waits up to @p timeoutMs for the run to end; true when it has.
    bool waitForFinished(int timeoutMs = kTimeoutMs);
    /// Kills the run and waits for it to be gone.
    void kill();

    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    /// The exit code, or -1 when a signal ended the run.
    int exitCode() const { return crashed() ? -1 : m_process.exitCode(); }
    qint64 processId() const { return m_process.processId(); }
#ifdef Q_OS_UNIX
    /// Sends @p signalNumber (SIGINT for a Ctrl-C, SIGKILL...) to the run; false when it could not.
    bool sendSignal(int signalNumber) const;
#endif

    /// Everything the run printed on standard output (or error) so far.
    const QByteArray &out();
    const QByteArray &err();
    /// Standard output as a JSON object (of --json); empty when it is not one.
    QJsonObject json();
    /// For failure messages: the exit code and what the run printed.
    QByteArray describe();

private:
    QProcess m_process;
    QSignalSpy m_finished;
    QByteArray m_out;
    QByteArray m_err;
};

/// How a run that runCli() waited for ended, and what it printed.
struct CliResult
{
    bool finished = false; ///< It ended by itself within the time given, not killed by runCli().
    bool crashed = true; ///< A signal ended it.
    int exitCode = -1; ///< -1 when a signal ended it.
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
    /// For failure messages: how it ended and what it printed.
    QByteArray describe() const;
};

/// Runs to its end, keeping this event loop turning (a simulator may have to answer); kills the
/// run after @p timeoutMs.
CliResult runCli(const QStringList &arguments, const CliProcess::Options &options = {},
    int timeoutMs = CliProcess::kTimeoutMs);

} // namespace attendance::test

/// Waits for the CliProcess @p run to end, keeping the event loop turning; fails the test when it
/// is still running after CliProcess::kTimeoutMs.
#define WAIT_FOR_CLI(run)                                                                          \
    QTRY_COMPARE_WITH_TIMEOUT((run).finishedCount(), 1, ::attendance::test::CliProcess::kTimeoutMs)
