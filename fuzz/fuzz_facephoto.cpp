// The card-face photo decoder (OpenJPEG from memory) on arbitrary bytes: the photo comes off a
// card the citizen hands over, so a broken or hostile DF27 must give an error, never a crash,
// a hang or a huge allocation. Invariants: a decoded photo is 1..kMaxSide a side with exactly
// width × height pixels; every error has a code of its own enum. ASan/UBSan check our side of
// the memory callbacks (Debian's libopenjp2 itself is not instrumented).
#include "FuzzCheckStd.h"
#include "smartcard/FacePhoto.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi::smartcard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto photo = FacePhoto::decode(data, size);
    if (photo.ok()) {
        const FacePhoto& p = photo.value();
        FUZZ_CHECK_STD(p.width() >= 1 && p.width() <= FacePhoto::kMaxSide, "width");
        FUZZ_CHECK_STD(p.height() >= 1 && p.height() <= FacePhoto::kMaxSide, "height");
        FUZZ_CHECK_STD(p.pixels().size() ==
                           static_cast<std::size_t>(p.width()) * static_cast<std::size_t>(p.height()),
                       "pixel count");
        unsigned sum = 0; // touch every pixel: ASan sees a short buffer
        for (std::uint8_t v : p.pixels())
            sum += v;
        (void)sum;
    } else {
        const auto code = photo.error().code;
        FUZZ_CHECK_STD(code == FacePhotoErrorCode::Malformed || code == FacePhotoErrorCode::TooLarge ||
                           code == FacePhotoErrorCode::Unsupported,
                       "error code");
    }
    return 0;
}
