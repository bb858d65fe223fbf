#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/SessionClock.h"
#include "common/StaffDirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

class TestClock : public SessionClock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now = QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
};

const QString kPassword = QStringLiteral("kuyakusho-2025");

} // namespace

class TestStaffDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    TestClock m_clock;
    std::unique_ptr<StaffDirectory> m_staff;

    // An admin "boss" who acts, plus the accounts a test names.
    StaffMember addAdmin(const QString& login = QStringLiteral("boss"))
    {
        auto admin = m_staff->createAccount(login, QStringLiteral("Boss"), Role::Admin, kPassword);
        return admin.ok() ? admin.value() : StaffMember{};
    }

    StaffAccount account(const QString& login) const
    {
        const auto accounts = m_staff->listAccounts();
        for (const StaffAccount& entry : accounts.valueOr({}))
            if (entry.member.login == login)
                return entry;
        return {};
    }

    QList<AuditRecord> auditWith(const QString& action) const
    {
        QList<AuditRecord> found;
        for (const AuditRecord& record : m_audit->recent(1000)) {
            if (record.action == action)
                found.append(record);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        DatabaseConfig config;
        config.sqlitePath =
            m_dir.filePath(QStringLiteral("staff-%1.sqlite").arg(QTest::currentTestFunction()));
        auto db = Database::open(config, {AuditLog::migrations(), StaffDirectory::migrations()});
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_clock = TestClock();
        m_staff = std::make_unique<StaffDirectory>(*m_db, *m_audit, 1000, &m_clock);
        m_staff->setWorkstationId(QStringLiteral("counter-1"));
    }

    void cleanup()
    {
        m_staff.reset();
        m_audit.reset();
        m_db.reset();
    }

    void firstAdmin()
    {
        QVERIFY(!m_staff->hasAnyAdmin());
        QVERIFY(
            m_staff->createAccount(QStringLiteral("clerk1"), QStringLiteral("Clerk"), Role::Clerk, kPassword)
                .ok());
        QVERIFY(!m_staff->hasAnyAdmin());
        auto admin =
            m_staff->createAccount(QStringLiteral("admin"), QStringLiteral("管理者"), Role::Admin, kPassword);
        QVERIFY(admin.ok());
        QCOMPARE(admin.value().role, Role::Admin);
        QVERIFY(m_staff->hasAnyAdmin());
    }

    void passwordPolicy()
    {
        auto shortPw = m_staff->createAccount(QStringLiteral("a"), QStringLiteral("A"), Role::Admin,
                                              QStringLiteral("123456789"));
        QVERIFY(!shortPw.ok());
        QCOMPARE(shortPw.error().code, QStringLiteral("staff.passwordPolicy"));
        QVERIFY(
            !m_staff->createAccount(QStringLiteral("a"), QStringLiteral("A"), Role::Admin, QString(10, u' '))
                 .ok());
        QVERIFY(m_staff
                    ->createAccount(QStringLiteral("a"), QStringLiteral("A"), Role::Admin,
                                    QStringLiteral("1234567890"))
                    .ok());
    }

    void loginValidationAndDuplicates()
    {
        QVERIFY(!m_staff->createAccount(QString(), QStringLiteral("A"), Role::Clerk, kPassword).ok());
        QVERIFY(
            !m_staff->createAccount(QStringLiteral("has space"), QStringLiteral("A"), Role::Clerk, kPassword)
                 .ok());
        QVERIFY(
            !m_staff->createAccount(QStringLiteral("ok"), QStringLiteral("  "), Role::Clerk, kPassword).ok());
        QVERIFY(
            m_staff->createAccount(QStringLiteral("ok"), QStringLiteral("A"), Role::Clerk, kPassword).ok());
        auto dup = m_staff->createAccount(QStringLiteral("ok"), QStringLiteral("B"), Role::Clerk, kPassword);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("staff.exists"));
    }

    void authenticateOkAndAudited()
    {
        QVERIFY(
            m_staff
                ->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Supervisor, kPassword)
                .ok());
        auto member = m_staff->authenticate(QStringLiteral("tanaka"), kPassword);
        QVERIFY(member.ok());
        QCOMPARE(member.value().displayName, QStringLiteral("田中"));
        QCOMPARE(member.value().role, Role::Supervisor);
        const auto ok = auditWith(QStringLiteral("login.ok"));
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok.first().actor, QStringLiteral("tanaka"));
        QCOMPARE(ok.first().workstation, QStringLiteral("counter-1"));
    }

    void wrongPasswordAndUnknownLoginLookAlike()
    {
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        auto wrong = m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("not the password"));
        auto unknown = m_staff->authenticate(QStringLiteral("nobody"), kPassword);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("staff.badCredentials"));
        QCOMPARE(unknown.error().message, wrong.error().message);
        const auto failed = auditWith(QStringLiteral("login.failed"));
        QCOMPARE(failed.size(), 2);
        // Never the password, nor the text typed for an unknown login.
        for (const AuditRecord& record : m_audit->recent(1000)) {
            for (const QString& field : {record.actor, record.objectId, record.detail}) {
                QVERIFY(!field.contains(QStringLiteral("not the password")));
                QVERIFY(!field.contains(kPassword));
                QVERIFY(!field.contains(QStringLiteral("nobody")));
            }
        }
    }

    void lockoutAfterRepeatedFailures()
    {
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i)
            QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("wrong password!")).ok());
        auto locked = m_staff->authenticate(QStringLiteral("tanaka"), kPassword);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, QStringLiteral("staff.lockedOut"));
        QCOMPARE(auditWith(QStringLiteral("login.lockedOut")).size(), 1);
        m_clock.advanceSecs(StaffDirectory::lockoutMinutes * 60 - 1);
        QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), kPassword).ok());
        m_clock.advanceSecs(2);
        QVERIFY(m_staff->authenticate(QStringLiteral("tanaka"), kPassword).ok());
    }

    void successResetsFailureCount()
    {
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < StaffDirectory::maxFailedAttempts - 1; ++i)
                QVERIFY(
                    !m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("wrong password!")).ok());
            QVERIFY(m_staff->authenticate(QStringLiteral("tanaka"), kPassword).ok());
        }
    }

    void unlockPurposeIsAudited()
    {
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        QVERIFY(
            m_staff->authenticate(QStringLiteral("tanaka"), kPassword, StaffDirectory::Purpose::Unlock).ok());
        QCOMPARE(auditWith(QStringLiteral("unlock.ok")).size(), 1);
        QCOMPARE(auditWith(QStringLiteral("login.ok")).size(), 0);
    }

    void iterationCountStoredPerRow()
    {
        QVERIFY(m_staff->createAccount(QStringLiteral("old"), QStringLiteral("Old"), Role::Clerk, kPassword)
                    .ok());
        // A directory configured with a different count still verifies the old row.
        StaffDirectory stronger(*m_db, *m_audit, 3000, &m_clock);
        QVERIFY(stronger.authenticate(QStringLiteral("old"), kPassword).ok());
    }
    void listAccountsShowsState()
    {
        QVERIFY(m_staff->listAccounts().ok());
        QVERIFY(m_staff->listAccounts().value().isEmpty());
        const StaffMember boss = addAdmin();
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        QVERIFY(m_staff->authenticate(QStringLiteral("boss"), kPassword).ok());
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i)
            QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("wrong password!")).ok());
        const auto accounts = m_staff->listAccounts();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 2);
        QCOMPARE(accounts.value().at(0).member.login, QStringLiteral("boss")); // ordered by login
        QCOMPARE(accounts.value().at(0).lastSignIn, m_clock.now());
        QVERIFY(!accounts.value().at(0).lockedUntil.isValid());
        const StaffAccount tanaka = accounts.value().at(1);
        QCOMPARE(tanaka.member.displayName, QStringLiteral("田中"));
        QCOMPARE(tanaka.member.role, Role::Clerk);
        QVERIFY(!tanaka.lastSignIn.isValid());
        QCOMPARE(tanaka.lockedUntil, m_clock.now().addSecs(StaffDirectory::lockoutMinutes * 60));
        // A lockout that ran out is not listed as one.
        m_clock.advanceSecs(StaffDirectory::lockoutMinutes * 60 + 1);
        QVERIFY(!account(QStringLiteral("tanaka")).lockedUntil.isValid());
    }

    void adminCreatesAccountAudited()
    {
        const StaffMember boss = addAdmin();
        auto created = m_staff->createAccount(boss, QStringLiteral("suzuki"), QStringLiteral("鈴木"),
                                              Role::Clerk, kPassword);
        QVERIFY(created.ok());
        QVERIFY(m_staff->authenticate(QStringLiteral("suzuki"), kPassword).ok());
        const auto records = auditWith(QStringLiteral("staff.create"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().actor, QStringLiteral("boss")); // newest first
        QCOMPARE(records.first().objectId, QStringLiteral("suzuki"));
        // Errors from the directory: weak password, a clerk acting.
        auto weak = m_staff->createAccount(boss, QStringLiteral("sato"), QStringLiteral("佐藤"), Role::Clerk,
                                           QStringLiteral("short"));
        QCOMPARE(weak.error().code, QStringLiteral("staff.passwordPolicy"));
        auto byClerk = m_staff->createAccount(created.value(), QStringLiteral("sato"), QStringLiteral("佐藤"),
                                              Role::Admin, kPassword);
        QCOMPARE(byClerk.error().code, QStringLiteral("staff.notAllowed"));
        QVERIFY(!m_staff->find(QStringLiteral("sato")).ok());
    }

    void setRoleAndAudit()
    {
        const StaffMember boss = addAdmin();
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        QVERIFY(m_staff->setRole(boss, QStringLiteral("tanaka"), Role::Supervisor).ok());
        QCOMPARE(m_staff->find(QStringLiteral("tanaka")).value().role, Role::Supervisor);
        const auto records = auditWith(QStringLiteral("staff.role"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actor, QStringLiteral("boss"));
        QCOMPARE(records.first().role, QStringLiteral("admin"));
        QCOMPARE(records.first().objectId, QStringLiteral("tanaka"));
        QCOMPARE(records.first().detail, QStringLiteral("clerk -> supervisor"));
        QCOMPARE(m_staff->setRole(boss, QStringLiteral("nobody"), Role::Clerk).error().code,
                 QStringLiteral("staff.notFound"));
        QCOMPARE(auditWith(QStringLiteral("staff.role")).size(), 1);
    }

    void lastAdminIsProtected()
    {
        const StaffMember boss = addAdmin();
        auto demote = m_staff->setRole(boss, QStringLiteral("boss"), Role::Supervisor);
        QCOMPARE(demote.error().code, QStringLiteral("staff.lastAdmin"));
        auto disable = m_staff->setDisabled(boss, QStringLiteral("boss"), true);
        QCOMPARE(disable.error().code, QStringLiteral("staff.lastAdmin"));
        QVERIFY(m_staff->hasAnyAdmin());
        QCOMPARE(m_staff->find(QStringLiteral("boss")).value().role, Role::Admin);
        // Setting the same role again takes nothing away.
        QVERIFY(m_staff->setRole(boss, QStringLiteral("boss"), Role::Admin).ok());
    }

    void adminCannotDisableOrDemoteThemself()
    {
        const StaffMember boss = addAdmin();
        const StaffMember other = addAdmin(QStringLiteral("other"));
        QCOMPARE(m_staff->setDisabled(boss, QStringLiteral("boss"), true).error().code,
                 QStringLiteral("staff.self"));
        QCOMPARE(m_staff->setRole(boss, QStringLiteral("boss"), Role::Clerk).error().code,
                 QStringLiteral("staff.self"));
        // Another admin may; then "other" is the last one and cannot be touched by "boss",
        // who is no admin any more.
        QVERIFY(m_staff->setRole(other, QStringLiteral("boss"), Role::Clerk).ok());
        QCOMPARE(m_staff->setRole(boss, QStringLiteral("other"), Role::Clerk).error().code,
                 QStringLiteral("staff.notAllowed"));
        QCOMPARE(m_staff->setDisabled(other, QStringLiteral("other"), true).error().code,
                 QStringLiteral("staff.lastAdmin"));
    }

    void disableAndEnable()
    {
        const StaffMember boss = addAdmin();
        const StaffMember second = addAdmin(QStringLiteral("second"));
        QVERIFY(m_staff->setDisabled(boss, QStringLiteral("second"), true).ok());
        QVERIFY(account(QStringLiteral("second")).disabled);
        QCOMPARE(m_staff->authenticate(QStringLiteral("second"), kPassword).error().code,
                 QStringLiteral("staff.disabled"));
        // A disabled admin acts no more, and does not count as an active admin.
        QCOMPARE(m_staff->setDisabled(second, QStringLiteral("boss"), true).error().code,
                 QStringLiteral("staff.notAllowed"));
        QCOMPARE(m_staff->setDisabled(boss, QStringLiteral("boss"), true).error().code,
                 QStringLiteral("staff.lastAdmin"));
        QVERIFY(m_staff->setDisabled(boss, QStringLiteral("second"), false).ok());
        QVERIFY(m_staff->authenticate(QStringLiteral("second"), kPassword).ok());
        QCOMPARE(auditWith(QStringLiteral("staff.disable")).size(), 1);
        QCOMPARE(auditWith(QStringLiteral("staff.enable")).size(), 1);
        QCOMPARE(auditWith(QStringLiteral("staff.enable")).first().actor, QStringLiteral("boss"));
        QCOMPARE(m_staff->setDisabled(boss, QStringLiteral("nobody"), true).error().code,
                 QStringLiteral("staff.notFound"));
    }

    void resetPassword()
    {
        const StaffMember boss = addAdmin();
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i)
            QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("wrong password!")).ok());
        const QString fresh = QStringLiteral("atarashii-2025");
        QCOMPARE(m_staff->resetPassword(boss, QStringLiteral("tanaka"), QStringLiteral("short")).error().code,
                 QStringLiteral("staff.passwordPolicy"));
        QCOMPARE(m_staff->resetPassword(boss, QStringLiteral("nobody"), fresh).error().code,
                 QStringLiteral("staff.notFound"));
        QVERIFY(m_staff->resetPassword(boss, QStringLiteral("tanaka"), fresh).ok());
        // The new password works at once: the reset also ended the lockout.
        QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), kPassword).ok());
        QVERIFY(m_staff->authenticate(QStringLiteral("tanaka"), fresh).ok());
        const auto records = auditWith(QStringLiteral("staff.passwordReset"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actor, QStringLiteral("boss"));
        for (const AuditRecord& record : m_audit->recent(1000))
            QVERIFY(!record.detail.contains(fresh));
    }

    void clearLockout()
    {
        const StaffMember boss = addAdmin();
        QVERIFY(
            m_staff->createAccount(QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk, kPassword)
                .ok());
        for (int i = 0; i < StaffDirectory::maxFailedAttempts; ++i)
            QVERIFY(!m_staff->authenticate(QStringLiteral("tanaka"), QStringLiteral("wrong password!")).ok());
        QVERIFY(account(QStringLiteral("tanaka")).lockedUntil.isValid());
        QCOMPARE(m_staff->clearLockout(boss, QStringLiteral("nobody")).error().code,
                 QStringLiteral("staff.notFound"));
        const StaffMember clerk{QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk};
        QCOMPARE(m_staff->clearLockout(clerk, QStringLiteral("tanaka")).error().code,
                 QStringLiteral("staff.notAllowed"));
        QVERIFY(m_staff->clearLockout(boss, QStringLiteral("tanaka")).ok());
        QVERIFY(!account(QStringLiteral("tanaka")).lockedUntil.isValid());
        QVERIFY(m_staff->authenticate(QStringLiteral("tanaka"), kPassword).ok());
        QCOMPARE(auditWith(QStringLiteral("staff.unlock")).size(), 1);
        QCOMPARE(auditWith(QStringLiteral("staff.unlock")).first().objectId, QStringLiteral("tanaka"));
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
