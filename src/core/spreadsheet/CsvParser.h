// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringList>
#include <QStringView>

namespace attendance {

/// Splits decoded text into records, one at a time (RFC 4180 quoting; CRLF, LF and lone CR line
/// ends). Internal to CsvReader; kept apart so delimiter detection and reading share one tokenizer.
class CsvParser final
{
public:
    CsvParser(QStringView text, QChar delimiter);

    bool atEnd() const { return m_pos >= m_end; }
    /// 1-based number of the record the next readRecord() call returns.
    int nextRecordNumber() const { return m_records + 1; }

    /// Reads the next record into *fields (replacing its contents). A blank line gives one empty
    /// field. Returns false when a quoted field is still open at the end of the text; *fields
    /// then holds what was read.
    bool readRecord(QStringList *fields);

    /// The delimiter among ',', ';', '\t' and '|' that splits the first records of text into the
    /// same number (> 1) of fields most consistently (then into more fields; then tab, ';', '|',
    /// ',' in that order); ',' when none does.
    static QChar detectDelimiter(QStringView text);

private:
    bool readQuotedField(QStringList *fields);
    void readPlainField(QStringList *fields);
    void skipLineEnd();

    const char16_t *m_pos;
    const char16_t *m_end;
    char16_t m_delimiter;
    int m_records = 0;
};

} // namespace attendance
