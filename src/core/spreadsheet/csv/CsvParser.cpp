// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/csv/CsvParser.h"

#include "spreadsheet/ReadLimits.h"

#include <QHash>
#include <QVarLengthArray>
#include <array>
#include <type_traits>

namespace attendance {

namespace {

// Enough records to see a pattern; the prefix bound keeps a wrong candidate (with a quote that
// never closes) from scanning a huge file.
constexpr int DetectionRecords = 50;
constexpr qsizetype DetectionPrefix = 256 * 1024;

template <typename Char> bool isLineEnd(Char c)
{
    return c == Char('\n') || c == Char('\r');
}

template <typename Char> unsigned codeUnit(Char c)
{
    return static_cast<std::make_unsigned_t<Char>>(c);
}

/// One record's worth of tokenizing over UTF-16 or UTF-8 code units. Each field goes to
/// emit(begin, end, ascii): a range of the input when the field needs no unescaping, else of a
/// scratch buffer; ascii tells the UTF-8 sink that a cheap Latin-1 widening will do. emit returns
/// false when the field's text is longer than a cell may be.
template <typename Char> class RecordReader final
{
public:
    RecordReader(const Char *&pos, const Char *end, Char delimiter)
        : m_pos(pos)
        , m_end(end)
        , m_delimiter(delimiter)
    { }

    /// *column: the 1-based column reached, which is the one at fault on a problem.
    template <typename Emit> CsvParser::Problem read(Emit &&emit, int *column)
    {
        bool closed = true;
        for (int field = 1;; ++field) {
            *column = field;
            if (field > ReadLimits::MaxColumns)
                return CsvParser::Problem::TooManyColumns;
            if (m_pos < m_end && *m_pos == Char('"'))
                closed = readQuoted(emit);
            else
                readPlain(emit);
            if (m_tooLong)
                return CsvParser::Problem::CellTooLong;
            if (closed && m_pos < m_end && *m_pos == m_delimiter) {
                ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos < m_end && *m_pos == Char('\r'))
            ++m_pos;
        if (m_pos < m_end && *m_pos == Char('\n'))
            ++m_pos;
        return closed ? CsvParser::Problem::None : CsvParser::Problem::UnclosedQuote;
    }

private:
    // A field with more input than this is too long whatever it decodes to: UTF-8 takes at most
    // three bytes per UTF-16 code unit, and a doubled quote two units for one. Scanning stops
    // there, so a runaway field (a stray quote swallowing the rest of the file) costs no time.
    static constexpr qsizetype MaxFieldInput
        = (sizeof(Char) == 1 ? 3 : 2) * ReadLimits::MaxCellChars;

    /// Where the scan of a field that starts at @p start gives up: one unit past the most input a
    /// field may have, or the end of the text.
    const Char *stopFor(const Char *start) const
    {
        return m_end - start > MaxFieldInput ? start + MaxFieldInput + 1 : m_end;
    }

    template <typename Emit> void readPlain(Emit &emit)
    {
        // A quote inside an unquoted field is kept as it is (lenient, like spreadsheet programs).
        const Char *start = m_pos;
        const Char *stop = stopFor(start);
        unsigned high = 0;
        while (m_pos < stop) {
            const Char c = *m_pos;
            if (c == m_delimiter || isLineEnd(c))
                break;
            high |= codeUnit(c);
            ++m_pos;
        }
        m_tooLong = (m_pos == stop && stop != m_end) || !emit(start, m_pos, high < 0x80);
    }

    template <typename Emit> bool readQuoted(Emit &emit)
    {
        ++m_pos; // opening quote
        const Char *start = m_pos;
        const Char *stop = stopFor(start);
        const Char *closing = nullptr;
        bool hasEscapes = false;
        unsigned high = 0;
        while (m_pos < stop) {
            const Char c = *m_pos;
            if (c == Char('"')) {
                if (m_pos + 1 < m_end && m_pos[1] == Char('"')) {
                    hasEscapes = true;
                    m_pos += 2;
                    continue;
                }
                closing = m_pos++;
                break;
            }
            high |= codeUnit(c);
            ++m_pos;
        }
        const Char *contentEnd = closing ? closing : m_pos;

        // Text between the closing quote and the next delimiter breaks RFC 4180; keep it rather
        // than lose it, as spreadsheet programs do.
        const Char *tail = m_pos;
        if (closing) {
            while (m_pos < stop && *m_pos != m_delimiter && !isLineEnd(*m_pos)) {
                high |= codeUnit(*m_pos);
                ++m_pos;
            }
        }
        if (m_pos >= stop && stop != m_end) {
            m_tooLong = true;
            return true;
        }
        if (!hasEscapes && tail == m_pos) {
            m_tooLong = !emit(start, contentEnd, high < 0x80);
        } else {
            m_scratch.clear();
            for (const Char *p = start; p < contentEnd; ++p) {
                m_scratch.append(*p);
                if (*p == Char('"'))
                    ++p; // the second quote of a doubled pair
            }
            m_scratch.append(tail, m_pos - tail);
            m_tooLong = !emit(m_scratch.cbegin(), m_scratch.cend(), high < 0x80);
        }
        return closing != nullptr;
    }

    const Char *&m_pos;
    const Char *m_end;
    Char m_delimiter;
    bool m_tooLong = false;
    QVarLengthArray<Char, 256> m_scratch;
};

struct DelimiterScore
{
    // Records that split into their table's most common field count, counted over the tables
    // (runs of records between blank lines) where that count is above 1.
    int consistent = 0;
    qsizetype fields = 0; // that most common field count, in the table that has the most such
};

/// Scores one delimiter table by table. An export may hold several tables one after another
/// (Teams: a two-column summary, the participants, the activities; each with its own title and
/// width), so counting the whole sample as one table would let commas inside names and dates
/// ("Vidal, Carmen", "11/20/26, 9:58 AM"), which split every row alike, outvote the tabs.
DelimiterScore scoreDelimiter(QStringView sample, bool truncated, QChar delimiter)
{
    CsvParser parser(sample, delimiter);
    QHash<qsizetype, int> histogram;
    DelimiterScore score;
    int best = 0;
    const auto endTable = [&] {
        int modeCount = 0;
        qsizetype modeFields = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > modeFields)) {
                modeCount = it.value();
                modeFields = it.key();
            }
        }
        histogram.clear();
        if (modeFields < 2)
            return;
        score.consistent += modeCount;
        if (modeCount > best || (modeCount == best && modeFields > score.fields)) {
            best = modeCount;
            score.fields = modeFields;
        }
    };
    int records = 0;
    QStringList fields;
    while (!parser.atEnd() && records < DetectionRecords) {
        const bool ok = parser.readRecord(&fields);
        // A record cut off by the sample prefix would skew the counts.
        if (!ok || (truncated && parser.atEnd()))
            break;
        if (fields.size() == 1 && fields.constFirst().isEmpty()) {
            endTable();
            continue;
        }
        ++histogram[fields.size()];
        ++records;
    }
    endTable();
    return score;
}

} // namespace

CsvParser::CsvParser(QStringView text, QChar delimiter)
    : m_begin16(text.utf16())
    , m_pos16(text.utf16())
    , m_end16(text.utf16() + text.size())
    , m_delimiter(delimiter.unicode())
{ }

CsvParser::CsvParser(QByteArrayView utf8, QChar delimiter)
    : m_utf8(true)
    , m_begin8(utf8.data())
    , m_pos8(utf8.data())
    , m_end8(utf8.data() + utf8.size())
    , m_delimiter(delimiter.unicode())
{
    Q_ASSERT(delimiter.unicode() < 0x80);
}

template <typename Sink> bool CsvParser::read(Sink &sink)
{
    ++m_records;
    int column = 0;
    m_problem = m_utf8 ? RecordReader<char>(m_pos8, m_end8, char(m_delimiter)).read(sink, &column)
                       : RecordReader<char16_t>(m_pos16, m_end16, m_delimiter).read(sink, &column);
    m_problemColumn = m_problem == Problem::None ? 0 : column;
    return m_problem == Problem::None;
}

bool CsvParser::readRecord(QStringList *fields)
{
    const qsizetype expected = fields->size();
    fields->clear();
    fields->reserve(expected);
    auto sink = [fields](const auto *begin, const auto *end, bool ascii) {
        using Char = std::remove_cvref_t<decltype(*begin)>;
        if ((std::is_same_v<Char, char16_t> || ascii) && end - begin > ReadLimits::MaxCellChars)
            return false;
        if constexpr (std::is_same_v<Char, char16_t>)
            fields->append(QString(reinterpret_cast<const QChar *>(begin), end - begin));
        else if (ascii)
            fields->append(QString::fromLatin1(begin, end - begin));
        else
            fields->append(QString::fromUtf8(begin, end - begin));
        return fields->constLast().size() <= ReadLimits::MaxCellChars;
    };
    return read(sink);
}

bool CsvParser::readRecord(Sheet *sheet)
{
    auto sink = [this, sheet](const auto *begin, const auto *end, bool ascii) {
        using Char = std::remove_cvref_t<decltype(*begin)>;
        if ((std::is_same_v<Char, char16_t> || ascii) && end - begin > ReadLimits::MaxCellChars)
            return false;
        if constexpr (std::is_same_v<Char, char16_t>) {
            sheet->appendCell(QStringView(begin, end - begin));
        } else if (ascii) {
            sheet->appendCell(QLatin1StringView(begin, end - begin));
        } else {
            const QUtf8StringView text(begin, end - begin);
            if (m_checkedUtf8)
                sheet->appendValidCell(text);
            else if (!sheet->appendCell(text))
                m_invalidUtf8 = true;
            // Bytes are at least code units: only a long cell needs counting.
            return text.size() <= ReadLimits::MaxCellChars
                || Sheet::utf16Size(sheet->lastCell()) <= ReadLimits::MaxCellChars;
        }
        return true;
    };
    const bool ok = read(sink);
    sheet->endRow();
    return ok;
}

QChar CsvParser::detectDelimiter(QStringView text)
{
    // On a tie the delimiter least likely to appear inside values wins: a tab-separated file often
    // has "Smith, John" in every row, a comma-separated one rarely has tabs or semicolons.
    static constexpr std::array<char16_t, 4> candidates {u'\t', u';', u'|', u','};
    const bool truncated = text.size() > DetectionPrefix;
    const QStringView sample = truncated ? text.first(DetectionPrefix) : text;

    QChar best = u',';
    DelimiterScore bestScore;
    for (const char16_t candidate : candidates) {
        const DelimiterScore score = scoreDelimiter(sample, truncated, QChar(candidate));
        if (score.fields < 2)
            continue;
        if (score.consistent > bestScore.consistent
            || (score.consistent == bestScore.consistent && score.fields > bestScore.fields)) {
            best = QChar(candidate);
            bestScore = score;
        }
    }
    return best;
}

} // namespace attendance
