#pragma once

// Drives the counter page with the keyboard, as a clerk does: the steps the visit tests share.

#include "CounterAppFixture.h"

#include "counter/LifeEventPicker.h"
#include "counter/ManualIdentificationDialog.h"
#include "counter/QuestionsForm.h"
#include "counter/ui/ChecklistView.h"
#include "counter/ui/QueuePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

namespace madoguchi::test {

// The answers a 転入 visit of core-sim's 山田 gives the navigator (tst_countervisit, the bench).
inline QHash<QString, counter::ConditionValue> moveInAnswers()
{
    return {{QStringLiteral("needsJuminhyo"), true},
            {QStringLiteral("childrenUnder18InHousehold"), 1},
            {QStringLiteral("schoolAgeChildren"), 0},
            {QStringLiteral("ownsDog"), false},
            {QStringLiteral("insuranceType"), QStringLiteral("employee")},
            {QStringLiteral("wantsSealRegistration"), false},
            {QStringLiteral("fromAbroad"), false}};
}

struct VisitDriver
{
    CounterPage* page;

    VisitWorkspace* workspace() const { return page->workspace(); }

    // Back to the page after a dialog closed: the offscreen platform does not give the focus
    // back by itself, and window shortcuts need the active window.
    void activate()
    {
        QApplication::setActiveWindow(page);
        (void)QTest::qWaitForWindowActive(page);
    }

    bool issueTicket(const QString& categoryId)
    {
        const int index = page->categoryBox()->findData(categoryId);
        if (index < 0)
            return false;
        page->categoryBox()->setCurrentIndex(index);
        const int before = int(page->ticketFiles().size());
        QTest::keyClick(page, Qt::Key_T, Qt::ControlModifier);
        // The slip is drawn and written on a worker thread; the page lists it once written.
        return QTest::qWaitFor([&] { return page->ticketFiles().size() == before + 1; }, 30000);
    }

    bool callNext()
    {
        QTest::keyClick(page, Qt::Key_F2);
        return workspace()->visit().has_value();
    }

    // F5, the PIN, then the identification stored.
    bool readCard()
    {
        QTest::keyClick(page, Qt::Key_F5);
        if (!CounterStack::enterPin(page))
            return false;
        return QTest::qWaitFor([&] { return workspace()->visit() && workspace()->visit()->isIdentified(); },
                               20000);
    }

    // F7's dialog filled with a test person (試験 花子, passport, no card) and accepted.
    bool identifyManually()
    {
        workspace()->identifyManually();
        auto* dialog = page->findChild<ManualIdentificationDialog*>();
        if (!dialog)
            return false;
        dialog->reasonEdit()->setText(QStringLiteral("カード不携帯"));
        dialog->documentBox()->setCurrentIndex(dialog->documentBox()->findData(QStringLiteral("passport")));
        dialog->familyNameEdit()->setText(QStringLiteral("試験"));
        dialog->givenNameEdit()->setText(QStringLiteral("花子"));
        dialog->birthDateEdit()->setText(QStringLiteral("1990-01-01"));
        dialog->addressEdit()->setText(QStringLiteral("東京都北区王子1丁目1番1号"));
        dialog->accept();
        return workspace()->visit() && workspace()->visit()->isIdentified();
    }

    // The digit N of the life event's Alt+N (shown in its label); 0 when it has none.
    int lifeEventDigit(const QString& id) const
    {
        QCheckBox* box = workspace()->lifeEvents()->box(id);
        if (!box)
            return 0;
        const qsizetype at = box->text().lastIndexOf(QStringLiteral("Alt+"));
        return at < 0 ? 0 : box->text().mid(at + 4, 1).toInt();
    }

    // Alt+N toggles the N-th life event.
    bool chooseLifeEvent(const QString& id)
    {
        activate();
        const int digit = lifeEventDigit(id);
        if (digit == 0)
            return false;
        QTest::keyClick(page, Qt::Key(Qt::Key_0 + digit), Qt::AltModifier);
        return workspace()->lifeEvents()->box(id)->isChecked();
    }

    bool addProcedures()
    {
        activate();
        QTest::keyClick(page, Qt::Key_K, Qt::ControlModifier);
        return workspace()->visit() && !workspace()->visit()->procedures.isEmpty();
    }

    // Ctrl+P, Enter in the details dialog, then the PDFs written.
    bool printForms(int expected)
    {
        const int before = int(workspace()->printedFiles().size());
        activate();
        QTest::keyClick(page, Qt::Key_P, Qt::ControlModifier);
        QDialog* details = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (details = page->findChild<QDialog*>(QStringLiteral("formDetailsDialog"))); },
                5000))
            return false;
        QTest::keyClick(details, Qt::Key_Return);
        return QTest::qWaitFor([&] { return workspace()->printedFiles().size() == before + expected; },
                               60000);
    }

    // Space on every row of the checklist: each is done, the cursor moves on.
    void markAllDone()
    {
        activate();
        QTableView* table = workspace()->checklist()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        const int rows = table->model()->rowCount();
        for (int i = 0; i < rows; ++i)
            QTest::keyClick(table, Qt::Key_Space);
    }

    bool closeVisit()
    {
        activate();
        QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox* box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = page->findChild<QMessageBox*>(QStringLiteral("closeConfirmation"))); },
                5000))
            return false;
        QTest::keyClick(box, Qt::Key_Return);
        return QTest::qWaitFor([&] { return !workspace()->visit().has_value(); }, 5000);
    }
};

} // namespace madoguchi::test
