// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUtf8StringView>
#include <limits>

namespace attendance {

/// A grid of cell texts as read from a file. Row i is the row a spreadsheet program shows as
/// i + 1; blank rows are kept so that numbering stays true to the file. From CSV, a blank line is a
/// row with one empty cell, a line break inside a quoted cell stays in the cell (it does not start
/// a row), and cells are not trimmed. Rows may differ in length.
///
/// Storage is compact because a million-row file must fit comfortably in memory: every cell's text
/// back to back in one UTF-8 byte array (a UTF-8 file's cells are copied as they are, so the sheet
/// takes no more than the file), the end offset of each cell, and the end (in cells) of each row:
/// about 5 bytes per cell on top of the text, where a QStringList per row costs ~100 and UTF-16
/// text twice the file. The text is always valid UTF-8: a bad byte is stored as U+FFFD.
///
/// Readers of cells: cellText() for a decoded copy (detection, the preview, tests); hot loops take
/// cellUtf8() and decode into a buffer of their own with decode(), which allocates nothing once
/// the buffer has grown. Views returned by cellUtf8() stay valid until the sheet is changed or
/// destroyed.
///
/// Built row by row: appendCell() for each cell, then endRow(); or appendRow() for a whole row.
/// Cells appended after the last endRow() are not part of the sheet until endRow() is called.
struct Sheet
{
    QString name;

    /// The most text (in UTF-8 bytes) a sheet holds: offsets are 32-bit. Readers stop with an
    /// error before reaching it (inputs are limited to 512 MiB, workbooks' text to 256 million
    /// UTF-16 code units, at most 768 MB of UTF-8).
    static constexpr qsizetype MaxTextSize = std::numeric_limits<quint32>::max();

    /// A sheet holding these rows; convenient for tests and small tables.
    static Sheet fromRows(const QString &name, const QList<QStringList> &rows)
    {
        Sheet sheet;
        sheet.name = name;
        for (const QStringList &row : rows)
            sheet.appendRow(row);
        return sheet;
    }

    int rowCount() const { return int(m_rowEnds.size()); }
    int columnCount(int row) const
    {
        if (row < 0 || row >= rowCount())
            return 0;
        return int(m_rowEnds.at(row) - firstCellOf(row));
    }
    /// The cell's text as UTF-8 bytes, or an empty view outside the grid.
    QUtf8StringView cellUtf8(int row, int column) const
    {
        if (row < 0 || row >= rowCount() || column < 0)
            return {};
        const qsizetype index = qsizetype(firstCellOf(row)) + column;
        if (index >= qsizetype(m_rowEnds.at(row)))
            return {};
        const qsizetype begin = index == 0 ? 0 : qsizetype(m_cellEnds.at(index - 1));
        return QUtf8StringView(m_text.constData() + begin, qsizetype(m_cellEnds.at(index)) - begin);
    }
    /// A decoded copy of the cell's text; empty outside the grid.
    QString cellText(int row, int column) const { return QString::fromUtf8(cellUtf8(row, column)); }
    /// The cell holds nothing but white space (as QChar::isSpace() sees it), or is outside the
    /// grid.
    bool isBlankCell(int row, int column) const { return isBlank(cellUtf8(row, column)); }
    /// Every cell of the row is blank; so is a row outside the grid.
    bool isBlankRow(int row) const;
    /// A copy of one row's cells; empty outside the grid.
    QStringList row(int row) const;
    /// Every row as a list (a copy of the whole sheet: for tests and small tables only).
    QList<QStringList> toRows() const;
    /// The cell appended last, in a row not yet ended too; empty when there is none.
    QUtf8StringView lastCell() const
    {
        if (m_cellEnds.isEmpty())
            return {};
        const qsizetype begin
            = m_cellEnds.size() == 1 ? 0 : qsizetype(m_cellEnds.at(m_cellEnds.size() - 2));
        return QUtf8StringView(m_text.constData() + begin, m_used - begin);
    }
    /// Bytes of cell text held, for readers that guard MaxTextSize.
    qsizetype textSize() const { return m_used; }
    /// Cells held, those of a row not yet ended included, for readers that guard a cell limit.
    qsizetype cellCount() const { return m_cellEnds.size(); }

    /// Decodes @p text (valid UTF-8, as every cell is) into @p buffer, whose capacity is reused,
    /// and returns the view of it: valid until the buffer is next written. *ascii, when given,
    /// says whether every byte was ASCII (then the view's offsets are the bytes' offsets).
    static QStringView decode(QUtf8StringView text, QString *buffer, bool *ascii = nullptr);
    /// White space only (QChar::isSpace()), or empty; ASCII is judged without decoding.
    static bool isBlank(QUtf8StringView text);
    /// Well-formed UTF-8, by the rules every cell keeps (no overlong forms, no surrogates, nothing
    /// past U+10FFFF); ASCII eight bytes at a time.
    static bool isValidUtf8(QByteArrayView bytes);
    /// How many UTF-16 code units @p text (valid UTF-8) decodes to, without decoding it.
    static qsizetype utf16Size(QUtf8StringView text);

    /// Takes @p buffer (not shared with another QByteArray) as the storage of the text, for a
    /// reader of UTF-8 that writes each cell over the bytes it has already read, never past them:
    /// the file's bytes become the sheet's text, and no second copy of the file is ever held. Only
    /// on an empty sheet.
    void adoptBuffer(QByteArray &&buffer);
    /// Room for this many rows, cells and bytes of text, so a reader that knows the size of its
    /// input avoids regrowing.
    void reserve(qsizetype rows, qsizetype cells, qsizetype textSize);
    /// Encodes as UTF-8; a lone surrogate is stored as U+FFFD.
    void appendCell(QStringView text);
    /// For readers of 8-bit input: Latin-1 (and so ASCII) is encoded without a decoder.
    void appendCell(QLatin1StringView text);
    /// Copies valid UTF-8 as it is. Returns false when the bytes are not valid UTF-8 (overlong
    /// forms, surrogates and code points past U+10FFFF included); each bad byte is then stored as
    /// U+FFFD.
    bool appendCell(QUtf8StringView text);
    /// Copies text its reader has already checked to be valid UTF-8 (the whole file at once),
    /// without checking it again.
    void appendValidCell(QUtf8StringView text);
    void endRow() { m_rowEnds.append(quint32(m_cellEnds.size())); }
    void appendRow(const QStringList &cells)
    {
        for (const QString &text : cells)
            appendCell(text);
        endRow();
    }
    /// Drops every row (the name stays) and releases the memory.
    void clear();
    /// Gives back capacity reserved beyond what was filled.
    void squeeze();

private:
    quint32 firstCellOf(int row) const { return row == 0 ? 0 : m_rowEnds.at(row - 1); }
    /// Appends valid UTF-8 as it is, wherever it lies (the sheet's own buffer included).
    void copyCell(QUtf8StringView text);
    /// Room for @p bytes more bytes of text; where to write them.
    char *room(qsizetype bytes);
    void endCell(qsizetype bytes);

    // Cell text back to back in [0, m_used); the rest is room to grow, written in place by the
    // readers (QByteArray::append would cost a call and a size check per cell, twice per row).
    QByteArray m_text;
    qsizetype m_used = 0;
    QList<quint32> m_cellEnds; // m_cellEnds[i]: offset in m_text just past cell i
    QList<quint32> m_rowEnds; // m_rowEnds[r]: index just past row r's last cell
};

/// Asks the system to back a large buffer with huge pages where it can (Linux, transparent huge
/// pages in "madvise" mode): a million-row sheet then costs a few hundred page faults instead of
/// tens of thousands, which on a virtual machine is a good part of the read time.
void adviseHugePages(const void *data, qsizetype bytes);

/// How to read a delimited text file; empty / null members mean "detect".
struct CsvOptions
{
    QString encoding; ///< e.g. "UTF-8"; empty = detect.
    QChar delimiter; ///< ',', ';', '\t', '|'; null = detect.
};

/// The outcome of reading a file: a sheet, or an error that says what to do.
struct ReadResult
{
    Sheet sheet;
    QString encoding; ///< The encoding used (detected or given).
    QChar delimiter; ///< The delimiter used (detected or given).
    /// The encoding was guessed (uchardet), not given, nor told by a BOM, UTF-16's NULs or valid
    /// UTF-8: the file may need another, which the person should be told.
    bool encodingGuessed = false;
    QString error; ///< Plain-language reason the file could not be read; empty on success.
    bool cancelled = false; ///< The read was stopped through ReadControl; error says so too.
    bool binary = false; ///< The error is that the bytes are binary data, not text.

    bool ok() const { return error.isEmpty(); }
};

} // namespace attendance
