// SPDX-License-Identifier: GPL-3.0-or-later
// A text file's encoding and separator, chosen on the file page as a person does: the combos
// name what was detected, a choice reads the file again, and the preview and the plan follow.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "pages/FilePage.h"
#include "services/Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;
using attendance::test::child;

class TestTextOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void separatorChangesColumns();
    void encodingChangesNames();
    void macRomanChosenByName();
    void notUtf8IsNamed();
    void encodingKeepsColumnChoices();
    void workbooksHaveNoTextOptions();

private:
    void openOnFilePage(const QString &path);
    /// Opens @p combo's list and clicks the entry that starts with @p text, as a person does.
    void choose(QComboBox *combo, const QString &text);
    QComboBox *encodingCombo() const { return child<QComboBox>(m_window.get(), "encodingCombo"); }
    QComboBox *separatorCombo() const { return child<QComboBox>(m_window.get(), "separatorCombo"); }
    /// The preview's columns, the row number's included.
    int previewColumns() const;
    /// The text the preview shows in its first row, for a sheet column.
    QString previewText(int sheetColumn) const;
    QString message() const;

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestTextOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGuiTestApplication();
}

void TestTextOptions::init()
{
    // Each test starts from the detected mapping, not one remembered from the test before.
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTest::keyClicks(filter, u"summit"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "registeredRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
}

void TestTextOptions::cleanup()
{
    m_window.reset();
}

void TestTextOptions::openOnFilePage(const QString &path)
{
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->filePage()->loadedFile().workbook);
    QTRY_VERIFY(!m_window->filePage()->isLoading());
}

void TestTextOptions::choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo->isVisible());
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QRect item = list->visualRect(list->model()->index(index, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentIndex(), index);
    QTRY_VERIFY(!m_window->filePage()->isLoading());
}

int TestTextOptions::previewColumns() const
{
    return child<QTableView>(m_window.get(), "previewView")->model()->columnCount();
}

QString TestTextOptions::previewText(int sheetColumn) const
{
    const QAbstractItemModel *model = child<QTableView>(m_window.get(), "previewView")->model();
    return model->index(0, sheetColumn + 1).data().toString();
}

QString TestTextOptions::message() const
{
    auto *area = child<QWidget>(m_window->filePage(), "messageArea");
    return area->isVisible() ? area->accessibleName() : QString();
}

void TestTextOptions::separatorChangesColumns()
{
    openOnFilePage(test::dataPath(u"csv/windows-1252-semicolon.csv"_s));
    QCOMPARE(encodingCombo()->currentText(), u"Detected: windows-1252"_s);
    QCOMPARE(separatorCombo()->currentText(), u"Detected: Semicolon"_s);
    QCOMPARE(previewColumns(), 4 + 1);
    QVERIFY(m_window->session()->hasPlan());

    // Commas: no line of the file has one, so each line is one cell.
    choose(separatorCombo(), u"Comma"_s);
    QTRY_COMPARE(previewColumns(), 1 + 1);
    QCOMPARE(previewText(0), u"mueller@example.de;Hans;Müller;Café € GmbH"_s);
    QCOMPARE(m_window->filePage()->loadedFile().request.csv.delimiter, QChar(u','));
    QCOMPARE(separatorCombo()->currentText(), u"Comma"_s);
    // What was detected stays named.
    QCOMPARE(separatorCombo()->itemText(0), u"Detected: Semicolon"_s);

    choose(separatorCombo(), u"Detected"_s);
    QTRY_COMPARE(previewColumns(), 4 + 1);
    QCOMPARE(previewText(2), u"Müller"_s);
    QVERIFY(m_window->session()->hasPlan());
    QCOMPARE(m_window->session()->plan().attendees.constFirst().email, u"mueller@example.de"_s);
    test::saveScreenshot(m_window.get(), u"text-options"_s);
}

void TestTextOptions::encodingChangesNames()
{
    openOnFilePage(test::dataPath(u"csv/windows-1252-semicolon.csv"_s));
    QCOMPARE(previewText(2), u"Müller"_s);

    // Read as UTF-8, the bytes that are not UTF-8 show as U+FFFD.
    choose(encodingCombo(), u"UTF-8"_s);
    QTRY_COMPARE(previewText(2), u"M\uFFFDller"_s);
    QCOMPARE(m_window->filePage()->loadedFile().request.csv.encoding, u"UTF-8"_s);
    QCOMPARE(m_window->filePage()->loadedFile().workbook->encoding, u"UTF-8"_s);
    QCOMPARE(encodingCombo()->itemText(0), u"Detected: windows-1252"_s);
    QCOMPARE(separatorCombo()->currentText(), u"Detected: Semicolon"_s);

    choose(encodingCombo(), u"Detected"_s);
    QTRY_COMPARE(previewText(2), u"Müller"_s);
    QCOMPARE(previewText(3), u"Café € GmbH"_s);
    QVERIFY(m_window->filePage()->loadedFile().request.csv.encoding.isEmpty());
    // The plan that Send would send is the one shown.
    QCOMPARE(m_window->session()->plan().attendees.constFirst().email, u"mueller@example.de"_s);
}

void TestTextOptions::macRomanChosenByName()
{
    // Excel for Mac's "CSV (Macintosh)": Mac OS Roman, lines ending in CR.
    openOnFilePage(test::dataPath(u"exports/excel-mac-roman-cr.csv"_s));
    choose(encodingCombo(), u"windows-1252"_s);
    QTRY_COMPARE(previewText(0), u"RenŽ"_s);
    QCOMPARE(message(), QString()); // chosen, not guessed

    choose(encodingCombo(), u"Mac OS Roman"_s);
    QTRY_COMPARE(previewText(0), u"René"_s);
    QCOMPARE(previewText(1), u"Lefèvre"_s);
    QCOMPARE(encodingCombo()->currentText(), u"Mac OS Roman"_s);
    QCOMPARE(m_window->filePage()->loadedFile().request.csv.encoding, u"macroman"_s);
    QCOMPARE(m_window->filePage()->loadedFile().workbook->encoding, u"Mac OS Roman"_s);
}

void TestTextOptions::notUtf8IsNamed()
{
    openOnFilePage(test::dataPath(u"csv/windows-1252-semicolon.csv"_s));
    QVERIFY2(message().contains(u"not UTF-8"_s) && message().contains(u"windows-1252"_s),
        qPrintable(message()));

    // The person chose it: nothing was guessed.
    choose(encodingCombo(), u"windows-1252"_s);
    QTRY_COMPARE(message(), QString());

    const QString utf8 = m_dir.filePath(u"utf8.csv"_s);
    QVERIFY(test::writeFile(utf8, test::thirtyRowCsv()));
    openOnFilePage(utf8);
    QCOMPARE(encodingCombo()->currentText(), u"Detected: UTF-8"_s);
    QCOMPARE(message(), QString());

    // A file that is UTF-8 but for one byte is read otherwise, and says so.
    const QString almost = m_dir.filePath(u"almost-utf8.csv"_s);
    QVERIFY(test::writeFile(
        almost, "Email,Nombre\nmueller@example.de,M\xFCller\nzoe@example.com,Zoe\n"));
    openOnFilePage(almost);
    QVERIFY2(message().contains(u"not UTF-8"_s), qPrintable(message()));
    QVERIFY(encodingCombo()->currentText().startsWith(u"Detected: "_s));
    QVERIFY(encodingCombo()->currentText() != u"Detected: UTF-8"_s);

    // Its UTF-8 names, read that way, look garbled ("ZoÃ«"): the warning says that, first.
    QVERIFY(test::writeFile(
        almost, "Email,Nombre\nzoe@example.com,Zo\xC3\xAB\nmueller@example.de,M\xFCller\n"));
    openOnFilePage(almost);
    QVERIFY2(message().startsWith(u"Row 2 holds “ZoÃ«”, which looks like text read in the wrong "
                                  "encoding"_s),
        qPrintable(message()));
    QVERIFY(encodingCombo()->currentText().startsWith(u"Detected: "_s));
    QVERIFY(encodingCombo()->currentText() != u"Detected: UTF-8"_s);
}

void TestTextOptions::encodingKeepsColumnChoices()
{
    openOnFilePage(test::dataPath(u"csv/windows-1252-semicolon.csv"_s));
    const LoadedFile &shown = m_window->filePage()->loadedFile();
    const auto company = [&shown] { return shown.plan.mapping.columns.value(3).kind; };
    // Firma (the company) left out by the person, by a click on its heading.
    const auto leaveOutCompany = [this] {
        auto *header = child<QHeaderView>(m_window.get(), "mappingHeader");
        const QPoint inside(header->sectionViewportPosition(3 + 1) + 4, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inside);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        menu->findChild<QAction *>(u"ignoreTarget"_s)->trigger();
        QTRY_VERIFY(!m_window->filePage()->isLoading());
        // Kept by the page itself from now on, not found again among the remembered choices.
        QSettings().clear();
    };
    leaveOutCompany();
    QCOMPARE(company(), ColumnTarget::Kind::Ignore);

    choose(encodingCombo(), u"windows-1250"_s);
    QCOMPARE(shown.workbook->encoding, u"windows-1250"_s);
    QCOMPARE(company(), ColumnTarget::Kind::Ignore);

    // Other columns: the choice named one that is gone.
    choose(separatorCombo(), u"Comma"_s);
    QCOMPARE(previewColumns(), 1 + 1);
    QVERIFY(shown.choices.isEmpty());
    choose(separatorCombo(), u"Semicolon"_s);
    QCOMPARE(previewColumns(), 4 + 1);
    QVERIFY(company() != ColumnTarget::Kind::Ignore); // detected again: nothing is remembered

    // An encoding that makes other columns of the bytes drops the choice too, rather than
    // naming a column the table no longer has.
    leaveOutCompany();
    QCOMPARE(company(), ColumnTarget::Kind::Ignore);
    choose(encodingCombo(), u"UTF-16"_s);
    QVERIFY(shown.plan.headers.size() != 4);
    QVERIFY(shown.choices.isEmpty());
    QVERIFY2(!shown.planError.contains(u"was chosen"_s), qPrintable(shown.planError));
}

void TestTextOptions::workbooksHaveNoTextOptions()
{
    const QString book = m_dir.filePath(u"asistentes.xlsx"_s);
    QVERIFY(test::writeFile(
        book, test::xlsxWorkbook({{u"Asistentes"_s, {{u"Correo"_s}, {u"ana@example.com"_s}}}})));
    openOnFilePage(book);
    QVERIFY(m_window->session()->hasPlan());
    QVERIFY(!encodingCombo()->isVisible());
    QVERIFY(!separatorCombo()->isVisible());

    openOnFilePage(test::dataPath(u"csv/windows-1252-semicolon.csv"_s));
    QVERIFY(encodingCombo()->isVisible());
    QVERIFY(separatorCombo()->isVisible());
}

QTEST_MAIN(TestTextOptions)
#include "TestTextOptions.moc"
