// CertificateVerifier against a test PKI made with the openssl CLI at test time
// (tools/virtual-card/make-test-pki.sh): good chain, wrong CA, expired, not yet valid, broken
// bytes, unreadable bundle. Run through with-virtual-card.sh it also verifies the certificate
// the virtual card returns from JPKI EF 000A over the real PC/SC stack.
#include "VirtualCardTestUtil.h"

#include "smartcard/CertificateVerifier.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vcard;
using sc::CertificateErrorCode;
using sc::CertificateVerifier;

class TestCertificateVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_pki;

    QString pki(const char* name) const { return m_pki + QLatin1Char('/') + QLatin1String(name); }

    std::vector<std::uint8_t> der(const char* name) const
    {
        const X509Ptr cert = loadPem(pki(name));
        if (!cert)
            return {};
        unsigned char* out = nullptr;
        const int len = i2d_X509(cert.get(), &out);
        std::vector<std::uint8_t> bytes(out, out + (len > 0 ? len : 0));
        OPENSSL_free(out);
        return bytes;
    }

    CertificateVerifier verifier(const char* bundle) const
    {
        auto v = CertificateVerifier::fromBundleFile(pki(bundle).toStdString());
        if (!v.ok())
            qFatal("bundle %s: %s", bundle, v.error().detail.c_str());
        return std::move(v).value();
    }

    QString opensslField(const char* cert, const char* option) const
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                            QLatin1String(option), QStringLiteral("-in"), pki(cert)});
        p.waitForFinished(10000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return out.mid(out.indexOf(QLatin1Char('=')) + 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Inside with-virtual-card.sh the card was built from this PKI; alone, make our own.
        m_pki = qEnvironmentVariable("MADOGUCHI_VCARD_PKI");
        if (m_pki.isEmpty()) {
            QVERIFY(m_tmp.isValid());
            m_pki = m_tmp.filePath(QStringLiteral("pki"));
            QProcess make;
            make.start(QStringLiteral(MADOGUCHI_SOURCE_DIR "/tools/virtual-card/make-test-pki.sh"), {m_pki});
            QVERIFY(make.waitForFinished(60000));
            QCOMPARE(make.exitCode(), 0);
        }
        QVERIFY(!der("auth.crt").empty());
    }

    void goodChain()
    {
        const auto result = verifier("ca.crt").verify(der("auth.crt"));
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        const sc::CertificateInfo& info = result.value();
        QCOMPARE(info.subject, std::string("CN=Madoguchi Test Auth,C=JP"));
        QCOMPARE(info.issuer, std::string("CN=Madoguchi Test JPKI CA,O=Madoguchi Test,C=JP"));
        QCOMPARE(QString::fromStdString(info.serial), opensslField("auth.crt", "-serial"));
        QCOMPARE(info.notBefore.size(), std::size_t(20)); // 2024-04-01T00:00:00Z
        QVERIFY(info.notBefore < info.notAfter);
    }

    void wrongCa()
    {
        const auto other = verifier("ca.crt").verify(der("other-auth.crt"));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, CertificateErrorCode::UnknownIssuer);
        QVERIFY(other.error().detail.find("Other Test CA") != std::string::npos);
        const auto swapped = verifier("other-ca.crt").verify(der("auth.crt"));
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code, CertificateErrorCode::UnknownIssuer);
    }

    void expired()
    {
        const auto result = verifier("ca.crt").verify(der("auth-expired.crt"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CertificateErrorCode::Expired);
        QCOMPARE(result.error().date, std::string("2021-01-01T00:00:00Z"));
        QVERIFY(sc::messageFor(result.error(), sc::Language::English).find("2021-01-01") !=
                std::string::npos);
    }

    void injectedTime()
    {
        const auto cert = der("auth.crt");
        const CertificateVerifier v = verifier("ca.crt");
        const std::time_t now = std::time(nullptr);
        const auto early = v.verifyAt(cert.data(), cert.size(), now - 2 * 86400);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, CertificateErrorCode::NotYetValid);
        QVERIFY(!early.error().date.empty());
        // The auth certificate lives 825 days, its CA 3650: in 900 days only the card's expired.
        const auto late = v.verifyAt(cert.data(), cert.size(), now + 900 * 86400);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, CertificateErrorCode::Expired);
        QCOMPARE(late.error().date, v.verify(cert).value().notAfter);
    }

    void malformed()
    {
        const CertificateVerifier v = verifier("ca.crt");
        const auto cert = der("auth.crt");
        const std::vector<std::uint8_t> garbage{'h', 'e', 'l', 'l', 'o'};
        QCOMPARE(v.verify(garbage).error().code, CertificateErrorCode::Malformed);
        QCOMPARE(v.verify(std::vector<std::uint8_t>{}).error().code, CertificateErrorCode::Malformed);

        const std::vector<std::uint8_t> truncated(cert.begin(), cert.begin() + 100);
        const auto cut = v.verify(truncated);
        QCOMPARE(cut.error().code, CertificateErrorCode::Malformed);
        QVERIFY2(cut.error().detail.find("truncated") != std::string::npos, cut.error().detail.c_str());

        auto trailing = cert;
        trailing.push_back(0x42);
        const auto extra = v.verify(trailing);
        QCOMPARE(extra.error().code, CertificateErrorCode::Malformed);
        QVERIFY(extra.error().detail.find("byte " + std::to_string(cert.size())) != std::string::npos);

        auto inner = cert;
        inner[4] = 0x04; // the TBSCertificate SEQUENCE tag turned into an OCTET STRING
        const auto broken = v.verify(inner);
        QCOMPARE(broken.error().code, CertificateErrorCode::Malformed);
        QVERIFY(broken.error().detail.find("d2i_X509") != std::string::npos);
    }

    void fillerAcceptedSignatureChecked()
    {
        const CertificateVerifier v = verifier("ca.crt");
        auto padded = der("auth.crt");
        padded.insert(padded.end(), {0xFF, 0xFF, 0x00});
        QVERIFY(v.verify(padded).ok()); // a card EF longer than its certificate
        auto forged = der("auth.crt");
        forged[forged.size() - 10] ^= 0x01; // inside the signature
        QCOMPARE(v.verify(forged).error().code, CertificateErrorCode::Rejected);
    }

    void bundles()
    {
        const auto missing = CertificateVerifier::fromBundleFile("/nonexistent/jlis-ca.pem");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, CertificateErrorCode::BundleUnreadable);
        QVERIFY(missing.error().detail.find("/nonexistent/jlis-ca.pem") != std::string::npos);
        QCOMPARE(CertificateVerifier::fromBundlePem("not a PEM file").error().code,
                 CertificateErrorCode::BundleUnreadable);
        // A key file is PEM but holds no certificate.
        QCOMPARE(CertificateVerifier::fromBundleFile(pki("ca.key").toStdString()).error().code,
                 CertificateErrorCode::BundleUnreadable);

        QFile a(pki("ca.crt"));
        QFile b(pki("other-ca.crt"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const auto both =
            CertificateVerifier::fromBundlePem(QByteArray(a.readAll() + b.readAll()).toStdString());
        QVERIFY(both.ok());
        QCOMPARE(both.value().anchorCount(), std::size_t(2));
        QVERIFY(both.value().verify(der("auth.crt")).ok());
        QVERIFY(both.value().verify(der("other-auth.crt")).ok());
    }

    void messages()
    {
        for (auto code : {CertificateErrorCode::Malformed, CertificateErrorCode::UnknownIssuer,
                          CertificateErrorCode::Expired, CertificateErrorCode::NotYetValid,
                          CertificateErrorCode::BundleUnreadable, CertificateErrorCode::Rejected}) {
            const std::string ja = sc::messageFor(code, sc::Language::Japanese);
            const std::string en = sc::messageFor(code, sc::Language::English);
            QVERIFY(!ja.empty() && !en.empty() && ja != en);
            QVERIFY(std::string(sc::codeName(code)) != "Unknown");
        }
    }

    // Over the real stack: JPKI EF 000A as the virtual card returns it.
    void certificateFromTheVirtualCard()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_VCARD_READER"))
            QFAIL("run through with-virtual-card.sh (CTest does): no virtual card was started");
        PcscTestCard reader;
        QVERIFY(reader.open(qgetenv("MADOGUCHI_VCARD_READER")));
        QCOMPARE(swOf(reader.transmit(selectApp(card::kJpkiAid))), 0x9000);
        QCOMPARE(swOf(reader.transmit(selectEf(card::jpki::kAuthCertEf))), 0x9000);
        const auto fromCard = readAllShort(reader);
        QVERIFY(fromCard.size() > 500); // the test PKI's RSA-2048 certificate: about 0.8 KB

        const auto result = verifier("ca.crt").verify(fromCard);
        const bool expiredProfile = loadProfile()
                                        .value(QLatin1String("pki"))
                                        .toObject()
                                        .value(QLatin1String("authCertificate"))
                                        .toString() == QLatin1String("auth-expired.crt");
        if (expiredProfile) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, CertificateErrorCode::Expired);
            QCOMPARE(result.error().date, std::string("2021-01-01T00:00:00Z"));
        } else {
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
            QCOMPARE(result.value().subject, std::string("CN=Madoguchi Test Auth,C=JP"));
        }
        // The same certificate against the other CA: not ours.
        QCOMPARE(verifier("other-ca.crt").verify(fromCard).error().code, CertificateErrorCode::UnknownIssuer);
    }
};

QTEST_GUILESS_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
