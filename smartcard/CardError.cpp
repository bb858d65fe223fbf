#include "smartcard/CardError.h"

#include <cstdio>

namespace madoguchi::smartcard {

namespace {

struct Messages
{
    const char* japanese;
    const char* english;
};

Messages messagesFor(CardErrorCode code)
{
    switch (code) {
    case CardErrorCode::WrongPin:
        return {"暗証番号が違います。", "The PIN is wrong."};
    case CardErrorCode::PinBlocked:
        return {"暗証番号がロックされています。市区町村の窓口でロックの解除が必要です。",
                "The PIN is blocked. It can only be unlocked at the municipal office."};
    case CardErrorCode::SecurityStatusNotSatisfied:
        return {"暗証番号の照合が済んでいないため読み取れません。",
                "The data cannot be read before the PIN has been verified."};
    case CardErrorCode::FileNotFound:
        return {"カードに必要なファイルがありません。マイナンバーカードではない可能性があります。",
                "The card lacks a required file. It may not be an Individual Number Card."};
    case CardErrorCode::WrongP1P2:
        return {"カードがコマンドの引数を受け付けませんでした。",
                "The card rejected the command parameters."};
    case CardErrorCode::WrongOffset:
        return {"ファイルの末尾を越えて読み取ろうとしました。", "The read went past the end of the file."};
    case CardErrorCode::WrongLength:
        return {"カードがコマンドの長さを受け付けませんでした。", "The card rejected the command length."};
    case CardErrorCode::WrongLe:
        return {"カードが応答の長さの指定を受け付けませんでした。",
                "The card rejected the expected response length."};
    case CardErrorCode::MoreData:
        return {"カードにまだ読み取っていないデータがあります。", "The card has more data to send."};
    case CardErrorCode::UnexpectedStatus:
        return {"カードが想定外の応答をしました。", "The card gave an unexpected answer."};
    case CardErrorCode::InvalidArgument:
        return {"カードへのコマンドを組み立てられませんでした。", "The card command could not be built."};
    case CardErrorCode::MalformedApdu:
        return {"カードの応答が不完全です。", "The card's answer is incomplete."};
    case CardErrorCode::MalformedTlv:
        return {"カードのデータ形式が正しくありません。", "The card's data is not in the expected format."};
    case CardErrorCode::MissingField:
        return {"カードのデータに必要な項目がありません。",
                "A required item is missing from the card's data."};
    case CardErrorCode::InvalidUtf8:
        return {"カードの文字データが正しくありません。", "The card's text data is not valid UTF-8."};
    case CardErrorCode::InvalidDate:
        return {"カードの生年月日が正しくありません。", "The birth date on the card is not a valid date."};
    case CardErrorCode::InvalidMyNumber:
        return {"カードの個人番号が12桁の数字ではありません。",
                "The Individual Number on the card is not 12 digits."};
    case CardErrorCode::CheckDigitMismatch:
        return {"個人番号のチェックデジットが一致しません。",
                "The check digit of the Individual Number does not match."};
    case CardErrorCode::InvalidSex:
        return {"カードの性別の値が正しくありません。", "The sex recorded on the card has an unknown value."};
    case CardErrorCode::UnknownToken:
        return {"公的個人認証のカードとして認識できません。",
                "The card is not recognised as a public personal authentication (JPKI) card."};
    case CardErrorCode::InvalidCertificateHeader:
        return {"カードの証明書の形式が正しくありません。",
                "The certificate on the card has an unexpected form."};
    case CardErrorCode::InvalidPinFormat:
        return {"暗証番号の形式が正しくありません。", "The PIN does not have the required format."};
    case CardErrorCode::InvalidCheckCodeFormat:
        return {"照合番号Bの形式が正しくありません（和暦の生年月日6桁、有効期限の西暦4桁、セキュリティコード4"
                "桁）。",
                "The check code B does not have the required form (era birth date YYMMDD, expiry year, "
                "4-digit security code)."};
    case CardErrorCode::CheckCodeBNotAllowed:
        return {"照合番号Bによる読み取りは設定で無効になっています。暗証番号で読み取ってください。",
                "Reading with the check code B is switched off in the settings: use the PIN."};
    case CardErrorCode::WrongCheckCode:
        return {"照合番号Bが違います。", "The check code B is wrong."};
    case CardErrorCode::CheckCodeBlocked:
        return {"照合番号Bはロックされています。暗証番号で読み取ってください。",
                "The check code B is blocked: use the PIN."};
    case CardErrorCode::LastTryNeedsConfirmation:
        return {"暗証番号の残り回数が1回です。間違えるとロックされます。続ける場合は確認してください。",
                "Only one PIN try is left; a wrong PIN blocks the card. Confirm to continue."};
    case CardErrorCode::NoService:
        return {"スマートカードサービスが動作していません。", "The smart card service is not running."};
    case CardErrorCode::NoReader:
        return {"カードリーダーが見つかりません。", "The card reader was not found."};
    case CardErrorCode::NoCard:
        return {"カードリーダーにカードがありません。", "There is no card in the reader."};
    case CardErrorCode::CardRemoved:
        return {"読み取り中にカードが取り外されました。もう一度カードを置いてください。",
                "The card was removed during the read. Please insert it again."};
    case CardErrorCode::CardReset:
        return {"カードがリセットされました。もう一度やり直してください。",
                "The card was reset. Please try again."};
    case CardErrorCode::Timeout:
        return {"カードが時間内に応答しませんでした。", "The card did not answer in time."};
    case CardErrorCode::Cancelled:
        return {"カードの処理が中止されました。", "The card operation was cancelled."};
    case CardErrorCode::Transport:
        return {"カードリーダーとの通信に失敗しました。", "Communication with the card reader failed."};
    }
    return {"カードの処理で不明なエラーが発生しました。", "An unknown card error occurred."};
}

} // namespace

std::string messageFor(CardErrorCode code, Language language)
{
    const Messages m = messagesFor(code);
    return language == Language::Japanese ? m.japanese : m.english;
}

std::string messageFor(const CardError& error, Language language)
{
    std::string text = messageFor(error.code, language);
    const bool ja = language == Language::Japanese;
    char extra[96] = {};
    switch (error.code) {
    case CardErrorCode::WrongPin:
    case CardErrorCode::WrongCheckCode:
        if (error.count >= 0)
            std::snprintf(extra, sizeof extra, ja ? "（残り%d回）" : " (%d tries left)", error.count);
        break;
    case CardErrorCode::LastTryNeedsConfirmation:
        std::snprintf(extra, sizeof extra, ja ? "（残り%d回）" : " (%d try left)", error.count);
        break;
    case CardErrorCode::UnexpectedStatus:
        std::snprintf(extra, sizeof extra, ja ? "（応答 %04X）" : " (status %04X)",
                      static_cast<unsigned>(error.statusWord));
        break;
    case CardErrorCode::WrongLe:
        if (error.count >= 0)
            std::snprintf(extra, sizeof extra, ja ? "（正しい長さ %d）" : " (correct length %d)",
                          error.count);
        break;
    default:
        break;
    }
    return text + extra;
}

const char* codeName(CardErrorCode code)
{
    switch (code) {
    case CardErrorCode::WrongPin:
        return "WrongPin";
    case CardErrorCode::PinBlocked:
        return "PinBlocked";
    case CardErrorCode::SecurityStatusNotSatisfied:
        return "SecurityStatusNotSatisfied";
    case CardErrorCode::FileNotFound:
        return "FileNotFound";
    case CardErrorCode::WrongP1P2:
        return "WrongP1P2";
    case CardErrorCode::WrongOffset:
        return "WrongOffset";
    case CardErrorCode::WrongLength:
        return "WrongLength";
    case CardErrorCode::WrongLe:
        return "WrongLe";
    case CardErrorCode::MoreData:
        return "MoreData";
    case CardErrorCode::UnexpectedStatus:
        return "UnexpectedStatus";
    case CardErrorCode::InvalidArgument:
        return "InvalidArgument";
    case CardErrorCode::MalformedApdu:
        return "MalformedApdu";
    case CardErrorCode::MalformedTlv:
        return "MalformedTlv";
    case CardErrorCode::MissingField:
        return "MissingField";
    case CardErrorCode::InvalidUtf8:
        return "InvalidUtf8";
    case CardErrorCode::InvalidDate:
        return "InvalidDate";
    case CardErrorCode::InvalidMyNumber:
        return "InvalidMyNumber";
    case CardErrorCode::CheckDigitMismatch:
        return "CheckDigitMismatch";
    case CardErrorCode::InvalidSex:
        return "InvalidSex";
    case CardErrorCode::UnknownToken:
        return "UnknownToken";
    case CardErrorCode::InvalidCertificateHeader:
        return "InvalidCertificateHeader";
    case CardErrorCode::InvalidPinFormat:
        return "InvalidPinFormat";
    case CardErrorCode::InvalidCheckCodeFormat:
        return "InvalidCheckCodeFormat";
    case CardErrorCode::LastTryNeedsConfirmation:
        return "LastTryNeedsConfirmation";
    case CardErrorCode::CheckCodeBNotAllowed:
        return "CheckCodeBNotAllowed";
    case CardErrorCode::WrongCheckCode:
        return "WrongCheckCode";
    case CardErrorCode::CheckCodeBlocked:
        return "CheckCodeBlocked";
    case CardErrorCode::NoService:
        return "NoService";
    case CardErrorCode::NoReader:
        return "NoReader";
    case CardErrorCode::NoCard:
        return "NoCard";
    case CardErrorCode::CardRemoved:
        return "CardRemoved";
    case CardErrorCode::CardReset:
        return "CardReset";
    case CardErrorCode::Timeout:
        return "Timeout";
    case CardErrorCode::Cancelled:
        return "Cancelled";
    case CardErrorCode::Transport:
        return "Transport";
    }
    return "Unknown";
}

} // namespace madoguchi::smartcard
