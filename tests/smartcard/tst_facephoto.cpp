// FacePhoto: JPEG 2000 made at test time by opj_compress (libopenjp2-tools) from a PGM written
// here, decoded back losslessly pixel for pixel; broken input gives an error and no crash. Run
// through with-virtual-card.sh it also decodes DF27 from the virtual card's card-face
// application over the real PC/SC stack.
#include "VirtualCardTestUtil.h"

#include "smartcard/BerTlv.h"
#include "smartcard/FacePhoto.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vcard;
using sc::FacePhoto;
using sc::FacePhotoErrorCode;

namespace {

std::uint8_t patternAt(int x, int y)
{
    return static_cast<std::uint8_t>((x * 7) ^ (y * 13) ^ (x * y));
}

} // namespace

class TestFacePhoto : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // Writes a binary PGM (8-bit, or 16-bit with every sample v * 257) and encodes it
    // losslessly (opj_compress's default) into the format the extension names.
    std::vector<std::uint8_t> encode(int width, int height, const char* ext, bool sixteenBit = false)
    {
        const QString pgm = m_tmp.filePath(QStringLiteral("in.pgm"));
        const QString out = m_tmp.filePath(QStringLiteral("out.") + QLatin1String(ext));
        QFile f(pgm);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QByteArray("P5\n") + QByteArray::number(width) + ' ' + QByteArray::number(height) +
                (sixteenBit ? "\n65535\n" : "\n255\n"));
        QByteArray body;
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const char v = static_cast<char>(patternAt(x, y));
                body.append(v);
                if (sixteenBit)
                    body.append(v); // big-endian v * 257
            }
        }
        f.write(body);
        f.close();
        QFile::remove(out);
        // opj_compress refuses more resolution levels than the smaller side allows (2^(n-1)).
        int levels = 1;
        while (levels < 6 && (1 << levels) <= std::min(width, height))
            ++levels;
        QProcess p;
        p.start(QStringLiteral("opj_compress"), {QStringLiteral("-i"), pgm, QStringLiteral("-o"), out,
                                                 QStringLiteral("-n"), QString::number(levels)});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        QFile result(out);
        if (!result.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = result.readAll();
        return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
    }

    void checkPattern(const std::vector<std::uint8_t>& encoded, int width, int height)
    {
        QVERIFY(!encoded.empty());
        const auto photo = FacePhoto::decode(encoded);
        QVERIFY2(photo.ok(), photo.ok() ? "" : photo.error().detail.c_str());
        QCOMPARE(photo.value().width(), width);
        QCOMPARE(photo.value().height(), height);
        QCOMPARE(photo.value().pixels().size(), std::size_t(width * height));
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                QCOMPARE(photo.value().pixel(x, y), patternAt(x, y));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("opj_compress")).isEmpty(),
                 "opj_compress missing: apt-get install libopenjp2-tools");
    }

    void codestreamRoundTrip() { checkPattern(encode(37, 23, "j2k"), 37, 23); }
    void jp2RoundTrip() { checkPattern(encode(48, 64, "jp2"), 48, 64); }
    void sixteenBitScaledToEight() { checkPattern(encode(20, 9, "j2k", true), 20, 9); }

    void tooLarge()
    {
        const auto wide = FacePhoto::decode(encode(FacePhoto::kMaxSide + 1, 1, "j2k"));
        QVERIFY(!wide.ok());
        QCOMPARE(wide.error().code, FacePhotoErrorCode::TooLarge);
        checkPattern(encode(FacePhoto::kMaxSide, 2, "j2k"), FacePhoto::kMaxSide, 2); // the limit itself
    }

    void garbage()
    {
        const std::vector<std::uint8_t> text{'n', 'o', 't', ' ', 'j', 'p', 'e', 'g'};
        QCOMPARE(FacePhoto::decode(text).error().code, FacePhotoErrorCode::Malformed);
        QCOMPARE(FacePhoto::decode(nullptr, 0).error().code, FacePhotoErrorCode::Malformed);
        // The right magic followed by nonsense.
        std::vector<std::uint8_t> codestream{0xFF, 0x4F, 0xFF, 0x51};
        codestream.resize(200, 0x5A);
        QCOMPARE(FacePhoto::decode(codestream).error().code, FacePhotoErrorCode::Malformed);
        auto jp2 = encode(16, 16, "jp2");
        jp2.resize(12);
        jp2.resize(300, 0xA5);
        QCOMPARE(FacePhoto::decode(jp2).error().code, FacePhotoErrorCode::Malformed);
    }

    void truncated()
    {
        for (const char* ext : {"j2k", "jp2"}) {
            const auto full = encode(40, 30, ext);
            QVERIFY(full.size() > 100);
            for (std::size_t cut : {std::size_t(12), std::size_t(50), full.size() / 2, full.size() - 3}) {
                const std::vector<std::uint8_t> part(full.begin(), full.begin() + static_cast<long>(cut));
                const auto photo = FacePhoto::decode(part);
                QVERIFY2(!photo.ok(),
                         qPrintable(QStringLiteral("%1 cut at %2 decoded").arg(QLatin1String(ext)).arg(cut)));
                QCOMPARE(photo.error().code, FacePhotoErrorCode::Malformed);
            }
        }
    }

    void corruptedBodyNeverCrashes()
    {
        const auto full = encode(40, 30, "j2k");
        for (std::size_t i = 0; i < full.size(); i += 3) {
            auto bent = full;
            bent[i] ^= 0xFF;
            const auto photo = FacePhoto::decode(bent);
            if (photo.ok()) // JPEG 2000 may survive a flipped byte; its size may not change
                QCOMPARE(photo.value().pixels().size(),
                         std::size_t(photo.value().width() * photo.value().height()));
        }
    }

    void messages()
    {
        for (auto code :
             {FacePhotoErrorCode::Malformed, FacePhotoErrorCode::TooLarge, FacePhotoErrorCode::Unsupported}) {
            QVERIFY(!sc::messageFor(code, sc::Language::Japanese).empty());
            QVERIFY(!sc::messageFor(code, sc::Language::English).empty());
        }
    }

    // Over the real stack: DF27 of card-face EF 0002, opened with 照合番号A.
    void photoFromTheVirtualCard()
    {
        if (qEnvironmentVariableIsEmpty("MADOGUCHI_VCARD_READER"))
            QFAIL("run through with-virtual-card.sh (CTest does): no virtual card was started");
        const std::string myNumber = loadProfile()
                                         .value(QLatin1String("resident"))
                                         .toObject()
                                         .value(QLatin1String("myNumber"))
                                         .toString()
                                         .toStdString();
        PcscTestCard reader;
        QVERIFY(reader.open(qgetenv("MADOGUCHI_VCARD_READER")));
        QCOMPARE(swOf(reader.transmit(selectApp(card::kCardFaceAid))), 0x9000);
        QCOMPARE(swOf(reader.transmit(selectEf(card::cardface::kCheckCodeAEf))), 0x9000);
        QCOMPARE(swOf(reader.transmit(verifyPin(myNumber))), 0x9000);
        QCOMPARE(swOf(reader.transmit(selectEf(card::cardface::kFaceEf))), 0x9000);
        const auto file = readAllShort(reader);
        const auto objects = sc::BerTlv::parseAll(file);
        QVERIFY(objects.ok());
        const sc::BerTlv* df27 = sc::BerTlv::find(objects.value(), 0xDF27);
        QVERIFY(df27);
        const auto photo = FacePhoto::decode(df27->value());
        QVERIFY2(photo.ok(), photo.ok() ? "" : photo.error().detail.c_str());
        // tools/virtual-card/CardFaceBuilder: a 48x64 grey gradient of qRgb(x*5, y*4, x*5),
        // stored as grey by Qt's qGray weights (11, 16, 5) / 32, then lossless JPEG 2000.
        QCOMPARE(photo.value().width(), 48);
        QCOMPARE(photo.value().height(), 64);
        for (int y = 0; y < 64; y += 7)
            for (int x = 0; x < 48; x += 5)
                QCOMPARE(int(photo.value().pixel(x, y)), (x * 5 * 11 + y * 4 * 16 + x * 5 * 5) / 32);
    }
};

QTEST_GUILESS_MAIN(TestFacePhoto)
#include "tst_facephoto.moc"
