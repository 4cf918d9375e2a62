// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/CsvParser.h"

#include <QHash>
#include <array>

namespace attendance {

namespace {

// Enough records to see a pattern; the prefix bound keeps a wrong candidate (with a quote that
// never closes) from scanning a huge file.
constexpr int DetectionRecords = 50;
constexpr qsizetype DetectionPrefix = 256 * 1024;

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

struct DelimiterScore
{
    double consistency = 0; // share of sampled records with the most common field count
    qsizetype fields = 0; // that most common field count
};

DelimiterScore scoreDelimiter(QStringView sample, bool truncated, QChar delimiter)
{
    CsvParser parser(sample, delimiter);
    QHash<qsizetype, int> histogram;
    int records = 0;
    QStringList fields;
    while (!parser.atEnd() && records < DetectionRecords) {
        const bool closed = parser.readRecord(&fields);
        // A record cut off by the sample prefix would skew the counts.
        if (!closed || (truncated && parser.atEnd()))
            break;
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue;
        ++histogram[fields.size()];
        ++records;
    }
    DelimiterScore score;
    int modeCount = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (it.value() > modeCount || (it.value() == modeCount && it.key() > score.fields)) {
            modeCount = it.value();
            score.fields = it.key();
        }
    }
    if (records > 0)
        score.consistency = double(modeCount) / records;
    return score;
}

} // namespace

CsvParser::CsvParser(QStringView text, QChar delimiter)
    : m_pos(text.utf16())
    , m_end(text.utf16() + text.size())
    , m_delimiter(delimiter.unicode())
{ }

bool CsvParser::readRecord(QStringList *fields)
{
    const qsizetype expected = fields->size();
    fields->clear();
    fields->reserve(expected);
    bool closed = true;
    for (;;) {
        if (m_pos < m_end && *m_pos == u'"')
            closed = readQuotedField(fields);
        else
            readPlainField(fields);
        if (closed && m_pos < m_end && *m_pos == m_delimiter) {
            ++m_pos;
            continue;
        }
        break;
    }
    skipLineEnd();
    ++m_records;
    return closed;
}

void CsvParser::readPlainField(QStringList *fields)
{
    // A quote inside an unquoted field is kept as it is (lenient, like spreadsheet programs).
    const char16_t *start = m_pos;
    while (m_pos < m_end && *m_pos != m_delimiter && !isLineEnd(*m_pos))
        ++m_pos;
    fields->append(QString(reinterpret_cast<const QChar *>(start), m_pos - start));
}

bool CsvParser::readQuotedField(QStringList *fields)
{
    ++m_pos; // opening quote
    const char16_t *start = m_pos;
    const char16_t *closing = nullptr;
    bool hasEscapes = false;
    while (m_pos < m_end) {
        if (*m_pos == u'"') {
            if (m_pos + 1 < m_end && m_pos[1] == u'"') {
                hasEscapes = true;
                m_pos += 2;
                continue;
            }
            closing = m_pos++;
            break;
        }
        ++m_pos;
    }
    const char16_t *contentEnd = closing ? closing : m_pos;

    // Text between the closing quote and the next delimiter breaks RFC 4180; keep it rather than
    // lose it, as spreadsheet programs do.
    const char16_t *tail = m_pos;
    if (closing) {
        while (m_pos < m_end && *m_pos != m_delimiter && !isLineEnd(*m_pos))
            ++m_pos;
    }
    const qsizetype tailLength = m_pos - tail;

    if (!hasEscapes && tailLength == 0) {
        fields->append(QString(reinterpret_cast<const QChar *>(start), contentEnd - start));
    } else {
        QString value;
        value.reserve((contentEnd - start) + tailLength);
        for (const char16_t *p = start; p < contentEnd; ++p) {
            value.append(QChar(*p));
            if (*p == u'"')
                ++p; // the second quote of a doubled pair
        }
        value.append(QStringView(tail, tailLength));
        fields->append(value);
    }
    return closing != nullptr;
}

void CsvParser::skipLineEnd()
{
    if (m_pos < m_end && *m_pos == u'\r')
        ++m_pos;
    if (m_pos < m_end && *m_pos == u'\n')
        ++m_pos;
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
        if (score.consistency > bestScore.consistency
            || (score.consistency == bestScore.consistency && score.fields > bestScore.fields)) {
            best = QChar(candidate);
            bestScore = score;
        }
    }
    return best;
}

} // namespace attendance
