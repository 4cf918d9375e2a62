// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace attendance::test {

QString cliPath()
{
    return QStringLiteral(ATTENDANCE_CLI_PATH);
}

QProcessEnvironment cliEnvironment(const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"HUBSPOT_ACCESS_TOKEN"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    if (!token.isEmpty())
        env.insert(u"HUBSPOT_ACCESS_TOKEN"_s, token);
    return env;
}

namespace {

CliProcess::Options withToken(const QString &token)
{
    CliProcess::Options options;
    options.token = token;
    return options;
}

} // namespace

CliProcess::CliProcess(const QStringList &arguments, const QString &token)
    : CliProcess(arguments, withToken(token))
{ }

CliProcess::CliProcess(const QStringList &arguments, const Options &options)
    : m_finished(&m_process, &QProcess::finished)
{
    m_process.setProcessEnvironment(
        options.environment.isEmpty() ? cliEnvironment(options.token) : options.environment);
#ifdef Q_OS_UNIX
    if (options.memoryCap > 0) {
        m_process.setChildProcessModifier([cap = rlim_t(options.memoryCap)] {
            const rlimit limit {cap, cap};
            ::setrlimit(RLIMIT_DATA, &limit);
        });
    }
#endif
    m_process.start(options.program.isEmpty() ? cliPath() : options.program, arguments);
    if (!options.input.isEmpty())
        m_process.write(options.input);
    m_process.closeWriteChannel();
}

bool CliProcess::waitForFinished(int timeoutMs)
{
    return m_finished.count() > 0 || m_finished.wait(timeoutMs);
}

void CliProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
}

#ifdef Q_OS_UNIX
bool CliProcess::sendSignal(int signalNumber) const
{
    const qint64 pid = m_process.processId();
    return pid > 0 && ::kill(pid_t(pid), signalNumber) == 0;
}
#endif

const QByteArray &CliProcess::out()
{
    return m_out += m_process.readAllStandardOutput();
}

const QByteArray &CliProcess::err()
{
    return m_err += m_process.readAllStandardError();
}

QJsonObject CliProcess::json()
{
    return QJsonDocument::fromJson(out()).object();
}

QByteArray CliProcess::describe()
{
    return "exit " + QByteArray::number(exitCode()) + "\n" + err() + out().left(2000);
}

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QByteArray CliResult::describe() const
{
    const QByteArray ending = !finished ? QByteArray("killed: still running")
        : crashed                       ? QByteArray("ended by a signal")
                                        : "exit " + QByteArray::number(exitCode);
    return ending + "\n" + err + out.left(2000);
}

CliResult runCli(const QStringList &arguments, const CliProcess::Options &options, int timeoutMs)
{
    CliProcess run(arguments, options);
    CliResult result;
    result.finished = run.waitForFinished(timeoutMs);
    if (!result.finished)
        run.kill();
    result.crashed = run.crashed();
    result.exitCode = run.exitCode();
    result.out = run.out();
    result.err = run.err();
    return result;
}

} // namespace attendance::test
