#pragma once

#include "smartcard/CardResult.h"
#include "smartcard/MyNumberData.h"
#include "smartcard/PinFormat.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

class CardConnection;

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
    CardResult<Identity> readIdentityVerified(const std::string& pin);

    CardConnection& m_connection;
    bool m_extendedLength = true;
};

} // namespace madoguchi::smartcard
