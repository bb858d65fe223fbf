#include "CardBuilder.h"

#include "CardFaceBuilder.h"

#include "smartcard/BerTlv.h"
#include "smartcard/MyNumberData.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <memory>

namespace madoguchi::virtualcard {

namespace sc = madoguchi::smartcard;
namespace card = madoguchi::smartcard::card;

namespace {

std::vector<std::uint8_t> bytesOf(const std::string& s)
{
    return std::vector<std::uint8_t>(s.begin(), s.end());
}

sc::BasicFour basicFourOf(const CardProfile& p)
{
    sc::BasicFour b;
    b.name = p.name;
    b.address = p.address;
    b.birthDate = sc::MyNumberData::parseBirthDate(p.birthDate).value();
    b.sex = p.sex == '1' ? sc::Sex::Male : p.sex == '2' ? sc::Sex::Female : sc::Sex::NotApplicable;
    return b;
}

} // namespace

std::vector<std::uint8_t> CardBuilder::readDer(const QString& path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "madoguchi-virtual-card: cannot read %s\n", qPrintable(path));
        return {};
    }
    const QByteArray raw = file.readAll();
    if (!raw.startsWith("-----BEGIN"))
        return std::vector<std::uint8_t>(raw.begin(), raw.end());
    // PEM as openssl writes it: the card holds plain DER.
    std::unique_ptr<BIO, int (*)(BIO*)> bio(BIO_new_mem_buf(raw.constData(), static_cast<int>(raw.size())),
                                            &BIO_free);
    std::unique_ptr<X509, void (*)(X509*)> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr),
                                                &X509_free);
    if (!cert)
        return {};
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert.get(), &der);
    if (size <= 0)
        return {};
    std::vector<std::uint8_t> out(der, der + size);
    OPENSSL_free(der);
    return out;
}

CardApplication CardBuilder::jpki(const CardProfile& p)
{
    CardApplication app;
    app.name = "JPKI";
    app.aid = card::kJpkiAid;
    app.files[card::jpki::kTokenEf].content = bytesOf(p.jukiToken ? "JPKIAPICCTOKEN" : "JPKIAPICCTOKEN2");
    const auto addCert = [&](std::uint16_t ef, const QString& path, std::vector<std::string> access) {
        std::vector<std::uint8_t> der = readDer(path);
        if (der.empty())
            return; // missing certificate: the EF does not exist (6A82)
        app.files[ef].content = std::move(der);
        app.files[ef].readableWith = std::move(access);
    };
    addCert(card::jpki::kAuthCertEf, p.authCertificate, {});
    addCert(card::jpki::kAuthCaCertEf, p.authCa, {});
    addCert(card::jpki::kSignCertEf, p.signingCertificate, {"jpki.signing"});
    addCert(card::jpki::kSignCaCertEf, p.signingCa, {});
    CardFile authKey;
    authKey.isKey = true;
    authKey.keyPath = p.authKey.toStdString();
    authKey.readableWith = {"jpki.auth"};
    app.files[card::jpki::kAuthKeyEf] = authKey;
    CardFile signKey = authKey;
    signKey.keyPath = p.signingKey.toStdString();
    signKey.readableWith = {"jpki.signing"};
    app.files[card::jpki::kSignKeyEf] = signKey;
    app.pins[card::jpki::kAuthPinEf] = PinSlot{"jpki.auth", p.authPin, card::kAuthPinRule.maxTries, false};
    app.pins[card::jpki::kSignPasswordEf] =
        PinSlot{"jpki.signing", p.signingPassword, card::kSigningPasswordRule.maxTries, true};
    return app;
}

CardApplication CardBuilder::cardInfo(const CardProfile& p)
{
    CardApplication app;
    app.name = "card-info";
    app.aid = card::kCardInfoAid;
    app.pins[card::cardinfo::kPinEf] =
        PinSlot{"cardinfo.pin", p.cardInfoPin, card::kCardInfoPinRule.maxTries, false};
    // 照合番号A/B open one file each (single source in the reference).
    app.pins[card::cardinfo::kCheckCodeAEf] = PinSlot{"cardinfo.a", p.myNumber, p.checkCodeTries, false};
    app.pins[card::cardinfo::kCheckCodeBEf] = PinSlot{"cardinfo.b", p.checkCodeB(), p.checkCodeTries, false};
    app.files[card::cardinfo::kMyNumberEf] =
        CardFile{sc::MyNumberData::encodeMyNumber(p.myNumber), {"cardinfo.pin", "cardinfo.a"}, false, {}};
    app.files[card::cardinfo::kBasicFourEf] = CardFile{
        sc::MyNumberData::encodeBasicFour(basicFourOf(p)), {"cardinfo.pin", "cardinfo.b"}, false, {}};
    // The reference gives only the leading FF 40 of EF 0005: the value inside is a placeholder.
    app.files[card::cardinfo::kAppInfoEf] =
        CardFile{sc::BerTlv::encode(0xFF40, bytesOf("MADOGUCHI-VIRTUAL")), {}, false, {}};
    return app;
}

std::vector<CardApplication> CardBuilder::build(const CardProfile& profile)
{
    return {jpki(profile), cardInfo(profile), CardFaceBuilder::build(profile)};
}

} // namespace madoguchi::virtualcard
