// Interop: OpenSC's jpki driver, an independent reader of the card, must recognise the virtual
// card and list its JPKI certificates and PINs, and read back the same certificate bytes. Runs
// inside tests/scripts/with-virtual-card.sh.
#include "VirtualCardTestUtil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestVirtualCardOpenSc : public QObject
{
    Q_OBJECT

private:
    static QString pkcs15Tool(const QStringList& args, int* exitCode)
    {
        QProcess proc;
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(QStringLiteral("pkcs15-tool"), args);
        if (!proc.waitForFinished(30000)) {
            proc.kill();
            proc.waitForFinished(2000);
            *exitCode = -1;
            return {};
        }
        *exitCode = proc.exitCode();
        return QString::fromUtf8(proc.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pkcs15-tool")).isEmpty())
            QFAIL("pkcs15-tool missing: apt-get install opensc (tools/debian-packages.txt)");
    }

    void listsCertificatesAndPins()
    {
        int rc = 0;
        const QString out =
            pkcs15Tool({QStringLiteral("--list-certificates"), QStringLiteral("--list-pins")}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        for (const char* expected : {"User Authentication Certificate", "Digital Signature Certificate",
                                     "User Authentication Certificate CA", "Digital Signature Certificate CA",
                                     "User Authentication PIN", "Digital Signature PIN"})
            QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(out));
        // The tries-left query answered 63Cx as OpenSC's driver requires.
        const QJsonObject tries = vcard::loadProfile().value(QLatin1String("triesLeft")).toObject();
        QVERIFY2(out.contains(
                     QStringLiteral("Tries left     : %1").arg(tries.value(QLatin1String("auth")).toInt())),
                 qPrintable(out));
    }

    void readsTheAuthenticationCertificate()
    {
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("auth.pem"));
        int rc = 0;
        const QString out = pkcs15Tool(
            {QStringLiteral("--read-certificate"), QStringLiteral("01"), QStringLiteral("--output"), pem},
            &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        auto fromOpenSc = vcard::loadPem(pem);
        const char* certFile = vcard::loadProfile()
                                           .value(QLatin1String("pki"))
                                           .toObject()
                                           .value(QLatin1String("authCertificate"))
                                           .toString() == QLatin1String("auth-expired.crt")
                                   ? "auth-expired.crt"
                                   : "auth.crt";
        auto issued = vcard::loadPem(vcard::pkiFile(certFile));
        QVERIFY(fromOpenSc && issued);
        QCOMPARE(X509_cmp(fromOpenSc.get(), issued.get()), 0);
    }
};

QTEST_GUILESS_MAIN(TestVirtualCardOpenSc)
#include "tst_virtualcard_opensc.moc"
