#pragma once

#include "smartcard/CardError.h" // Language

#include <string>

namespace madoguchi::smartcard {

// Why the card-face photo (DF27) could not be shown. Kept apart from CardErrorCode: these are
// the decoder's verdicts on bytes the card returned without complaint.
enum class FacePhotoErrorCode {
    Malformed,   // not JPEG 2000, truncated or corrupt (detail: OpenJPEG's message)
    TooLarge,    // larger than FacePhoto::kMaxSide in either direction (a card photo is small)
    Unsupported, // JPEG 2000, but a layout we do not turn into grey (subsampled components, ...)
};

struct FacePhotoError
{
    FacePhotoErrorCode code = FacePhotoErrorCode::Malformed;
    std::string detail; // for logs and the help desk; never pixel data
};

std::string messageFor(FacePhotoErrorCode code, Language language);
const char* codeName(FacePhotoErrorCode code);

} // namespace madoguchi::smartcard
