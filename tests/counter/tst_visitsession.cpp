// The in-memory My Number of a visit (VisitSession): held only for a visit being served, only
// when valid, shown masked, and wiped on end, on the next visit, on the screen lock and when
// the staff session expires.
#include "common/MyNumber.h"
#include "common/SessionGuard.h"
#include "counter/VisitSession.h"

#include <QObject>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

QString validMyNumber(const QString& first11 = QStringLiteral("12345678901"))
{
    return first11 + QString::number(MyNumber::checkDigit(first11));
}

class ManualClock final : public SessionClock
{
public:
    QDateTime time = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
    QDateTime now() const override { return time; }
};

} // namespace

class TestVisitSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsOnlyForAVisit()
    {
        VisitSession session;
        Status refused = session.setMyNumber(validMyNumber());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("counter.session.noVisit"));
        session.begin(QStringLiteral("visit-1"));
        refused = session.setMyNumber(QStringLiteral("123456789012")); // wrong check digit
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("counter.session.invalidMyNumber"));
        QVERIFY(!refused.error().message.contains(QStringLiteral("1234")));
        QVERIFY(!session.hasMyNumber());

        QVERIFY(session.setMyNumber(validMyNumber()));
        QVERIFY(session.hasMyNumber());
        QCOMPARE(session.myNumber(), validMyNumber());
        QVERIFY(session.maskedMyNumber().endsWith(validMyNumber().right(4)));
        QVERIFY(!session.maskedMyNumber().contains(validMyNumber().left(8)));
        // A copy handed out is the caller's own: wiping the session does not depend on it.
        QString copy = session.myNumber();
        session.end();
        QVERIFY(!session.hasMyNumber());
        QVERIFY(session.myNumber().isEmpty());
        QVERIFY(session.maskedMyNumber().isEmpty());
        QVERIFY(session.visitId().isEmpty());
        QCOMPARE(copy, validMyNumber());
    }

    void nextVisitStartsEmpty()
    {
        VisitSession session;
        session.begin(QStringLiteral("visit-1"));
        QVERIFY(session.setMyNumber(validMyNumber()));
        session.begin(QStringLiteral("visit-2"));
        QCOMPARE(session.visitId(), QStringLiteral("visit-2"));
        QVERIFY(!session.hasMyNumber());
    }

    void wipedOnLockAndExpiry()
    {
        ManualClock clock;
        SessionGuard guard(clock, 0);
        guard.setIdleLockMinutes(10);
        guard.setMaxSessionHours(1);
        VisitSession session;
        session.wipeOn(guard);
        guard.start();
        session.begin(QStringLiteral("visit-1"));
        QVERIFY(session.setMyNumber(validMyNumber()));
        guard.lockNow();
        QVERIFY(!session.hasMyNumber());
        QCOMPARE(session.visitId(), QStringLiteral("visit-1")); // the visit itself goes on after unlock

        guard.unlock();
        QVERIFY(session.setMyNumber(validMyNumber(QStringLiteral("98765432109"))));
        clock.time = clock.time.addSecs(2 * 3600);
        guard.check();
        QVERIFY(!session.hasMyNumber());
    }
};

QTEST_GUILESS_MAIN(TestVisitSession)
#include "tst_visitsession.moc"
