// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/AttendanceStatus.h"

#include <QString>
#include <QStringList>
#include <array>

namespace attendance {

namespace {

/// Separators between words: any run of them reads as one space.
bool isSeparator(char32_t c)
{
    return QChar::isSpace(c) || c == u'-' || c == u'_' || c == u'.';
}

/// Lower case, no accents, and any run of spaces, hyphens, underscores or dots as one space:
/// "Checked-In", "checked in" and "CHECKED_IN" read alike, "Asistió" as "asistio".
QString foldValue(QStringView text)
{
    const QString decomposed
        = text.trimmed().toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isSeparator(c.unicode())) {
            space = !folded.isEmpty();
            continue;
        }
        if (space)
            folded.append(u' ');
        space = false;
        folded.append(c);
    }
    return folded;
}

struct Spelling
{
    const char *text; // folded already
    AttendanceStatus status;
};

using enum AttendanceStatus;

constexpr std::array Spellings {
    // Attended
    Spelling {"yes", Attended},
    Spelling {"y", Attended},
    Spelling {"si", Attended},
    Spelling {"true", Attended},
    Spelling {"verdadero", Attended},
    Spelling {"1", Attended},
    Spelling {"x", Attended},
    Spelling {"attended", Attended},
    Spelling {"checked in", Attended},
    Spelling {"checkedin", Attended},
    Spelling {"check in", Attended},
    Spelling {"present", Attended},
    Spelling {"asistio", Attended},
    Spelling {"asistente", Attended},
    Spelling {"presente", Attended},
    Spelling {"registrado y asistio", Attended},
    // Registered
    Spelling {"attending", Registered},
    Spelling {"registered", Registered},
    Spelling {"going", Registered},
    Spelling {"confirmed", Registered},
    Spelling {"inscrito", Registered},
    Spelling {"inscrita", Registered},
    Spelling {"registrado", Registered},
    Spelling {"registrada", Registered},
    Spelling {"confirmado", Registered},
    Spelling {"confirmada", Registered},
    // Absent
    Spelling {"no", Absent},
    Spelling {"n", Absent},
    Spelling {"false", Absent},
    Spelling {"falso", Absent},
    Spelling {"0", Absent},
    Spelling {"not attending", Absent},
    Spelling {"not attended", Absent},
    Spelling {"did not attend", Absent},
    Spelling {"absent", Absent},
    Spelling {"no show", Absent},
    Spelling {"noshow", Absent},
    Spelling {"not checked in", Absent},
    Spelling {"no asistio", Absent},
    Spelling {"ausente", Absent},
    Spelling {"no se presento", Absent},
    // Cancelled
    Spelling {"cancelled", Cancelled},
    Spelling {"canceled", Cancelled},
    Spelling {"refunded", Cancelled},
    Spelling {"cancelado", Cancelled},
    Spelling {"cancelada", Cancelled},
    Spelling {"reembolsado", Cancelled},
    Spelling {"reembolsada", Cancelled},
    Spelling {"anulado", Cancelled},
    Spelling {"anulada", Cancelled},
};

/// The status a folded text spells; @p Folded is QLatin1StringView or QString.
template <typename Folded> std::optional<AttendanceStatus> spelled(const Folded &folded)
{
    for (const Spelling &spelling : Spellings) {
        if (folded == QLatin1StringView(spelling.text))
            return spelling.status;
    }
    return std::nullopt;
}

} // namespace

std::optional<AttendanceStatus> readAttendanceStatus(QStringView text)
{
    // Short ASCII, the usual cell, is folded on the stack: a million rows allocate nothing.
    std::array<char, 32> ascii {};
    qsizetype length = 0;
    bool space = false;
    bool fits = true;
    for (const QChar c : text.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || length + 2 > qsizetype(ascii.size())) {
            fits = false;
            break;
        }
        if (isSeparator(u)) {
            space = length > 0;
            continue;
        }
        if (space)
            ascii[size_t(length++)] = ' ';
        space = false;
        ascii[size_t(length++)] = char(u >= u'A' && u <= u'Z' ? u + 32 : u);
    }
    if (fits)
        return spelled(QLatin1StringView(ascii.data(), length));
    return spelled(foldValue(text));
}

SubscriberState stateForStatus(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Attended:
        return SubscriberState::Attend;
    case AttendanceStatus::Registered:
    case AttendanceStatus::Absent:
        return SubscriberState::Register;
    case AttendanceStatus::Cancelled:
        return SubscriberState::Cancel;
    }
    return SubscriberState::Register;
}

SubscriberState furthestState(SubscriberState a, SubscriberState b)
{
    const auto rank = [](SubscriberState s) {
        switch (s) {
        case SubscriberState::Attend:
            return 3;
        case SubscriberState::Register:
            return 2;
        case SubscriberState::Cancel:
            return 1;
        case SubscriberState::ByStatus:
            break;
        }
        return 0;
    };
    return rank(b) > rank(a) ? b : a;
}

} // namespace attendance
