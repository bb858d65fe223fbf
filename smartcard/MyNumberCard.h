#pragma once

#include "smartcard/CardConnection.h"
#include "smartcard/CardResult.h"
#include "smartcard/MyNumberData.h"
#include "smartcard/PinFormat.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

enum class CardKind {
    MyNumberCard, // JPKI token "JPKIAPICCTOKEN2"
    JukiCard,     // the old 住基 card ("JPKIAPICCTOKEN")
    NotOurs,      // no JPKI application, or an unknown token
};

// What readIdentity returns. Holds the My Number: keep it for the visit only, never log it.
struct Identity
{
    std::string myNumber; // 12 digits, check digit verified
    BasicFour basicFour;
};

// The Individual Number Card's applications over one CardConnection, following the reference's
// "A careful client" to the letter. Every operation selects what it needs itself: after any
// reset, reconnect or application switch nothing selected or verified is assumed.
class MyNumberCard
{
public:
    explicit MyNumberCard(CardConnection& connection);

    // SELECT of the JPKI AID and its token EF 0006; not the ATR (contactless readers invent
    // their own, reference "Applications").
    CardResult<CardKind> detect();
    // The tries left of a PIN: select application + PIN EF, then VERIFY without data (counts
    // nothing). 0 for a blocked PIN.
    CardResult<int> triesLeft(PinKind kind);
    // My Number + basic four with the card-info PIN. Takes the PIN by value and wipes it.
    // Refuses without sending VERIFY when the format is wrong (InvalidPinFormat), the PIN is
    // blocked (PinBlocked) or one try is left and confirmLastTry is false
    // (LastTryNeedsConfirmation, count 1). A wrong PIN is WrongPin with the tries left; it is
    // never retried.
    CardResult<Identity> readIdentity(std::string pin, bool confirmLastTry);
    // 照合番号B path (unconfirmed on real cards: a single public source says EF 0015 opens the
    // basic four). Tries left of the 照合番号B counter (EF 0015), and the basic four read with
    // the 14-digit code instead of the PIN: the same careful client as readIdentity (format
    // checked locally, InvalidCheckCodeFormat; tries queried before VERIFY; CheckCodeBlocked at
    // 0 and LastTryNeedsConfirmation at 1 without sending VERIFY; WrongCheckCode with the tries
    // left; one transaction ending in a reset; the code wiped). Whether the path may be used at
    // all is policy (card/allowCheckCodeB), decided by the caller: CardService refuses it when
    // the switch is off.
    CardResult<int> checkCodeBTriesLeft();
    CardResult<BasicFour> readBasicFourWithCheckCodeB(std::string code, bool confirmLastTry);
    // DER of the JPKI authentication certificate (EF 000A) and of its CA (EF 000B).
    CardResult<std::vector<std::uint8_t>> readAuthCertificate();
    CardResult<std::vector<std::uint8_t>> readCaCertificate();

    // Extended-length READ BINARY: tried once per card; after a refusal, 256-byte reads.
    bool extendedLengthUsable() const { return m_extendedLength; }

private:
    CardResult<Done> select(const std::vector<std::uint8_t>& aid, std::uint16_t fileId);
    CardResult<int> queryTries();
    CardResult<std::vector<std::uint8_t>> readBinary(std::size_t offset, std::size_t le, bool* endOfFile);
    CardResult<std::vector<std::uint8_t>> readToEnd(std::size_t maxSize);
    CardResult<std::vector<std::uint8_t>> readFile(std::uint16_t fileId); // select EF + read all
    CardResult<std::vector<std::uint8_t>> readCertificate(std::uint16_t fileId);
    // Select the card-info application and the secret's EF, query the tries, refuse at 0 and
    // at 1 without confirmation, then VERIFY once.
    CardResult<Done> verifyCarefully(std::uint16_t secretEf, const std::string& secret, bool confirmLastTry);
    CardResult<Identity> readIdentityFiles();
    // The secret's format result in, the transaction (ending in a card reset) out once VERIFY
    // succeeded; the secret is wiped in place either way.
    CardResult<CardConnection::Transaction> verifiedTransaction(CardResult<std::string>& secret,
                                                                std::uint16_t secretEf, bool confirmLastTry);

    CardConnection& m_connection;
    bool m_extendedLength = true;
};

} // namespace madoguchi::smartcard
