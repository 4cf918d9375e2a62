// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace attendance::test {

/// Absolute path of a fixture under tests/data (from ATTENDANCE_TEST_DATA set by CTest).
QString dataPath(const QString &relative);

/// Writes @p data to @p path; false on failure.
bool writeFile(const QString &path, const QByteArray &data);
/// What @p path holds; empty when it cannot be read.
QByteArray readFile(const QString &path);

/// "person<i>@example.com": the attendees of peopleCsv() and samplePlan().
QString personEmail(int i);
/// A CSV of @p count people: the header "email,first name", then "person<i>@example.com,Zoë <i>"
/// for i from 0 (on row 2).
QByteArray peopleCsv(int count);

} // namespace attendance::test
