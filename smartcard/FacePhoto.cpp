#include "smartcard/FacePhoto.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

namespace madoguchi::smartcard {

namespace {

// A header may declare up to 16384 components; each costs width × height × 4 bytes. Grey,
// grey + alpha, RGB and RGBA are all a photo can sensibly be.
constexpr OPJ_UINT32 kMaxComponents = 4;
constexpr OPJ_UINT32 kMaxPrecision = 16;
constexpr auto kMaxSideU = static_cast<OPJ_UINT32>(FacePhoto::kMaxSide);

const std::uint8_t kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};
const std::uint8_t kCodestreamStart[] = {0xFF, 0x4F, 0xFF, 0x51}; // SOC, SIZ

struct MemorySource
{
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos;
};

OPJ_SIZE_T readFromMemory(void* buffer, OPJ_SIZE_T bytes, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    if (source->pos >= source->size)
        return static_cast<OPJ_SIZE_T>(-1); // OpenJPEG's "end of stream"
    const std::size_t n = std::min<std::size_t>(bytes, source->size - source->pos);
    std::memcpy(buffer, source->data + source->pos, n);
    source->pos += n;
    return n;
}

OPJ_OFF_T skipInMemory(OPJ_OFF_T bytes, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    const auto pos = static_cast<OPJ_OFF_T>(source->pos);
    if (bytes < -pos || bytes > static_cast<OPJ_OFF_T>(source->size) - pos) {
        source->pos = source->size; // what a file would do: further reads see the end
        return -1;
    }
    source->pos = static_cast<std::size_t>(pos + bytes);
    return bytes;
}

OPJ_BOOL seekInMemory(OPJ_OFF_T pos, void* user)
{
    auto* source = static_cast<MemorySource*>(user);
    if (pos < 0 || pos > static_cast<OPJ_OFF_T>(source->size))
        return OPJ_FALSE;
    source->pos = static_cast<std::size_t>(pos);
    return OPJ_TRUE;
}

// OpenJPEG reports through callbacks; the first error is what the help desk needs, and
// nothing may reach stderr of a GUI application.
void keepFirstError(const char* message, void* user)
{
    auto* first = static_cast<std::string*>(user);
    if (first->empty() && message) {
        *first = message;
        while (!first->empty() && (first->back() == '\n' || first->back() == '\r'))
            first->pop_back();
    }
}

void ignoreMessage(const char*, void*) {}

struct CodecDeleter
{
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

FacePhotoError makeError(FacePhotoErrorCode code, std::string detail)
{
    FacePhotoError e;
    e.code = code;
    e.detail = std::move(detail);
    return e;
}

// One sample to 0..255 whatever its precision and signedness.
int toEightBit(const opj_image_comp_t& comp, OPJ_INT32 sample)
{
    long long v = sample;
    if (comp.sgnd)
        v += 1LL << (comp.prec - 1);
    if (comp.prec > 8)
        v >>= comp.prec - 8;
    else if (comp.prec < 8)
        v = v * 255 / ((1LL << comp.prec) - 1);
    return static_cast<int>(std::clamp<long long>(v, 0, 255));
}

} // namespace

FacePhoto::FacePhoto(int width, int height, std::vector<std::uint8_t> pixels)
    : m_width(width)
    , m_height(height)
    , m_pixels(std::move(pixels))
{}

Outcome<FacePhoto, FacePhotoError> FacePhoto::decode(const std::vector<std::uint8_t>& data)
{
    return decode(data.data(), data.size());
}

Outcome<FacePhoto, FacePhotoError> FacePhoto::decode(const std::uint8_t* data, std::size_t size)
{
    OPJ_CODEC_FORMAT format;
    if (size >= sizeof kJp2Signature && std::memcmp(data, kJp2Signature, sizeof kJp2Signature) == 0)
        format = OPJ_CODEC_JP2;
    else if (size >= sizeof kCodestreamStart &&
             std::memcmp(data, kCodestreamStart, sizeof kCodestreamStart) == 0)
        format = OPJ_CODEC_J2K;
    else
        return makeError(FacePhotoErrorCode::Malformed, "neither a JP2 file nor a JPEG 2000 codestream");

    std::string firstError;
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
    if (!codec)
        return makeError(FacePhotoErrorCode::Malformed, "opj_create_decompress failed");
    opj_set_error_handler(codec.get(), keepFirstError, &firstError);
    opj_set_warning_handler(codec.get(), ignoreMessage, nullptr);
    opj_set_info_handler(codec.get(), ignoreMessage, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    // A JP2 palette may expand to 255 components after the header checks below; a card photo
    // has no palette or channel map, so the codestream's own components are taken as they are.
    parameters.flags |= OPJ_DPARAMETERS_IGNORE_PCLR_CMAP_CDEF_FLAG;
    if (!opj_setup_decoder(codec.get(), &parameters))
        return makeError(FacePhotoErrorCode::Malformed, "opj_setup_decoder: " + firstError);
    // Strict: a truncated codestream is an error, not a half-grey face shown to the clerk.
    opj_decoder_set_strict_mode(codec.get(), OPJ_TRUE);

    MemorySource source{data, size, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    if (!stream)
        return makeError(FacePhotoErrorCode::Malformed, "opj_stream_create failed");
    opj_stream_set_user_data(stream.get(), &source, nullptr);
    opj_stream_set_user_data_length(stream.get(), size);
    opj_stream_set_read_function(stream.get(), readFromMemory);
    opj_stream_set_skip_function(stream.get(), skipInMemory);
    opj_stream_set_seek_function(stream.get(), seekInMemory);

    opj_image_t* rawImage = nullptr;
    const bool header = opj_read_header(stream.get(), codec.get(), &rawImage);
    std::unique_ptr<opj_image_t, ImageDeleter> image(rawImage);
    if (!header || !image)
        return makeError(FacePhotoErrorCode::Malformed, "header: " + firstError);

    // Everything that decides how much OpenJPEG allocates is checked before opj_decode.
    if (image->numcomps == 0 || image->numcomps > kMaxComponents)
        return makeError(FacePhotoErrorCode::Unsupported, std::to_string(image->numcomps) + " components");
    const opj_image_comp_t& header0 = image->comps[0];
    const OPJ_UINT32 w = header0.w;
    const OPJ_UINT32 h = header0.h;
    if (w == 0 || h == 0 || image->x1 <= image->x0 || image->y1 <= image->y0)
        return makeError(FacePhotoErrorCode::Malformed, "empty image");
    if (w > kMaxSideU || h > kMaxSideU || image->x1 - image->x0 > kMaxSideU ||
        image->y1 - image->y0 > kMaxSideU)
        return makeError(FacePhotoErrorCode::TooLarge,
                         std::to_string(image->x1 - image->x0) + "x" + std::to_string(image->y1 - image->y0));
    for (OPJ_UINT32 i = 0; i < image->numcomps; ++i) {
        const opj_image_comp_t& c = image->comps[i];
        if (c.w != w || c.h != h || c.prec == 0 || c.prec > kMaxPrecision)
            return makeError(FacePhotoErrorCode::Unsupported, "component " + std::to_string(i) +
                                                                  ": subsampled or " +
                                                                  std::to_string(c.prec) + "-bit");
    }

    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return makeError(FacePhotoErrorCode::Malformed, "decode: " + firstError);

    // Decoding must not have changed the layout checked above (cheap insurance): re-check.
    if (image->numcomps == 0 || image->numcomps > kMaxComponents)
        return makeError(FacePhotoErrorCode::Unsupported, "components after decoding");
    for (OPJ_UINT32 i = 0; i < image->numcomps; ++i) {
        const opj_image_comp_t& c = image->comps[i];
        if (!c.data || c.w != w || c.h != h || c.prec == 0 || c.prec > kMaxPrecision)
            return makeError(FacePhotoErrorCode::Unsupported,
                             "component " + std::to_string(i) + " after decoding");
    }
    const opj_image_comp_t& first = image->comps[0];
    const auto width = static_cast<int>(w);
    const auto height = static_cast<int>(h);
    const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);

    std::vector<std::uint8_t> pixels(count);
    // Grey (and grey + alpha, and YCC whose first component is luma) take component 0; RGB is
    // weighted into luma (ITU-R BT.601) so that a colour photo still shows.
    const bool rgb = image->numcomps >= 3 && image->color_space != OPJ_CLRSPC_SYCC &&
                     image->color_space != OPJ_CLRSPC_EYCC;
    for (std::size_t i = 0; i < count; ++i) {
        if (rgb) {
            const int r = toEightBit(image->comps[0], image->comps[0].data[i]);
            const int g = toEightBit(image->comps[1], image->comps[1].data[i]);
            const int b = toEightBit(image->comps[2], image->comps[2].data[i]);
            pixels[i] = static_cast<std::uint8_t>((299 * r + 587 * g + 114 * b + 500) / 1000);
        } else {
            pixels[i] = static_cast<std::uint8_t>(toEightBit(first, first.data[i]));
        }
    }
    return FacePhoto(width, height, std::move(pixels));
}

} // namespace madoguchi::smartcard
