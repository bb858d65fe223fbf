#include "AuditTestSupport.h"
#include "DocumentsTestSupport.h"

#include "documents/PrintGate.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

// Answers with a fixed decision and remembers what it was asked; `answerLater` keeps the reply
// to be given after requestApproval() returned, as a window-modal dialog would.
class FixedApprover : public VariantApprover
{
public:
    ApprovalDecision decision;
    bool answerLater = false;
    QList<ApprovalRequest> requests;
    std::function<void(const ApprovalDecision&)> pending;

    void requestApproval(const ApprovalRequest& request,
                         std::function<void(const ApprovalDecision&)> reply) override
    {
        requests << request;
        if (answerLater)
            pending = std::move(reply);
        else
            reply(decision);
    }
};

StaffMember staff(const QString& login, Role role)
{
    return StaffMember{login, login, role};
}

} // namespace

// Printing a document whose name the font cannot show as registered needs a supervisor's
// approval, recorded in the audit log; without it nothing is printed.
class TestPrintGate : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    FixedApprover m_approver;
    static constexpr int kAnswerMs = 60000;
    const StaffMember m_clerk = staff(QStringLiteral("clerk01"), Role::Clerk);
    const StaffMember m_supervisor = staff(QStringLiteral("super01"), Role::Supervisor);

    Document certificate(const QString& name)
    {
        Document document;
        document.id = QStringLiteral("certificate/2024-000123");
        document.title = QStringLiteral("住民票の写し");
        TextElement text;
        text.box = QRectF(20, 20, 170, 20);
        text.text = name;
        text.style.role = FontRole::Name;
        text.style.sizePt = 24;
        TextElement label;
        label.box = QRectF(20, 50, 170, 10);
        label.text = QStringLiteral("上記のとおり相違ないことを証明する。");
        document.pages.append(Page{false, {text, label}});
        return document;
    }

    // The export and its answer, which comes later through the event loop (the PDF is drawn on
    // a worker thread).
    Result<QByteArray> exportNow(PrintGate& gate, const Document& document)
    {
        std::optional<Result<QByteArray>> result;
        gate.exportPdf(document, m_clerk, [&](Result<QByteArray> pdf) { result = std::move(pdf); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kAnswerMs))
            return makeError(QStringLiteral("test.noAnswer"), QStringLiteral("no answer"));
        return *result;
    }

    QList<AuditRecord> records() { return m_audit->recent(100); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        DatabaseConfig config;
        config.sqlitePath = m_dir->filePath(QStringLiteral("audit.sqlite"));
        m_db = openOrFail(config, {AuditLog::migrations()});
        QVERIFY(m_db);
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_approver = FixedApprover();
    }
    void cleanup()
    {
        m_audit.reset();
        m_db.reset();
    }

    void registeredNamesPrintWithoutAsking()
    {
        PrintGate gate(m_fonts, *m_audit, m_approver, QStringLiteral("counter-01"));
        auto report = gate.check(certificate(registeredNames().join(u' ')));
        QVERIFY(report);
        QCOMPARE(report.value().sequences.size(), 2);
        QVERIFY(!report.value().hasUnregistered());

        auto pdf = exportNow(gate, certificate(registeredNames().join(u' ')));
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
        QVERIFY(pdf.value().startsWith("%PDF"));
        QVERIFY(m_approver.requests.isEmpty());
        const QList<AuditRecord> log = records();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("document.export"));
        QCOMPARE(log.first().actor, QStringLiteral("clerk01"));
        QCOMPARE(log.first().objectId, QStringLiteral("certificate/2024-000123"));
        QCOMPARE(log.first().workstation, QStringLiteral("counter-01"));
    }

    void unregisteredIsRefusedWithoutApproval()
    {
        m_approver.decision = ApprovalDecision{false, m_supervisor, QStringLiteral("ask the registry first")};
        PrintGate gate(m_fonts, *m_audit, m_approver);
        const QString path = m_dir->filePath(QStringLiteral("refused.pdf"));
        std::optional<Status> status;
        gate.exportFile(certificate(unregisteredName()), m_clerk, path, [&](Status s) { status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), kAnswerMs);
        QVERIFY(!*status);
        QCOMPARE(status->error().code, QStringLiteral("documents.approvalRefused"));
        QVERIFY2(status->error().message.contains(QStringLiteral("U+845B U+E0100")),
                 qPrintable(status->error().message));
        QVERIFY(!QFile::exists(path));

        QCOMPARE(m_approver.requests.size(), 1);
        const ApprovalRequest& request = m_approver.requests.first();
        QCOMPARE(request.documentId, QStringLiteral("certificate/2024-000123"));
        QCOMPARE(request.requestedBy.login, QStringLiteral("clerk01"));
        QCOMPARE(request.unregistered.size(), 1);
        QCOMPARE(uint(request.unregistered.first().selector), 0xE0100u);
        QVERIFY(request.unregistered.first().baseGlyph != 0);

        const QList<AuditRecord> log = records();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("document.variantRefused"));
        QCOMPARE(log.first().actor, QStringLiteral("super01"));
        QVERIFY(log.first().detail.contains(QStringLiteral("U+845B U+E0100")));
        QVERIFY(!log.first().detail.contains(unregisteredName())); // code points, not the name
    }

    void approvedPrintsKeepsTheSelectorAndIsAudited()
    {
        m_approver.decision =
            ApprovalDecision{true, m_supervisor, QStringLiteral("registry confirms the base form")};
        PrintGate gate(m_fonts, *m_audit, m_approver, QStringLiteral("counter-01"));
        const QString path = m_dir->filePath(QStringLiteral("approved.pdf"));
        std::optional<Status> status;
        gate.exportFile(certificate(unregisteredName()), m_clerk, path, [&](Status s) { status = s; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), kAnswerMs);
        QVERIFY2(*status, *status ? "" : qPrintable(status->error().toString()));

        bool ok = false;
        const QString text = pdfToText(path, &ok);
        QVERIFY(ok);
        QVERIFY2(codePoints(text.split(u'\n').first()) == codePoints(unregisteredName()),
                 qPrintable(hexCodePoints(text.split(u'\n').first())));

        const QList<AuditRecord> log = records(); // newest first
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).action, QStringLiteral("document.variantApproved"));
        QCOMPARE(log.at(1).actor, QStringLiteral("super01"));
        QCOMPARE(log.at(1).role, QStringLiteral("supervisor"));
        QCOMPARE(log.at(1).objectId, QStringLiteral("certificate/2024-000123"));
        QVERIFY(log.at(1).detail.contains(QStringLiteral("U+845B U+E0100")));
        QVERIFY(log.at(1).detail.contains(QStringLiteral("clerk01")));
        QVERIFY(log.at(1).detail.contains(QStringLiteral("registry confirms")));
        QCOMPARE(log.at(0).action, QStringLiteral("document.export"));
        QCOMPARE(log.at(0).actor, QStringLiteral("clerk01"));
        QVERIFY(m_audit->verify().ok);
    }

    void invalidApprovalsAreRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("reason");
        QTest::newRow("clerk approves")
            << QStringLiteral("clerk02") << int(Role::Clerk) << QStringLiteral("ok");
        QTest::newRow("own request") << QStringLiteral("clerk01") << int(Role::Supervisor)
                                     << QStringLiteral("ok");
        QTest::newRow("no reason") << QStringLiteral("super01") << int(Role::Supervisor)
                                   << QStringLiteral("  ");
        QTest::newRow("nobody") << QString() << int(Role::Admin) << QStringLiteral("ok");
    }
    void invalidApprovalsAreRefused()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, reason);
        m_approver.decision = ApprovalDecision{true, staff(login, Role(role)), reason};
        PrintGate gate(m_fonts, *m_audit, m_approver);
        auto pdf = exportNow(gate, certificate(unregisteredName()));
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, QStringLiteral("documents.approvalInvalid"));
        const QList<AuditRecord> log = records();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("document.variantRefused"));
    }

    void lateAnswerIsHonoured()
    {
        m_approver.answerLater = true;
        PrintGate gate(m_fonts, *m_audit, m_approver);
        std::optional<Result<QByteArray>> result;
        gate.exportPdf(certificate(unregisteredName()), m_clerk,
                       [&](Result<QByteArray> pdf) { result = std::move(pdf); });
        QTRY_VERIFY_WITH_TIMEOUT(bool(m_approver.pending), kAnswerMs); // asked once the PDF is drawn
        QVERIFY(!result);
        QVERIFY(records().isEmpty());
        m_approver.pending(ApprovalDecision{true, m_supervisor, QStringLiteral("confirmed by phone")});
        QVERIFY(result);
        QVERIFY(*result);
    }

    void unrecordableApprovalPrintsNothing()
    {
        // A reason the audit log refuses (it looks like a My Number): no record, so no print.
        m_approver.decision = ApprovalDecision{true, m_supervisor, QStringLiteral("checked 123456789018")};
        PrintGate gate(m_fonts, *m_audit, m_approver);
        auto pdf = exportNow(gate, certificate(unregisteredName()));
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, QStringLiteral("audit.personalData"));
        QVERIFY(records().isEmpty());
    }

    void fontErrorsStopEverything()
    {
        FontFamilies wrong;
        wrong.name = {QStringLiteral("IPAmj明朝X")};
        PrintGate gate(FontCatalog::create(wrong), *m_audit, m_approver);
        auto pdf = exportNow(gate, certificate(registeredNames().first()));
        QVERIFY(!pdf);
        QVERIFY(pdf.error().message.contains(QStringLiteral("IPAmj明朝X")));
        QVERIFY(records().isEmpty());
        QVERIFY(m_approver.requests.isEmpty());
    }

    // The PDF is drawn on a worker: exportPdf() returns at once, even while every worker is
    // busy, and the answer comes later on the thread that asked, recorded there.
    void exportReturnsBeforeThePdfAndAnswersOnTheCallersThread()
    {
        QSemaphore release; // declared first: it outlives the pool's jobs
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.start([&release] { (void)release.tryAcquire(1, kAnswerMs); }); // the only worker is busy
        PrintGate gate(m_fonts, *m_audit, m_approver, QStringLiteral("counter-01"), &pool);
        std::optional<Result<QByteArray>> result;
        QThread* answeredOn = nullptr;
        gate.exportPdf(certificate(registeredNames().first()), m_clerk, [&](Result<QByteArray> pdf) {
            answeredOn = QThread::currentThread();
            result = std::move(pdf);
        });
        QVERIFY(!result); // returned without drawing: the worker has not even started
        QCoreApplication::processEvents();
        QVERIFY(!result);
        QVERIFY(records().isEmpty()); // nothing recorded before the PDF exists

        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kAnswerMs);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY2(*result, *result ? "" : qPrintable(result->error().toString()));
        QVERIFY(result->value().startsWith("%PDF"));
        const QList<AuditRecord> log = records();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("document.export"));
        QVERIFY(m_audit->verify().ok);
    }

    // Two exports in flight at once (two workers): both answers arrive, each once, each recorded.
    void twoExportsInFlightBothArrive()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        PrintGate gate(m_fonts, *m_audit, m_approver, QStringLiteral("counter-01"), &pool);
        Document first = certificate(registeredNames().first());
        first.id = QStringLiteral("certificate/first");
        Document second = certificate(registeredNames().at(4));
        second.id = QStringLiteral("certificate/second");
        QList<Result<QByteArray>> answers;
        int firstAnswers = 0;
        int secondAnswers = 0;
        gate.exportPdf(first, m_clerk, [&](Result<QByteArray> pdf) {
            ++firstAnswers;
            answers << std::move(pdf);
        });
        gate.exportPdf(second, m_clerk, [&](Result<QByteArray> pdf) {
            ++secondAnswers;
            answers << std::move(pdf);
        });
        QVERIFY(answers.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, kAnswerMs);
        QVERIFY(pool.waitForDone(kAnswerMs));
        QCoreApplication::processEvents();
        QCOMPARE(firstAnswers, 1);
        QCOMPARE(secondAnswers, 1);
        for (const Result<QByteArray>& pdf : std::as_const(answers)) {
            QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
            QVERIFY(pdf.value().startsWith("%PDF"));
        }
        QStringList exported;
        for (const AuditRecord& record : records()) {
            QCOMPARE(record.action, QStringLiteral("document.export"));
            exported << record.objectId;
        }
        exported.sort();
        QCOMPARE(exported, QStringList({"certificate/first", "certificate/second"}));
        QVERIFY(m_audit->verify().ok);
    }

    // The gate (the page that owned it) goes while its PDF is being drawn: the answer is dropped,
    // nothing calls into the dead gate or its caller, nothing is recorded or written.
    void gateDestroyedMidRenderAnswersNobody()
    {
        QSemaphore release;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.start([&release] { (void)release.tryAcquire(1, kAnswerMs); });
        bool answered = false;
        bool fileAnswered = false;
        const QString path = m_dir->filePath(QStringLiteral("gone.pdf"));
        {
            auto gate = std::make_unique<PrintGate>(m_fonts, *m_audit, m_approver,
                                                    QStringLiteral("counter-01"), &pool);
            gate->exportPdf(certificate(registeredNames().first()), m_clerk,
                            [&answered](Result<QByteArray>) { answered = true; });
            gate->exportFile(certificate(registeredNames().first()), m_clerk, path,
                             [&fileAnswered](Status) { fileAnswered = true; });
        }
        release.release();
        QVERIFY(pool.waitForDone(kAnswerMs)); // the drawing finished after the gate was gone
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        QVERIFY(!fileAnswered);
        QVERIFY(records().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // The same while the file is being written: the file is complete (the worker writes it),
    // only the answer is dropped.
    void gateDestroyedWhileTheFileIsWritten()
    {
        QSemaphore release;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        const QString path = m_dir->filePath(QStringLiteral("written.pdf"));
        bool answered = false;
        auto gate =
            std::make_unique<PrintGate>(m_fonts, *m_audit, m_approver, QStringLiteral("counter-01"), &pool);
        gate->exportFile(certificate(registeredNames().first()), m_clerk, path,
                         [&answered](Status) { answered = true; });
        // Queued behind the drawing, ahead of the file write that the recorded export starts.
        pool.start([&release] { (void)release.tryAcquire(1, kAnswerMs); });
        QTRY_COMPARE_WITH_TIMEOUT(records().size(), 1, kAnswerMs);
        QVERIFY(!QFile::exists(path));
        gate.reset();
        release.release();
        QVERIFY(pool.waitForDone(kAnswerMs));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }
};

QTEST_GUILESS_MAIN(TestPrintGate)
#include "tst_printgate.moc"
