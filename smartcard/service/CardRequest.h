#pragma once

#include "smartcard/PinFormat.h"

#include <QtGlobal>

#include <chrono>
#include <string>

namespace madoguchi {

// One unit of work for the card thread. Requests travel as std::unique_ptr so that moving one
// through the queue never copies (and so never leaves behind) the PIN bytes.
struct CardRequest
{
    enum class Kind { TriesLeft, ReadIdentity, ReadBasicFourWithCheckCodeB, AuthCertificate };

    CardRequest() = default;
    CardRequest(const CardRequest&) = delete;
    CardRequest& operator=(const CardRequest&) = delete;
    // Wipes the PIN whatever happened to the request (run, failed, dropped, abandoned).
    ~CardRequest();

    quint64 id = 0;
    Kind kind = Kind::TriesLeft;
    smartcard::PinKind pinKind = smartcard::PinKind::CardInfo;
    // ReadIdentity: the PIN; ReadBasicFourWithCheckCodeB: the 照合番号B. Wiped right after use
    // and in the destructor.
    std::string pin;
    bool confirmLastTry = false;
    std::string caBundle; // AuthCertificate: the CA bundle file (UTF-8), empty when none is set
    std::chrono::steady_clock::time_point deadline;
};

} // namespace madoguchi
