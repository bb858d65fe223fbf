#include "DocumentsUiTestSupport.h"

#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/StaffDirectory.h"
#include "documents/Document.h"
#include "documents/PrintGate.h"
#include "documents/ui/SupervisorApprovalDialog.h"
#include "documents/ui/VariantComparisonView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <optional>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

const QString kPassword = QStringLiteral("kuyakusho-2025");

} // namespace

class TestSupervisorApproval : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    StaffMember m_clerk;      // tanaka, who prints
    StaffMember m_supervisor; // sato
    std::unique_ptr<SupervisorApprovalDialog> m_dialog;
    std::optional<ApprovalDecision> m_reply;
    int m_replies = 0;

    ApprovalRequest request(const StaffMember& by) const
    {
        const QString text = kuzuUnregistered();
        auto checker = VariantChecker::forRole(*realFonts());
        return ApprovalRequest{
            QStringLiteral("residence-certificate/2025-000001"), QStringLiteral("住民票の写し"), by,
            checker ? checker.value().report(text).unregistered() : QList<VariationSequence>()};
    }

    void ask(const StaffMember& by)
    {
        m_dialog->requestApproval(request(by), [this](const ApprovalDecision& decision) {
            m_reply = decision;
            ++m_replies;
        });
    }

    void fill(const QString& login, const QString& password, const QString& reason)
    {
        m_dialog->loginEdit()->setText(login);
        m_dialog->passwordEdit()->setText(password);
        m_dialog->reasonEdit()->setText(reason);
    }

    int auditCount(const QString& action) const
    {
        int count = 0;
        for (const AuditRecord& record : m_audit->recent(1000))
            count += record.action == action ? 1 : 0;
        return count;
    }

    // The dialog is still open, has said why, and nobody has been answered.
    void checkRefusedInline(const QString& expected)
    {
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->isPending());
        QCOMPARE(m_replies, 0);
        QVERIFY2(m_dialog->errorText().contains(expected, Qt::CaseInsensitive),
                 qPrintable(m_dialog->errorText()));
        auto* error = m_dialog->findChild<QLabel*>(QStringLiteral("approvalError"));
        QVERIFY(error && error->isVisible());
        QCOMPARE(error->accessibleName(), m_dialog->errorText());
        QVERIFY(m_dialog->passwordEdit()->text().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void init()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(
            QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), QTest::currentDataTag()));
        auto db = Database::open(config, {AuditLog::migrations(), StaffDirectory::migrations()});
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_staff = std::make_unique<StaffDirectory>(*m_db, *m_audit, 1000);
        auto clerk =
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword);
        auto other =
            m_staff->createAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木"), Role::Clerk, kPassword);
        auto supervisor = m_staff->createAccount(QStringLiteral("sato"), QStringLiteral("佐藤"),
                                                 Role::Supervisor, kPassword);
        auto admin =
            m_staff->createAccount(QStringLiteral("admin1"), QStringLiteral("管理"), Role::Admin, kPassword);
        QVERIFY(clerk && other && supervisor && admin);
        m_clerk = clerk.value();
        m_supervisor = supervisor.value();
        m_dialog = std::make_unique<SupervisorApprovalDialog>(*m_staff, realFonts());
        m_reply.reset();
        m_replies = 0;
    }

    void cleanup()
    {
        m_dialog.reset();
        m_staff.reset();
        m_audit.reset();
        m_db.reset();
    }

    void showsTheSequencesBothWays()
    {
        ask(m_clerk);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(m_dialog->comparison()->sequences().size(), 1);
        auto* requested = m_dialog->findChild<QLabel*>(QStringLiteral("requested1"));
        QVERIFY(requested);
        QCOMPARE(requested->text(), QStringLiteral("葛 U+845B + U+E0100"));
        auto* printed = m_dialog->findChild<QWidget*>(QStringLiteral("printed1"));
        QVERIFY(printed);
        auto* glyph = printed->findChild<QLabel*>(QStringLiteral("glyph"));
        QVERIFY(glyph && !glyph->pixmap().isNull());
        QVERIFY(glyph->accessibleName().contains(QStringLiteral("U+845B")));
        // The registered variants of 葛 are offered for comparison, U+E0102 among them.
        auto* registered = m_dialog->findChild<QWidget*>(QStringLiteral("registered1"));
        QVERIFY(registered);
        bool e0102 = false;
        for (QWidget* cell : registered->findChildren<QWidget*>())
            e0102 = e0102 || cell->accessibleName() == QStringLiteral("葛 U+E0102");
        QVERIFY(e0102);
        // Every input is named; the password is not exposed.
        for (QLineEdit* edit : {m_dialog->loginEdit(), m_dialog->passwordEdit(), m_dialog->reasonEdit()})
            QVERIFY(!edit->accessibleName().isEmpty());
        QCOMPARE(m_dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        for (QPushButton* button : m_dialog->findChildren<QPushButton*>())
            QVERIFY(!button->accessibleName().isEmpty());
    }

    void wrongPasswordIsRefusedInline()
    {
        ask(m_clerk);
        fill(QStringLiteral("sato"), QStringLiteral("not-the-password"),
             QStringLiteral("checked the register"));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("wrong"));
        QCOMPARE(auditCount(QStringLiteral("login.failed")), 1);
    }

    void clerkAccountIsRefusedInline()
    {
        ask(m_clerk);
        fill(QStringLiteral("suzuki"), kPassword, QStringLiteral("checked the register"));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("supervisor"));
    }

    void requestingClerkIsRefusedInline()
    {
        ask(m_clerk);
        fill(QStringLiteral("tanaka"), kPassword, QStringLiteral("checked the register"));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("own"));
        // Refused before any password check: no sign-in attempt was spent or recorded.
        QCOMPARE(auditCount(QStringLiteral("login.ok")) + auditCount(QStringLiteral("login.failed")), 0);

        // A supervisor who prints cannot approve their own print either.
        m_dialog->reject();
        QCOMPARE(m_replies, 1);
        m_replies = 0;
        ask(m_supervisor);
        fill(QStringLiteral("sato"), kPassword, QStringLiteral("checked the register"));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("own"));
    }

    void emptyFieldsAreRefusedInline()
    {
        ask(m_clerk);
        fill(QStringLiteral("sato"), kPassword, QStringLiteral("   "));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("reason"));
        QCOMPARE(m_dialog->focusWidget(), m_dialog->reasonEdit());
        fill(QString(), kPassword, QStringLiteral("checked"));
        m_dialog->accept();
        checkRefusedInline(QStringLiteral("login"));
        // Typing clears the message.
        QTest::keyClicks(m_dialog->loginEdit(), QStringLiteral("s"));
        QVERIFY(m_dialog->errorText().isEmpty());
    }

    void supervisorWithReasonApproves_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("supervisor") << QStringLiteral("sato");
        QTest::newRow("administrator") << QStringLiteral("admin1");
    }

    void supervisorWithReasonApproves()
    {
        QFETCH(QString, login);
        ask(m_clerk);
        // A first mistake does not stop a later success.
        fill(login, QStringLiteral("wrong-password"), QStringLiteral("x"));
        m_dialog->accept();
        QCOMPARE(m_replies, 0);
        fill(login, kPassword, QStringLiteral("  checked against the family register  "));
        QTest::keyClick(m_dialog->reasonEdit(), Qt::Key_Return); // Enter approves a valid form
        QCOMPARE(m_replies, 1);
        QVERIFY(m_reply->approved);
        QCOMPARE(m_reply->approver.login, login);
        QVERIFY(roleAtLeast(m_reply->approver.role, Role::Supervisor));
        QCOMPARE(m_reply->reason, QStringLiteral("checked against the family register"));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isPending());
        QVERIFY(m_dialog->passwordEdit()->text().isEmpty());
    }

    void cancelRefuses()
    {
        ask(m_clerk);
        fill(QStringLiteral("sato"), kPassword, QStringLiteral("reason"));
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(m_replies, 1);
        QVERIFY(!m_reply->approved);
        QVERIFY(m_reply->approver.login.isEmpty());

        // The Cancel button too, and the dialog can be asked again.
        ask(m_clerk);
        QPushButton* cancel = nullptr;
        for (QPushButton* button : m_dialog->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("&Cancel"))
                cancel = button;
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(m_replies, 2);
        QVERIFY(!m_reply->approved);
    }

    void secondRequestAndDestructionRefuse()
    {
        ask(m_clerk);
        std::optional<ApprovalDecision> second;
        m_dialog->requestApproval(request(m_clerk), [&second](const ApprovalDecision& d) { second = d; });
        QVERIFY(second.has_value());
        QVERIFY(!second->approved);
        QCOMPARE(m_replies, 0);
        m_dialog.reset();
        QCOMPARE(m_replies, 1);
        QVERIFY(!m_reply->approved);
    }

    void printGateNeedsTheApproval()
    {
        Document document;
        document.id = QStringLiteral("residence-certificate/2025-000002");
        document.title = QStringLiteral("住民票の写し");
        Page page;
        TextElement name;
        name.box = QRectF(20, 20, 170, 12);
        name.text = kuzuUnregistered() + QStringLiteral(" 太郎");
        name.style.role = FontRole::Name;
        name.style.sizePt = 14;
        page.elements.append(name);
        document.pages.append(page);

        PrintGate gate(realFonts(), *m_audit, *m_dialog, QStringLiteral("counter-1"));
        std::optional<Result<QByteArray>> pdf;
        const auto exportIt = [&] {
            pdf.reset();
            gate.exportPdf(document, m_clerk, [&pdf](Result<QByteArray> result) { pdf = std::move(result); });
        };

        // Refused: no bytes, and the refusal is on record.
        exportIt();
        // The gate asks once the PDF is drawn (on a worker thread), through the event loop.
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->isVisible(), 60000);
        QVERIFY(!pdf.has_value()); // waiting for the supervisor, no nested event loop
        m_dialog->reject();
        QVERIFY(pdf.has_value());
        QVERIFY(!pdf->ok());
        QCOMPARE(pdf->error().code, QStringLiteral("documents.approvalRefused"));
        QCOMPARE(auditCount(QStringLiteral("document.variantRefused")), 1);
        QCOMPARE(auditCount(QStringLiteral("document.export")), 0);

        // A clerk's sign-in gets no further than the dialog.
        exportIt();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->isVisible(), 60000);
        fill(QStringLiteral("suzuki"), kPassword, QStringLiteral("looks fine"));
        m_dialog->accept();
        QVERIFY(!pdf.has_value());

        // Approved by a supervisor: the PDF, and both records, written once each.
        fill(QStringLiteral("sato"), kPassword, QStringLiteral("checked against the family register"));
        m_dialog->accept();
        QVERIFY(pdf.has_value());
        QVERIFY2(pdf->ok(), pdf->ok() ? "" : qPrintable(pdf->error().toString()));
        QVERIFY(pdf->value().startsWith("%PDF"));
        QCOMPARE(auditCount(QStringLiteral("document.variantApproved")), 1);
        QCOMPARE(auditCount(QStringLiteral("document.export")), 1);
        for (const AuditRecord& record : m_audit->recent(100)) {
            if (record.action == QLatin1String("document.variantApproved")) {
                QCOMPARE(record.actor, QStringLiteral("sato"));
                QCOMPARE(record.objectId, document.id);
                QVERIFY(record.detail.contains(QStringLiteral("U+845B U+E0100")));
                QVERIFY(record.detail.contains(QStringLiteral("checked against the family register")));
                QVERIFY(!record.detail.contains(QStringLiteral("太郎"))); // never the name itself
            }
        }
        QVERIFY(m_audit->verify().ok);
    }
};

QTEST_MAIN(TestSupervisorApproval)
#include "tst_supervisorapproval.moc"
