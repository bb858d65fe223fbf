#pragma once

#include "CardApplication.h"
#include "CardProfile.h"

#include <vector>

namespace madoguchi::virtualcard {

// Turns a profile into the card's applications and files, encoded with the same
// smartcard/ code the application decodes with (MyNumberData, BerTlv).
class CardBuilder
{
public:
    static std::vector<CardApplication> build(const CardProfile& profile);
    // The file's bytes, or empty (with a warning on stderr) when it cannot be read.
    static std::vector<std::uint8_t> readDer(const QString& path);

private:
    static CardApplication jpki(const CardProfile& profile);
    static CardApplication cardInfo(const CardProfile& profile);
};

} // namespace madoguchi::virtualcard
