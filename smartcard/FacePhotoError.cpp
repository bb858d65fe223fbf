#include "smartcard/FacePhotoError.h"

namespace madoguchi::smartcard {

std::string messageFor(FacePhotoErrorCode code, Language language)
{
    const bool ja = language == Language::Japanese;
    switch (code) {
    case FacePhotoErrorCode::Malformed:
        return ja ? "カードの顔写真を読み取れません（データが壊れています）。"
                  : "The photo on the card cannot be read (the data is damaged).";
    case FacePhotoErrorCode::TooLarge:
        return ja ? "カードの顔写真が大きすぎるため表示できません。"
                  : "The photo on the card is too large to show.";
    case FacePhotoErrorCode::Unsupported:
        return ja ? "カードの顔写真の形式に対応していません。"
                  : "The photo on the card is in a format that is not supported.";
    }
    return {};
}

const char* codeName(FacePhotoErrorCode code)
{
    switch (code) {
    case FacePhotoErrorCode::Malformed:
        return "Malformed";
    case FacePhotoErrorCode::TooLarge:
        return "TooLarge";
    case FacePhotoErrorCode::Unsupported:
        return "Unsupported";
    }
    return "Unknown";
}

} // namespace madoguchi::smartcard
