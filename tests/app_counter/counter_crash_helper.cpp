// The app half of tst_countercrash: serves one visit at the counter page on the database in
// argv[1] up to the procedures chosen, prints "STORED <visit id>" once that step is stored, and
// keeps running until the test SIGKILLs it.
#include "CounterAppFixture.h"

#include "counter/LifeEventPicker.h"
#include "counter/ManualIdentificationDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QTextStream>

using namespace madoguchi;
using namespace madoguchi::test;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    CounterStack stack;
    QTextStream out(stdout);
    if (!stack.reopen(QString::fromLocal8Bit(argv[1]), false, true)) {
        out << "SETUP FAILED\n";
        return 1;
    }
    CounterPage* page = stack.openPage();
    if (!page)
        return 1;
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("moving")));
    page->issueTicket();
    page->callNext();
    VisitWorkspace* work = page->workspace();
    if (!work->visit()) {
        out << "NO VISIT " << page->messageText() << '\n';
        return 1;
    }
    work->identifyManually();
    auto* dialog = page->findChild<ManualIdentificationDialog*>();
    dialog->reasonEdit()->setText(QStringLiteral("カード不携帯"));
    dialog->documentBox()->setCurrentIndex(dialog->documentBox()->findData(QStringLiteral("passport")));
    dialog->familyNameEdit()->setText(QStringLiteral("試験"));
    dialog->givenNameEdit()->setText(QStringLiteral("花子"));
    dialog->birthDateEdit()->setText(QStringLiteral("1990-01-01"));
    dialog->addressEdit()->setText(QStringLiteral("東京都北区王子1丁目1番1号"));
    dialog->accept();
    work->lifeEvents()->box(QStringLiteral("moveWithin"))->setChecked(true);
    work->addOfferedProcedures();
    if (!work->visit() || work->visit()->procedures.isEmpty()) {
        out << "NOT STORED " << work->messageText() << '\n';
        return 1;
    }
    out << "STORED " << work->visit()->id << '\n';
    out.flush();
    return app.exec();
}
