#pragma once

#include <cstdint>
#include <string>

namespace madoguchi::smartcard {

// What went wrong, as a code for programs. The Qt layer translates the code (and the count
// where it has one) into tr() strings; messageFor() gives the plain Japanese and English text
// so that the CLI and logs need no Qt.
enum class CardErrorCode {
    // Status words answered by the card
    WrongPin,                   // 63Cx: count = tries left
    PinBlocked,                 // 6983 / 6984
    SecurityStatusNotSatisfied, // 6982: read without the PIN
    FileNotFound,               // 6A82
    WrongP1P2,                  // 6A86
    WrongOffset,                // 6B00: read past the end of the file
    WrongLength,                // 6700
    WrongLe,                    // 6Cxx: count = the correct Le
    MoreData,                   // 61xx: count = bytes still available
    UnexpectedStatus,           // any other status word (statusWord holds it)
    // Bytes that do not have the expected form
    InvalidArgument,          // an APDU that cannot be built (too long, offset above 0x7FFF)
    MalformedApdu,            // a response shorter than SW1 SW2, a command that does not parse
    MalformedTlv,             // BER-TLV that runs off its buffer, bad length form, too deep
    MissingField,             // an expected tag is absent or empty
    InvalidUtf8,              // overlong, surrogate, truncated or out-of-range sequence
    InvalidDate,              // not YYYYMMDD or not a real Gregorian date
    InvalidMyNumber,          // not 12 ASCII digits
    CheckDigitMismatch,       // 12 digits whose check digit is wrong
    InvalidSex,               // not 1, 2 or 9
    UnknownToken,             // EF 0006 holds neither JPKI token
    InvalidCertificateHeader, // not 30 82 LL LL
    InvalidPinFormat,         // refused locally, before any VERIFY
    InvalidCheckCodeFormat,   // 照合番号B not 14 digits of the right form: refused locally
    // The careful client's own refusals (nothing was sent to the card)
    LastTryNeedsConfirmation, // 1 try left and no explicit confirmation: count = 1
    CheckCodeBNotAllowed,     // the 照合番号B path is switched off (card/allowCheckCodeB)
    // 照合番号B answered by the card (the PIN codes above are about the citizen's PIN)
    WrongCheckCode,   // 63Cx after a 照合番号B VERIFY: count = tries left
    CheckCodeBlocked, // the 照合番号B counter is at 0 (63C0 / 6984)
    // The PC/SC layer (statusWord 0; detail names the PC/SC code)
    NoService,   // SCARD_E_NO_SERVICE / SCARD_E_SERVICE_STOPPED: pcscd or SCardSvr not running
    NoReader,    // no reader, or the named one is gone
    NoCard,      // the reader is empty or the card does not answer
    CardRemoved, // the card left the reader during the operation
    CardReset,   // another program reset the card: any verification is gone, start again
    Timeout,     // the operation's deadline passed
    Cancelled,   // abort() / cancel() from another thread
    Transport,   // any other PC/SC failure
};

enum class Language { Japanese, English };

struct CardError
{
    CardErrorCode code = CardErrorCode::UnexpectedStatus;
    // Where, for logs and the help desk: which field, tag, offset or command. Never personal
    // data and never a PIN.
    std::string detail;
    // The number that belongs to the code: tries left (WrongPin), the correct Le (WrongLe),
    // the bytes still available (MoreData); -1 when there is none.
    int count = -1;
    std::uint16_t statusWord = 0; // the SW that caused the error, 0 when it came from data
};

// The sentence for people, without the detail (which is for the help desk).
std::string messageFor(CardErrorCode code, Language language);
// The same with the count filled in ("残り2回") and, for an unexpected status, its hex value.
std::string messageFor(const CardError& error, Language language);
// A stable identifier for logs and JSON ("WrongPin").
const char* codeName(CardErrorCode code);

} // namespace madoguchi::smartcard
