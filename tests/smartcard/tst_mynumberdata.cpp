#include "SmartcardTestUtil.h"

#include "smartcard/MyNumberData.h"

#include <QObject>
#include <QTest>

using namespace madoguchi::smartcard;

Q_DECLARE_METATYPE(CardErrorCode)

namespace {

// The test-card dump of EF 0002 from the reference, with real UTF-8 of the same lengths:
// FF 20 65 | DF 21 08 000E 0020 0059 0064 | DF 22 0F <name> | DF 23 36 <address> |
// DF 24 08 "19800217" | DF 25 01 "1"
const char* const kName = "山田　太郎";                              // 15 bytes
const char* const kAddress = "東京都千代田区霞が関１丁目２番地３号"; // 54 bytes

std::vector<std::uint8_t> referenceDump()
{
    return concat({hexBytes("FF 20 65 DF 21 08 00 0E 00 20 00 59 00 64 DF 22 0F"), utf8Bytes(kName),
                   hexBytes("DF 23 36"), utf8Bytes(kAddress), hexBytes("DF 24 08"), utf8Bytes("19800217"),
                   hexBytes("DF 25 01 31")});
}

BasicFour sample(const char* name, const std::string& address)
{
    BasicFour b;
    b.name = name;
    b.address = address;
    b.birthDate = {1980, 2, 17};
    b.sex = Sex::Male;
    return b;
}

// The reference dump with one field's value replaced (same length, so offsets stay right).
std::vector<std::uint8_t> withField(std::size_t offset, const std::vector<std::uint8_t>& bytes)
{
    std::vector<std::uint8_t> file = referenceDump();
    std::copy(bytes.begin(), bytes.end(), file.begin() + std::ptrdiff_t(offset));
    return file;
}

constexpr std::size_t kNameValue = 17;    // DF 22 at 0x0E, value 3 bytes later
constexpr std::size_t kAddressValue = 35; // DF 23 at 0x20
constexpr std::size_t kDateValue = 92;    // DF 24 at 0x59
constexpr std::size_t kSexValue = 103;    // DF 25 at 0x64

} // namespace

class TestMyNumberData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("first11");
        QTest::addColumn<int>("check");
        QTest::newRow("sum 212 rem 3") << "12345678901" << 8;
        QTest::newRow("rem 0") << "12345678905" << 0;
        QTest::newRow("rem 1") << "12345678900" << 0;
        QTest::newRow("53768667718") << "53768667718" << 8;
        QTest::newRow("10 digits") << "1234567890" << -1;
        QTest::newRow("12 digits") << "123456789012" << -1;
        QTest::newRow("letter") << "1234567890a" << -1;
        QTest::newRow("full-width") << QString::fromUtf8("１２３４５６７８９０１") << -1;
    }

    void checkDigit()
    {
        QFETCH(QString, first11);
        QFETCH(int, check);
        QCOMPARE(MyNumberData::checkDigit(first11.toStdString()), check);
        if (check >= 0)
            QVERIFY(MyNumberData::verifyMyNumber(first11.toStdString() + char('0' + check)).ok());
    }

    void verifyMyNumber()
    {
        QCOMPARE(MyNumberData::verifyMyNumber("123456789017").error().code,
                 CardErrorCode::CheckDigitMismatch);
        QCOMPARE(MyNumberData::verifyMyNumber("12345678901").error().code, CardErrorCode::InvalidMyNumber);
        QCOMPARE(MyNumberData::verifyMyNumber("1234567890 8").error().code, CardErrorCode::InvalidMyNumber);
        QVERIFY(MyNumberData::verifyMyNumber("537686677188").ok());
    }

    void decodeMyNumber_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("number");             // when it decodes
        QTest::addColumn<CardErrorCode>("code");         // otherwise
        const auto ok = CardErrorCode::UnexpectedStatus; // unused for good rows
        QTest::newRow("card layout") << QByteArray("FF 10 0C 313233343536373839303138 FF FF")
                                     << "123456789018" << ok;
        QTest::newRow("no filler") << QByteArray("FF 10 0C 353337363836363737313838") << "537686677188" << ok;
        QTest::newRow("00 filler") << QByteArray("FF 10 0C 313233343536373839303138 00 00 00")
                                   << "123456789018" << ok;
        QTest::newRow("long 81") << QByteArray("FF 10 81 0C 313233343536373839303138 FF FF") << "123456789018"
                                 << ok;
        QTest::newRow("long 82 00 0C")
            << QByteArray("FF 10 82 00 0C 313233343536373839303138 FF FF") << "123456789018" << ok;
        QTest::newRow("wrong check digit") << QByteArray("FF 10 0C 313233343536373839303137 FF FF") << ""
                                           << CardErrorCode::CheckDigitMismatch;
        QTest::newRow("non-digit") << QByteArray("FF 10 0C 3132333435363738393A3138 FF FF") << ""
                                   << CardErrorCode::InvalidMyNumber;
        QTest::newRow("11 digits") << QByteArray("FF 10 0B 3132333435363738393031 FF FF") << ""
                                   << CardErrorCode::InvalidMyNumber;
        QTest::newRow("truncated value")
            << QByteArray("FF 10 0C 31 32 33") << "" << CardErrorCode::MalformedTlv;
        QTest::newRow("truncated length") << QByteArray("FF 10") << "" << CardErrorCode::MalformedTlv;
        QTest::newRow("other tag") << QByteArray("FF 11 0C 313233343536373839303138") << ""
                                   << CardErrorCode::MissingField;
        QTest::newRow("all filler") << QByteArray("FF FF FF FF") << "" << CardErrorCode::MissingField;
        QTest::newRow("empty") << QByteArray("") << "" << CardErrorCode::MissingField;
    }

    void decodeMyNumber()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, number);
        QFETCH(CardErrorCode, code);
        const auto bytes = hexBytes(hex.constData());
        auto r = MyNumberData::decodeMyNumber(bytes.data(), bytes.size());
        QCOMPARE(r.ok(), !number.isEmpty());
        if (r.ok()) {
            QCOMPARE(QString::fromStdString(r.value()), number);
        } else {
            QCOMPARE(r.error().code, code);
            QVERIFY(r.error().detail.find("1234") == std::string::npos); // no personal data in details
        }
    }

    void myNumberRoundTrip()
    {
        const auto file = MyNumberData::encodeMyNumber("123456789018");
        QCOMPARE(file.size(), std::size_t(17));
        QCOMPARE(hexOf(file), QStringLiteral("FF 10 0C 31 32 33 34 35 36 37 38 39 30 31 38 FF FF"));
        QCOMPARE(MyNumberData::decodeMyNumber(file.data(), file.size()).value(), std::string("123456789018"));
    }

    void referenceDumpDecodes()
    {
        const auto file = referenceDump();
        QCOMPARE(file.size(), std::size_t(3 + 0x65));
        auto r = MyNumberData::decodeBasicFour(file.data(), file.size());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r.value().name, std::string(kName));
        QCOMPARE(r.value().address, std::string(kAddress));
        QCOMPARE(r.value().birthDate.year, 1980);
        QCOMPARE(r.value().birthDate.month, 2);
        QCOMPARE(r.value().birthDate.day, 17);
        QCOMPARE(r.value().sex, Sex::Male);
        // Our encoder (the virtual card's) writes exactly the card's layout, offsets included.
        QCOMPARE(hexOf(MyNumberData::encodeBasicFour(r.value())), hexOf(file));
    }

    void nameBytesStayIntact()
    {
        // 葛 + IVS selector U+E0100, 𠮷 (non-BMP), full-width space between family and given.
        const char* name = "葛\xF3\xA0\x84\x80飾　𠮷子";
        auto file = MyNumberData::encodeBasicFour(sample(name, kAddress));
        file.insert(file.end(), {0xFF, 0xFF, 0x00}); // a read past the object returns filler
        auto r = MyNumberData::decodeBasicFour(file.data(), file.size());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r.value().name, std::string(name));
    }

    void longFileUsesEitherLengthForm()
    {
        std::string address;
        for (int i = 0; i < 20; ++i)
            address += "１２３"; // 180 bytes: FF 20 needs more than 127
        const BasicFour b = sample(kName, address);
        const auto minimal = MyNumberData::encodeBasicFour(b);
        QCOMPARE(hexOf(std::vector<std::uint8_t>(minimal.begin(), minimal.begin() + 3)),
                 QStringLiteral("FF 20 81"));
        auto r = MyNumberData::decodeBasicFour(minimal.data(), minimal.size());
        QVERIFY(r.ok());
        QCOMPARE(r.value().address, address);
        // The same content under 82 00 LL (non-minimal) and with the address in 82 00 LL too.
        std::vector<std::uint8_t> wide{0xFF, 0x20, 0x82, 0x00};
        wide.insert(wide.end(), minimal.begin() + 3, minimal.end());
        r = MyNumberData::decodeBasicFour(wide.data(), wide.size());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r.value().address, address);
        QCOMPARE(r.value().name, std::string(kName));
    }

    void basicFourErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<CardErrorCode>("code");
        QTest::addColumn<QString>("detail");
        const auto bytes = [](const std::vector<std::uint8_t>& v) {
            return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
        };
        const auto dump = referenceDump();
        QTest::newRow("overlong in name")
            << bytes(withField(kNameValue + 3, hexBytes("C0 AF"))) << CardErrorCode::InvalidUtf8
            << "DF22 (name): overlong sequence at offset 20";
        QTest::newRow("3-byte overlong") << bytes(withField(kNameValue, hexBytes("E0 80 AF")))
                                         << CardErrorCode::InvalidUtf8 << "overlong sequence at offset 17";
        QTest::newRow("surrogate in address")
            << bytes(withField(kAddressValue + 6, hexBytes("ED A0 80"))) << CardErrorCode::InvalidUtf8
            << "DF23 (address): surrogate code point at offset 41";
        QTest::newRow("above U+10FFFF") << bytes(withField(kAddressValue, hexBytes("F4 90 80 80")))
                                        << CardErrorCode::InvalidUtf8 << "above U+10FFFF at offset 35";
        QTest::newRow("stray continuation")
            << bytes(withField(kNameValue, hexBytes("80"))) << CardErrorCode::InvalidUtf8
            << "continuation byte without a lead byte at offset 17";
        QTest::newRow("truncated sequence")
            << bytes(withField(kNameValue + 12, hexBytes("41 F0 9F"))) << CardErrorCode::InvalidUtf8
            << "truncated sequence at offset 30";
        QTest::newRow("30 February") << bytes(withField(kDateValue, utf8Bytes("19800230")))
                                     << CardErrorCode::InvalidDate
                                     << "DF24 (birth date): no such day in that month at offset 92";
        QTest::newRow("29 Feb 1900") << bytes(withField(kDateValue, utf8Bytes("19000229")))
                                     << CardErrorCode::InvalidDate << "no such day";
        QTest::newRow("month 13") << bytes(withField(kDateValue, utf8Bytes("19801301")))
                                  << CardErrorCode::InvalidDate << "month";
        QTest::newRow("non-digit date") << bytes(withField(kDateValue, utf8Bytes("1980-2-1")))
                                        << CardErrorCode::InvalidDate << "non-digit";
        QTest::newRow("sex 3") << bytes(withField(kSexValue, utf8Bytes("3"))) << CardErrorCode::InvalidSex
                               << "offset 103";
        auto noSex = dump;
        noSex.resize(noSex.size() - 4);
        noSex[2] = 0x61;
        QTest::newRow("no DF25") << bytes(noSex) << CardErrorCode::MissingField << "DF25";
        auto truncated = dump;
        truncated.resize(60);
        QTest::newRow("file cut short")
            << bytes(truncated) << CardErrorCode::MalformedTlv << "at offset 0 (tag FF20)";
        auto innerOverrun = dump;
        innerOverrun[0x20 + 2] = 0x50; // DF 23 claims 80 bytes, 69 are left in FF 20
        QTest::newRow("inner length beyond")
            << bytes(innerOverrun) << CardErrorCode::MalformedTlv << "at offset 32 (tag DF23)";
        QTest::newRow("no FF 20") << bytes(hexBytes("FF 21 04 DF 25 01 31")) << CardErrorCode::MissingField
                                  << "FF20";
        QTest::newRow("empty name") << bytes(MyNumberData::encodeBasicFour(sample("", kAddress)))
                                    << CardErrorCode::MissingField << "DF22";
    }

    void basicFourErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(CardErrorCode, code);
        QFETCH(QString, detail);
        auto r = MyNumberData::decodeBasicFour(reinterpret_cast<const std::uint8_t*>(file.constData()),
                                               std::size_t(file.size()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(QString::fromStdString(r.error().detail).contains(detail), r.error().detail.c_str());
    }

    void sexValues()
    {
        for (const auto& [value, sex] :
             {std::pair{'1', Sex::Male}, {'2', Sex::Female}, {'9', Sex::NotApplicable}}) {
            const auto file = withField(kSexValue, {std::uint8_t(value)});
            auto r = MyNumberData::decodeBasicFour(file.data(), file.size());
            QVERIFY(r.ok());
            QCOMPARE(r.value().sex, sex);
        }
    }

    void birthDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "19800217" << true;
        QTest::newRow("leap 2000") << "20000229" << true;
        QTest::newRow("leap 2024") << "20240229" << true;
        QTest::newRow("not leap 2023") << "20230229" << false;
        QTest::newRow("not leap 1900") << "19000229" << false;
        QTest::newRow("30 Feb") << "19800230" << false;
        QTest::newRow("31 Apr") << "19800431" << false;
        QTest::newRow("31 Dec") << "19801231" << true;
        QTest::newRow("day 0") << "19800100" << false;
        QTest::newRow("month 0") << "19800001" << false;
        QTest::newRow("year 0") << "00000101" << false;
        QTest::newRow("short") << "1980021" << false;
        QTest::newRow("long") << "198002170" << false;
        QTest::newRow("sign") << "+1980021" << false;
    }

    void birthDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto r = MyNumberData::parseBirthDate(text.toStdString());
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QCOMPARE(r.error().code, CardErrorCode::InvalidDate);
    }

    void jpkiToken_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind"); // -1: unknown
        QTest::newRow("my number card") << QByteArray("JPKIAPICCTOKEN2") << int(JpkiCardKind::MyNumberCard);
        QTest::newRow("space padded")
            << QByteArray("JPKIAPICCTOKEN2                 ") << int(JpkiCardKind::MyNumberCard);
        QTest::newRow("00 padded") << QByteArray("JPKIAPICCTOKEN2\0\0\0", 18)
                                   << int(JpkiCardKind::MyNumberCard);
        QTest::newRow("old card") << QByteArray("JPKIAPICCTOKEN  ") << int(JpkiCardKind::JukiCard);
        QTest::newRow("other digit") << QByteArray("JPKIAPICCTOKEN3") << -1;
        QTest::newRow("lower case") << QByteArray("jpkiapicctoken2") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void jpkiToken()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        auto r = MyNumberData::parseJpkiToken(reinterpret_cast<const std::uint8_t*>(raw.constData()),
                                              std::size_t(raw.size()));
        QCOMPARE(r.ok(), kind >= 0);
        if (r.ok())
            QCOMPARE(int(r.value()), kind);
        else
            QCOMPARE(r.error().code, CardErrorCode::UnknownToken);
    }

    void certificateLength()
    {
        const auto good = hexBytes("30 82 06 1A");
        QCOMPARE(MyNumberData::certificateLength(good.data(), good.size()).value(), std::size_t(0x061A + 4));
        for (const char* bad : {"30 81 FF 00", "31 82 06 1A", "30 83 00 06 1A", "30 82 06", ""}) {
            const auto bytes = hexBytes(bad);
            auto r = MyNumberData::certificateLength(bytes.data(), bytes.size());
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, CardErrorCode::InvalidCertificateHeader);
        }
    }
};

QTEST_GUILESS_MAIN(TestMyNumberData)
#include "tst_mynumberdata.moc"
