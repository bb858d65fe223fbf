#include "RsaSigner.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstdio>
#include <memory>

namespace madoguchi::virtualcard {

std::vector<std::uint8_t> RsaSigner::sign(const std::string& pemKeyPath,
                                          const std::vector<std::uint8_t>& digestInfo)
{
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(pemKeyPath.c_str(), "rb"), &std::fclose);
    if (!file)
        return {};
    std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> key(
        PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key)
        return {};
    std::unique_ptr<EVP_PKEY_CTX, void (*)(EVP_PKEY_CTX*)> ctx(EVP_PKEY_CTX_new(key.get(), nullptr),
                                                               &EVP_PKEY_CTX_free);
    // No signature digest is set: with PKCS#1 padding EVP_PKEY_sign then pads the given bytes
    // as they are, which is exactly the card's behaviour on a DigestInfo.
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0)
        return {};
    std::size_t size = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &size, digestInfo.data(), digestInfo.size()) <= 0)
        return {};
    std::vector<std::uint8_t> signature(size);
    if (EVP_PKEY_sign(ctx.get(), signature.data(), &size, digestInfo.data(), digestInfo.size()) <= 0)
        return {};
    signature.resize(size);
    return signature;
}

} // namespace madoguchi::virtualcard
