#pragma once

#include "smartcard/CardConstants.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace madoguchi::virtualcard {

// A PIN-like secret of one application (a PIN, the signing password or a 照合番号). The
// counter itself lives in PinCounterStore under counterId, so that it survives a removed card.
struct PinSlot
{
    std::string counterId; // "jpki.auth", "cardinfo.pin", ...: the state file key
    std::string value;     // what VERIFY must carry (never logged)
    int maxTries = 3;
    bool upperCase = false; // the signing password is compared upper-cased
};

// An EF. readableWith empty = free; otherwise any one verified slot (by counterId) opens it.
// A key file is never readable; signing with it needs one of readableWith verified.
struct CardFile
{
    std::vector<std::uint8_t> content;
    std::vector<std::string> readableWith;
    bool isKey = false;
    std::string keyPath; // PEM private key for a key file
};

struct CardApplication
{
    std::string name; // for logs
    smartcard::card::Aid aid{};
    std::map<std::uint16_t, CardFile> files;
    std::map<std::uint16_t, PinSlot> pins;
};

} // namespace madoguchi::virtualcard
