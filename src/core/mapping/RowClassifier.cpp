// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/RowClassifier.h"

#include "mapping/AttendanceStatus.h"
#include "mapping/DateColumn.h"
#include "mapping/EmailCheck.h"
#include "mapping/PersonName.h"
#include "mapping/ValueInterner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <thread>
#include <vector>

namespace attendance {

namespace {

using Kind = ColumnTarget::Kind;

// Below this many rows a second thread costs more than it saves.
constexpr int RowsPerThread = 25'000;
constexpr int MaxThreads = 4;
constexpr qint64 NoDate = std::numeric_limits<qint64>::min();
// How many rows ahead the claiming pass prefetches its claim-table slot.
constexpr int ClaimLookahead = 16;

enum class Status : quint8 { Blank, Invalid, DateInvalid, Skipped, Candidate };

/// FNV-1a over the case-folded email, so that equal addresses in any case hash alike; ASCII (the
/// usual address) is folded in place, anything else through QString::toCaseFolded().
quint64 foldedHash(QStringView email)
{
    const auto hashOf = [](QStringView text, bool asciiOnly) -> std::optional<quint64> {
        quint64 hash = 1469598103934665603ULL;
        for (const QChar c : text) {
            char16_t u = c.unicode();
            if (u >= 0x80 && asciiOnly)
                return std::nullopt;
            if (u >= u'A' && u <= u'Z')
                u += 32;
            hash = (hash ^ u) * 1099511628211ULL;
        }
        return hash;
    };
    if (const std::optional<quint64> ascii = hashOf(email, true))
        return *ascii;
    return *hashOf(email.toString().toCaseFolded(), false);
}

/// Whether two addresses are equal but for case, as QString::compare(Qt::CaseInsensitive) sees it.
/// Called only when two hashes agree, so mostly for real duplicates.
bool sameEmail(QUtf8StringView a, QUtf8StringView b)
{
    if (a.size() == b.size()
        && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0) // ASCII case only
        return true;
    const auto ascii = [](QUtf8StringView text) {
        return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
    };
    if (ascii(a) && ascii(b))
        return false;
    return QString::fromUtf8(a).compare(QString::fromUtf8(b), Qt::CaseInsensitive) == 0;
}

/// Which row first claimed each email: open addressing over indices into the row checks, so no
/// key string is copied or case-folded for a million rows, and the full plan and the counts-only
/// one find duplicates the same way.
class ClaimTable final
{
public:
    explicit ClaimTable(qsizetype expected)
    {
        qsizetype capacity = 16;
        while (capacity * 7 < expected * 10)
            capacity *= 2;
        m_slots.resize(capacity);
        m_mask = capacity - 1;
    }
    Q_DISABLE_COPY_MOVE(ClaimTable)

    /// Index of the check whose row claimed this email, or -1.
    template <typename EmailOf> int find(quint64 hash, QUtf8StringView email, EmailOf emailOf) const
    {
        for (qsizetype i = qsizetype(hash) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots.at(i);
            if (slot.index < 0)
                return -1;
            if (slot.tag == quint32(hash >> 32) && sameEmail(email, emailOf(slot.index)))
                return slot.index;
        }
    }
    /// Starts loading the slot a later find() of @p hash reads first.
    void prefetch(quint64 hash) const
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(m_slots.constData() + (qsizetype(hash) & m_mask));
#else
        Q_UNUSED(hash);
#endif
    }
    void insert(quint64 hash, int index)
    {
        qsizetype i = qsizetype(hash) & m_mask;
        while (m_slots.at(i).index >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot {quint32(hash >> 32), index};
    }

private:
    struct Slot
    {
        quint32 tag = 0;
        qint32 index = -1;
    };
    QList<Slot> m_slots;
    qsizetype m_mask = 0;
};

/// Runs work(chunk) for chunks 0..count-1, chunk 0 on this thread and each other on its own.
/// Plain std::jthread: its start and join are what ThreadSanitizer sees as ordering (QThread's
/// wait() synchronises inside Qt, which is not instrumented, so TSan could not check this).
void runChunks(int count, const std::function<void(int)> &work)
{
    std::vector<std::jthread> threads;
    threads.reserve(count > 1 ? count - 1 : 0);
    for (int chunk = 1; chunk < count; ++chunk)
        threads.emplace_back(work, chunk);
    work(0);
    for (std::jthread &thread : threads)
        thread.join();
}

struct Columns
{
    int email = -1;
    std::array<int, 3> dates {-1, -1, -1}; // interaction, joined, left
    int status = -1;
    int fullName = -1;
    QList<int> properties;
};

/// What the checking pass found in one row: 24 bytes, no heap memory. The email is UTF-8, a view
/// into the sheet (or into the chunk's copies), kept as a pointer and a length; its hash is
/// computed on the checking threads, so the claiming pass can look ahead in the claim table.
struct RowCheck
{
    const char *email = nullptr;
    quint64 hash = 0;
    qint32 emailSize = 0;
    Status status = Status::Blank;
    bool repaired = false;
    bool hasSessionTimes
        = false; // a join or leave time: a session, merged with the person's others
    // The state the row's status asks for, when the run's is ByStatus.
    SubscriberState state = SubscriberState::Register;

    QUtf8StringView emailView() const { return QUtf8StringView(email, emailSize); }
};

/// A row's dates as epoch milliseconds (NoDate: none); kept only when attendees are built.
using RowDates = std::array<qint64, 3>; // interaction, joined, left

struct Chunk
{
    QList<InvalidRow> invalid; // email, status or date problems, in row order
    QList<SkippedRow> skipped; // in row order
    // Addresses that are not a piece of their cell's bytes: cleaned of invisible characters, or
    // from a cell with non-ASCII text (whose UTF-16 offsets are not its byte offsets).
    QList<QByteArray> copies;
};

/// Checks rows on one thread: email, dates. It allocates nothing for a good row, because on
/// Linux a second thread's allocations grow its malloc arena one page and one mprotect() call at
/// a time; the attendees are built afterwards, on the calling thread.
class RowChecker final
{
public:
    RowChecker(const Sheet &sheet, const ImportPlan &plan, const Columns &columns,
        const QList<DateColumn> &dates, std::optional<SubscriberState> state)
        : m_sheet(sheet)
        , m_plan(plan)
        , m_columns(columns)
        , m_state(state)
    {
        for (const DateColumn &date : dates)
            m_dates.append(date.forThread());
    }
    Q_DISABLE_COPY_MOVE(RowChecker)

    /// Checks @p row into *out; its dates go to *dates unless that is null (counts only).
    void check(int row, RowCheck *out, RowDates *dates, Chunk *chunk)
    {
        if (m_sheet.isBlankRow(row))
            return;
        const QUtf8StringView bytes = m_sheet.cellUtf8(row, m_columns.email);
        bool ascii = false;
        const QStringView raw = Sheet::decode(bytes, &m_emailBuffer, &ascii);
        QString cleaned;
        EmailVerdict email = verifyEmail(raw, &cleaned);
        if (!email.valid) {
            chunk->invalid.append(InvalidRow {row + 1, raw.toString(), std::move(email.reason)});
            out->status = Status::Invalid;
            return;
        }
        if (m_columns.status >= 0) {
            // The row's own word on attendance comes before its dates: a no-show is skipped for
            // that, whatever else is wrong with it. Such a row claims nothing, so it needs no hash.
            QString reason;
            switch (checkStatus(row, &reason, &out->state)) {
            case Status::Invalid:
                chunk->invalid.append(InvalidRow {row + 1, raw.toString(), reason});
                out->status = Status::Invalid;
                return;
            case Status::Skipped:
                chunk->skipped.append(SkippedRow {row + 1, email.email.toString(), reason});
                out->status = Status::Skipped;
                return;
            default:
                break;
            }
        }
        out->hash = foldedHash(email.email);
        out->emailSize = qint32(email.email.size());
        if (cleaned.isNull() && ascii) {
            // A piece of an ASCII cell: its offsets in the decoded text are its byte offsets.
            out->email = bytes.data() + (email.email.data() - raw.data());
        } else {
            // Kept for the claiming pass; the view must outlive this function.
            chunk->copies.append(email.email.toUtf8());
            out->email = chunk->copies.constLast().constData();
            out->emailSize = qint32(chunk->copies.constLast().size());
        }
        out->repaired = email.repaired;
        QString dateError;
        for (int i = 0; i < 3; ++i) {
            const qint64 ms = readDate(i, row, &dateError);
            if (dates)
                (*dates)[i] = ms;
            out->hasSessionTimes = out->hasSessionTimes || (i > 0 && ms != NoDate);
        }
        if (!dateError.isEmpty()) {
            chunk->invalid.append(InvalidRow {row + 1, raw.toString(), dateError});
            out->status = Status::DateInvalid;
            return;
        }
        out->status = Status::Candidate;
    }

private:
    /// Candidate when the row's status allows its state (or no state is given); Skipped when it
    /// contradicts it, Invalid when it reads as no status at all; *reason says why. With ByStatus,
    /// *state is the one the status asks for, and a blank status is Skipped.
    Status checkStatus(int row, QString *reason, SubscriberState *state)
    {
        const QStringView text
            = Sheet::decode(m_sheet.cellUtf8(row, m_columns.status), &m_statusBuffer).trimmed();
        const QString &header = m_plan.headers.at(m_columns.status);
        const std::optional<AttendanceStatus> status = readAttendanceStatus(text);
        if (!text.isEmpty() && !status) {
            *reason = QCoreApplication::translate("attendance::ImportPlan",
                "The status '%1' in column '%2' is not one this program knows. Write yes or no, "
                "attended, absent or cancelled (or sí, no, asistió, ausente, cancelado), or map "
                "the column to \"ignore\".")
                          .arg(text, header);
            return Status::Invalid;
        }
        if (!m_state)
            return Status::Candidate;
        if (*m_state == SubscriberState::ByStatus) {
            if (!status) {
                *reason = QCoreApplication::translate(
                    "attendance::ImportPlan", "no status to go by: %1 is empty")
                              .arg(header);
                return Status::Skipped;
            }
            *state = stateForStatus(*status);
            return Status::Candidate;
        }
        const auto said = [&](const char *what) {
            return QCoreApplication::translate("attendance::ImportPlan", what)
                .arg(header, text.toString());
        };
        if (*m_state == SubscriberState::Attend) {
            if (!status) {
                *reason = QCoreApplication::translate(
                    "attendance::ImportPlan", "no attendance recorded: %1 is empty")
                              .arg(header);
                return Status::Skipped;
            }
            if (*status == AttendanceStatus::Registered) {
                *reason
                    = said(QT_TRANSLATE_NOOP("attendance::ImportPlan", "not checked in: %1 = %2"));
                return Status::Skipped;
            }
            if (*status == AttendanceStatus::Absent) {
                *reason
                    = said(QT_TRANSLATE_NOOP("attendance::ImportPlan", "did not attend: %1 = %2"));
                return Status::Skipped;
            }
        }
        if (*m_state != SubscriberState::Cancel && status == AttendanceStatus::Cancelled) {
            *reason = said(QT_TRANSLATE_NOOP("attendance::ImportPlan", "cancelled: %1 = %2"));
            return Status::Skipped;
        }
        return Status::Candidate;
    }

    /// NoDate for an empty cell or unmapped column; a cell that is not a date sets *error
    /// (the first such cell only, so the reason names one problem).
    qint64 readDate(int which, int row, QString *error)
    {
        const int column = m_columns.dates[which];
        if (column < 0)
            return NoDate;
        const QStringView text
            = Sheet::decode(m_sheet.cellUtf8(row, column), &m_dateBuffers[which]).trimmed();
        if (text.isEmpty() || meansNoDate(text))
            return NoDate;
        const std::optional<qint64> ms = m_dates[which].read(text);
        if (!ms && error->isEmpty()) {
            *error = QCoreApplication::translate(
                "attendance::ImportPlan", "Could not read the date '%1' in column '%2'")
                         .arg(text, m_plan.headers.value(column));
        }
        return ms.value_or(NoDate);
    }

    const Sheet &m_sheet;
    const ImportPlan &m_plan;
    const Columns &m_columns;
    std::optional<SubscriberState> m_state;
    QList<DateColumn> m_dates; // interaction, joined, left
    // Decoded cells, reused row after row so that a good row allocates nothing.
    QString m_emailBuffer;
    QString m_statusBuffer;
    std::array<QString, 3> m_dateBuffers;
};

/// Learns the day/month order of each date column from all its values (in parallel chunks whose
/// counts are merged), then settles each: proof first, then what a sibling column proved.
QList<DateColumn> settleDates(const Sheet &sheet, int firstRow, int endRow, int chunks,
    const Columns &columns, const ImportOptions &options, ImportPlan *plan)
{
    const int rows = std::max(endRow - firstRow, 0);
    std::vector<QList<DateColumn>> learned(chunks);
    runChunks(chunks, [&](int chunk) {
        QList<DateColumn> &dates = learned[chunk];
        for (int i = 0; i < 3; ++i)
            dates.append(DateColumn(options.dateFormat, options.timeZone));
        const int begin = firstRow + int(qint64(rows) * chunk / chunks);
        const int end = firstRow + int(qint64(rows) * (chunk + 1) / chunks);
        QString buffer;
        for (int i = 0; i < 3; ++i) {
            if (columns.dates[i] < 0)
                continue;
            for (int row = begin; row < end; ++row)
                dates[i].learn(Sheet::decode(sheet.cellUtf8(row, columns.dates[i]), &buffer));
        }
    });
    QList<DateColumn> dates = learned.front();
    for (int chunk = 1; chunk < chunks; ++chunk) {
        for (int i = 0; i < 3; ++i)
            dates[i].absorb(learned[chunk].at(i));
    }
    DateOrder sibling = DateOrder::Auto;
    for (const DateColumn &date : dates) {
        if (date.provenOrder() != DateOrder::Auto) {
            sibling = date.provenOrder();
            break;
        }
    }
    for (DateColumn &date : dates) {
        date.settle(options.dateOrder, sibling);
        if (date.orderUsed() != DateOrder::Auto
            && (plan->dateOrderUsed == DateOrder::Auto || date.ambiguous()))
            plan->dateOrderUsed = date.orderUsed();
        plan->dateOrderAmbiguous = plan->dateOrderAmbiguous || date.ambiguous();
    }
    return dates;
}

/// Sets the attendee's interaction time and its joinedAt / leftAt from @p dates (those it has).
void setTimes(Attendee *attendee, const RowDates &dates)
{
    if (dates[0] != NoDate)
        attendee->interactionDateTime = dates[0];
    if (dates[1] != NoDate)
        attendee->properties.insert(QStringLiteral("joinedAt"), eventPropertyTime(dates[1]));
    if (dates[2] != NoDate)
        attendee->properties.insert(QStringLiteral("leftAt"), eventPropertyTime(dates[2]));
}

/// Widens the first session's attendee (@p attendee, its dates @p into) by another session of the
/// same person: the earliest interaction and join, the latest leave.
void mergeDates(RowDates *into, const RowDates &session)
{
    const auto earliest = [](qint64 a, qint64 b) {
        return a == NoDate ? b : b == NoDate ? a : std::min(a, b);
    };
    const auto latest = [](qint64 a, qint64 b) {
        return a == NoDate ? b : b == NoDate ? a : std::max(a, b);
    };
    RowDates &dates = *into;
    dates[0] = earliest(dates[0], session[0]);
    dates[1] = earliest(dates[1], session[1]);
    dates[2] = latest(dates[2], session[2]);
}

/// As mergeDates(), for the attendee already built from @p into.
void mergeSession(Attendee *attendee, RowDates *into, const RowDates &session)
{
    mergeDates(into, session);
    setTimes(attendee, *into);
}

/// By status (SubscriberState::ByStatus) a person goes once, in the furthest state of their rows,
/// and the row sent is the first that says so: its own status then says what is recorded. For
/// each candidate row, the index of that row of its person (itself when it is the one); -1 for
/// the other rows.
std::vector<int> rowsSent(const QList<RowCheck> &checks)
{
    const auto candidates = std::count_if(checks.cbegin(), checks.cend(),
        [](const RowCheck &check) { return check.status == Status::Candidate; });
    ClaimTable people(candidates);
    const auto emailOf = [&](int index) { return checks.at(index).emailView(); };
    std::vector<int> firstOf(size_t(checks.size()), -1);
    std::vector<int> sentOf(size_t(checks.size()), -1); // by the person's first row
    for (int i = 0; i < checks.size(); ++i) {
        const RowCheck &check = checks.at(i);
        if (check.status != Status::Candidate)
            continue;
        int first = people.find(check.hash, check.emailView(), emailOf);
        if (first < 0) {
            people.insert(check.hash, i);
            first = i;
            sentOf[size_t(i)] = i;
        }
        firstOf[size_t(i)] = first;
        int &sent = sentOf[size_t(first)];
        const SubscriberState kept = checks.at(sent).state;
        if (furthestState(kept, check.state) != kept)
            sent = i;
    }
    for (int &row : firstOf) {
        if (row >= 0)
            row = sentOf[size_t(row)];
    }
    return firstOf;
}

/// Builds the attendee of a row that claimed its email.
Attendee attendeeFor(const Sheet &sheet, int row, const RowCheck &check, const RowDates &dates,
    const Columns &columns, bool byStatus, const QStringList &propertyNames,
    std::vector<ValueInterner> *interners, QString *buffer)
{
    Attendee attendee;
    attendee.row = row + 1;
    if (byStatus)
        attendee.state = check.state;
    attendee.email = QString::fromUtf8(check.emailView());
    setTimes(&attendee, dates);
    if (!columns.properties.isEmpty())
        attendee.contactProperties.reserve(columns.properties.size());
    for (qsizetype p = 0; p < columns.properties.size(); ++p) {
        const QStringView value
            = Sheet::decode(sheet.cellUtf8(row, columns.properties.at(p)), buffer).trimmed();
        // Names are in key order, so each goes in at the end without a search.
        if (!value.isEmpty())
            attendee.contactProperties.append(propertyNames.at(p), (*interners)[p].intern(value));
    }
    if (columns.fullName >= 0) {
        // A name column of its own wins over the split name.
        const SplitName name
            = splitFullName(Sheet::decode(sheet.cellUtf8(row, columns.fullName), buffer));
        if (!name.first.isEmpty()
            && !attendee.contactProperties.contains(QStringLiteral("firstname")))
            attendee.contactProperties.insert(QStringLiteral("firstname"), name.first);
        if (!name.last.isEmpty()
            && !attendee.contactProperties.contains(QStringLiteral("lastname")))
            attendee.contactProperties.insert(QStringLiteral("lastname"), name.last);
    }
    return attendee;
}

} // namespace

void classifyRows(const Sheet &sheet, int firstRow, int endRow, const ImportOptions &options,
    PlanDetail detail, ImportPlan *plan)
{
    const bool rows = detail == PlanDetail::Rows;
    Columns columns;
    columns.email = plan->mapping.emailColumn();
    columns.dates = {plan->mapping.columnFor(Kind::InteractionDateTime),
        plan->mapping.columnFor(Kind::JoinedAt), plan->mapping.columnFor(Kind::LeftAt)};
    columns.status = plan->mapping.columnFor(Kind::Status);
    columns.fullName = plan->mapping.columnFor(Kind::FullName);
    for (qsizetype c = 0; c < plan->mapping.columns.size(); ++c) {
        if (plan->mapping.columns.at(c).kind == Kind::ContactProperty)
            columns.properties.append(int(c));
    }
    std::sort(columns.properties.begin(), columns.properties.end(), [&](int a, int b) {
        return plan->mapping.columns.at(a).property < plan->mapping.columns.at(b).property;
    });
    QStringList propertyNames;
    for (const int column : columns.properties)
        propertyNames.append(plan->mapping.columns.at(column).property);

    const int rowCount = std::max(std::min(endRow, sheet.rowCount()) - firstRow, 0);
    const int chunks = std::clamp(
        std::min(rowCount / RowsPerThread, QThread::idealThreadCount()), 1, MaxThreads);
    const QList<DateColumn> dates
        = settleDates(sheet, firstRow, firstRow + rowCount, chunks, columns, options, plan);

    QList<RowCheck> checks(rowCount);
    // Each row's instants are needed only to build its attendee.
    std::vector<RowDates> rowDates(rows ? rowCount : 0);
    std::vector<Chunk> results(chunks);
    const auto bounds = [&](int chunk) {
        return std::pair {
            int(qint64(rowCount) * chunk / chunks), int(qint64(rowCount) * (chunk + 1) / chunks)};
    };
    runChunks(chunks, [&](int chunk) {
        RowChecker checker(sheet, *plan, columns, dates, options.state);
        const auto [begin, end] = bounds(chunk);
        for (int i = begin; i < end; ++i) {
            checker.check(
                firstRow + i, &checks[i], rows ? &rowDates[size_t(i)] : nullptr, &results[chunk]);
        }
    });

    // Claiming runs in row order, so the first row with an email keeps it whatever the chunks.
    const auto candidates = std::count_if(checks.cbegin(), checks.cend(),
        [](const RowCheck &check) { return check.status == Status::Candidate; });
    if (rows) {
        plan->attendees.reserve(candidates);
        adviseHugePages(plan->attendees.constData(), candidates * qsizetype(sizeof(Attendee)));
    }
    ClaimTable claims(candidates);
    // Rows with join or leave times are sessions: a person's later sessions merge into the first.
    const bool sessions = columns.dates[1] >= 0 || columns.dates[2] >= 0;
    const bool byStatus = options.state == SubscriberState::ByStatus;
    const std::vector<int> sentRowOf = byStatus ? rowsSent(checks) : std::vector<int>();
    std::vector<int> attendeeOf(rows && sessions ? rowCount : 0); // by check index
    const auto emailOf = [&](int index) { return checks.at(index).emailView(); };
    std::vector<ValueInterner> interners(columns.properties.size());
    QString valueBuffer;
    ImportPlan::Counts &counts = plan->counts;
    for (int chunk = 0; chunk < chunks; ++chunk) {
        Chunk &result = results[chunk];
        qsizetype invalid = 0;
        // The chunk's next InvalidRow goes to the plan (full detail) or is only counted.
        const auto takeInvalid = [&] {
            ++counts.invalid;
            if (rows)
                plan->invalid.append(std::move(result.invalid[invalid]));
            ++invalid;
        };
        qsizetype skipped = 0;
        const auto [begin, end] = bounds(chunk);
        for (int i = begin; i < end; ++i) {
            const RowCheck &check = checks.at(i);
            if (check.status == Status::Blank)
                continue;
            ++plan->totalRows;
            if (check.status == Status::Invalid) {
                takeInvalid();
                continue;
            }
            if (check.status == Status::Skipped) {
                // Skipped rows claim no email: the same person's row that did attend is sent.
                ++counts.skipped;
                if (rows)
                    plan->skipped.append(std::move(result.skipped[skipped]));
                ++skipped;
                continue;
            }
            const int row = firstRow + i;
            const QUtf8StringView email = check.emailView();
            const quint64 hash = check.hash;
            if (byStatus && check.status == Status::Candidate && sentRowOf[size_t(i)] > i) {
                // A later row of the person goes further (checked in after a refund): that one
                // is sent, this one is its duplicate, and its session widens that row's.
                const int sent = sentRowOf[size_t(i)];
                const bool merged = sessions && check.hasSessionTimes;
                ++counts.duplicates;
                counts.merged += merged;
                if (rows) {
                    plan->duplicates.append(DuplicateRow {row + 1, QString::fromUtf8(email),
                        firstRow + sent + 1, merged, check.state, checks.at(sent).state});
                    if (merged)
                        mergeDates(&rowDates[size_t(sent)], rowDates[size_t(i)]);
                }
                continue;
            }
            // The table is too large for the cache: ask for the slot of a row a little ahead, so
            // it has arrived by the time that row is claimed.
            if (i + ClaimLookahead < end)
                claims.prefetch(checks.at(i + ClaimLookahead).hash);
            const int first = claims.find(hash, email, emailOf);
            if (first >= 0) {
                ++counts.duplicates;
                // Another session of the same person: its times widen the first row's.
                const bool merged
                    = sessions && check.status != Status::DateInvalid && check.hasSessionTimes;
                counts.merged += merged;
                if (rows) {
                    plan->duplicates.append(
                        DuplicateRow {row + 1, QString::fromUtf8(email), firstRow + first + 1,
                            merged, byStatus ? std::optional(check.state) : std::nullopt,
                            byStatus ? std::optional(checks.at(first).state) : std::nullopt});
                    if (merged)
                        mergeSession(&plan->attendees[attendeeOf.at(first)],
                            &rowDates[size_t(first)], rowDates[size_t(i)]);
                }
                invalid += check.status == Status::DateInvalid;
                continue;
            }
            if (check.status == Status::DateInvalid) {
                takeInvalid();
                continue;
            }
            claims.insert(hash, i);
            ++counts.attendees;
            counts.repaired += check.repaired;
            if (!rows)
                continue;
            if (sessions)
                attendeeOf[size_t(i)] = int(plan->attendees.size());
            plan->attendees.append(attendeeFor(sheet, row, check, rowDates[size_t(i)], columns,
                byStatus, propertyNames, &interners, &valueBuffer));
            if (check.repaired) {
                plan->repaired.append(RepairedRow {row + 1, sheet.cellText(row, columns.email),
                    plan->attendees.constLast().email});
            }
        }
    }
}

} // namespace attendance
