// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

#include <QByteArrayView>
#include <QChar>
#include <QStringList>
#include <QStringView>

namespace attendance {

/// Splits text into records, one at a time (RFC 4180 quoting; CRLF, LF and lone CR line ends).
/// Reads either decoded text or UTF-8 bytes as they are: every character that matters to the
/// format (delimiter, quote, line end) is ASCII, and no byte of a multi-byte UTF-8 sequence is,
/// so UTF-8 is split without decoding the whole file first — which saves a copy of it.
/// Internal to CsvReader; kept apart so delimiter detection and reading share one tokenizer.
class CsvParser final
{
public:
    /// Why readRecord() returned false.
    enum class Problem {
        None,
        UnclosedQuote, ///< A quoted field is still open at the end of the text.
        CellTooLong, ///< A field holds more than ReadLimits::MaxCellChars characters.
        TooManyColumns, ///< A record has more than ReadLimits::MaxColumns fields.
    };

    CsvParser(QStringView text, QChar delimiter);
    /// UTF-8 bytes; a bad byte is stored as U+FFFD and noted (sawInvalidUtf8()).
    CsvParser(QByteArrayView utf8, QChar delimiter);
    /// The UTF-8 input was checked whole and is valid: cells are copied without a second look.
    void setCheckedUtf8() { m_checkedUtf8 = true; }

    bool atEnd() const { return m_utf8 ? m_pos8 >= m_end8 : m_pos16 >= m_end16; }
    /// 1-based number of the record the next readRecord() call returns.
    int nextRecordNumber() const { return m_records + 1; }
    /// Code units (bytes for UTF-8) consumed so far, for progress.
    qsizetype position() const { return m_utf8 ? m_pos8 - m_begin8 : m_pos16 - m_begin16; }

    /// Reads the next record into *fields (replacing its contents). A blank line gives one empty
    /// field. Returns false with problem() when a quoted field is still open at the end of the
    /// text (*fields then holds what was read), or when a field or the record is past a limit:
    /// reading then stops at once, within a few times the limit, however long the field goes on.
    bool readRecord(QStringList *fields);
    /// Same, appending the record to *sheet as its next row (even when it returns false).
    bool readRecord(Sheet *sheet);
    Problem problem() const { return m_problem; }
    /// 1-based column of the field that is too long (Problem::CellTooLong).
    int problemColumn() const { return m_problemColumn; }
    /// Reading UTF-8 into a Sheet met bytes that are not UTF-8 (stored as U+FFFD).
    bool sawInvalidUtf8() const { return m_invalidUtf8; }

    /// The delimiter among ',', ';', '\t' and '|' that splits the most of the first records of
    /// text into their table's usual number (> 1) of fields, a table being a run of records between
    /// blank lines (then: into more fields; then tab, ';', '|', ',' in that order); ',' when none
    /// does.
    static QChar detectDelimiter(QStringView text);

private:
    template <typename Sink> bool read(Sink &sink);

    bool m_utf8 = false;
    const char16_t *m_begin16 = nullptr;
    const char16_t *m_pos16 = nullptr;
    const char16_t *m_end16 = nullptr;
    const char *m_begin8 = nullptr;
    const char *m_pos8 = nullptr;
    const char *m_end8 = nullptr;
    char16_t m_delimiter;
    int m_records = 0;
    bool m_invalidUtf8 = false;
    bool m_checkedUtf8 = false;
    Problem m_problem = Problem::None;
    int m_problemColumn = 0;
};

} // namespace attendance
