// SPDX-License-Identifier: GPL-3.0-or-later
// The column menu's "Contact property › Other…" as a person uses it: a click on the column
// heading, a click on Other… in the submenu, and a real input dialog answered with OK or Cancel.
// Nothing is pre-answered through the Dialogs seam here: the crash this guards against (the menu
// deleted while the dialog it had opened was still running) only happens with a real modal loop.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "models/PreviewModel.h"
#include "pages/FilePage.h"
#include "services/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;
using attendance::test::child;

class TestMappingMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void otherAcceptedWithOk();
    void otherCancelled();
    void otherRefusesAnInvalidName();

private:
    void openFileOnFilePage();
    /// Clicks the heading of @p sheetColumn, then Contact property › Other… with the mouse. The
    /// dialog that opens is answered by @p answer from inside its own modal loop.
    void chooseOtherFor(int sheetColumn, const std::function<void(QInputDialog *)> &answer);
    ColumnTarget targetOf(int sheetColumn) const;
    QString headerText(int sheetColumn) const;

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    bool m_answered = false;
};

void TestMappingMenu::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGuiTestApplication();
}

void TestMappingMenu::init()
{
    m_answered = false;
    // Each test starts from the detected mapping, not one remembered from the test before.
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    openFileOnFilePage();
}

void TestMappingMenu::cleanup()
{
    m_window.reset();
}

void TestMappingMenu::openFileOnFilePage()
{
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTest::keyClicks(filter, u"summit"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "registeredRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);

    const QString path = m_dir.filePath(u"lista.csv"_s);
    QVERIFY(test::writeFile(
        path, "Email,First name,Idioma\nana@example.com,Ana,es\nluis@example.com,Luis,en\n"));
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->hasPlan());
    QTRY_VERIFY(!m_window->filePage()->isLoading());
}

void TestMappingMenu::chooseOtherFor(
    int sheetColumn, const std::function<void(QInputDialog *)> &answer)
{
    auto *header = child<QHeaderView>(m_window.get(), "mappingHeader");
    const int section = sheetColumn + 1; // section 0 is the row number
    const QPoint inside(header->sectionViewportPosition(section) + 4, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inside);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    auto *properties = menu->findChild<QMenu *>(u"propertyMenu"_s);
    QVERIFY(properties);
    auto *other = properties->findChild<QAction *>(u"otherPropertyTarget"_s);
    QVERIFY(other);

    // The dialog runs its own event loop: answer it from a timer once it is the modal widget.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll, answer] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        m_answered = true;
        test::saveScreenshot(m_window.get(), u"other-property-dialog"_s);
        answer(dialog);
    });
    poll->start();

    // As a person does it: hover the submenu open, then click Other… in it.
    menu->setActiveAction(properties->menuAction());
    QTest::keyClick(menu, Qt::Key_Right);
    QTRY_VERIFY(properties->isVisible());
    test::saveScreenshot(m_window.get(), u"property-menu"_s);
    QTest::mouseClick(properties, Qt::LeftButton, {}, properties->actionGeometry(other).center());
    QTRY_VERIFY(m_answered);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    // The menu is gone and nothing of it is left to deliver a signal.
    QTRY_VERIFY(!m_window->findChild<QMenu *>(u"mappingMenu"_s));
}

ColumnTarget TestMappingMenu::targetOf(int sheetColumn) const
{
    return m_window->filePage()->loadedFile().plan.mapping.columns.value(sheetColumn);
}

QString TestMappingMenu::headerText(int sheetColumn) const
{
    auto *preview = child<QTableView>(m_window.get(), "previewView");
    return preview->model()
        ->headerData(sheetColumn + 1, Qt::Horizontal, PreviewModel::ColumnTargetRole)
        .toString();
}

void TestMappingMenu::otherAcceptedWithOk()
{
    QCOMPARE(targetOf(2).kind, ColumnTarget::Kind::Ignore);
    chooseOtherFor(2, [](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, u"hs_language"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTRY_COMPARE(
        targetOf(2), (ColumnTarget {ColumnTarget::Kind::ContactProperty, u"hs_language"_s}));
    QCOMPARE(headerText(2), u"contactProperties.hs_language"_s);
    const ImportPlan &plan = m_window->session()->plan();
    QCOMPARE(plan.attendees.size(), 2);
    QCOMPARE(plan.attendees.at(0).contactProperties.value(u"hs_language"_s), u"es"_s);
    QCOMPARE(plan.attendees.at(1).contactProperties.value(u"hs_language"_s), u"en"_s);
    // The other columns keep their targets.
    QCOMPARE(targetOf(0).kind, ColumnTarget::Kind::Email);
    QCOMPARE(targetOf(1), (ColumnTarget {ColumnTarget::Kind::ContactProperty, u"firstname"_s}));

    // Other… again on a column that has a hand-made property: offered as the starting text.
    QString offered;
    chooseOtherFor(2, [&offered](QInputDialog *dialog) {
        offered = dialog->textValue();
        dialog->reject();
    });
    QCOMPARE(offered, u"hs_language"_s);
    QCOMPARE(targetOf(2), (ColumnTarget {ColumnTarget::Kind::ContactProperty, u"hs_language"_s}));
}

void TestMappingMenu::otherCancelled()
{
    const ColumnTarget before = targetOf(1);
    QCOMPARE(before, (ColumnTarget {ColumnTarget::Kind::ContactProperty, u"firstname"_s}));
    chooseOtherFor(1, [](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, u"typed_then_cancelled"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    // Cancel changes nothing: same target, same people, same property values.
    QCOMPARE(targetOf(1), before);
    const ImportPlan &plan = m_window->session()->plan();
    QCOMPARE(plan.attendees.size(), 2);
    QCOMPARE(plan.attendees.at(0).contactProperties.value(u"firstname"_s), u"Ana"_s);
    QVERIFY(!plan.attendees.at(0).contactProperties.contains(u"typed_then_cancelled"_s));

    // Escape cancels too.
    chooseOtherFor(2, [](QInputDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QCOMPARE(targetOf(2).kind, ColumnTarget::Kind::Ignore);
}

void TestMappingMenu::otherRefusesAnInvalidName()
{
    Dialogs::setMessagesSuppressed(true);
    chooseOtherFor(2, [](QInputDialog *dialog) {
        dialog->setTextValue(u"Idioma preferido"_s);
        dialog->accept();
    });
    Dialogs::setMessagesSuppressed(false);
    QVERIFY(
        Dialogs::lastMessage().contains(u"“Idioma preferido” is not an internal property name"_s));
    QCOMPARE(targetOf(2).kind, ColumnTarget::Kind::Ignore);
}

QTEST_MAIN(TestMappingMenu)
#include "TestMappingMenu.moc"
