// The counter page never waits for a PDF: ticket slips and forms are drawn and written on worker
// threads. A second ticket is issued while the first slip is drawn, the print action is off
// until the forms are written, and a page closed while a PDF is drawn is not called back (the
// slip is still written, the forms are not recorded). No core system and no card: reception
// and a manual identification are enough.
#include "CounterAppFixture.h"
#include "VisitDriver.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThreadPool>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

class TestCounterPrinting : public QObject
{
    Q_OBJECT

    CounterStack m_stack;
    std::unique_ptr<QTemporaryDir> m_out; // each test's own output folder

    CounterPage* openPage()
    {
        CounterPage* page = m_stack.openPage();
        if (page)
            page->setOutputDirectory(m_out->path());
        return page;
    }

    // Ticket, call, a manual identification, 転居 (its Alt+N) and the procedures it brings.
    bool serveUpToTheChecklist(VisitDriver& drive)
    {
        if (!drive.issueTicket(QStringLiteral("moving")) || !drive.callNext())
            return false;
        return drive.identifyManually() && drive.chooseLifeEvent(QStringLiteral("moveWithin")) &&
               drive.addProcedures();
    }

    // Ctrl+P, the previous address typed (a manual identification has no record to take it
    // from), Return: the print has started when this returns.
    bool startPrinting(VisitDriver& drive)
    {
        drive.activate();
        QTest::keyClick(drive.page, Qt::Key_P, Qt::ControlModifier);
        QDialog* details = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (details = drive.page->findChild<QDialog*>(QStringLiteral("formDetailsDialog")));
                },
                5000))
            return false;
        details->findChild<QLineEdit*>(QStringLiteral("formPreviousAddress"))
            ->setText(QStringLiteral("東京都北区赤羽1丁目2番3号"));
        QTest::keyClick(details, Qt::Key_Return);
        return true;
    }

    int auditCount(const QString& action)
    {
        int count = 0;
        for (const AuditRecord& record : m_stack.app->audit->recent(1000))
            count += record.action == action ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        QVERIFY(m_stack.setUp(false, false));
    }
    void cleanup() { m_stack.tearDown(); }

    void secondTicketWhileTheSlipIsDrawn()
    {
        CounterPage* page = openPage();
        QVERIFY(page);
        page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("moving")));
        QTest::keyClick(page, Qt::Key_T, Qt::ControlModifier);
        // Issued and stored at once; the slip comes later.
        QVERIFY2(page->messageText().contains(QStringLiteral("Printing the slip")),
                 qPrintable(page->messageText()));
        QVERIFY(page->ticketFiles().isEmpty());
        QTest::keyClick(page, Qt::Key_T, Qt::ControlModifier);
        QVERIFY2(page->messageText().contains(QStringLiteral("-002")), qPrintable(page->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(page->ticketFiles().size(), 2, 30000);
        QStringList files = page->ticketFiles();
        files.sort();
        QVERIFY2(files.at(0).endsWith(QStringLiteral("-001.pdf")), qPrintable(files.at(0)));
        QVERIFY2(files.at(1).endsWith(QStringLiteral("-002.pdf")), qPrintable(files.at(1)));
        QVERIFY2(pdfText(files.at(1)).contains(QStringLiteral("-002")), qPrintable(pdfText(files.at(1))));
        QVERIFY2(page->messageText().contains(QStringLiteral("Slip: ")), qPrintable(page->messageText()));
    }

    void printingIsOffUntilTheFormsAreWritten()
    {
        CounterPage* page = openPage();
        QVERIFY(page);
        VisitDriver drive{page};
        QVERIFY2(serveUpToTheChecklist(drive), qPrintable(drive.workspace()->messageText()));
        VisitWorkspace* work = drive.workspace();
        auto* print = work->findChild<QPushButton*>(QStringLiteral("printForms"));
        QVERIFY(print && print->isEnabled());

        QVERIFY(startPrinting(drive));
        // Returned at once: nothing written yet, the action off, the message says so.
        QVERIFY(work->printedFiles().isEmpty());
        QVERIFY(!print->isEnabled());
        QVERIFY2(work->messageText().startsWith(QStringLiteral("Printing ")),
                 qPrintable(work->messageText()));
        drive.activate();
        QTest::keyClick(page, Qt::Key_P, Qt::ControlModifier); // off: no second details dialog
        QCoreApplication::processEvents();
        QCOMPARE(page->findChildren<QDialog*>(QStringLiteral("formDetailsDialog")).size(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!work->printedFiles().isEmpty(), 60000);
        QVERIFY(print->isEnabled());
        QVERIFY2(work->messageText().contains(QStringLiteral("Ctrl+Shift+S")),
                 qPrintable(work->messageText()));
        for (const QString& file : work->printedFiles())
            QVERIFY2(pdfText(file).contains(QStringLiteral("試験")), qPrintable(file));
        QCOMPARE(auditCount(QStringLiteral("document.export")), int(work->printedFiles().size()));
        drive.activate();
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(work->visit()->state, VisitState::FormsPrinted);
    }

    // An error still reaches the clerk's message line, and printing is on again.
    void printErrorsReachTheMessageLine()
    {
        CounterPage* page = openPage();
        QVERIFY(page);
        VisitDriver drive{page};
        QVERIFY2(serveUpToTheChecklist(drive), qPrintable(drive.workspace()->messageText()));
        VisitWorkspace* work = drive.workspace();
        // Where each form would go is a folder: the forms are drawn and recorded, and then cannot
        // be written (on the worker); the error comes back through the event loop.
        const QString ticket = work->visit()->ticket.number;
        for (const char* form : {"jumin-ido-todoke", "shomeisho-kofu-seikyu", "inkan-toroku-shinsei"})
            QVERIFY(QDir(m_out->path()).mkpath(ticket + u'-' + QLatin1String(form) + QStringLiteral(".pdf")));
        QVERIFY(startPrinting(drive));
        QTRY_VERIFY_WITH_TIMEOUT(work->findChild<QPushButton*>(QStringLiteral("printForms"))->isEnabled(),
                                 60000);
        QVERIFY(work->printedFiles().isEmpty());
        QVERIFY2(work->messageText().contains(QStringLiteral("could not be saved")),
                 qPrintable(work->messageText()));
        drive.activate();
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); // nothing to sign
        QVERIFY2(work->messageText().contains(QStringLiteral("Ctrl+P")), qPrintable(work->messageText()));
    }

    // The page closes while a slip and the forms are drawn: nothing calls into it; the slip is
    // written all the same, the forms are neither recorded nor written (print them again).
    void pageClosedMidRender()
    {
        CounterPage* page = openPage();
        QVERIFY(page);
        VisitDriver drive{page};
        QVERIFY2(serveUpToTheChecklist(drive), qPrintable(drive.workspace()->messageText()));
        const int exportsBefore = auditCount(QStringLiteral("document.export"));
        const QString ticket = drive.workspace()->visit()->ticket.number;
        QVERIFY(startPrinting(drive));
        QVERIFY2(!drive.workspace()->findChild<QPushButton*>(QStringLiteral("printForms"))->isEnabled(),
                 qPrintable(drive.workspace()->messageText())); // the forms are being drawn
        QTest::keyClick(page, Qt::Key_T, Qt::ControlModifier);
        const QString slip = m_out->filePath(
            QStringLiteral("ticket-%1.pdf")
                .arg(page->messageText().section(u' ', 1, 1))); // "Ticket B-002 issued. Printing the slip…"
        delete page;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY2(QFile::exists(slip), qPrintable(slip));
        QCOMPARE(auditCount(QStringLiteral("document.export")), exportsBefore);
        QVERIFY(QDir(m_out->path()).entryList({ticket + QStringLiteral("-*.pdf")}).isEmpty());
    }
};

QTEST_MAIN(TestCounterPrinting)
#include "tst_counterprinting.moc"
