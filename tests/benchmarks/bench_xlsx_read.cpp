// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a generated 100,000-row x 6-column .xlsx with our reader, then with openpyxl in read-only
// mode (Debian's python3-openpyxl, run by /usr/bin/python3) doing the same cell extraction, and
// prints both times, both peak memories and the ratio. Goals (issue 9): at least 15x faster than
// openpyxl, with no more peak memory. Peak memory is each process's high-water RSS: ours reset
// (Linux: /proc/self/clear_refs) before each read, so it covers the read and what the process
// held before it (Qt itself); openpyxl's from getrusage(), its interpreter and imports included.
//
// Wall time and CPU time are both printed: on a machine busy with other work the wall-time ratio
// swings run to run, the CPU-time one much less. Python's start-up and imports are not counted.
//
//   bench_xlsx_read [ROWS] [RUNS]      defaults: 100000 rows, best of 3 runs each
//   bench_xlsx_read --write FILE [ROWS] writes the workbook only, to try it elsewhere

#include "PeakMemory.h"
#include "spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace attendance;
using attendance::bench::peakRssMiB;
using attendance::bench::resetPeakRss;

namespace {

constexpr int Columns = 6;
const char *const FirstNames[]
    = {"José", "Zoë", "Ana", "Łukasz", "Chloé", "山田", "Björn", "Aoife"};
const char *const LastNames[]
    = {"Núñez", "Brontë", "García", "Øster", "Müller", "太郎", "O'Neill", "Smith"};

bool addEntry(QuaZip *zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    return file.write(data) == data.size() && (file.close(), file.getZipError() == 0);
}

/// What Excel writes for such a list: shared strings for text, a date style, plain numbers.
bool writeWorkbook(const QString &path, int rows)
{
    QByteArray strings
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    const auto si = [&](const QByteArray &text) { strings += "<si><t>" + text + "</t></si>"; };
    for (const char *header :
        {"Email", "First Name", "Last Name", "Registered", "Minutes", "Score"})
        si(header);
    for (const char *name : FirstNames)
        si(name);
    for (const char *name : LastNames)
        si(QByteArray(name).replace("'", "&apos;"));
    const int firstEmail = Columns + 8 + 8;

    QByteArray sheet
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<dimension ref=\"A1:F"
        + QByteArray::number(rows + 1) + "\"/><sheetData><row r=\"1\" spans=\"1:6\">";
    for (int c = 0; c < Columns; ++c)
        sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + "1\" t=\"s\"><v>"
            + QByteArray::number(c) + "</v></c>";
    sheet += "</row>";
    for (int r = 0; r < rows; ++r) {
        si("person" + QByteArray::number(r) + "@example.com");
        const QByteArray n = QByteArray::number(r + 2);
        sheet += "<row r=\"" + n
            + "\" spans=\"1:6\">"
              "<c r=\"A"
            + n + "\" t=\"s\"><v>" + QByteArray::number(firstEmail + r)
            + "</v></c>"
              "<c r=\"B"
            + n + "\" t=\"s\"><v>" + QByteArray::number(Columns + r % 8)
            + "</v></c>"
              "<c r=\"C"
            + n + "\" t=\"s\"><v>" + QByteArray::number(Columns + 8 + (r * 3) % 8)
            + "</v></c>"
              "<c r=\"D"
            + n + "\" s=\"1\"><v>" + QByteArray::number(45352.0 + r / 1440.0, 'g', 17)
            + "</v></c>"
              "<c r=\"E"
            + n + "\"><v>" + QByteArray::number(r % 180)
            + "</v></c>"
              "<c r=\"F"
            + n + "\"><v>" + QByteArray::number((r % 1000) / 8.0, 'g', 17) + "</v></c></row>";
    }
    sheet += "</sheetData></worksheet>";
    strings += "</sst>";

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bool written
        = addEntry(&zip, QStringLiteral("[Content_Types].xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
              "xmlns=\"http://schemas.openxmlformats.org/"
              "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
              "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
              "ContentType="
              "\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
              "PartName="
              "\"/xl/worksheets/sheet1.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument."
              "spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType="
              "\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/"
              "><Override "
              "PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
              "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")
        && addEntry(&zip, QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
            "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        && addEntry(&zip, QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\""
                + rel
                + "\"><sheets><sheet name=\"Attendees\" sheetId=\"1\" "
                  "r:id=\"rId1\"/></sheets></workbook>")
        && addEntry(&zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
            "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + rel
                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + rel + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
        && addEntry(&zip, QStringLiteral("xl/styles.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main
                + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd "
                  "hh:mm:ss\"/>"
                  "</numFmts><fonts count=\"1\"><font/></fonts><fills "
                  "count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                  "<borders count=\"1\"><border/></borders><cellStyleXfs "
                  "count=\"1\"><xf/></cellStyleXfs>"
                  "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" "
                  "applyNumberFormat=\"1\"/>"
                  "</cellXfs></styleSheet>")
        && addEntry(&zip, QStringLiteral("xl/sharedStrings.xml"), strings)
        && addEntry(&zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    zip.close();
    return written && zip.getZipError() == 0;
}

// The same extraction as ours: every cell of every row as text, blanks as empty text.
const char *const OpenpyxlScript = R"PY(
import resource, sys, time
import openpyxl
start = time.perf_counter()
cpu = time.process_time()
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        texts = ["" if value is None else str(value) for value in row]
        rows += 1
        cells += len(texts)
book.close()
print("%.6f %.6f %d %d %d" % (time.perf_counter() - start, time.process_time() - cpu, rows, cells,
                             resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
)PY";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == u"--write")
        return writeWorkbook(args.at(2), args.size() > 3 ? args.at(3).toInt() : 100'000) ? 0 : 1;
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.xlsx"));
    if (rows <= 0 || runs <= 0 || !writeWorkbook(path, rows)) {
        std::fprintf(stderr, "could not write the workbook\n");
        return 1;
    }
    std::printf("workbook: %d rows x %d columns (+ header), %.1f MB on disk\n", rows, Columns,
        double(QFileInfo(path).size()) / 1e6);

    double best = 1e9;
    double bestCpu = 1e9;
    qsizetype cells = 0;
    double peak = 0;
    for (int run = 0; run < runs; ++run) {
        resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const Workbook book = SpreadsheetReader::read(path);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        peak = std::max(peak, peakRssMiB());
        bestCpu = std::min(bestCpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (!book.ok() || book.sheets.size() != 1 || book.sheets.at(0).rowCount() != rows + 1) {
            std::fprintf(stderr, "our reader failed: %s\n", qPrintable(book.error));
            return 1;
        }
        cells = 0;
        for (int r = 0; r < book.sheets.at(0).rowCount(); ++r)
            cells += book.sheets.at(0).columnCount(r);
        best = std::min(best, seconds);
    }
    std::printf("ours (SpreadsheetReader::read): best of %d: %.3f s wall, %.3f s CPU, %lld cells, "
                "peak RSS %.0f MiB (worst run)\n",
        runs, best, bestCpu, static_cast<long long>(cells), peak);

    double python = 1e9;
    double pythonCpu = 1e9;
    double pythonPeak = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromUtf8(OpenpyxlScript), path});
        if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
            std::fprintf(stderr, "openpyxl failed (is python3-openpyxl installed?): %s\n",
                process.readAllStandardError().constData());
            return 1;
        }
        const QList<QByteArray> out = process.readAllStandardOutput().trimmed().split(' ');
        if (out.size() != 5 || out.at(2).toInt() != rows + 1 || out.at(3).toLongLong() != cells) {
            std::fprintf(stderr, "openpyxl read a different number of rows or cells\n");
            return 1;
        }
        python = std::min(python, out.at(0).toDouble());
        pythonCpu = std::min(pythonCpu, out.at(1).toDouble());
        pythonPeak = std::max(pythonPeak, out.at(4).toDouble() / 1024.0); // ru_maxrss is in KiB
    }
    std::printf("openpyxl read-only (/usr/bin/python3): best of %d: %.3f s wall, %.3f s CPU, "
                "peak RSS %.0f MiB\n",
        runs, python, pythonCpu, pythonPeak);
    std::printf("ratio: %.1fx faster than openpyxl in wall time, %.1fx in CPU time\n",
        python / best, pythonCpu / bestCpu);
    std::printf("goals: >= 15x %s, peak memory <= openpyxl's %s\n",
        python / best >= 15 ? "met" : "MISSED", peak <= pythonPeak ? "met" : "MISSED");
    return 0;
}
