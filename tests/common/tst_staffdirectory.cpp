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
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
