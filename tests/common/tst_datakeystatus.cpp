#include "common/DataKeyStatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace madoguchi;

class TstDataKeyStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsLoading()
    {
        const DataKeyStatus status;
        QCOMPARE(status.state(), DataKeyStatus::State::Loading);
        QCOMPARE(status.keyId(), 0u);
        QVERIFY(status.details().isEmpty());
        QVERIFY(!status.summary().isEmpty());
    }

    void ready()
    {
        DataKeyStatus status;
        QSignalSpy changed(&status, &DataKeyStatus::changed);
        status.setReady(3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.state(), DataKeyStatus::State::Ready);
        QCOMPARE(status.keyId(), 3u);
        QCOMPARE(status.summary(), QStringLiteral("Encryption key: ready"));
        QVERIFY(status.details().isEmpty());
        QVERIFY(status.errorCode().isEmpty());
        // The same state again is no change: the status bar is not redrawn for nothing.
        status.setReady(3);
        QCOMPARE(changed.count(), 1);
        status.setReady(4);
        QCOMPARE(changed.count(), 2);
    }

    void failedCarriesCodeReasonAndRemedy()
    {
        DataKeyStatus status;
        status.setReady(1);
        QSignalSpy changed(&status, &DataKeyStatus::changed);
        status.setFailed(makeError(QStringLiteral("crypto.keyMissing"), QStringLiteral("Restore the entry."),
                                   QStringLiteral("Madoguchi/data-key")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.state(), DataKeyStatus::State::Failed);
        QCOMPARE(status.keyId(), 0u);
        QCOMPARE(status.errorCode(), QStringLiteral("crypto.keyMissing"));
        QCOMPARE(status.reason(), QStringLiteral("Restore the entry. (Madoguchi/data-key)"));
        QVERIFY(status.summary().contains(QStringLiteral("crypto.keyMissing")));
        QVERIFY(status.details().startsWith(status.reason()));
        QVERIFY(status.details().contains(QStringLiteral("madoguchi-cli datakey status")));
    }

    void notAvailableSaysWhy()
    {
        DataKeyStatus status;
        QSignalSpy changed(&status, &DataKeyStatus::changed);
        status.setNotAvailable(QStringLiteral("No Secret Service on the session bus."));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.state(), DataKeyStatus::State::NotAvailable);
        QCOMPARE(status.errorCode(), QStringLiteral("secret.unavailable"));
        QVERIFY(status.summary().contains(QStringLiteral("not available")));
        QVERIFY(status.details().contains(QStringLiteral("No Secret Service on the session bus.")));
        status.setLoading();
        QCOMPARE(changed.count(), 2);
        QVERIFY(status.reason().isEmpty());
        QVERIFY(status.errorCode().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDataKeyStatus)
#include "tst_datakeystatus.moc"
