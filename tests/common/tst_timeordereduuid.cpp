#include "common/MyNumber.h"
#include "common/TimeOrderedUuid.h"

#include <QRegularExpression>
#include <QTest>

using namespace madoguchi;

class TestTimeOrderedUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutIsVersion7();
    void carriesTheMillisecond();
    void idsOfOneProcessSortInOrder();
    void randomPartDiffers();
    void otherVersionsHaveNoTime();
    void isNotMistakenForAMyNumber();
};

void TestTimeOrderedUuid::layoutIsVersion7()
{
    const QUuid id = TimeOrderedUuid::create();
    QCOMPARE(id.data3 >> 12, 7); // QUuid::version() of Qt 6.4 stops at 5
    QCOMPARE(id.variant(), QUuid::DCE);
    const QString text = TimeOrderedUuid::createString();
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(form.match(text).hasMatch(), qPrintable(text));
    QCOMPARE(QUuid(text).toString(QUuid::WithoutBraces), text);
}

void TestTimeOrderedUuid::carriesTheMillisecond()
{
    // 2026-11-28 09:30:15.123 JST = 00:30:15.123 UTC, 1795825815123 ms = 0x01a21f8f4e53.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1795825815123, Qt::UTC);
    const QUuid id = TimeOrderedUuid::createAt(at);
    QCOMPARE(id.toString(QUuid::WithoutBraces).left(13), QStringLiteral("01a21f8f-4e53"));
    QCOMPARE(TimeOrderedUuid::timeOf(id), at);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime made = TimeOrderedUuid::timeOf(TimeOrderedUuid::create());
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(made.isValid());
    QVERIFY2(before <= made && made <= after.addMSecs(1), qPrintable(made.toString(Qt::ISODateWithMs)));
}

void TestTimeOrderedUuid::idsOfOneProcessSortInOrder()
{
    // Many ids per millisecond: the order must come from the stamp, not from the random tail.
    QString previous = TimeOrderedUuid::createString();
    for (int i = 0; i < 20000; ++i) {
        const QString next = TimeOrderedUuid::createString();
        QVERIFY2(previous < next, qPrintable(previous + QStringLiteral(" !< ") + next));
        previous = next;
    }
}

void TestTimeOrderedUuid::randomPartDiffers()
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1795825815123, Qt::UTC);
    const QUuid a = TimeOrderedUuid::createAt(at);
    const QUuid b = TimeOrderedUuid::createAt(at);
    QVERIFY(a != b);
    QCOMPARE(a.toString().left(15), b.toString().left(15)); // same stamp, different tail
}

void TestTimeOrderedUuid::otherVersionsHaveNoTime()
{
    QVERIFY(!TimeOrderedUuid::timeOf(QUuid::createUuid()).isValid()); // version 4
    QVERIFY(!TimeOrderedUuid::timeOf(QUuid()).isValid());
    QVERIFY(
        !TimeOrderedUuid::timeOf(QUuid(QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))).isValid());
}

void TestTimeOrderedUuid::isNotMistakenForAMyNumber()
{
    // Ids travel in log lines and transactions, which are screened for 12-digit runs; the last
    // group of a UUID has 12 hex digits, often all decimal.
    for (int i = 0; i < 200; ++i) {
        const QString id = TimeOrderedUuid::createString();
        QVERIFY2(!MyNumber::containsCandidate(id), qPrintable(id));
        QCOMPARE(MyNumber::redact(QStringLiteral("visit ") + id), QStringLiteral("visit ") + id);
    }
}

QTEST_GUILESS_MAIN(TestTimeOrderedUuid)
#include "tst_timeordereduuid.moc"
