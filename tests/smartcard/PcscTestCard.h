#pragma once

// Straight pcsc-lite calls for the virtual-card tests: the tests check the emulator through the
// real stack without going through the app's own card layer.
#include <winscard.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

class PcscTestCard
{
public:
    PcscTestCard() = default;
    PcscTestCard(const PcscTestCard&) = delete;
    PcscTestCard& operator=(const PcscTestCard&) = delete;
    ~PcscTestCard()
    {
        disconnect();
        if (m_context)
            SCardReleaseContext(m_context);
    }

    bool open(const QByteArray& reader)
    {
        m_reader = reader;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context) != SCARD_S_SUCCESS)
            return false;
        return connect();
    }

    bool connect()
    {
        disconnect();
        DWORD protocol = 0;
        const LONG rv = SCardConnect(m_context, m_reader.constData(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &protocol);
        m_protocol = protocol;
        return rv == SCARD_S_SUCCESS;
    }

    void disconnect()
    {
        if (m_card)
            SCardDisconnect(m_card, SCARD_LEAVE_CARD);
        m_card = 0;
    }

    // A warm reset (power cycle as the card sees it): every verification must be gone after it.
    bool resetCard()
    {
        DWORD protocol = 0;
        const LONG rv = SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                       SCARD_RESET_CARD, &protocol);
        return rv == SCARD_S_SUCCESS;
    }

    std::vector<std::uint8_t> atr()
    {
        char name[256];
        DWORD nameLen = sizeof name;
        DWORD state = 0;
        DWORD protocol = 0;
        BYTE atr[MAX_ATR_SIZE];
        DWORD atrLen = sizeof atr;
        if (SCardStatus(m_card, name, &nameLen, &state, &protocol, atr, &atrLen) != SCARD_S_SUCCESS)
            return {};
        return std::vector<std::uint8_t>(atr, atr + atrLen);
    }

    // data ‖ SW1 SW2, or empty when the transmit itself failed (card gone, ...).
    std::vector<std::uint8_t> transmit(const std::vector<std::uint8_t>& command, LONG* error = nullptr)
    {
        std::vector<std::uint8_t> answer(65538);
        DWORD len = static_cast<DWORD>(answer.size());
        const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        const LONG rv = SCardTransmit(m_card, pci, command.data(), static_cast<DWORD>(command.size()),
                                      nullptr, answer.data(), &len);
        if (error)
            *error = rv;
        if (rv != SCARD_S_SUCCESS)
            return {};
        answer.resize(len);
        return answer;
    }

    // Just the status word (0 when the transmit failed).
    std::uint16_t sw(const std::vector<std::uint8_t>& command)
    {
        const auto answer = transmit(command);
        if (answer.size() < 2)
            return 0;
        return static_cast<std::uint16_t>(answer[answer.size() - 2] << 8 | answer.back());
    }

    // Waits (bounded) until the reader reports the card present (or absent).
    bool waitForCard(bool present, int timeoutMs = 8000)
    {
        SCARD_READERSTATE state{};
        state.szReader = m_reader.constData();
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        for (int elapsed = 0; elapsed <= timeoutMs; elapsed += 250) {
            if (SCardGetStatusChange(m_context, 250, &state, 1) == SCARD_S_SUCCESS) {
                const bool isPresent = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
                if (isPresent == present)
                    return true;
                state.dwCurrentState = state.dwEventState;
            }
        }
        return false;
    }

private:
    SCARDCONTEXT m_context = 0;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QByteArray m_reader;
};
