#include "smartcard/CertificateError.h"

namespace madoguchi::smartcard {

std::string messageFor(CertificateErrorCode code, Language language)
{
    const bool ja = language == Language::Japanese;
    switch (code) {
    case CertificateErrorCode::Malformed:
        return ja ? "カードの証明書を読み取れません（形式が正しくありません）。"
                  : "The card's certificate cannot be read (it is not a valid certificate).";
    case CertificateErrorCode::UnknownIssuer:
        return ja ? "カードの証明書は信頼する認証局から発行されたものではありません。"
                  : "The card's certificate was not issued by a trusted certification authority.";
    case CertificateErrorCode::Expired:
        return ja ? "カードの証明書の有効期限が切れています。" : "The card's certificate has expired.";
    case CertificateErrorCode::NotYetValid:
        return ja ? "カードの証明書はまだ有効になっていません。端末の日時を確認してください。"
                  : "The card's certificate is not valid yet. Check this PC's date and time.";
    case CertificateErrorCode::BundleUnreadable:
        return ja ? "認証局の証明書ファイルを読み込めません。設定を確認してください。"
                  : "The certification authority file cannot be read. Check the configuration.";
    case CertificateErrorCode::Rejected:
        return ja ? "カードの証明書を検証できませんでした。"
                  : "The card's certificate did not pass verification.";
    }
    return {};
}

std::string messageFor(const CertificateError& error, Language language)
{
    std::string text = messageFor(error.code, language);
    // The date tells the clerk whether the citizen must renew (expired) or the PC's clock is off.
    if (!error.date.empty() &&
        (error.code == CertificateErrorCode::Expired || error.code == CertificateErrorCode::NotYetValid)) {
        const bool expired = error.code == CertificateErrorCode::Expired;
        if (language == Language::Japanese)
            text += std::string(expired ? "（有効期限: " : "（有効開始: ") + error.date + "）";
        else
            text += std::string(expired ? " (valid until " : " (valid from ") + error.date + ")";
    }
    return text;
}

const char* codeName(CertificateErrorCode code)
{
    switch (code) {
    case CertificateErrorCode::Malformed:
        return "Malformed";
    case CertificateErrorCode::UnknownIssuer:
        return "UnknownIssuer";
    case CertificateErrorCode::Expired:
        return "Expired";
    case CertificateErrorCode::NotYetValid:
        return "NotYetValid";
    case CertificateErrorCode::BundleUnreadable:
        return "BundleUnreadable";
    case CertificateErrorCode::Rejected:
        return "Rejected";
    }
    return "Unknown";
}

} // namespace madoguchi::smartcard
