#include "smartcard/MyNumberCard.h"

#include "smartcard/Apdu.h"
#include "smartcard/CardConnection.h"
#include "smartcard/CardConstants.h"
#include "smartcard/CheckCodeB.h"
#include "smartcard/SecureWipe.h"

#include <algorithm>
#include <utility>

namespace madoguchi::smartcard {

namespace {

// No file of the card-info application comes near this; a card that keeps answering is broken.
constexpr std::size_t kMaxDataFile = 4096;

std::vector<std::uint8_t> aidOf(const card::Aid& aid)
{
    return std::vector<std::uint8_t>(aid.begin(), aid.end());
}

struct PinLocation
{
    card::Aid aid;
    std::uint16_t pinEf;
};

PinLocation locate(PinKind kind)
{
    switch (kind) {
    case PinKind::Authentication:
        return {card::kJpkiAid, card::jpki::kAuthPinEf};
    case PinKind::SigningPassword:
        return {card::kJpkiAid, card::jpki::kSignPasswordEf};
    case PinKind::CardInfo:
        break;
    }
    return {card::kCardInfoAid, card::cardinfo::kPinEf};
}

} // namespace

MyNumberCard::MyNumberCard(CardConnection& connection)
    : m_connection(connection)
{}

CardResult<Done> MyNumberCard::select(const std::vector<std::uint8_t>& aid, std::uint16_t fileId)
{
    auto app = selectApplication(aid);
    if (!app)
        return app.error();
    for (const CommandApdu& command : {app.value(), selectFile(fileId)}) {
        auto response = m_connection.transmit(command);
        if (!response)
            return response.error();
        if (!response.value().statusWord().isOk())
            return response.value().statusWord().toError();
    }
    return Done{};
}

CardResult<int> MyNumberCard::queryTries()
{
    auto response = m_connection.transmit(triesLeftQuery());
    if (!response)
        return response.error();
    const StatusWord sw = response.value().statusWord();
    if (sw.kind() == StatusWord::Kind::WrongPin)
        return sw.triesLeft();
    if (sw.kind() == StatusWord::Kind::Blocked)
        return 0;
    // 9000 says nothing about login state (reference, Commands: "may answer 63C3 even right
    // after a correct PIN, or 9000"); it is no count either, so it is an error here.
    return makeCardError(CardErrorCode::UnexpectedStatus, "tries-left query answered " + sw.hex());
}

CardResult<CardKind> MyNumberCard::detect()
{
    auto selected = select(aidOf(card::kJpkiAid), card::jpki::kTokenEf);
    if (!selected) {
        const CardErrorCode code = selected.error().code;
        // A status word means the card answered but has no JPKI application: not ours.
        if (selected.error().statusWord != 0 && code != CardErrorCode::SecurityStatusNotSatisfied)
            return CardKind::NotOurs;
        return selected.error();
    }
    bool end = false;
    auto token = readBinary(0, 32, &end);
    if (!token)
        return token.error();
    auto kind = MyNumberData::parseJpkiToken(token.value().data(), token.value().size());
    if (!kind)
        return CardKind::NotOurs;
    return kind.value() == JpkiCardKind::MyNumberCard ? CardKind::MyNumberCard : CardKind::JukiCard;
}

CardResult<int> MyNumberCard::triesLeft(PinKind kind)
{
    const PinLocation where = locate(kind);
    auto selected = select(aidOf(where.aid), where.pinEf);
    if (!selected)
        return selected.error();
    return queryTries();
}

CardResult<Identity> MyNumberCard::readIdentity(std::string pin, bool confirmLastTry)
{
    // Careful client 1: the format first; a malformed PIN must not cost a try.
    auto normalized = PinFormat::normalize(PinKind::CardInfo, pin);
    secureWipe(pin);
    auto held = verifiedTransaction(normalized, card::cardinfo::kPinEf, confirmLastTry);
    if (!held)
        return held.error();
    return readIdentityFiles();
}

CardResult<CardConnection::Transaction> MyNumberCard::verifiedTransaction(CardResult<std::string>& secret,
                                                                          std::uint16_t secretEf,
                                                                          bool confirmLastTry)
{
    if (!secret)
        return secret.error();
    // Used in place and wiped there: moving a short std::string would leave its bytes behind.
    std::string& sendable = secret.value();
    // Careful client 3: one transaction from the tries query through VERIFY and the reads.
    // It ends with a reset so that the verification does not outlive it for other software.
    auto transaction = m_connection.beginTransaction();
    if (!transaction) {
        secureWipe(sendable);
        return transaction.error();
    }
    CardConnection::Transaction held = std::move(transaction).value();
    held.setResetOnEnd(true);
    auto verified = verifyCarefully(secretEf, sendable, confirmLastTry);
    secureWipe(sendable);
    if (!verified)
        return verified.error();
    return held;
}

CardResult<int> MyNumberCard::checkCodeBTriesLeft()
{
    auto selected = select(aidOf(card::kCardInfoAid), card::cardinfo::kCheckCodeBEf);
    if (!selected)
        return selected.error();
    return queryTries();
}

CardResult<BasicFour> MyNumberCard::readBasicFourWithCheckCodeB(std::string code, bool confirmLastTry)
{
    // The same careful client as for the PIN: format first, tries before VERIFY, refusal at 0
    // and at 1 without confirmation, one transaction ending in a reset, the code wiped.
    auto normalized = CheckCodeB::normalize(code);
    secureWipe(code);
    auto verified = verifiedTransaction(normalized, card::cardinfo::kCheckCodeBEf, confirmLastTry);
    if (!verified) {
        // The PIN codes would send the clerk after the citizen's PIN: say it was the code B.
        CardError error = verified.error();
        if (error.code == CardErrorCode::WrongPin)
            error.code = CardErrorCode::WrongCheckCode;
        else if (error.code == CardErrorCode::PinBlocked)
            error.code = CardErrorCode::CheckCodeBlocked;
        error.detail = "照合番号B (EF 0015): " + error.detail;
        return error;
    }
    // 照合番号B opens the basic four only; the My Number (EF 0001) stays closed.
    auto file = readFile(card::cardinfo::kBasicFourEf);
    if (!file)
        return file.error();
    auto basicFour = MyNumberData::decodeBasicFour(file.value().data(), file.value().size());
    secureWipe(file.value());
    return basicFour;
}

CardResult<Done> MyNumberCard::verifyCarefully(std::uint16_t secretEf, const std::string& secret,
                                               bool confirmLastTry)
{
    // Careful client 2: select application and PIN file, query the tries before each VERIFY.
    auto selected = select(aidOf(card::kCardInfoAid), secretEf);
    auto tries = selected ? queryTries() : CardResult<int>(selected.error());
    if (!tries)
        return tries.error();
    // Refuse at 0, and at 1 without the explicit second confirmation, without sending VERIFY.
    if (tries.value() == 0 || (tries.value() == 1 && !confirmLastTry)) {
        CardError refusal =
            tries.value() == 0
                ? makeCardError(CardErrorCode::PinBlocked, "tries left 0: VERIFY not sent")
                : makeCardError(CardErrorCode::LastTryNeedsConfirmation, "tries left 1: VERIFY not sent");
        refusal.count = tries.value();
        return refusal;
    }
    auto command = verify(secret); // CommandApdu wipes its data when it goes out of scope
    if (!command)
        return command.error();
    auto response = m_connection.transmit(command.value());
    // A failed transmit leaves the counter unknown: the next read queries it first anyway
    // (careful client 4). Never retried here (careful client 2).
    if (!response)
        return response.error();
    const StatusWord sw = response.value().statusWord();
    if (!sw.isOk())
        return sw.toError(); // WrongPin with the tries left, or PinBlocked
    return Done{};
}

CardResult<Identity> MyNumberCard::readIdentityFiles()
{
    // Same application, same transaction: only the EF changes.
    Identity identity;
    auto myNumberFile = readFile(card::cardinfo::kMyNumberEf);
    if (!myNumberFile)
        return myNumberFile.error();
    auto myNumber = MyNumberData::decodeMyNumber(myNumberFile.value().data(), myNumberFile.value().size());
    secureWipe(myNumberFile.value());
    if (!myNumber)
        return myNumber.error(); // the check digit is verified by the decoder
    identity.myNumber = std::move(myNumber.value());

    auto basicFourFile = readFile(card::cardinfo::kBasicFourEf);
    if (!basicFourFile) {
        secureWipe(identity.myNumber);
        return basicFourFile.error();
    }
    auto basicFour =
        MyNumberData::decodeBasicFour(basicFourFile.value().data(), basicFourFile.value().size());
    secureWipe(basicFourFile.value());
    if (!basicFour) {
        secureWipe(identity.myNumber);
        return basicFour.error();
    }
    identity.basicFour = std::move(basicFour.value());
    return identity;
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readFile(std::uint16_t fileId)
{
    auto response = m_connection.transmit(selectFile(fileId));
    if (!response)
        return response.error();
    if (!response.value().statusWord().isOk())
        return response.value().statusWord().toError();
    return readToEnd(kMaxDataFile);
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readBinary(std::size_t offset, std::size_t le,
                                                               bool* endOfFile)
{
    *endOfFile = false;
    auto command = smartcard::readBinary(offset, le);
    if (!command)
        return command.error();
    auto response = m_connection.transmit(command.value());
    if (!response)
        return response.error();
    const StatusWord sw = response.value().statusWord();
    if (sw.kind() == StatusWord::Kind::WrongOffset && offset > 0) {
        // 6B00: the previous read ended exactly at the end of the file (reference, Commands).
        *endOfFile = true;
        return std::vector<std::uint8_t>{};
    }
    if (!sw.isOk())
        return sw.toError();
    // A short answer at the end of a file is normal (reference, Commands).
    *endOfFile = response.value().data().size() < le;
    return response.value().data();
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readToEnd(std::size_t maxSize)
{
    std::vector<std::uint8_t> file;
    bool end = false;
    while (!end && file.size() < maxSize) {
        auto chunk = readBinary(file.size(), card::kShortReadMax, &end);
        if (!chunk) {
            secureWipe(file);
            return chunk.error();
        }
        file.insert(file.end(), chunk.value().begin(), chunk.value().end());
        secureWipe(chunk.value());
    }
    return file;
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readAuthCertificate()
{
    return readCertificate(card::jpki::kAuthCertEf);
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readCaCertificate()
{
    return readCertificate(card::jpki::kAuthCaCertEf);
}

CardResult<std::vector<std::uint8_t>> MyNumberCard::readCertificate(std::uint16_t fileId)
{
    auto transaction = m_connection.beginTransaction();
    if (!transaction)
        return transaction.error();
    CardConnection::Transaction held = std::move(transaction).value();
    auto selected = select(aidOf(card::kJpkiAid), fileId);
    if (!selected)
        return selected.error();
    // The 4-byte header gives the length (reference, Data formats: 30 82 LL LL, total LL + 4).
    bool end = false;
    auto header = readBinary(0, 4, &end);
    if (!header)
        return header.error();
    auto total = MyNumberData::certificateLength(header.value().data(), header.value().size());
    if (!total)
        return total.error();
    std::vector<std::uint8_t> der = std::move(header.value());
    const std::size_t rest = total.value() - der.size();
    if (rest > 0 && m_extendedLength) {
        // One extended READ BINARY for the rest ("extended Le also works", reference); a reader
        // or card that refuses it gets 256-byte reads from now on.
        auto command = smartcard::readBinary(der.size(), rest);
        if (!command)
            return command.error();
        auto response = m_connection.transmit(command.value());
        if (!response)
            return response.error();
        if (response.value().statusWord().isOk() && response.value().data().size() == rest) {
            der.insert(der.end(), response.value().data().begin(), response.value().data().end());
            return der;
        }
        m_extendedLength = false;
    }
    while (der.size() < total.value()) {
        const std::size_t want = std::min(card::kShortReadMax, total.value() - der.size());
        auto chunk = readBinary(der.size(), want, &end);
        if (!chunk)
            return chunk.error();
        if (chunk.value().empty())
            return makeCardError(CardErrorCode::WrongOffset,
                                 "certificate shorter than its header says at offset " +
                                     std::to_string(der.size()));
        der.insert(der.end(), chunk.value().begin(), chunk.value().end());
    }
    der.resize(total.value());
    return der;
}

} // namespace madoguchi::smartcard
