#pragma once

// Helpers shared by the virtual-card tests: the APDUs come from madoguchi_smartcard, the
// certificate checks from OpenSSL, the expectations from the profile the harness started.
#include "PcscTestCard.h"

#include "smartcard/Apdu.h"
#include "smartcard/CardConstants.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <string>
#include <vector>

namespace vcard {

namespace sc = madoguchi::smartcard;
namespace card = madoguchi::smartcard::card;

inline std::vector<std::uint8_t> aidBytes(const card::Aid& aid)
{
    return std::vector<std::uint8_t>(aid.begin(), aid.end());
}

inline std::vector<std::uint8_t> selectApp(const card::Aid& aid)
{
    return sc::selectApplication(aidBytes(aid)).value().bytes();
}

inline std::vector<std::uint8_t> selectEf(std::uint16_t fid)
{
    return sc::selectFile(fid).bytes();
}

inline std::vector<std::uint8_t> read(std::size_t offset, std::size_t le)
{
    return sc::readBinary(offset, le).value().bytes();
}

inline std::vector<std::uint8_t> verifyPin(const std::string& pin)
{
    return sc::verify(pin).value().bytes();
}

inline std::vector<std::uint8_t> query()
{
    return sc::triesLeftQuery().bytes();
}

inline std::uint16_t swOf(const std::vector<std::uint8_t>& answer)
{
    return answer.size() < 2 ? 0 : static_cast<std::uint16_t>(answer[answer.size() - 2] << 8 | answer.back());
}

inline std::vector<std::uint8_t> dataOf(std::vector<std::uint8_t> answer)
{
    if (answer.size() >= 2)
        answer.resize(answer.size() - 2);
    return answer;
}

// The whole current EF with short reads of 256 (what every reader supports): ends at the
// first short answer or 6B00.
inline std::vector<std::uint8_t> readAllShort(PcscTestCard& c, std::uint16_t* lastSw = nullptr)
{
    std::vector<std::uint8_t> out;
    for (;;) {
        const auto a = c.transmit(read(out.size(), 256));
        const std::uint16_t s = swOf(a);
        if (lastSw)
            *lastSw = s;
        if (s != 0x9000)
            return out;
        const auto d = dataOf(a);
        out.insert(out.end(), d.begin(), d.end());
        if (d.size() < 256)
            return out;
    }
}

inline QJsonObject loadProfile()
{
    QFile f(qEnvironmentVariable("MADOGUCHI_VCARD_PROFILE"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString pkiFile(const char* name)
{
    return qEnvironmentVariable("MADOGUCHI_VCARD_PKI") + QLatin1Char('/') + QLatin1String(name);
}

using X509Ptr = std::unique_ptr<X509, void (*)(X509*)>;

inline X509Ptr parseDer(const std::vector<std::uint8_t>& der)
{
    const unsigned char* p = der.data();
    return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())), &X509_free);
}

inline X509Ptr loadPem(const QString& path)
{
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(QFile::encodeName(path).constData(), "rb"),
                                            &std::fclose);
    return X509Ptr(f ? PEM_read_X509(f.get(), nullptr, nullptr, nullptr) : nullptr, &X509_free);
}

// The X509_V_ERR_* of verifying cert against the one CA (X509_V_OK when it chains).
inline int verifyChain(X509* cert, X509* ca)
{
    std::unique_ptr<X509_STORE, void (*)(X509_STORE*)> store(X509_STORE_new(), &X509_STORE_free);
    X509_STORE_add_cert(store.get(), ca);
    std::unique_ptr<X509_STORE_CTX, void (*)(X509_STORE_CTX*)> ctx(X509_STORE_CTX_new(),
                                                                   &X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store.get(), cert, nullptr);
    const int ok = X509_verify_cert(ctx.get());
    return ok == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx.get());
}

} // namespace vcard
