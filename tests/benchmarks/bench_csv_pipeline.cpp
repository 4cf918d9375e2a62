// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a generated CSV of 1,000,000 people x 6 columns (about 85 MB: accented names, emails,
// company, registration date, phone; 1% invalid and 2% duplicate emails) through the whole
// intake — CsvReader::readFile, then buildImportPlan (header, mapping, dates, email checks,
// duplicates, contact properties) — and prints wall time, CPU time and peak memory; then again
// with only the email and date columns mapped. Then runs Python's csv module doing the same
// trimming, email check and duplicate search (bench_csv_python.py, with Debian's /usr/bin/python3)
// on the same file and prints the ratios. Goals: <= 2 s, <= 500 MB, >= 5x.
//
// Then the real `attendance-importer-cli validate --summary FILE` process against the Python
// script's process on the same file, each one's wall and CPU time and peak RSS taken from wait4()
// (issue 9's goals: >= 5x Python, <= 250 MiB at 1M rows). With --scaling, the same comparison for
// 10k, 100k, 1M, 2M (less one: the row limit) and 5M rows, with time and memory per row, so the
// growth is visible.
//
//   bench_csv_pipeline [ROWS] [RUNS]        defaults: 1000000 rows, best of 3 runs each
//   bench_csv_pipeline --scaling [RUNS]     the table; default best of 2 runs per size
//   bench_csv_pipeline --write FILE [ROWS]  writes the CSV only
//
// Peak memory is the process's VmHWM, reset (Linux: /proc/self/clear_refs) just before the
// read after giving freed memory back (malloc_trim), so it covers read + plan and nothing before.

#include "PeakMemory.h"
#include "mapping/ImportPlan.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace attendance;
using attendance::bench::peakRssMiB;
using attendance::bench::resetPeakRss;

namespace {

struct Name
{
    const char *shown;
    const char *ascii;
};

const Name FirstNames[] = {{"José", "jose"}, {"María", "maria"}, {"Zoë", "zoe"},
    {"Łukasz", "lukasz"}, {"Chloé", "chloe"}, {"Björn", "bjorn"}, {"Aoife", "aoife"},
    {"Søren", "soren"}, {"Inés", "ines"}, {"François", "francois"}, {"Jürgen", "jurgen"},
    {"Ana", "ana"}, {"Lucía", "lucia"}, {"Hélène", "helene"}, {"Ömer", "omer"}, {"Nuño", "nuno"},
    {"Grace", "grace"}, {"Ada", "ada"}, {"Đorđe", "djordje"}, {"Ægir", "aegir"},
    {"Kateřina", "katerina"}, {"Ángel", "angel"}, {"Maël", "mael"}, {"Çağla", "cagla"}};
const Name LastNames[] = {{"Núñez", "nunez"}, {"Brontë", "bronte"}, {"García", "garcia"},
    {"Müller", "muller"}, {"Ångström", "angstrom"}, {"O'Neill", "oneill"}, {"Lefèvre", "lefevre"},
    {"Kierkegård", "kierkegard"}, {"Wróbel", "wrobel"}, {"Ibáñez", "ibanez"}, {"Dvořák", "dvorak"},
    {"Smith", "smith"}, {"Fernández", "fernandez"}, {"Groß", "gross"}, {"Côté", "cote"},
    {"Yılmaz", "yilmaz"}, {"Hopper", "hopper"}, {"Peña", "pena"}, {"Szabó", "szabo"},
    {"Jørgensen", "jorgensen"}};
const char *const Companies[] = {"Acme", "Café Ñandú S.A.", "\"Hernández y Asociados, S.L.\"",
    "Müller & Söhne GmbH", "Crème Brûlée & Cie", "Ångström AB", "Globex", "Initech", "Umbrella",
    "Wróbel Sp. z o.o.", "Stark Industries", "Wayne Enterprises"};
const char *const Domains[] = {"example.com", "correo.es", "mail.de", "uni.edu", "web.fr"};

/// A small deterministic generator, so every run reads the same file.
class Random final
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32((m_state >> 33) % bound);
    }

private:
    quint64 m_state = 42;
};

template <typename T, size_t N> constexpr quint32 countOf(const T (&)[N])
{
    return quint32(N);
}

QByteArray emailFor(int row, const Name &first, const Name &last, Random *random)
{
    return QByteArray(first.ascii) + '.' + last.ascii + QByteArray::number(row) + '@'
        + Domains[random->next(countOf(Domains))];
}

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    Random random;
    QByteArray chunk = "First Name,Last Name,Email,Company,Registration Date,Phone\n";
    QList<QByteArray> earlier; // for duplicates
    for (int row = 2; row < rows + 2; ++row) {
        const Name &first = FirstNames[random.next(countOf(FirstNames))];
        const Name &last = LastNames[random.next(countOf(LastNames))];
        QByteArray email = emailFor(row, first, last, &random);
        if (row % 100 == 37)
            email.replace('@', "."); // no @
        else if (row % 500 == 99)
            email.replace('.', ' '); // a space
        else if (row % 50 == 13 && !earlier.isEmpty())
            email = earlier.at(random.next(quint32(earlier.size()))).toUpper(); // a duplicate
        if (row % 997 == 0)
            earlier.append(email);
        chunk += QByteArray(first.shown) + ',' + last.shown + ',' + email + ','
            + Companies[random.next(countOf(Companies))] + ",2026-11-"
            + QByteArray::number(1 + random.next(28)).rightJustified(2, '0') + ' '
            + QByteArray::number(random.next(24)).rightJustified(2, '0') + ':'
            + QByteArray::number(random.next(60)).rightJustified(2, '0') + ",6"
            + QByteArray::number(random.next(100)).rightJustified(2, '0') + ' '
            + QByteArray::number(random.next(1000)).rightJustified(3, '0') + ' '
            + QByteArray::number(random.next(1000)).rightJustified(3, '0') + "\n";
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

struct Run
{
    double wall = 0;
    double cpu = 0;
    double readWall = 0;
    double peakMiB = 0;
    qsizetype attendees = 0;
    qsizetype invalid = 0;
    qsizetype duplicates = 0;
    int rows = 0;
};

/// With @p properties, names, company and phone go to contact properties, as auto-mapping does;
/// without, only the email and the date are used (the work the Python yardstick does, plus dates).
Run runOurs(const QString &path, bool properties)
{
    Run run;
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    {
        const ReadResult read = CsvReader::readFile(path);
        if (!read.ok())
            qFatal("%s", qPrintable(read.error));
        run.readWall = timer.nsecsElapsed() / 1e9;
        ImportOptions options;
        options.timeZone = QTimeZone("Europe/Madrid");
        if (!properties) {
            SheetLayout layout;
            QString layoutError;
            if (!sheetLayout(read.sheet, options.headerRow, &layout, &layoutError))
                qFatal("%s", qPrintable(layoutError));
            for (const char16_t *column : {u"First Name", u"Last Name", u"Company", u"Phone"}) {
                const std::optional<ColumnChoice> choice = parseColumnChoice(
                    QString::fromUtf16(column) + u"=ignore", layout.headers, &layoutError);
                if (!choice)
                    qFatal("%s", qPrintable(layoutError));
                options.columnChoices.append(*choice);
            }
        }
        QString error;
        ImportPlan plan;
        if (!buildImportPlan(read.sheet, options, &plan, &error))
            qFatal("%s", qPrintable(error));
        // Measured while the sheet and the plan are both alive, as in the app.
        run.wall = timer.nsecsElapsed() / 1e9;
        run.cpu = cpuSeconds() - cpu;
        run.peakMiB = peakRssMiB();
        run.attendees = plan.attendees.size();
        run.invalid = plan.invalid.size();
        run.duplicates = plan.duplicates.size();
        run.rows = plan.totalRows;
    }
    return run;
}

QJsonObject runPython(const QString &script, const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script, path, QStringLiteral("2")});
    if (!python.waitForFinished(10 * 60 * 1000) || python.exitCode() != 0) {
        std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

/// One child process, measured by the kernel: wall time, user + system CPU, peak RSS.
struct Process
{
    bool ok = false;
    double wall = 0;
    double cpu = 0;
    double peakMiB = 0;
    QByteArray out; // the first line of its standard output
};

/// Runs @p program with @p args, its output to a file, and waits for it with wait4() so the
/// figures are this child's alone. fork(), not posix_spawn(): Linux starts a child's peak RSS at
/// the high-water mark of the memory it was started from, which for a vfork-like spawn is this
/// process's (hundreds of MiB after the in-process runs); a forked copy starts at what this
/// process holds now.
Process measure(const QString &program, const QStringList &args, const QString &outPath)
{
    Process result;
    QList<QByteArray> argBytes {program.toLocal8Bit()};
    for (const QString &arg : args)
        argBytes.append(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : argBytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const QByteArray out = outPath.toLocal8Bit();
#ifdef __GLIBC__
    malloc_trim(0); // the copy starts smaller
#endif
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        // Only async-signal-safe calls between fork() and exec.
        const int fd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.wall = timer.nsecsElapsed() / 1e9;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    result.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    result.peakMiB = double(usage.ru_maxrss) / 1024.0;
    QFile output(outPath);
    if (output.open(QIODevice::ReadOnly))
        result.out = output.readAll().trimmed();
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return result;
}

/// `validate --summary` against the Python script on one file, each the best wall time of
/// @p runs; prints one line per run and returns both bests.
std::pair<Process, Process> compareCli(const QString &path, const QString &scratch, int runs)
{
    const QString cli = QStringLiteral(ATTENDANCE_CLI_PATH);
    const QString script = QStringLiteral(ATTENDANCE_CSV_PYTHON_SCRIPT);
    Process ours;
    Process python;
    ours.wall = python.wall = 1e9;
    for (int i = 0; i < runs; ++i) {
        const Process run = measure(cli,
            {QStringLiteral("validate"), QStringLiteral("--summary"), QStringLiteral("--json"),
                path},
            scratch);
        if (!run.ok) {
            std::printf("  validate --summary failed (its message is above, on standard error)\n");
            return {run, python};
        }
        if (run.wall < ours.wall)
            ours = run;
    }
    for (int i = 0; i < runs; ++i) {
        const Process run = measure(
            QStringLiteral("/usr/bin/python3"), {script, path, QStringLiteral("2")}, scratch);
        if (run.ok && run.wall < python.wall)
            python = run;
    }
    return {ours, python};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

/// Counts as JSON from either program: ours names them valid / invalidCount / duplicateCount.
QString countsOf(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const bool ours = o.contains(u"valid");
    return QStringLiteral("%1/%2/%3")
        .arg(o.value(ours ? u"valid" : u"attendees").toInteger())
        .arg(o.value(ours ? u"invalidCount" : u"invalid").toInteger())
        .arg(o.value(ours ? u"duplicateCount" : u"duplicates").toInteger());
}

void printComparison(
    const char *title, int rows, qint64 bytes, const Process &ours, const Process &python)
{
    std::printf(
        "%s, %d rows (%.1f MB), load %s:\n", title, rows, bytes / 1e6, qPrintable(loadAverage()));
    std::printf("  ours:   %.3f s wall, %.3f s CPU, peak RSS %.0f MiB; counts %s\n", ours.wall,
        ours.cpu, ours.peakMiB, qPrintable(countsOf(ours.out)));
    std::printf("  python: %.3f s wall, %.3f s CPU, peak RSS %.0f MiB; counts %s\n", python.wall,
        python.cpu, python.peakMiB, qPrintable(countsOf(python.out)));
    std::printf(
        "  ratio: %.1fx (wall), %.1fx (CPU)\n", python.wall / ours.wall, python.cpu / ours.cpu);
}

/// 10k to 5M rows: time and peak memory per row, ours and Python's, and the ratio.
int scaling(int runs)
{
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("out.json"));
    std::printf("validate --summary against Python, best of %d, load at start %s\n", runs,
        qPrintable(loadAverage()));
    std::printf("%9s %8s | %8s %8s %9s %8s %7s | %8s %9s %7s | %6s %6s\n", "rows", "MB", "wall s",
        "CPU s", "peak MiB", "us/row", "B/row", "wall s", "peak MiB", "B/row", "wall", "CPU");
    for (const int rows : {10'000, 100'000, 1'000'000, 5'000'000}) {
        const QString path = dir.filePath(QStringLiteral("people-%1.csv").arg(rows));
        if (!writeCsv(path, rows))
            return 1;
        const qint64 bytes = QFile(path).size();
        const auto [ours, python] = compareCli(path, scratch, runs);
        if (!ours.ok) {
            std::printf("%9d %8.1f | failed: the message is above\n", rows, bytes / 1e6);
            QFile::remove(path);
            continue;
        }
        std::printf(
            "%9d %8.1f | %8.3f %8.3f %9.1f %8.2f %7.0f | %8.3f %9.1f %7.0f | %5.1fx %5.1fx\n", rows,
            bytes / 1e6, ours.wall, ours.cpu, ours.peakMiB, ours.wall / rows * 1e6,
            ours.peakMiB * 1048576.0 / rows, python.wall, python.peakMiB,
            python.peakMiB * 1048576.0 / rows, python.wall / ours.wall, python.cpu / ours.cpu);
        if (countsOf(ours.out) != countsOf(python.out))
            std::printf("  counts DIFFER: ours %s, python %s\n", qPrintable(countsOf(ours.out)),
                qPrintable(countsOf(python.out)));
        QFile::remove(path);
    }
    std::printf("load at end %s\n", qPrintable(loadAverage()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--write") {
        const int rows = args.size() > 2 ? args.at(2).toInt() : 1'000'000;
        return writeCsv(args.value(1), rows) ? 0 : 1;
    }
    if (args.value(0) == u"--scaling")
        return scaling(args.size() > 1 ? std::max(args.at(1).toInt(), 1) : 2);
    const int rows = args.size() > 0 ? args.at(0).toInt() : 1'000'000;
    const int runs = args.size() > 1 ? std::max(args.at(1).toInt(), 1) : 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    if (!dir.isValid() || !writeCsv(path, rows)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("file: %d rows x 6 columns, %.1f MB (UTF-8)\n", rows, QFile(path).size() / 1e6);
    std::printf("threads available: %d\n", QThread::idealThreadCount());

    Run best;
    Run lean; // without contact properties
    best.wall = lean.wall = 1e9;
    double worstPeak = 0;
    double leanPeak = 0;
    for (int i = 0; i < runs; ++i) {
        Run run = runOurs(path, true);
        std::printf("ours run %d: %.3f s wall (read %.3f s), %.3f s CPU, peak %.0f MiB\n", i + 1,
            run.wall, run.readWall, run.cpu, run.peakMiB);
        worstPeak = std::max(worstPeak, run.peakMiB);
        if (run.wall < best.wall)
            best = run;
    }
    for (int i = 0; i < runs; ++i) {
        Run run = runOurs(path, false);
        std::printf("ours, email and date only, run %d: %.3f s wall (read %.3f s), %.3f s CPU, "
                    "peak %.0f MiB\n",
            i + 1, run.wall, run.readWall, run.cpu, run.peakMiB);
        leanPeak = std::max(leanPeak, run.peakMiB);
        if (run.wall < lean.wall)
            lean = run;
    }
    std::printf("ours: attendees %lld, invalid %lld, duplicates %lld of %d rows\n",
        qlonglong(best.attendees), qlonglong(best.invalid), qlonglong(best.duplicates), best.rows);

    const QString script = QStringLiteral(ATTENDANCE_CSV_PYTHON_SCRIPT);
    double pythonBest = 1e9;
    double pythonCpu = 0;
    QJsonObject counts;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject result = runPython(script, path);
        if (result.isEmpty())
            return 1;
        std::printf("python run %d: %.3f s wall, %.3f s CPU\n", i + 1,
            result.value(u"seconds").toDouble(), result.value(u"cpu").toDouble());
        if (result.value(u"seconds").toDouble() < pythonBest) {
            pythonBest = result.value(u"seconds").toDouble();
            pythonCpu = result.value(u"cpu").toDouble();
            counts = result;
        }
    }
    const bool same = counts.value(u"attendees").toInteger() == best.attendees
        && counts.value(u"invalid").toInteger() == best.invalid
        && counts.value(u"duplicates").toInteger() == best.duplicates;
    std::printf("python: attendees %lld, invalid %lld, duplicates %lld (%s ours)\n",
        counts.value(u"attendees").toInteger(), counts.value(u"invalid").toInteger(),
        counts.value(u"duplicates").toInteger(), same ? "same as" : "DIFFERENT FROM");

    std::printf("\nread + map + validate, best of %d:\n", runs);
    std::printf("  ours:   %.3f s wall, %.3f s CPU, peak RSS %.0f MiB (worst run)\n", best.wall,
        best.cpu, worstPeak);
    std::printf("  ours, email and date only: %.3f s wall, %.3f s CPU, peak RSS %.0f MiB\n",
        lean.wall, lean.cpu, leanPeak);
    std::printf("  python: %.3f s wall, %.3f s CPU\n", pythonBest, pythonCpu);
    std::printf(
        "  ratio: %.1fx (wall), %.1fx (CPU)\n", pythonBest / best.wall, pythonCpu / best.cpu);
    std::printf("  ratio, email and date only: %.1fx (wall), %.1fx (CPU)\n", pythonBest / lean.wall,
        pythonCpu / lean.cpu);
    std::printf("  goals: <= 2 s %s, <= 500 MB %s, >= 5x %s\n", best.wall <= 2 ? "met" : "MISSED",
        worstPeak * 1.048576 <= 500 ? "met" : "MISSED",
        pythonBest / best.wall >= 5 ? "met" : "MISSED");

    // The command a person runs, as a process of its own, start-up and exit included.
    const auto [cli, python] = compareCli(path, dir.filePath(QStringLiteral("out.json")), runs);
    if (!cli.ok)
        return 1;
    std::printf("\n");
    printComparison("attendance-importer-cli validate --summary vs python3 bench_csv_python.py",
        rows, QFile(path).size(), cli, python);
    const bool cliSame = countsOf(cli.out) == countsOf(python.out);
    std::printf("  counts %s\n", cliSame ? "the same" : "DIFFERENT");
    std::printf("  goals: >= 5x Python %s, <= 250 MiB %s\n",
        python.wall / cli.wall >= 5 ? "met" : "MISSED", cli.peakMiB <= 250 ? "met" : "MISSED");
    return same && cliSame ? 0 : 1;
}
