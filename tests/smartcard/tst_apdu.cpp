#include "SmartcardTestUtil.h"

#include "smartcard/Apdu.h"
#include "smartcard/CardConstants.h"
#include "smartcard/PinFormat.h"

#include <QObject>
#include <QTest>

using namespace madoguchi::smartcard;

// Command APDU encoding in every ISO 7816-3 case, short and extended, the card's commands
// byte for byte as the reference gives them, the response split, and the PIN safety helpers.
class TestApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeAndParse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("le");
        QTest::addColumn<bool>("forceExtended");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("apduCase");

        const QByteArray d3("\x01\x02\x03", 3);
        const QByteArray d300(300, '\x5A');
        const QString hex300 = QString::fromStdString(toHex(std::vector<std::uint8_t>(300, 0x5A)));
        QTest::newRow("case 1") << QByteArray() << 0 << false << "00 B0 01 02" << 1;
        QTest::newRow("case 2 short") << QByteArray() << 5 << false << "00 B0 01 02 05" << 2;
        QTest::newRow("case 2 Le 256 is 00") << QByteArray() << 256 << false << "00 B0 01 02 00" << 2;
        QTest::newRow("case 2 extended") << QByteArray() << 1000 << false << "00 B0 01 02 00 03 E8" << 2;
        QTest::newRow("case 2 Le 65536 is 00 00")
            << QByteArray() << 65536 << false << "00 B0 01 02 00 00 00" << 2;
        QTest::newRow("case 2 forced extended") << QByteArray() << 4 << true << "00 B0 01 02 00 00 04" << 2;
        QTest::newRow("case 3 short") << d3 << 0 << false << "00 B0 01 02 03 01 02 03" << 3;
        QTest::newRow("case 3 extended") << d300 << 0 << false << "00 B0 01 02 00 01 2C " + hex300 << 3;
        QTest::newRow("case 4 short") << d3 << 256 << false << "00 B0 01 02 03 01 02 03 00" << 4;
        QTest::newRow("case 4 extended")
            << d300 << 65536 << false << "00 B0 01 02 00 01 2C " + hex300 + " 00 00" << 4;
        QTest::newRow("case 4 forced extended")
            << d3 << 2 << true << "00 B0 01 02 00 00 03 01 02 03 00 02" << 4;
    }

    void encodeAndParse()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, le);
        QFETCH(bool, forceExtended);
        QFETCH(QString, expected);
        QFETCH(int, apduCase);
        auto c =
            CommandApdu::make(0x00, 0xB0, 0x01, 0x02, std::vector<std::uint8_t>(data.begin(), data.end()),
                              std::size_t(le), forceExtended);
        QVERIFY(c.ok());
        QCOMPARE(hexOf(c.value().bytes()), expected);
        QCOMPARE(c.value().apduCase(), apduCase);

        // The virtual card parses what we send: the same fields and the same bytes back.
        auto back = CommandApdu::parse(c.value().bytes());
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back.value().le(), std::size_t(le));
        QCOMPARE(back.value().data(), c.value().data());
        QCOMPARE(back.value().isExtended(), c.value().isExtended());
        QCOMPARE(hexOf(back.value().bytes()), expected);
    }

    void makeRefusesOversize()
    {
        auto big = CommandApdu::make(0, 0xD6, 0, 0, std::vector<std::uint8_t>(65536, 1));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().code, CardErrorCode::InvalidArgument);
        auto bigLe = CommandApdu::make(0, 0xB0, 0, 0, {}, 65537);
        QVERIFY(!bigLe.ok());
        QCOMPARE(bigLe.error().code, CardErrorCode::InvalidArgument);
    }

    void parseRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header truncated") << QByteArray::fromHex("00A404");
        QTest::newRow("short Lc too long") << QByteArray::fromHex("00A4040C05D392");
        QTest::newRow("short Lc too short") << QByteArray::fromHex("00A4040C01D392F000");
        QTest::newRow("extended truncated") << QByteArray::fromHex("00B0000000 01");
        QTest::newRow("extended Lc 0") << QByteArray::fromHex("00D60000 000000 AA");
        QTest::newRow("extended Lc mismatch") << QByteArray::fromHex("00D60000 000005 AABB");
    }

    void parseRejectsMalformed()
    {
        QFETCH(QByteArray, raw);
        auto c = CommandApdu::parse(reinterpret_cast<const std::uint8_t*>(raw.constData()),
                                    std::size_t(raw.size()));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, CardErrorCode::MalformedApdu);
        QVERIFY(!c.error().detail.empty());
    }

    void cardCommands()
    {
        const std::vector<std::uint8_t> jpki(card::kJpkiAid.begin(), card::kJpkiAid.end());
        QCOMPARE(hexOf(selectApplication(jpki).value().bytes()),
                 QStringLiteral("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"));
        const std::vector<std::uint8_t> info(card::kCardInfoAid.begin(), card::kCardInfoAid.end());
        QCOMPARE(hexOf(selectApplication(info).value().bytes()),
                 QStringLiteral("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"));
        QCOMPARE(hexOf(selectFile(card::jpki::kTokenEf).bytes()), QStringLiteral("00 A4 02 0C 02 00 06"));
        QCOMPARE(hexOf(selectFile(card::cardinfo::kPinEf).bytes()), QStringLiteral("00 A4 02 0C 02 00 11"));
        QCOMPARE(hexOf(readBinary(0, 4).value().bytes()), QStringLiteral("00 B0 00 00 04"));
        QCOMPARE(hexOf(readBinary(0x7FFF, 256).value().bytes()), QStringLiteral("00 B0 7F FF 00"));
        QCOMPARE(hexOf(readBinary(0x0100, 1800).value().bytes()), QStringLiteral("00 B0 01 00 00 07 08"));
        QCOMPARE(hexOf(verify("1234").value().bytes()), QStringLiteral("00 20 00 80 04 31 32 33 34"));
        QCOMPARE(hexOf(triesLeftQuery().bytes()), QStringLiteral("00 20 00 80"));
        QCOMPARE(triesLeftQuery().apduCase(), 1);

        const std::vector<std::uint8_t> digestInfo(51, 0xAB); // SHA-256 DigestInfo size
        const auto sign = signDigestInfo(digestInfo).value().bytes();
        QCOMPARE(sign.size(), std::size_t(4 + 1 + 51 + 1));
        QCOMPARE(hexOf(std::vector<std::uint8_t>(sign.begin(), sign.begin() + 5)),
                 QStringLiteral("80 2A 00 80 33"));
        QCOMPARE(sign.back(), std::uint8_t(0x00));
    }

    void cardCommandsRefuseBadArguments()
    {
        QCOMPARE(selectApplication({}).error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(selectApplication(std::vector<std::uint8_t>(17, 1)).error().code,
                 CardErrorCode::InvalidArgument);
        QCOMPARE(readBinary(0x8000, 1).error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(readBinary(0, 0).error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(readBinary(0, 65537).error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(verify("").error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(signDigestInfo({}).error().code, CardErrorCode::InvalidArgument);
        QCOMPARE(signDigestInfo(std::vector<std::uint8_t>(256, 1)).error().code,
                 CardErrorCode::InvalidArgument);
    }

    void redactionHidesPins()
    {
        QCOMPARE(QString::fromStdString(redactedHex(verify("1234").value())),
                 QStringLiteral("00 20 00 80 04 **"));
        QCOMPARE(QString::fromStdString(redactedHex(verify("ABC123XYZ").value())),
                 QStringLiteral("00 20 00 80 09 **"));
        QCOMPARE(QString::fromStdString(redactedHex(triesLeftQuery())), QStringLiteral("00 20 00 80"));
        QCOMPARE(QString::fromStdString(redactedHex(selectFile(0x0018))),
                 QStringLiteral("00 A4 02 0C 02 00 18"));
        // Forms we never send ourselves still redact: extended, with Le, CHANGE REFERENCE DATA.
        auto ext = CommandApdu::make(0, 0x20, 0, 0x80, {0x31, 0x32, 0x33, 0x34}, 0, true).value();
        QCOMPARE(QString::fromStdString(redactedHex(ext)), QStringLiteral("00 20 00 80 00 00 04 **"));
        auto withLe = CommandApdu::make(0, 0x20, 0, 0x80, {0x31, 0x32}, 256).value();
        QCOMPARE(QString::fromStdString(redactedHex(withLe)), QStringLiteral("00 20 00 80 02 ** 00"));
        auto change =
            CommandApdu::make(0, 0x24, 0, 0x80, {0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38}).value();
        QVERIFY(QString::fromStdString(redactedHex(change)).endsWith(QStringLiteral("08 **")));
    }

    void wipeClearsPin()
    {
        CommandApdu c = verify("9876").value();
        c.wipe();
        QVERIFY(c.data().empty());
        std::string pin = "9876";
        secureWipe(pin);
        QVERIFY(pin.empty());
    }

    void response_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("sw");
        QTest::newRow("9000 only") << QByteArray::fromHex("9000") << true << QByteArray() << 0x9000;
        QTest::newRow("data and 9000")
            << QByteArray::fromHex("0102039000") << true << QByteArray::fromHex("010203") << 0x9000;
        QTest::newRow("6B00 after data")
            << QByteArray::fromHex("AA6B00") << true << QByteArray::fromHex("AA") << 0x6B00;
        QTest::newRow("one byte") << QByteArray::fromHex("90") << false << QByteArray() << 0;
        QTest::newRow("nothing") << QByteArray() << false << QByteArray() << 0;
    }

    void response()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, ok);
        QFETCH(QByteArray, data);
        QFETCH(int, sw);
        auto r = ResponseApdu::parse(reinterpret_cast<const std::uint8_t*>(raw.constData()),
                                     std::size_t(raw.size()));
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QCOMPARE(r.error().code, CardErrorCode::MalformedApdu);
            return;
        }
        QCOMPARE(r.value().data(), std::vector<std::uint8_t>(data.begin(), data.end()));
        QCOMPARE(int(r.value().statusWord().value()), sw);
        QCOMPARE(r.value().bytes(), std::vector<std::uint8_t>(raw.begin(), raw.end()));
    }

    void responseDataIfOk()
    {
        auto good = ResponseApdu::parse(hexBytes("31 32 90 00")).value().dataIfOk();
        QVERIFY(good.ok());
        QCOMPARE(good.value(), hexBytes("31 32"));
        auto denied = ResponseApdu::parse(hexBytes("69 82")).value().dataIfOk();
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, CardErrorCode::SecurityStatusNotSatisfied);
        QCOMPARE(denied.error().statusWord, std::uint16_t(0x6982));
    }

    void pinFormat_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("sent"); // empty: refused
        const int auth = int(PinKind::Authentication);
        const int info = int(PinKind::CardInfo);
        const int sign = int(PinKind::SigningPassword);
        QTest::newRow("auth 4 digits") << auth << "1234"
                                       << "1234";
        QTest::newRow("auth 3 digits") << auth << "123"
                                       << "";
        QTest::newRow("auth 5 digits") << auth << "12345"
                                       << "";
        QTest::newRow("auth letter") << auth << "12a4"
                                     << "";
        QTest::newRow("auth full-width digit") << auth << QString::fromUtf8("１２３４") << "";
        QTest::newRow("info 4 digits") << info << "0000"
                                       << "0000";
        QTest::newRow("info empty") << info << ""
                                    << "";
        QTest::newRow("sign upper-cased") << sign << "abc123"
                                          << "ABC123";
        QTest::newRow("sign 16") << sign << "ABCDEFGHIJ123456"
                                 << "ABCDEFGHIJ123456";
        QTest::newRow("sign 17") << sign << "ABCDEFGHIJ1234567"
                                 << "";
        QTest::newRow("sign 5") << sign << "ABC12"
                                << "";
        QTest::newRow("sign symbol") << sign << "ABC-123"
                                     << "";
        QTest::newRow("sign space") << sign << "ABC 123"
                                    << "";
    }

    void pinFormat()
    {
        QFETCH(int, kind);
        QFETCH(QString, pin);
        QFETCH(QString, sent);
        auto r = PinFormat::normalize(PinKind(kind), pin.toStdString());
        QCOMPARE(r.ok(), !sent.isEmpty());
        if (r.ok()) {
            QCOMPARE(QString::fromStdString(r.value()), sent);
        } else {
            QCOMPARE(r.error().code, CardErrorCode::InvalidPinFormat);
            QVERIFY(pin.isEmpty() || !QString::fromStdString(r.error().detail).contains(pin));
        }
    }

    void pinTries()
    {
        QCOMPARE(PinFormat::maxTries(PinKind::Authentication), 3);
        QCOMPARE(PinFormat::maxTries(PinKind::CardInfo), 3);
        QCOMPARE(PinFormat::maxTries(PinKind::SigningPassword), 5);
    }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "tst_apdu.moc"
