// The virtual card (tools/virtual-card) through the real pcscd + vpcd + libpcsclite stack,
// started by tests/scripts/with-virtual-card.sh with the profile in MADOGUCHI_VCARD_PROFILE.
// Expectations come from that profile, so the same suite runs for every profile; functions
// that change PIN counters run last.
#include "VirtualCardTestUtil.h"

#include "smartcard/BerTlv.h"
#include "smartcard/MyNumberData.h"

#include <QTest>

#include <openssl/evp.h>

#include <signal.h>

using namespace vcard;

class TestVirtualCard : public QObject
{
    Q_OBJECT

private:
    PcscTestCard m_card;
    QJsonObject m_profile;

    int profileTries(const char* pin) const
    {
        return m_profile.value(QLatin1String("triesLeft")).toObject().value(QLatin1String(pin)).toInt();
    }
    std::string profilePin(const char* pin) const
    {
        return m_profile.value(QLatin1String("pins"))
            .toObject()
            .value(QLatin1String(pin))
            .toString()
            .toStdString();
    }
    std::string resident(const char* key) const
    {
        return m_profile.value(QLatin1String("resident"))
            .toObject()
            .value(QLatin1String(key))
            .toString()
            .toStdString();
    }
    bool expiredProfile() const
    {
        return m_profile.value(QLatin1String("pki"))
                   .toObject()
                   .value(QLatin1String("authCertificate"))
                   .toString() == QLatin1String("auth-expired.crt");
    }
    void selectJpki(std::uint16_t ef)
    {
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kJpkiAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(ef))), 0x9000);
    }
    void reinsert()
    {
        const qint64 pid = qEnvironmentVariableIntValue("MADOGUCHI_VCARD_PID");
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGUSR1), 0);
        QVERIFY2(m_card.waitForCard(false), "pcscd did not see the card go");
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGUSR2), 0);
        QVERIFY2(m_card.waitForCard(true), "pcscd did not see the card come back");
        // The old handle is dead after a removal: reconnect as a client must.
        QVERIFY(m_card.connect());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = loadProfile();
        QVERIFY2(!m_profile.isEmpty(), "MADOGUCHI_VCARD_PROFILE: run through with-virtual-card.sh");
        QVERIFY(m_card.open(qgetenv("MADOGUCHI_VCARD_READER")));
    }

    void atrIsTheCardsOne()
    {
        QCOMPARE(m_card.atr(),
                 (std::vector<std::uint8_t>{0x3B, 0xE0, 0x00, 0xFF, 0x81, 0x31, 0xFE, 0x45, 0x14}));
    }

    void triesLeftAsProfiled()
    {
        selectJpki(card::jpki::kAuthPinEf);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | profileTries("auth"));
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kSignPasswordEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | profileTries("signing"));
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kCardInfoAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kPinEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | profileTries("cardInfo"));
    }

    void selectEveryApplicationAndRejectTheRest()
    {
        for (const auto& aid : {card::kJpkiAid, card::kCardInfoAid, card::kCardFaceAid})
            QCOMPARE(swOf(m_card.transmit(selectApp(aid))), 0x9000);
        auto unknown = aidBytes(card::kJpkiAid);
        unknown.back() = 0x7F;
        QCOMPARE(swOf(m_card.transmit(sc::selectApplication(unknown).value().bytes())), 0x6A82);
        QCOMPARE(swOf(m_card.transmit({0x00, 0xA4, 0x00, 0x00})), 0x6A86); // select MF
        QCOMPARE(swOf(m_card.transmit(selectEf(0x3F00))), 0x6A82);
        QCOMPARE(swOf(m_card.transmit(selectEf(0x0099))), 0x6A82);
        QCOMPARE(swOf(m_card.transmit({0x00, 0xCA, 0x00, 0x00, 0x00})), 0x6D00); // unknown INS
    }

    void readToken()
    {
        selectJpki(card::jpki::kTokenEf);
        const auto token = dataOf(m_card.transmit(read(0, 256)));
        const auto kind = sc::MyNumberData::parseJpkiToken(token.data(), token.size());
        QVERIFY(kind.ok());
        QCOMPARE(kind.value(), sc::JpkiCardKind::MyNumberCard);
    }

    void readCertificatesAndChainThem()
    {
        auto ca = loadPem(pkiFile("ca.crt"));
        QVERIFY(ca);
        selectJpki(card::jpki::kAuthCertEf);
        const auto header = dataOf(m_card.transmit(read(0, 4)));
        const auto total = sc::MyNumberData::certificateLength(header.data(), header.size());
        QVERIFY(total.ok());
        // One extended read for the whole certificate, and the same bytes in 256-byte reads.
        const auto whole = m_card.transmit(read(0, total.value()));
        QCOMPARE(swOf(whole), 0x9000);
        QCOMPARE(dataOf(whole), readAllShort(m_card));
        auto auth = parseDer(dataOf(whole));
        QVERIFY2(auth, "EF 000A is not DER X.509");
        QCOMPARE(verifyChain(auth.get(), ca.get()),
                 expiredProfile() ? X509_V_ERR_CERT_HAS_EXPIRED : X509_V_OK);
        auto other = loadPem(pkiFile("other-ca.crt"));
        QVERIFY(verifyChain(auth.get(), other.get()) != X509_V_OK);

        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kAuthCaCertEf))), 0x9000);
        auto caOnCard = parseDer(readAllShort(m_card));
        QVERIFY(caOnCard);
        QCOMPARE(X509_cmp(caOnCard.get(), ca.get()), 0);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kSignCaCertEf))), 0x9000);
        QVERIFY(parseDer(readAllShort(m_card)));
        // The signing certificate is behind the signing password.
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kSignCertEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(read(0, 4))), 0x6982);
    }

    void readBoundaries()
    {
        selectJpki(card::jpki::kTokenEf);
        const auto token = dataOf(m_card.transmit(read(0, 256)));
        QCOMPARE(token.size(), std::size_t(15)); // short final read: normal, 9000
        QCOMPARE(swOf(m_card.transmit(read(10, 256))), 0x9000);
        QCOMPARE(dataOf(m_card.transmit(read(10, 256))).size(), std::size_t(5));
        QCOMPARE(swOf(m_card.transmit(read(token.size(), 1))), 0x6B00);
        QCOMPARE(swOf(m_card.transmit(read(0x1000, 16))), 0x6B00);
    }

    void identityNeedsThePinAndDecodes()
    {
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kCardInfoAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kMyNumberEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(read(0, 256))), 0x6982);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kAppInfoEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(read(0, 256))), 0x9000); // free, starts FF 40
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kPinEf))), 0x9000);
        if (profileTries("cardInfo") == 0) {
            // Blocked in this profile: the right PIN is refused too, and nothing can be read.
            QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("cardInfo")))), 0x6984);
            QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kMyNumberEf))), 0x9000);
            QCOMPARE(swOf(m_card.transmit(read(0, 256))), 0x6982);
            return;
        }
        QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("cardInfo")))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kMyNumberEf))), 0x9000);
        const auto myNumberFile = readAllShort(m_card);
        const auto myNumber = sc::MyNumberData::decodeMyNumber(myNumberFile.data(), myNumberFile.size());
        QVERIFY(myNumber.ok());
        QCOMPARE(myNumber.value(), resident("myNumber"));
        QVERIFY(sc::MyNumberData::verifyMyNumber(myNumber.value()).ok());
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kBasicFourEf))), 0x9000);
        const auto basicFile = readAllShort(m_card);
        const auto basic = sc::MyNumberData::decodeBasicFour(basicFile.data(), basicFile.size());
        QVERIFY(basic.ok());
        QCOMPARE(basic.value().name, resident("name")); // IVS and old kanji byte for byte
        QCOMPARE(basic.value().address, resident("address"));
        if (resident("address").size() >= 128)
            QCOMPARE(basicFile.at(2), std::uint8_t(0x81)); // the long length form
        const auto birth = sc::MyNumberData::parseBirthDate(resident("birthDate")).value();
        QCOMPARE(basic.value().birthDate.year, birth.year);
        QCOMPARE(basic.value().birthDate.day, birth.day);
        // An application switch drops the verification.
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kJpkiAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kCardInfoAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kBasicFourEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(read(0, 256))), 0x6982);
    }

    void cardFaceOpensWithCheckCodeA()
    {
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kCardFaceAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardface::kFaceEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(read(0, 256))), 0x6982);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardface::kCheckCodeAEf))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(verifyPin(resident("myNumber")))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardface::kFaceEf))), 0x9000);
        const auto file = readAllShort(m_card);
        const auto objects = sc::BerTlv::parseAll(file);
        QVERIFY(objects.ok());
        const auto* photo = sc::BerTlv::find(objects.value(), 0xDF27);
        const auto* nameImage = sc::BerTlv::find(objects.value(), 0xDF25);
        QVERIFY(photo && nameImage);
        const std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G'};
        QVERIFY(std::equal(png.begin(), png.end(), nameImage->value().begin()));
        QCOMPARE(nameImage->value().at(24), std::uint8_t(1)); // IHDR bit depth: 1-bit
        const std::vector<std::uint8_t> jp2{0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};
        if (!std::equal(jp2.begin(), jp2.end(), photo->value().begin()))
            qWarning("face photo is a placeholder (opj_compress missing?)");
    }

    void signWithTheAuthKey()
    {
        selectJpki(card::jpki::kAuthKeyEf);
        // SHA-256 DigestInfo of "madoguchi"
        const QByteArray message("madoguchi");
        std::vector<std::uint8_t> digestInfo{0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                             0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};
        unsigned char digest[32];
        unsigned int digestLen = 0;
        EVP_Digest(message.constData(), static_cast<std::size_t>(message.size()), digest, &digestLen,
                   EVP_sha256(), nullptr);
        digestInfo.insert(digestInfo.end(), digest, digest + digestLen);
        const auto signCommand = sc::signDigestInfo(digestInfo).value().bytes();
        QCOMPARE(swOf(m_card.transmit(signCommand)), 0x6982);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kAuthPinEf))), 0x9000);
        if (profileTries("auth") == 0) {
            // Blocked in this profile: the right PIN is refused and the key stays closed.
            QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x6984);
            QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kAuthKeyEf))), 0x9000);
            QCOMPARE(swOf(m_card.transmit(signCommand)), 0x6982);
            return;
        }
        QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kAuthKeyEf))), 0x9000);
        const auto answer = m_card.transmit(signCommand);
        QCOMPARE(swOf(answer), 0x9000);
        const auto signature = dataOf(answer);
        QCOMPARE(signature.size(), std::size_t(256));

        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kAuthCertEf))), 0x9000);
        auto cert = parseDer(readAllShort(m_card));
        QVERIFY(cert);
        std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> key(X509_get_pubkey(cert.get()), &EVP_PKEY_free);
        std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        QCOMPARE(EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()), 1);
        QCOMPARE(EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                                  reinterpret_cast<const unsigned char*>(message.constData()),
                                  static_cast<std::size_t>(message.size())),
                 1);
    }

    void resetDropsVerification()
    {
        selectJpki(card::jpki::kAuthPinEf);
        if (profileTries("auth") == 0) {
            QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x6984);
            return; // blocked in this profile: there is no verification to lose
        }
        QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x9000);
        QVERIFY(m_card.resetCard());
        selectJpki(card::jpki::kAuthKeyEf);
        QCOMPARE(swOf(m_card.transmit(sc::signDigestInfo(std::vector<std::uint8_t>(51, 1)).value().bytes())),
                 0x6982);
    }

    void signingPasswordOpensTheSigningCertificate()
    {
        selectJpki(card::jpki::kSignPasswordEf);
        if (profileTries("signing") == 0) {
            QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("signing")))), 0x6984);
            return; // blocked in this profile
        }
        QString lower = QString::fromStdString(profilePin("signing")).toLower();
        QCOMPARE(swOf(m_card.transmit(verifyPin(lower.toStdString()))), 0x9000); // upper-cased by the card
        QCOMPARE(swOf(m_card.transmit(selectEf(card::jpki::kSignCertEf))), 0x9000);
        auto cert = parseDer(readAllShort(m_card));
        QVERIFY(cert);
        QCOMPARE(verifyChain(cert.get(), loadPem(pkiFile("ca.crt")).get()), X509_V_OK);
    }

    // Counter rules last: they consume tries.
    void pinCountersFollowTheReference()
    {
        // signWithTheAuthKey verified the PIN, which reset the counter to 3 unless blocked.
        const int tries = profileTries("auth") == 0 ? 0 : 3;
        selectJpki(card::jpki::kAuthPinEf);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | tries);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | tries); // the query counts nothing
        if (tries == 0) {
            QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x6984);
            QCOMPARE(swOf(m_card.transmit(verifyPin("0000"))), 0x6984);
            QCOMPARE(swOf(m_card.transmit(query())), 0x63C0); // no decrement
            return;
        }
        const std::string wrong = profilePin("auth") == "9999" ? "9998" : "9999";
        QCOMPARE(swOf(m_card.transmit(verifyPin(wrong))), 0x63C0 | (tries - 1));
        // Written through to the state file at once, so a restarted emulator keeps it too.
        QFile state(qEnvironmentVariable("MADOGUCHI_VCARD_STATE"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object().value(QLatin1String("jpki.auth")).toInt(),
                 tries - 1);
        // Removed and re-inserted: the card keeps the counter.
        reinsert();
        selectJpki(card::jpki::kAuthPinEf);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | (tries - 1));
        // Counters are separate per PIN.
        QCOMPARE(swOf(m_card.transmit(selectApp(card::kCardInfoAid))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(selectEf(card::cardinfo::kPinEf))), 0x9000);
        // identityNeedsThePinAndDecodes verified it, which reset it to 3 unless it was blocked.
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | (profileTries("cardInfo") == 0 ? 0 : 3));
        selectJpki(card::jpki::kAuthPinEf);
        QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x9000);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0 | 3); // a success resets the counter
        for (int left = 2; left >= 0; --left)
            QCOMPARE(swOf(m_card.transmit(verifyPin(wrong))), 0x63C0 | left);
        QCOMPARE(swOf(m_card.transmit(verifyPin(profilePin("auth")))), 0x6984);
        QCOMPARE(swOf(m_card.transmit(query())), 0x63C0);
    }
};

QTEST_GUILESS_MAIN(TestVirtualCard)
#include "tst_virtualcard.moc"
