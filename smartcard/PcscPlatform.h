#pragma once

// The one place where pcsc-lite and Windows' WinSCard differ at compile time. Everything else
// uses these names and the common SCard* API.
#ifdef _WIN32
#include <windows.h>
#include <winscard.h>
// Windows has A/W variants; pcsc-lite has only the narrow (UTF-8) entry points.
#define MADOGUCHI_SCardListReaders SCardListReadersA
#define MADOGUCHI_SCardConnect SCardConnectA
#define MADOGUCHI_SCardGetStatusChange SCardGetStatusChangeA
#define MADOGUCHI_SCardStatus SCardStatusA
using MadoguchiReaderState = SCARD_READERSTATEA;
#else
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#define MADOGUCHI_SCardListReaders SCardListReaders
#define MADOGUCHI_SCardConnect SCardConnect
#define MADOGUCHI_SCardGetStatusChange SCardGetStatusChange
#define MADOGUCHI_SCardStatus SCardStatus
using MadoguchiReaderState = SCARD_READERSTATE;
#endif

// The PnP pseudo reader: a change in its state means the reader list changed. pcsc-lite and
// Windows (Vista and later) support it; where it is unknown we poll the reader list instead.
#define MADOGUCHI_PNP_READER "\\\\?PnP?\\Notification"

// Whether the platform's PC/SC offers the PnP pseudo reader at all. pcsc-lite and WinSCard do;
// Apple's PCSC framework does not, so there the reader list is polled from the start
// (PcscContext::HotplugMode). Where it is 1 the service may still lack it: PcscContext falls
// back to polling when the pseudo reader answers SCARD_STATE_UNKNOWN.
#if defined(__APPLE__)
#define MADOGUCHI_PCSC_HAS_PNP 0
#else
#define MADOGUCHI_PCSC_HAS_PNP 1
#endif
