// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/HeaderDetection.h"

#include "mapping/ColumnDetection.h"
#include "mapping/DateParsing.h"
#include "mapping/EmailCheck.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <algorithm>

namespace attendance {

namespace {

constexpr int CandidateRows = 30;
constexpr int WindowRows = 10;
// A section longer than this is surely the table; counting further changes no decision.
constexpr int SectionRows = 500;

bool hasAtSign(const Sheet &sheet, int row, int column)
{
    const QUtf8StringView cell = sheet.cellUtf8(row, column);
    return QByteArrayView(cell.data(), cell.size()).contains('@');
}

/// Text that names something: has a letter, is no address, no date.
bool isLabel(QStringView cell)
{
    const QStringView text = cell.trimmed();
    if (text.contains(u'@'))
        return false;
    const bool hasLetter
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    return hasLetter && !scanDateTime(text);
}

struct RowShape
{
    int filled = 0; // non-blank cells
    int labels = 0; // of which labels
    bool email = false;
};

RowShape shapeOf(const Sheet &sheet, int row)
{
    RowShape shape;
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        if (sheet.isBlankCell(row, c))
            continue;
        const QString cell = sheet.cellText(row, c);
        ++shape.filled;
        if (cell.contains(u'@'))
            shape.email = true;
        else if (isLabel(cell))
            ++shape.labels;
    }
    return shape;
}

bool looksLikeHeader(const RowShape &shape)
{
    return shape.filled > 0 && !shape.email && shape.labels * 2 >= shape.filled;
}

/// A section title: one cell, no address, and a header-like row right below ("Attendee Details"
/// in a Zoom report, "2. Participants" in a Teams list). A data row with only a name in it is
/// one cell too, but data follows it, not a header.
bool isSectionTitle(const QList<RowShape> &shapes, qsizetype k)
{
    return k + 1 < shapes.size() && shapes.at(k).filled == 1 && !shapes.at(k).email
        && looksLikeHeader(shapes.at(k + 1));
}

struct Candidate
{
    int row = -1;
    bool named = false; // the header cell above the addresses says "Email" (or an alias)
    int emails = 0; // rows with an address in the section below
    int width = 0; // header cells

    bool beats(const Candidate &other) const
    {
        if (named != other.named)
            return named;
        if (emails != other.emails)
            return emails > other.emails;
        return width > other.width;
    }
};

/// At most one cell filled and no address: what a section title looks like on its own. Cheap
/// (bytes only), as it runs on every row of a table.
bool mayBeTitle(const Sheet &sheet, int row)
{
    int filled = 0;
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        if (sheet.isBlankCell(row, c))
            continue;
        if (++filled > 1 || hasAtSign(sheet, row, c))
            return false;
    }
    return filled == 1;
}

} // namespace

int detectHeaderRow(const Sheet &sheet)
{
    QList<int> rows; // non-blank rows, enough for every candidate and its section
    for (int r = 0; r < sheet.rowCount() && rows.size() < CandidateRows + SectionRows; ++r) {
        if (!sheet.isBlankRow(r))
            rows.append(r);
    }
    if (rows.isEmpty())
        return -1;
    QList<RowShape> shapes;
    shapes.reserve(rows.size());
    for (const int row : rows)
        shapes.append(shapeOf(sheet, row));

    Candidate best;
    for (qsizetype k = 0; k + 1 < rows.size() && k < CandidateRows; ++k) {
        const RowShape &shape = shapes.at(k);
        if (!looksLikeHeader(shape))
            continue;
        // The rows this header would head: up to the next section title.
        qsizetype sectionEnd = k + 1;
        while (sectionEnd < rows.size() && sectionEnd <= k + SectionRows
            && !isSectionTitle(shapes, sectionEnd))
            ++sectionEnd;
        const int next = rows.at(k + 1);
        for (int column = 0; column < sheet.columnCount(next); ++column) {
            if (!hasAtSign(sheet, next, column))
                continue;
            const qsizetype windowEnd = std::min(sectionEnd, k + 1 + WindowRows);
            // People, not rows: a list of sessions (Teams' activities) names a person per
            // session, the participants table once; the wider table then wins.
            QSet<QString> addresses;
            int inWindow = 0;
            for (qsizetype w = k + 1; w < sectionEnd; ++w) {
                const bool hasEmail = hasAtSign(sheet, rows.at(w), column);
                if (hasEmail)
                    addresses.insert(sheet.cellText(rows.at(w), column).trimmed().toCaseFolded());
                inWindow += hasEmail && w < windowEnd;
            }
            const int emails = int(addresses.size());
            if (inWindow * 2 < windowEnd - (k + 1))
                continue;
            const Candidate candidate {rows.at(k),
                namesEmailColumn(sheet.cellText(rows.at(k), column)), emails, shape.filled};
            if (best.row < 0 || candidate.beats(best))
                best = candidate;
        }
    }
    if (best.row >= 0)
        return best.row;
    return shapes.constFirst().email ? -1 : rows.constFirst();
}

int detectTableEnd(const Sheet &sheet, int headerRow)
{
    const int rowCount = sheet.rowCount();
    if (headerRow < 0)
        return rowCount;
    for (int row = headerRow + 2; row < rowCount; ++row) {
        if (!sheet.isBlankRow(row - 1) || !mayBeTitle(sheet, row))
            continue;
        int next = row + 1;
        while (next < rowCount && sheet.isBlankRow(next))
            ++next;
        if (next < rowCount && looksLikeHeader(shapeOf(sheet, next)))
            return row;
    }
    return rowCount;
}

} // namespace attendance
