// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that are not ordinary files, and files past the readers' limits, given to the real
// attendance-importer-cli (QProcess) and to the GUI's FileLoader: /dev/zero, a FIFO with a
// writer, a file cut short while it is read, CSV files with too many rows or columns or one huge
// cell. Each must end with a clear message within a bounded time and memory: never a signal, a
// hang or a runaway. The memory cap (RLIMIT_DATA on the child) is left out under sanitizers,
// whose shadow memory it would break.
#include "CliProcess.h"
#include "HubSpotSimulator.h"
#include "TestData.h"
#include "services/FileLoader.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define HOSTILE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define HOSTILE_SANITIZED 1
#endif
#endif

using namespace Qt::StringLiterals;
using namespace attendance;
using attendance::test::CliProcess;
using attendance::test::CliResult;

namespace {

constexpr int TimeoutMs = 60000;
// Ample for every input here once it is read within the limits (the most, /dev/zero, stops at
// 512 MiB); an unbounded read, or a 100 MB cell copied through the plan, goes past it.
constexpr quint64 MemoryCap = 1024ULL * 1024 * 1024;
constexpr auto Token = "pat-na1-FIFO-5e21b7"_L1;
const QByteArray TooLarge = "The file is larger than 512 MiB, more than HubSpot imports at once.";

/// Runs the CLI to its end with @p input on its standard input, keeping this event loop turning
/// (a simulator may have to answer), capped at MemoryCap, and kills it after TimeoutMs.
CliResult runCli(const QStringList &arguments, const QByteArray &input = {})
{
    CliProcess::Options options;
    options.input = input;
#if defined(Q_OS_UNIX) && !defined(HOSTILE_SANITIZED)
    options.memoryCap = MemoryCap;
#endif
    return test::runCli(arguments, options, TimeoutMs);
}

/// Empty when the run ended by itself, normally, with @p code and @p message on standard error;
/// else what happened instead.
QString mismatch(const CliResult &run, int code, const QByteArray &message)
{
    const QString err = QString::fromUtf8(run.err.left(2000));
    if (!run.finished)
        return u"still running after %1 s (killed); stderr: %2"_s.arg(TimeoutMs / 1000).arg(err);
    if (run.crashed)
        return u"killed by a signal (crash); stderr: %1"_s.arg(err);
    if (run.exitCode != code)
        return u"exit code %1, not %2; stderr: %3"_s.arg(run.exitCode).arg(code).arg(err);
    if (!run.err.contains(message))
        return u"stderr lacks \"%1\": %2"_s.arg(QString::fromUtf8(message), err);
    return {};
}

gui::LoadedFile loadInGui(const QString &path)
{
    gui::LoadRequest request;
    request.path = path;
    return gui::FileLoader::loadFile(request);
}

/// "row email" of each attendee, invalid row and duplicate, as validate --json lists them.
QStringList planOf(const QJsonObject &json)
{
    QStringList lines;
    for (const QString &key : {u"attendees"_s, u"invalid"_s, u"duplicates"_s}) {
        const QJsonArray entries = json.value(key).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            lines.append(
                u"%1 %2 %3"_s.arg(key)
                    .arg(object.value(u"row"_s).toInt())
                    .arg(object.value(key == u"invalid" ? u"value"_s : u"email"_s).toString()));
        }
    }
    return lines;
}

/// The same for the GUI's plan.
QStringList planOf(const ImportPlan &plan)
{
    QStringList lines;
    for (const Attendee &a : plan.attendees)
        lines.append(u"attendees %1 %2"_s.arg(a.row).arg(a.email));
    for (const InvalidRow &r : plan.invalid)
        lines.append(u"invalid %1 %2"_s.arg(r.row).arg(r.value));
    for (const DuplicateRow &d : plan.duplicates)
        lines.append(u"duplicates %1 %2"_s.arg(d.row).arg(d.email));
    return lines;
}

QByteArray peopleCsv()
{
    QByteArray csv = "Email,First name\n";
    for (int i = 1; i <= 300; ++i)
        csv += (i == 7 ? QByteArray("not-an-email") : "p" + QByteArray::number(i) + "@example.com")
            + ",Name " + QByteArray::number(i) + '\n';
    csv += "p3@example.com,Again\n";
    return csv;
}

#ifdef Q_OS_UNIX

/// Writes into a FIFO from a thread, as a program piping into it would: waits (up to
/// TimeoutMs) for a reader to open it, writes everything, closes it.
class FifoWriter final
{
public:
    FifoWriter(const QString &path, const QByteArray &data)
        : m_thread([this, name = QFile::encodeName(path), data] { m_written = write(name, data); })
    { }
    ~FifoWriter() { written(); }
    FifoWriter(const FifoWriter &) = delete;
    FifoWriter &operator=(const FifoWriter &) = delete;

    bool written()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_written;
    }

private:
    static bool write(const QByteArray &name, const QByteArray &data)
    {
        // Non-blocking open fails with ENXIO until a reader is there: poll rather than block,
        // so a reader that never comes cannot hang the test.
        const QDeadlineTimer deadline(TimeoutMs);
        int fd = -1;
        while ((fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
            if (errno != ENXIO || deadline.hasExpired())
                return false;
            QThread::msleep(5);
        }
        ::fcntl(fd, F_SETFL, 0); // blocking writes: the reader drains the pipe as it goes
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        ::close(fd);
        return done == data.size();
    }

    bool m_written = false;
    std::thread m_thread;
};

/// Cuts a file to half its size and writes the rest back a megabyte at a time, over and over
/// until destroyed: whenever a reader reads it, it changes under the reader, and a reader that
/// mapped it whole touches pages past its end. The thread sleeps between steps, so that on a
/// busy machine the scheduler wakes it promptly rather than leaving it out for a whole read.
class Truncator final
{
public:
    Truncator(const QString &path, const QByteArray &content)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC))
        , m_thread([this, content] {
            constexpr qsizetype Step = 1024 * 1024;
            const qsizetype half = content.size() / 2;
            while (!m_stop.load() && m_fd >= 0) {
                if (::ftruncate(m_fd, half) == 0)
                    m_cuts.fetch_add(1);
                for (qsizetype at = half; at < content.size() && !m_stop.load(); at += Step) {
                    QThread::usleep(200);
                    const size_t size = size_t(std::min(Step, content.size() - at));
                    if (::pwrite(m_fd, content.constData() + at, size, at) != ssize_t(size))
                        return;
                }
            }
        })
    { }
    ~Truncator()
    {
        m_stop = true;
        m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Truncator(const Truncator &) = delete;
    Truncator &operator=(const Truncator &) = delete;

    int cuts() const { return m_cuts.load(); }

private:
    int m_fd;
    std::atomic_bool m_stop = false;
    std::atomic_int m_cuts = 0;
    std::thread m_thread;
};

#endif

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void devZeroIsTooLarge();
    void fifoReadsLikeFile_data();
    void fifoReadsLikeFile();
    void stdinReadsLikeFile();
    void tokenFileFromFifoOrDevice();
    void fileChangedWhileRead();
    void csvPastLimits_data();
    void csvPastLimits();
    void importFromFifoWithJournal();

private:
    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are Unix things");
#else
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
    // A writer whose reader went away must get EPIPE, not a signal that ends this test.
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

void TestHostileInput::devZeroIsTooLarge()
{
    const CliResult run = runCli({u"validate"_s, u"/dev/zero"_s});
    QVERIFY2(mismatch(run, 2, TooLarge).isEmpty(), qPrintable(mismatch(run, 2, TooLarge)));

    const gui::LoadedFile gui = loadInGui(u"/dev/zero"_s);
    QVERIFY2(gui.error.startsWith(QString::fromUtf8(TooLarge)), qPrintable(gui.error));
    QVERIFY(run.err.contains(gui.error.toUtf8()));
}

void TestHostileInput::fifoReadsLikeFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("attendees");
    const auto fixture = [](const QString &name) {
        QFile file(test::dataPath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTest::newRow("csv") << peopleCsv() << 299;
    // Workbooks too: a zip or an OLE file arriving through a pipe is read from memory.
    QTest::newRow("xlsx") << fixture(u"xlsx/attendees.xlsx"_s) << -1;
    QTest::newRow("ods") << fixture(u"ods/attendees.ods"_s) << -1;
    QTest::newRow("xls") << fixture(u"xls/attendees.xls"_s) << -1;
}

void TestHostileInput::fifoReadsLikeFile()
{
#ifdef Q_OS_UNIX
    QFETCH(QByteArray, content);
    QFETCH(int, attendees);
    QVERIFY(!content.isEmpty());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString regular = m_dir.filePath(tag + u"-people"_s);
    QVERIFY(test::writeFile(regular, content));
    const CliResult fromFile = runCli({u"validate"_s, regular, u"--json"_s});
    QVERIFY2(mismatch(fromFile, 0, {}).isEmpty(), qPrintable(mismatch(fromFile, 0, {})));
    const QStringList expected = planOf(fromFile.json());
    QVERIFY(expected.size() >= 3);
    if (attendees >= 0)
        QCOMPARE(fromFile.json().value(u"attendees"_s).toArray().size(), attendees);

    const QString fifo = m_dir.filePath(tag + u"-pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    {
        FifoWriter writer(fifo, content);
        const CliResult fromFifo = runCli({u"validate"_s, fifo, u"--json"_s});
        QVERIFY2(mismatch(fromFifo, 0, {}).isEmpty(), qPrintable(mismatch(fromFifo, 0, {})));
        QVERIFY(writer.written());
        QCOMPARE(planOf(fromFifo.json()), expected);
    }
    // The GUI reads through the same core, on its worker: the same plan.
    FifoWriter writer(fifo, content);
    const gui::LoadedFile gui = loadInGui(fifo);
    QVERIFY2(gui.ok(), qPrintable(gui.error));
    QVERIFY(writer.written());
    QCOMPARE(planOf(gui.plan), expected);
#endif
}

void TestHostileInput::stdinReadsLikeFile()
{
#ifdef Q_OS_UNIX
    // /dev/stdin is a pipe here: nothing of it may be lost to a first look at its bytes.
    const QString regular = m_dir.filePath(u"stdin-people.csv"_s);
    QVERIFY(test::writeFile(regular, peopleCsv()));
    const CliResult fromFile = runCli({u"validate"_s, regular, u"--json"_s});
    QVERIFY2(mismatch(fromFile, 0, {}).isEmpty(), qPrintable(mismatch(fromFile, 0, {})));
    const CliResult fromStdin = runCli({u"validate"_s, u"/dev/stdin"_s, u"--json"_s}, peopleCsv());
    QVERIFY2(mismatch(fromStdin, 0, {}).isEmpty(), qPrintable(mismatch(fromStdin, 0, {})));
    QCOMPARE(planOf(fromStdin.json()), planOf(fromFile.json()));
#endif
}

void TestHostileInput::tokenFileFromFifoOrDevice()
{
#ifdef Q_OS_UNIX
    sim::HubSpotSimulator sim;
    QVERIFY(sim.listen(0));
    sim.seedDemo();
    sim.addToken(
        Token, {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s});
    const QString fifo = m_dir.filePath(u"token-pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    {
        FifoWriter writer(fifo, QByteArray(Token.data(), Token.size()) + '\n');
        const CliResult run = runCli({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s,
            u"--json"_s, u"--token-file"_s, fifo});
        QVERIFY2(mismatch(run, 0, {}).isEmpty(), qPrintable(mismatch(run, 0, {})));
        QVERIFY(writer.written());
        QCOMPARE(run.json().value(u"events"_s).toArray().size(), 6);
        QCOMPARE(sim.requests().constLast().authorization,
            "Bearer " + QByteArray(Token.data(), Token.size()));
    }
    // A device that never ends is refused at the token file's small limit, not read forever.
    const CliResult zero = runCli({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s,
        u"--token-file"_s, u"/dev/zero"_s});
    const QByteArray message = "The token file '/dev/zero' holds more than 64 KiB";
    QVERIFY2(mismatch(zero, 2, message).isEmpty(), qPrintable(mismatch(zero, 2, message)));
#endif
}

void TestHostileInput::fileChangedWhileRead()
{
#ifdef Q_OS_UNIX
    // Large enough that reading it takes a while: the cuts land in the middle of the read.
    QByteArray csv = "Email,Name,Company\n";
    for (int i = 0; csv.size() < 48 * 1024 * 1024; ++i)
        csv += "person" + QByteArray::number(i) + "@example.com,Person " + QByteArray::number(i)
            + ",Company " + QByteArray::number(i % 97) + '\n';
    const QByteArray message = "changed while it was being read";
    const QString path = m_dir.filePath(u"shrinking.csv"_s);
    // Should the cutting thread be left out for a whole read on a busy machine, what was read is
    // one consistent version, and fine: a few attempts, until three saw the change.
    int changed = 0;
    int attempts = 0;
    for (; attempts < 10 && changed < 3; ++attempts) {
        // On disk before the cutting starts: a truncation waits for pages being written back,
        // and the reader would meanwhile read the whole file undisturbed.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
        QVERIFY(file.flush());
        QCOMPARE(::fsync(file.handle()), 0);
        file.close();
        Truncator truncator(path, csv);
        const CliResult run = runCli({u"validate"_s, path});
        // A memory-mapped reader died of SIGBUS here: whatever was read, the CLI must end by
        // itself, normally.
        QVERIFY2(run.finished && !run.crashed, qPrintable(mismatch(run, 2, message)));
        QVERIFY(truncator.cuts() > 0);
        if (mismatch(run, 2, message).isEmpty())
            ++changed;
        else
            qWarning("attempt %d: %s", attempts + 1, qPrintable(mismatch(run, 2, message)));
    }
    QVERIFY2(changed == 3,
        qPrintable(u"the change was noticed in %1 of %2 reads"_s.arg(changed).arg(attempts)));
#endif
}

void TestHostileInput::csvPastLimits_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("message");

    QByteArray wide = "Email";
    for (int c = 1; c < 1'000'000; ++c)
        wide += ",c";
    QTest::newRow("1,000,000 columns") << wide + "\na@example.com\n"
                                       << QByteArray("Row 1 has more than 16,384 columns");

    const QByteArray tall = "Email\n" + QByteArray("a\n").repeated(6'000'000);
    QTest::newRow("6,000,001 rows") << tall << QByteArray("more than 6,000,000 rows");

    // A 100 MB header cell used to be copied through the whole plan and printed back.
    QByteArray cell = "Email" + QByteArray(100'000'000, 'x') + ",Name\na@example.com,A\n";
    QTest::newRow("100 MB cell")
        << cell << QByteArray("The cell in row 1, column 1 holds more than 32,767 characters");

    // A stray quote swallows every line up to the next quote, far below.
    QByteArray stray = "Email,Note\na@example.com,\"oops\n";
    for (int r = 0; r < 100'000; ++r)
        stray += "b" + QByteArray::number(r) + "@example.com,fine\n";
    stray += "c@example.com,\"closed\"\n";
    QTest::newRow("stray quote")
        << stray << QByteArray("The cell in row 2, column 2 holds more than 32,767 characters");
}

void TestHostileInput::csvPastLimits()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, message);
    const QString path = m_dir.filePath(u"limits.csv"_s);
    QVERIFY(test::writeFile(path, content));
    content.clear();

    const CliResult run = runCli({u"validate"_s, path});
    QVERIFY2(mismatch(run, 2, message).isEmpty(), qPrintable(mismatch(run, 2, message)));
    // Nothing of the file is echoed back.
    QVERIFY2(run.out.size() + run.err.size() < 4096, run.err.left(300).constData());

    const gui::LoadedFile gui = loadInGui(path);
    QVERIFY2(gui.error.contains(QString::fromUtf8(message)), qPrintable(gui.error));
    QVERIFY(run.err.contains(gui.error.toUtf8()));
}

void TestHostileInput::importFromFifoWithJournal()
{
#ifdef Q_OS_UNIX
    // With a journal, the import records the file's SHA-256 so a resume can recognise it: of the
    // bytes it read, not by opening the file a second time, which waited forever on a pipe whose
    // single writer had already gone.
    const QString fifo = m_dir.filePath(u"journal-pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString journal = m_dir.filePath(u"fifo-run.jsonl"_s);
    FifoWriter writer(fifo, peopleCsv());
    const CliResult run = runCli({u"--demo"_s, u"import"_s, fifo, u"--event"_s, u"412934701"_s,
        u"--state"_s, u"register"_s, u"--journal"_s, journal, u"--json"_s});
    QVERIFY2(mismatch(run, 0, {}).isEmpty(), qPrintable(mismatch(run, 0, {})));
    QVERIFY(writer.written());
    QCOMPARE(run.json().value(u"succeeded"_s).toInt(), 299);

    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    const QByteArray expected
        = QCryptographicHash::hash(peopleCsv(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(header.value(u"fileSha256"_s).toString().toLatin1(), expected);
#endif
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
