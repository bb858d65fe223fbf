// CardService's certificate request through the real stack: the JPKI authentication
// certificate read on the card thread and checked against the configured CA bundle
// (setCaBundle, card/jpkiCaBundle). Runs with the default profile (good chain) and with
// expired-cert (the certificate ran out on 2021-01-01): good / expired, wrong CA, no bundle,
// unreadable bundle, each reporting subject and validity.
#include "CardServiceTestUtil.h"
#include "VirtualCardTestUtil.h"

#include "smartcard/service/CardService.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cardtest;
using namespace vcard;
using madoguchi::CardCertificate;
using madoguchi::CardFailure;
using madoguchi::CardService;
using Verdict = madoguchi::CardCertificate::Verdict;

class TestCardServiceCertificate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardService> m_service;
    bool m_expiredProfile = false;

    CardCertificate readWith(const QString& bundle)
    {
        m_service->setCaBundle(bundle);
        QSignalSpy ok(m_service.get(), &CardService::certificateReady);
        QSignalSpy failed(m_service.get(), &CardService::requestFailed);
        const quint64 id = m_service->requestAuthCertificate();
        if (!waitForAnswer(m_service.get(), ok, failed, id, 10000) || answerFor(ok, id).isEmpty()) {
            const auto f = answerFor(failed, id).value(1).value<CardFailure>();
            qWarning("certificate read failed: %s (%s)", sc::codeName(f.code), qPrintable(f.detail));
            return {};
        }
        return answerFor(ok, id).value(1).value<CardCertificate>();
    }

    // What the certificate says must be there whatever the verdict.
    void checkDescribed(const CardCertificate& c)
    {
        QVERIFY(!c.der.isEmpty());
        QVERIFY2(c.subject.contains(QLatin1String("CN=")), qPrintable(c.subject));
        QVERIFY(c.issuer.contains(QLatin1String("CN=")));
        QVERIFY(!c.serial.isEmpty());
        QVERIFY(c.notBefore.isValid() && c.notAfter.isValid());
        QCOMPARE(c.notAfter.timeSpec(), Qt::UTC);
        QVERIFY(c.notBefore < c.notAfter);
        // The DER is the card's certificate: the same one the PKI wrote.
        const auto pem = loadPem(pkiFile(m_expiredProfile ? "auth-expired.crt" : "auth.crt"));
        QVERIFY(pem);
        const auto der = parseDer(std::vector<std::uint8_t>(c.der.begin(), c.der.end()));
        QVERIFY(der);
        QCOMPARE(X509_cmp(der.get(), pem.get()), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject profile = loadProfile();
        QVERIFY(!profile.isEmpty());
        m_expiredProfile = profile.value(QLatin1String("pki"))
                               .toObject()
                               .value(QLatin1String("authCertificate"))
                               .toString()
                               .contains(QLatin1String("expired"));
        m_service = std::make_unique<CardService>();
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        m_service->setReader(qEnvironmentVariable("MADOGUCHI_VCARD_READER"));
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
    }

    void configuredCa()
    {
        const CardCertificate c = readWith(pkiFile("ca.crt"));
        checkDescribed(c);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_expiredProfile) {
            QCOMPARE(c.verdict, Verdict::Expired);
            QVERIFY(!c.isTrusted());
            QVERIFY(c.notAfter < now);
            QCOMPARE(c.notAfter.date(), QDate(2021, 1, 1));
            QVERIFY(c.problem(sc::Language::English).contains(QLatin1String("2021-01-01")));
        } else {
            QVERIFY2(c.verdict == Verdict::Good, CardCertificate::verdictName(c.verdict));
            QVERIFY(c.isTrusted());
            QVERIFY(c.notBefore <= now && now < c.notAfter);
            QVERIFY(c.problem(sc::Language::Japanese).isEmpty());
        }
    }

    void wrongCa()
    {
        // Another CA only: the card's certificate does not chain to it (expired or not).
        const CardCertificate c = readWith(pkiFile("other-ca.crt"));
        checkDescribed(c);
        QVERIFY2(c.verdict == Verdict::WrongCa, CardCertificate::verdictName(c.verdict));
        QVERIFY(!c.isTrusted());
        QVERIFY(!c.problem(sc::Language::Japanese).isEmpty());
        QVERIFY(!c.detail.isEmpty());
    }

    void noBundleConfigured()
    {
        const CardCertificate c = readWith(QString());
        checkDescribed(c);
        QCOMPARE(c.verdict, Verdict::NoCaBundle);
        QVERIFY(!c.isTrusted());
        QVERIFY(c.detail.contains(QLatin1String("card/jpkiCaBundle")));
    }

    void unreadableBundle()
    {
        const QString missing = pkiFile("no-such-ca.crt");
        const CardCertificate c = readWith(missing);
        checkDescribed(c);
        QCOMPARE(c.verdict, Verdict::NoCaBundle);
        QVERIFY(c.detail.contains(missing));
    }

    void cleanupTestCase() { m_service.reset(); }
};

QTEST_GUILESS_MAIN(TestCardServiceCertificate)
#include "tst_cardservice_certificate.moc"
