#include "smartcard/PcscServiceProbe.h"

#include "smartcard/PcscError.h"

#include "smartcard/PcscPlatform.h"

namespace madoguchi::smartcard {

namespace {

// Splits a PC/SC multi-string ("a\0b\0\0") into its parts.
std::vector<std::string> splitMultiString(const char* data, unsigned long size)
{
    std::vector<std::string> out;
    std::string current;
    for (unsigned long i = 0; i < size; ++i) {
        if (data[i] == '\0') {
            if (current.empty())
                break;
            out.push_back(current);
            current.clear();
        } else {
            current.push_back(data[i]);
        }
    }
    return out;
}

} // namespace

PcscServiceStatus probePcscService()
{
    PcscServiceStatus status;
    SCARDCONTEXT context = 0;
    LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rc != SCARD_S_SUCCESS) {
        status.code = rc;
        status.detail = pcscErrorName(rc);
        status.state =
            (rc == static_cast<LONG>(SCARD_E_NO_SERVICE) || rc == static_cast<LONG>(SCARD_E_SERVICE_STOPPED))
                ? PcscServiceStatus::State::NoService
                : PcscServiceStatus::State::Error;
        return status;
    }

    DWORD size = 0;
    rc = MADOGUCHI_SCardListReaders(context, nullptr, nullptr, &size);
    if (rc == SCARD_S_SUCCESS && size > 0) {
        std::vector<char> buffer(size);
        rc = MADOGUCHI_SCardListReaders(context, nullptr, buffer.data(), &size);
        if (rc == SCARD_S_SUCCESS)
            status.readers = splitMultiString(buffer.data(), size);
    }
    SCardReleaseContext(context);

    status.code = rc;
    status.detail = pcscErrorName(rc);
    if (rc == SCARD_S_SUCCESS)
        status.state =
            status.readers.empty() ? PcscServiceStatus::State::NoReaders : PcscServiceStatus::State::Running;
    else if (rc == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE))
        status.state = PcscServiceStatus::State::NoReaders;
    else if (rc == static_cast<LONG>(SCARD_E_NO_SERVICE) || rc == static_cast<LONG>(SCARD_E_SERVICE_STOPPED))
        status.state = PcscServiceStatus::State::NoService;
    else
        status.state = PcscServiceStatus::State::Error;
    return status;
}

} // namespace madoguchi::smartcard
