// The PC/SC check against a real pcscd offering the vsmartcard "Virtual PCD" readers
// (started by tests/scripts/with-pcscd.sh).

#include "selftest/PcscCheck.h"

#include <QTest>

using namespace madoguchi;

class TestSelfTestPcscd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("MADOGUCHI_PCSCD_RUNNING"))
            QFAIL("run through tests/scripts/with-pcscd.sh (CTest does): no pcscd was started");
    }

    void runningWithTwoVirtualReaders()
    {
        const CheckResult result = PcscCheck::run(QString());
        QCOMPARE(result.id, QStringLiteral("pcsc"));
        QCOMPARE(result.state, CheckResult::State::Ok);
        QVERIFY2(result.detail.contains(QStringLiteral("2 reader")), qPrintable(result.detail));
        QCOMPARE(result.detail.count(QStringLiteral("Virtual PCD")), 2);
    }

    void configuredReaderFound()
    {
        const smartcard::PcscServiceStatus status = smartcard::probePcscService();
        QCOMPARE(status.state, smartcard::PcscServiceStatus::State::Running);
        QCOMPARE(int(status.readers.size()), 2);
        const QString reader = QString::fromStdString(status.readers.front());
        const CheckResult result = PcscCheck::run(reader);
        QCOMPARE(result.state, CheckResult::State::Ok);
        QVERIFY(result.detail.contains(reader));
    }

    void configuredReaderMissing()
    {
        const CheckResult result = PcscCheck::run(QStringLiteral("ACS ACR39U 00 00"));
        QCOMPARE(result.state, CheckResult::State::Problem);
        QVERIFY(result.detail.contains(QStringLiteral("ACS ACR39U 00 00")));
        QVERIFY(!result.remedy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSelfTestPcscd)
#include "tst_selftest_pcscd.moc"
