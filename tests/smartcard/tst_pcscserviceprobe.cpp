#include "smartcard/PcscError.h"
#include "smartcard/PcscServiceProbe.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::smartcard::pcscErrorName;
using madoguchi::smartcard::PcscServiceStatus;
using madoguchi::smartcard::probePcscService;

// The probe against the real pcsc-lite client library. Without a service (the client socket
// pointed at a path where nothing listens) it must say NoService, not crash or hang. With the
// real pcscd + vpcd stack (MADOGUCHI_EXPECT_PCSCD=1, set by with-pcscd.sh) it lists the virtual
// readers.
class TestPcscServiceProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noServiceIsReported()
    {
        if (qEnvironmentVariableIsSet("MADOGUCHI_EXPECT_PCSCD"))
            return; // the running-service registration checks the other case
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(dir.filePath(QStringLiteral("no-such.comm"))));
        const PcscServiceStatus status = probePcscService();
        QCOMPARE(status.state, PcscServiceStatus::State::NoService);
        QCOMPARE(QString::fromStdString(status.detail), QStringLiteral("SCARD_E_NO_SERVICE"));
        QVERIFY(status.readers.empty());
    }

    void runningServiceListsReaders()
    {
        if (!qEnvironmentVariableIsSet("MADOGUCHI_EXPECT_PCSCD"))
            return;
        const PcscServiceStatus status = probePcscService();
        QCOMPARE(status.state, PcscServiceStatus::State::Running);
        QVERIFY2(!status.readers.empty(), status.detail.c_str());
        for (const std::string& reader : status.readers)
            QVERIFY2(reader.rfind("Virtual PCD", 0) == 0, reader.c_str());
    }

    void errorNames()
    {
        QCOMPARE(QString::fromStdString(pcscErrorName(0)), QStringLiteral("SCARD_S_SUCCESS"));
        QCOMPARE(QString::fromStdString(pcscErrorName(static_cast<std::int64_t>(0x8010001DL))),
                 QStringLiteral("SCARD_E_NO_SERVICE"));
        QCOMPARE(QString::fromStdString(pcscErrorName(static_cast<std::int64_t>(0x80100068L))),
                 QStringLiteral("SCARD_W_RESET_CARD"));
        QCOMPARE(QString::fromStdString(pcscErrorName(0x12345678)), QStringLiteral("0x12345678"));
    }
};

QTEST_GUILESS_MAIN(TestPcscServiceProbe)
#include "tst_pcscserviceprobe.moc"
