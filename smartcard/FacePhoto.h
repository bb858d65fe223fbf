#pragma once

#include "smartcard/FacePhotoError.h"
#include "smartcard/Outcome.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace madoguchi::smartcard {

// The card-face photo (DF27 of the card-face application's EF 0002): JPEG 2000, greyscale.
// Qt's image plugins cannot read JPEG 2000, so it is decoded here with OpenJPEG into 8-bit
// grey pixels that any UI can wrap (QImage::Format_Grayscale8) without a JPEG 2000 plugin.
class FacePhoto
{
public:
    // A card photo is a few hundred pixels a side; anything far larger is a hostile or broken
    // header, refused before OpenJPEG allocates for it.
    static constexpr int kMaxSide = 2000;

    // A JP2 file (signature box) or a raw codestream (FF 4F FF 51), from memory. Never throws
    // and never crashes on bad input: every failure is a FacePhotoError. Colour input is turned
    // into luma, more than 8 bits per sample scaled down, signed samples shifted.
    static Outcome<FacePhoto, FacePhotoError> decode(const std::uint8_t* data, std::size_t size);
    static Outcome<FacePhoto, FacePhotoError> decode(const std::vector<std::uint8_t>& data);

    int width() const { return m_width; }
    int height() const { return m_height; }
    // Row after row, one byte per pixel, no padding: width() * height() bytes.
    const std::vector<std::uint8_t>& pixels() const { return m_pixels; }
    std::uint8_t pixel(int x, int y) const { return m_pixels[static_cast<std::size_t>(y) * m_width + x]; }

private:
    FacePhoto(int width, int height, std::vector<std::uint8_t> pixels);

    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_pixels;
};

} // namespace madoguchi::smartcard
