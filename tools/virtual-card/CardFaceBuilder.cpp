#include "CardFaceBuilder.h"

#include "smartcard/BerTlv.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace madoguchi::virtualcard {

namespace sc = madoguchi::smartcard;
namespace card = madoguchi::smartcard::card;

namespace {

std::vector<std::uint8_t> bytesOf(const std::string& s)
{
    return std::vector<std::uint8_t>(s.begin(), s.end());
}

std::vector<std::uint8_t> bytesOf(const QByteArray& b)
{
    return std::vector<std::uint8_t>(b.begin(), b.end());
}

} // namespace

std::vector<std::uint8_t> CardFaceBuilder::monoPng(const std::string& seed, int width, int height)
{
    QImage image(width, height, QImage::Format_Mono);
    image.fill(0);
    const std::size_t h = std::hash<std::string>{}(seed);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, ((static_cast<std::size_t>(x / 4 + y / 4) ^ h) >> (x % 7)) & 1U);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytesOf(png);
}

std::vector<std::uint8_t> CardFaceBuilder::facePhoto(const QString& configured)
{
    if (!configured.isEmpty()) {
        QFile file(configured);
        if (file.open(QIODevice::ReadOnly))
            return bytesOf(file.readAll());
    }
    // Made once per process: an insertion must not wait for an encoder each time.
    static std::vector<std::uint8_t> generated = [] {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("opj_compress"));
        QTemporaryDir dir;
        if (!tool.isEmpty() && dir.isValid()) {
            // A 48x64 greyscale gradient: small like the card's photo, and a real JPEG 2000.
            QImage grey(48, 64, QImage::Format_Grayscale8);
            for (int y = 0; y < grey.height(); ++y)
                for (int x = 0; x < grey.width(); ++x)
                    grey.setPixel(x, y, qRgb(x * 5, y * 4, x * 5));
            const QString pgm = dir.filePath(QStringLiteral("face.pgm"));
            const QString jp2 = dir.filePath(QStringLiteral("face.jp2"));
            grey.save(pgm, "PGM");
            QProcess proc;
            proc.start(tool, {QStringLiteral("-i"), pgm, QStringLiteral("-o"), jp2});
            if (proc.waitForFinished(20000) && proc.exitCode() == 0) {
                QFile file(jp2);
                if (file.open(QIODevice::ReadOnly))
                    return bytesOf(file.readAll());
            }
        }
        std::fprintf(stderr,
                     "madoguchi-virtual-card: opj_compress unavailable, face photo is a placeholder\n");
        return bytesOf(std::string("NOT-A-JPEG2000-PLACEHOLDER"));
    }();
    return generated;
}

CardApplication CardFaceBuilder::build(const CardProfile& p)
{
    CardApplication app;
    app.name = "card-face";
    app.aid = card::kCardFaceAid;
    app.pins[card::cardface::kCheckCodeAEf] = PinSlot{"cardface.a", p.myNumber, p.checkCodeTries, false};
    app.pins[card::cardface::kCheckCodeBEf] = PinSlot{"cardface.b", p.checkCodeB(), p.checkCodeTries, false};

    char expiry[16];
    std::snprintf(expiry, sizeof expiry, "%04d0101", p.expiryYear % 10000);
    // DF24 (public key) and DF28 (signature) have no documented layout: placeholders of the
    // right order of size, so that the file is as long as a real one.
    const std::vector<std::vector<std::uint8_t>> fields{
        sc::BerTlv::encode(0xDF22, bytesOf(p.birthDate)),
        sc::BerTlv::encode(0xDF23, {static_cast<std::uint8_t>(p.sex)}),
        sc::BerTlv::encode(0xDF24, std::vector<std::uint8_t>(270, 0x00)),
        sc::BerTlv::encode(0xDF25, monoPng(p.name, 256, 32)),
        sc::BerTlv::encode(0xDF26, monoPng(p.address, 256, 96)),
        sc::BerTlv::encode(0xDF27, facePhoto(p.facePhoto)),
        sc::BerTlv::encode(0xDF28, std::vector<std::uint8_t>(256, 0x00)),
        sc::BerTlv::encode(0xDF29, bytesOf(std::string(expiry))),
        sc::BerTlv::encode(0xDF2A, monoPng(p.securityCode, 64, 16)),
    };
    // DF21: 16-bit offsets from the start of the file to each following object, as in the
    // card-info EF 0002 (the header length form depends on the total, so compute it first).
    std::size_t contentSize = 2 + 1 + 2 * fields.size();
    for (const auto& f : fields)
        contentSize += f.size();
    std::size_t pos = 2 + sc::BerTlv::encodeLength(contentSize).size() + 2 + 1 + 2 * fields.size();
    std::vector<std::uint8_t> offsets;
    for (const auto& f : fields) {
        offsets.push_back(static_cast<std::uint8_t>(pos >> 8));
        offsets.push_back(static_cast<std::uint8_t>(pos & 0xFF));
        pos += f.size();
    }
    std::vector<std::uint8_t> content = sc::BerTlv::encode(0xDF21, offsets);
    for (const auto& f : fields)
        content.insert(content.end(), f.begin(), f.end());
    app.files[card::cardface::kFaceEf] =
        CardFile{sc::BerTlv::encode(0xFF20, content), {"cardface.a", "cardface.b"}, false, {}};
    return app;
}

} // namespace madoguchi::virtualcard
