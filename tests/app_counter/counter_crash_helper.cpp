// The app half of tst_countercrash: serves one visit at the counter page on the database in
// argv[1] up to the procedures chosen, prints "STORED <visit id>" once that step is stored, and
// keeps running until the test SIGKILLs it.
#include "CounterAppFixture.h"
#include "VisitDriver.h"

#include "counter/LifeEventPicker.h"

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
    if (!VisitDriver{page}.identifyManually()) {
        out << "NOT IDENTIFIED " << work->messageText() << '\n';
        return 1;
    }
    work->lifeEvents()->box(QStringLiteral("moveWithin"))->setChecked(true);
    if (work->visit()->lifeEvents != QStringList{QStringLiteral("moveWithin")}) {
        out << "LIFE EVENT NOT STORED " << work->messageText() << '\n';
        return 1;
    }
    work->addOfferedProcedures();
    if (!work->visit() || work->visit()->procedures.isEmpty()) {
        out << "NOT STORED " << work->messageText() << '\n';
        return 1;
    }
    out << "STORED " << work->visit()->id << '\n';
    out.flush();
    return app.exec();
}
