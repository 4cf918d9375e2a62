// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h" // writeFile(), readFile()

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class QWidget;

namespace attendance::test {

/// Organisation and app name as main() sets them, settings in a folder of this process's own
/// (empty), dialogs that never block, and the English catalogue (plural forms) installed.
void setUpGuiTestApplication();

/// With ATTENDANCE_TEST_SCREENSHOT_DIR set (and a real display, e.g. under Xvfb), saves what the
/// screen shows, dialogs and menus included, as NAME.png there, for reviewing the layout; with
/// no screen to grab, @p window alone. Does nothing without the variable.
void saveScreenshot(QWidget *window, const QString &name);

/// The child of @p root named @p name; null (and a test failure message) when missing.
template <typename T> T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

/// One worksheet: its name and its rows of text cells.
using TestSheet = QPair<QString, QList<QStringList>>;

/// A minimal but valid XLSX (stored zip, inline strings) with these sheets, in order; so GUI
/// tests can build the workbook they need without fixtures or external tools.
QByteArray xlsxWorkbook(const QList<TestSheet> &sheets);

/// A 30-row attendee list: 27 people to send (accented names), 2 invalid emails (one of them
/// "=1+1", a formula), 1 duplicate. Header on row 1, so data rows are 2..31.
QByteArray thirtyRowCsv();

} // namespace attendance::test
