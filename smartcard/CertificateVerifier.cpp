#include "smartcard/CertificateVerifier.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace madoguchi::smartcard {

namespace {

template <class T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

CertificateError makeError(CertificateErrorCode code, std::string detail, std::string date = {})
{
    CertificateError e;
    e.code = code;
    e.detail = std::move(detail);
    e.date = std::move(date);
    return e;
}

// OpenSSL's queued reasons, oldest first ("wrong tag; nested asn1 error (Field=...)"); drains
// the thread's queue so that a later call does not report a stale reason.
std::string drainOpenSslErrors()
{
    std::string text;
    const char* data = nullptr;
    int flags = 0;
    unsigned long code = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        if (!text.empty())
            text += "; ";
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += buffer;
        if (data && (flags & ERR_TXT_STRING) && *data)
            text += std::string(" (") + data + ")";
    }
    return text;
}

std::string nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    // RFC 2253 escapes non-ASCII as \XX; without ESC_MSB Japanese names stay readable UTF-8.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

std::string timeText(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string serialText(const X509* cert)
{
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (!bn)
        return {};
    char* hex = BN_bn2hex(bn.get());
    if (!hex)
        return {};
    std::string text(hex);
    OPENSSL_free(hex);
    return text;
}

// Where DER breaks, before d2i_X509 gives only a reason: the outer SEQUENCE header and its
// declared length against the bytes given. Empty when the outer frame is sound.
std::string outerFrameProblem(const std::uint8_t* der, std::size_t size, std::size_t* frameSize)
{
    if (size == 0)
        return "no bytes";
    const unsigned char* p = der;
    long length = 0;
    int tag = 0;
    int cls = 0;
    const int ret = ASN1_get_object(&p, &length, &tag, &cls, static_cast<long>(size));
    const auto header = static_cast<std::size_t>(p - der);
    if (ret & 0x80) {
        drainOpenSslErrors();
        if (header > 0 && length > 0 && header + static_cast<std::size_t>(length) > size) {
            std::ostringstream out;
            out << "truncated: the certificate declares " << header + static_cast<std::size_t>(length)
                << " bytes, " << size << " given (ends at byte " << size << ")";
            return out.str();
        }
        return "bad DER header at byte 0";
    }
    if (tag != V_ASN1_SEQUENCE || !(ret & V_ASN1_CONSTRUCTED))
        return "byte 0: not a DER SEQUENCE (tag " + std::to_string(tag) + ")";
    *frameSize = header + static_cast<std::size_t>(length);
    return {};
}

} // namespace

CertificateVerifier::CertificateVerifier(std::shared_ptr<x509_store_st> store, std::size_t anchors)
    : m_store(std::move(store))
    , m_anchorCount(anchors)
{}

Outcome<CertificateVerifier, CertificateError> CertificateVerifier::fromBundleFile(const std::string& path)
{
    // u8path: the configured path is UTF-8; on Windows a narrow path would be the ANSI code page.
    std::ifstream in(std::filesystem::u8path(path), std::ios::binary);
    if (!in) {
        const int err = errno;
        return makeError(CertificateErrorCode::BundleUnreadable,
                         path + ": " + (err ? std::strerror(err) : "cannot open"));
    }
    const std::string pem((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto verifier = fromBundlePem(pem);
    if (!verifier.ok())
        return makeError(CertificateErrorCode::BundleUnreadable, path + ": " + verifier.error().detail);
    return verifier;
}

Outcome<CertificateVerifier, CertificateError> CertificateVerifier::fromBundlePem(const std::string& pem)
{
    std::shared_ptr<x509_store_st> store(X509_STORE_new(), &X509_STORE_free);
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!store || !bio)
        return makeError(CertificateErrorCode::BundleUnreadable, "out of memory");
    std::size_t anchors = 0;
    // Read until the first failure: the end of the PEM, or text that is not a certificate.
    // Non-certificate blocks (keys, CRLs) between certificates are skipped by PEM_read_bio_X509.
    while (X509Ptr cert{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_STORE_add_cert(store.get(), cert.get()) != 1) {
            // The same CA twice is harmless; anything else means the bundle is broken.
            if (ERR_GET_REASON(ERR_peek_last_error()) != X509_R_CERT_ALREADY_IN_HASH_TABLE)
                return makeError(CertificateErrorCode::BundleUnreadable, drainOpenSslErrors());
        }
        ++anchors;
    }
    drainOpenSslErrors(); // the end of the PEM leaves a "no start line" behind
    if (anchors == 0)
        return makeError(CertificateErrorCode::BundleUnreadable, "no PEM certificate in the bundle");
    return CertificateVerifier(std::move(store), anchors);
}

CertificateVerifier::Result CertificateVerifier::verify(const std::vector<std::uint8_t>& der) const
{
    return verify(der.data(), der.size());
}

CertificateVerifier::Result CertificateVerifier::verify(const std::uint8_t* der, std::size_t size) const
{
    return verifyAt(der, size, std::time(nullptr));
}

namespace {

// The certificate's frame checked (00/FF filler after it allowed) and parsed.
Outcome<X509Ptr, CertificateError> parseCertificate(const std::uint8_t* der, std::size_t size)
{
    std::size_t frame = 0;
    if (const std::string problem = outerFrameProblem(der, size, &frame); !problem.empty())
        return makeError(CertificateErrorCode::Malformed, problem);
    for (std::size_t i = frame; i < size; ++i) {
        if (der[i] != 0x00 && der[i] != 0xFF)
            return makeError(CertificateErrorCode::Malformed,
                             "byte " + std::to_string(i) + ": data after the certificate");
    }
    const unsigned char* p = der;
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(frame)));
    if (!cert)
        return makeError(CertificateErrorCode::Malformed, "d2i_X509: " + drainOpenSslErrors());
    return cert;
}

CertificateInfo infoOf(const X509* cert)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(cert));
    info.issuer = nameText(X509_get_issuer_name(cert));
    info.notBefore = timeText(X509_get0_notBefore(cert));
    info.notAfter = timeText(X509_get0_notAfter(cert));
    info.serial = serialText(cert);
    return info;
}

} // namespace

CertificateVerifier::Result CertificateVerifier::inspect(const std::uint8_t* der, std::size_t size)
{
    auto cert = parseCertificate(der, size);
    if (!cert.ok())
        return cert.error();
    return infoOf(cert.value().get());
}

CertificateVerifier::Result CertificateVerifier::verifyAt(const std::uint8_t* der, std::size_t size,
                                                          std::time_t when) const
{
    auto parsed = parseCertificate(der, size);
    if (!parsed.ok())
        return parsed.error();
    X509Ptr cert = std::move(parsed).value();
    const CertificateInfo info = infoOf(cert.get());

    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), m_store.get(), cert.get(), nullptr) != 1)
        return makeError(CertificateErrorCode::Rejected, "X509_STORE_CTX_init: " + drainOpenSslErrors());
    X509_STORE_CTX_set_time(ctx.get(), 0, when);
    const int verified = X509_verify_cert(ctx.get());
    drainOpenSslErrors();
    if (verified == 1)
        return info;

    const int error = X509_STORE_CTX_get_error(ctx.get());
    // The certificate the error is about: the card's own one, or a CA in the chain.
    const X509* failing = X509_STORE_CTX_get_current_cert(ctx.get());
    if (!failing)
        failing = cert.get();
    const std::string about =
        nameText(X509_get_subject_name(failing)) + ": " + X509_verify_cert_error_string(error);
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return makeError(CertificateErrorCode::Expired, about, timeText(X509_get0_notAfter(failing)));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return makeError(CertificateErrorCode::NotYetValid, about, timeText(X509_get0_notBefore(failing)));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return makeError(CertificateErrorCode::UnknownIssuer, "issuer " + info.issuer + ": " + about);
    default:
        return makeError(CertificateErrorCode::Rejected, about);
    }
}

} // namespace madoguchi::smartcard
