#include "smartcard/service/CardCertificate.h"

#include "smartcard/CertificateVerifier.h"

namespace madoguchi {

using smartcard::CertificateErrorCode;

namespace {

QDateTime utc(const std::string& iso)
{
    return QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate).toUTC();
}

CardCertificate::Verdict verdictFor(CertificateErrorCode code)
{
    switch (code) {
    case CertificateErrorCode::Malformed:
        return CardCertificate::Verdict::Malformed;
    case CertificateErrorCode::UnknownIssuer:
        return CardCertificate::Verdict::WrongCa;
    case CertificateErrorCode::Expired:
        return CardCertificate::Verdict::Expired;
    case CertificateErrorCode::NotYetValid:
        return CardCertificate::Verdict::NotYetValid;
    case CertificateErrorCode::BundleUnreadable:
        return CardCertificate::Verdict::NoCaBundle;
    case CertificateErrorCode::Rejected:
        break;
    }
    return CardCertificate::Verdict::Rejected;
}

} // namespace

CardCertificate CardCertificate::check(const std::vector<std::uint8_t>& der, const std::string& caBundle,
                                       std::time_t when)
{
    CardCertificate out;
    out.der = QByteArray(reinterpret_cast<const char*>(der.data()), static_cast<int>(der.size()));
    // What the certificate says comes first, so that a certificate that fails the check still
    // shows whose it is and when it ran out.
    auto info = smartcard::CertificateVerifier::inspect(der.data(), der.size());
    if (!info.ok()) {
        out.verdict = Verdict::Malformed;
        out.detail = QString::fromStdString(info.error().detail);
        return out;
    }
    out.subject = QString::fromStdString(info.value().subject);
    out.issuer = QString::fromStdString(info.value().issuer);
    out.serial = QString::fromStdString(info.value().serial);
    out.notBefore = utc(info.value().notBefore);
    out.notAfter = utc(info.value().notAfter);
    if (caBundle.empty()) {
        out.verdict = Verdict::NoCaBundle;
        out.detail = QStringLiteral("no CA bundle configured (card/jpkiCaBundle)");
        return out;
    }
    auto verifier = smartcard::CertificateVerifier::fromBundleFile(caBundle);
    if (!verifier.ok()) {
        out.verdict = Verdict::NoCaBundle;
        out.detail = QString::fromStdString(verifier.error().detail);
        return out;
    }
    auto verdict = verifier.value().verifyAt(der.data(), der.size(), when);
    if (verdict.ok()) {
        out.verdict = Verdict::Good;
        return out;
    }
    out.verdict = verdictFor(verdict.error().code);
    out.detail = QString::fromStdString(verdict.error().detail);
    return out;
}

QString CardCertificate::problem(smartcard::Language language) const
{
    smartcard::CertificateError error;
    switch (verdict) {
    case Verdict::Good:
        return {};
    case Verdict::WrongCa:
        error.code = CertificateErrorCode::UnknownIssuer;
        break;
    case Verdict::Expired:
        error.code = CertificateErrorCode::Expired;
        error.date = notAfter.toString(Qt::ISODate).toStdString();
        break;
    case Verdict::NotYetValid:
        error.code = CertificateErrorCode::NotYetValid;
        error.date = notBefore.toString(Qt::ISODate).toStdString();
        break;
    case Verdict::Malformed:
        error.code = CertificateErrorCode::Malformed;
        break;
    case Verdict::Rejected:
        error.code = CertificateErrorCode::Rejected;
        break;
    case Verdict::NoCaBundle:
        error.code = CertificateErrorCode::BundleUnreadable;
        break;
    }
    return QString::fromStdString(smartcard::messageFor(error, language));
}

const char* CardCertificate::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Good:
        return "Good";
    case Verdict::WrongCa:
        return "WrongCa";
    case Verdict::Expired:
        return "Expired";
    case Verdict::NotYetValid:
        return "NotYetValid";
    case Verdict::Malformed:
        return "Malformed";
    case Verdict::Rejected:
        return "Rejected";
    case Verdict::NoCaBundle:
        break;
    }
    return "NoCaBundle";
}

} // namespace madoguchi
