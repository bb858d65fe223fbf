#pragma once

#include "CardApplication.h"
#include "CardProfile.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace madoguchi::virtualcard {

// The card-face confirmation application (券面事項確認): EF 0002 with images and the photo,
// opened with 照合番号A (EF 0013) or B (EF 0012).
class CardFaceBuilder
{
public:
    static CardApplication build(const CardProfile& profile);

    // A 1-bit PNG (what the card stores for the name, address and security-code images). The
    // emulator has no fonts, so the picture is a pattern seeded by the text: tests check the
    // format and that it differs per text, not what it shows.
    static std::vector<std::uint8_t> monoPng(const std::string& seed, int width, int height);
    // The face photo: the profile's .jp2, else a greyscale JPEG 2000 made now with
    // opj_compress (libopenjp2-tools), else a placeholder that is not an image.
    static std::vector<std::uint8_t> facePhoto(const QString& configured);
};

} // namespace madoguchi::virtualcard
