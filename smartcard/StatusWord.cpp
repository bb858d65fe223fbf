#include "smartcard/StatusWord.h"

#include <cstdio>

namespace madoguchi::smartcard {

StatusWord::Kind StatusWord::kind() const
{
    switch (m_value) {
    case 0x9000:
        return Kind::Ok;
    case 0x6983: // authentication method blocked
    case 0x6984: // reference data not usable: every VERIFY after the one that answered 63C0
        return Kind::Blocked;
    case 0x6982:
        return Kind::SecurityStatusNotSatisfied;
    case 0x6A82:
        return Kind::FileNotFound;
    case 0x6A86:
        return Kind::WrongP1P2;
    case 0x6B00:
        return Kind::WrongOffset;
    case 0x6700:
        return Kind::WrongLength;
    default:
        break;
    }
    // 63C0 is a wrong PIN with no tries left: the counter is exhausted by this very attempt,
    // and only later VERIFYs answer 6984. It stays WrongPin so the UI can say "残り0回".
    if ((m_value & 0xFFF0) == 0x63C0)
        return Kind::WrongPin;
    if (sw1() == 0x6C)
        return Kind::WrongLe;
    if (sw1() == 0x61)
        return Kind::MoreData;
    return Kind::Unexpected;
}

int StatusWord::triesLeft() const
{
    return kind() == Kind::WrongPin ? (m_value & 0x0F) : -1;
}

int StatusWord::correctLe() const
{
    if (kind() != Kind::WrongLe)
        return -1;
    return sw2() == 0 ? 256 : sw2();
}

int StatusWord::moreData() const
{
    if (kind() != Kind::MoreData)
        return -1;
    return sw2() == 0 ? 256 : sw2();
}

std::string StatusWord::hex() const
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(m_value));
    return buf;
}

CardError StatusWord::toError() const
{
    CardError e;
    e.statusWord = m_value;
    e.detail = "SW " + hex();
    switch (kind()) {
    case Kind::WrongPin:
        e.code = CardErrorCode::WrongPin;
        e.count = triesLeft();
        break;
    case Kind::Blocked:
        e.code = CardErrorCode::PinBlocked;
        break;
    case Kind::SecurityStatusNotSatisfied:
        e.code = CardErrorCode::SecurityStatusNotSatisfied;
        break;
    case Kind::FileNotFound:
        e.code = CardErrorCode::FileNotFound;
        break;
    case Kind::WrongP1P2:
        e.code = CardErrorCode::WrongP1P2;
        break;
    case Kind::WrongOffset:
        e.code = CardErrorCode::WrongOffset;
        break;
    case Kind::WrongLength:
        e.code = CardErrorCode::WrongLength;
        break;
    case Kind::WrongLe:
        e.code = CardErrorCode::WrongLe;
        e.count = correctLe();
        break;
    case Kind::MoreData:
        e.code = CardErrorCode::MoreData;
        e.count = moreData();
        break;
    case Kind::Ok:
    case Kind::Unexpected:
        e.code = CardErrorCode::UnexpectedStatus;
        break;
    }
    return e;
}

} // namespace madoguchi::smartcard
