#include "common/SessionGuard.h"
#include "common/Settings.h"

#include <QSignalSpy>
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

} // namespace

class TestSessionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLockBeforeIdleLimit()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(10);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        guard.start();
        clock.advanceSecs(9 * 60 + 59);
        guard.check();
        QCOMPARE(lock.count(), 0);
        QVERIFY(!guard.isLocked());
    }

    void locksAfterIdleMinutesOnce()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(10);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        guard.start();
        clock.advanceSecs(10 * 60);
        guard.check();
        QCOMPARE(lock.count(), 1);
        QVERIFY(guard.isLocked());
        clock.advanceSecs(60);
        guard.check();
        QCOMPARE(lock.count(), 1);
    }

    void activityResetsIdleTime()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(10);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        guard.start();
        clock.advanceSecs(8 * 60);
        guard.recordActivity();
        clock.advanceSecs(8 * 60);
        guard.check();
        QCOMPARE(lock.count(), 0);
        clock.advanceSecs(2 * 60);
        guard.check();
        QCOMPARE(lock.count(), 1);
    }

    void activityWhileLockedDoesNotUnlock()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.start();
        guard.lockNow();
        guard.recordActivity();
        QVERIFY(guard.isLocked());
        guard.unlock();
        QVERIFY(!guard.isLocked());
    }

    void absoluteLimitExpiresDespiteActivity()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(10);
        guard.setMaxSessionHours(2);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        QSignalSpy expired(&guard, &SessionGuard::sessionExpired);
        guard.start();
        for (int i = 0; i < 24; ++i) { // two hours of a busy clerk
            clock.advanceSecs(5 * 60);
            guard.recordActivity();
            guard.check();
        }
        QCOMPARE(lock.count(), 0);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!guard.isActive());
    }

    void expiryWhileLockedIsReported()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setMaxSessionHours(1);
        QSignalSpy expired(&guard, &SessionGuard::sessionExpired);
        guard.start();
        guard.lockNow();
        clock.advanceSecs(3600);
        guard.check();
        QCOMPARE(expired.count(), 1);
    }

    void zeroDisablesLimits()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(0);
        guard.setMaxSessionHours(0);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        QSignalSpy expired(&guard, &SessionGuard::sessionExpired);
        guard.start();
        clock.advanceSecs(48 * 3600);
        guard.check();
        QCOMPARE(lock.count() + expired.count(), 0);
    }

    void stoppedGuardIsSilent()
    {
        TestClock clock;
        SessionGuard guard(clock, 0);
        QSignalSpy lock(&guard, &SessionGuard::lockRequired);
        guard.start();
        guard.stop();
        clock.advanceSecs(24 * 3600);
        guard.check();
        QCOMPARE(lock.count(), 0);
    }

    void readsLimitsFromSettingsWithPolicy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString policy = dir.filePath(QStringLiteral("policy.ini"));
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[session]\nidleLockMinutes=3\n");
        file.close();
        auto settings = Settings::createTemporary(dir.path(), policy);
        // The user's own value is overridden by the policy.
        (void)settings->setValue(SettingKey::SessionMaxSessionHours, 5);
        TestClock clock;
        SessionGuard guard(clock, 0);
        guard.applySettings(*settings);
        QCOMPARE(guard.idleLockMinutes(), 3);
        QCOMPARE(guard.maxSessionHours(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSessionGuard)
#include "tst_sessionguard.moc"
