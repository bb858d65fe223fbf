#include "SmartcardTestUtil.h"

#include "smartcard/BerTlv.h"

#include <QObject>
#include <QTest>

using namespace madoguchi::smartcard;

namespace {

// A compact picture of a parse: tag[length] for primitive objects, tag{children} for
// constructed ones, tag[length]! for constructed ones whose value is not a TLV list.
QString describe(const std::vector<BerTlv>& objects)
{
    QStringList parts;
    for (const BerTlv& o : objects) {
        QString s = QString::fromStdString(tagHex(o.tag()));
        if (o.isConstructed() && !o.childError())
            s += u'{' + describe(o.children()) + u'}';
        else
            s += QStringLiteral("[%1]").arg(o.value().size()) +
                 (o.childError() ? QStringLiteral("!") : QString());
        parts << s;
    }
    return parts.join(u',');
}

} // namespace

class TestBerTlv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("") << "";
        QTest::newRow("primitive") << QByteArray("5A 02 01 02") << "5A[2]";
        QTest::newRow("zero length") << QByteArray("5A 00") << "5A[0]";
        QTest::newRow("two objects") << QByteArray("5A 01 AA 5B 02 BB CC") << "5A[1],5B[2]";
        QTest::newRow("two-byte tag") << QByteArray("DF 21 01 AA") << "DF21[1]";
        QTest::newRow("three-byte tag") << QByteArray("5F 81 01 01 AA") << "5F8101[1]";
        QTest::newRow("non-minimal FF 10 holding digits")
            << QByteArray("FF 10 0C 31 32 33 34 35 36 37 38 39 30 31 38") << "FF10[12]!";
        QTest::newRow("long form 81") << QByteArray("5A 81 03 01 02 03") << "5A[3]";
        QTest::newRow("non-minimal 81 small") << QByteArray("5A 81 01 01") << "5A[1]";
        QTest::newRow("non-minimal 82 00 03") << QByteArray("5A 82 00 03 01 02 03") << "5A[3]";
        QTest::newRow("non-minimal 83") << QByteArray("5A 83 00 00 02 01 02") << "5A[2]";
        QTest::newRow("non-minimal 84") << QByteArray("5A 84 00 00 00 02 01 02") << "5A[2]";
        QTest::newRow("trailing FF filler") << QByteArray("5A 01 AA FF FF") << "5A[1]";
        QTest::newRow("trailing 00 filler") << QByteArray("5A 01 AA 00 00 00") << "5A[1]";
        QTest::newRow("trailing mixed filler") << QByteArray("5A 01 AA 00 FF 00 FF") << "5A[1]";
        QTest::newRow("value ending in FF is not filler") << QByteArray("5A 02 FF FF FF") << "5A[2]";
        QTest::newRow("value of 00 is not filler") << QByteArray("DF 25 01 00 00") << "DF25[1]";
        QTest::newRow("only filler") << QByteArray("FF FF FF") << "";
        QTest::newRow("00 before and between") << QByteArray("00 5A 01 AA 00 00 5B 00") << "5A[1],5B[0]";
        QTest::newRow("nested") << QByteArray("E1 08 E2 04 5A 02 01 02 5B 00") << "E1{E2{5A[2]},5B[0]}";
        QTest::newRow("FF 20 with DF children")
            << QByteArray("FF 20 08 DF 22 01 41 DF 25 01 31 FF FF") << "FF20{DF22[1],DF25[1]}";
        QTest::newRow("filler inside constructed") << QByteArray("E1 05 5A 01 AA 00 00") << "E1{5A[1]}";
        QTest::newRow("empty constructed") << QByteArray("E1 00") << "E1{}";
        QTest::newRow("constructed with long form") << QByteArray("E1 82 00 03 5A 01 AA") << "E1{5A[1]}";
    }

    void parse()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, expected);
        const auto bytes = hexBytes(hex.constData());
        auto r = BerTlv::parseAll(bytes);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(describe(r.value()), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("detail");
        QTest::newRow("length missing") << QByteArray("5A") << "length missing at offset 1 (tag 5A)";
        QTest::newRow("length beyond buffer")
            << QByteArray("5A 05 01 02")
            << "length 5 runs beyond the buffer (2 bytes left) at offset 0 (tag 5A)";
        QTest::newRow("second object beyond buffer")
            << QByteArray("5A 01 AA 5B 03 01")
            << "length 3 runs beyond the buffer (1 bytes left) at offset 3 (tag 5B)";
        QTest::newRow("tag runs off the end")
            << QByteArray("DF") << "tag runs off the end at offset 0 (tag DF)";
        QTest::newRow("tag continuation runs off")
            << QByteArray("5A 00 DF 81") << "tag runs off the end at offset 2";
        QTest::newRow("tag too long")
            << QByteArray("DF 81 82 83 84 01 AA") << "tag longer than 4 bytes at offset 0";
        QTest::newRow("long length truncated")
            << QByteArray("5A 82 01") << "length field runs off the end at offset 1";
        QTest::newRow("long length missing bytes") << QByteArray("5A 84") << "length field runs off the end";
        QTest::newRow("indefinite length")
            << QByteArray("5A 80 01 00 00") << "indefinite length at offset 1 (tag 5A)";
        QTest::newRow("five length bytes")
            << QByteArray("5A 85 00 00 00 00 01 AA") << "length of 5 bytes at offset 1";
        QTest::newRow("huge 84 length")
            << QByteArray("5A 84 FF FF FF FF 00") << "length 4294967295 runs beyond";
        QTest::newRow("huge 82 length") << QByteArray("DF 23 82 01 00 41 42") << "(tag DF23)";
    }

    void errors()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, detail);
        const auto bytes = hexBytes(hex.constData());
        auto r = BerTlv::parseAll(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::MalformedTlv);
        QVERIFY2(QString::fromStdString(r.error().detail).contains(detail), r.error().detail.c_str());
    }

    void constructedChildErrorIsKept()
    {
        // The outer object is well formed; its content is not a TLV list. The parse succeeds
        // (the card misuses the constructed bit) and the reason is kept with its offset.
        auto r = BerTlv::parseAll(hexBytes("E1 03 5A 05 01"));
        QVERIFY(r.ok());
        const BerTlv& outer = r.value().front();
        QVERIFY(outer.isConstructed());
        QVERIFY(outer.children().empty());
        QVERIFY(outer.childError().has_value());
        QVERIFY2(outer.childError()->detail.find("at offset 2 (tag 5A)") != std::string::npos,
                 outer.childError()->detail.c_str());
        QCOMPARE(outer.value(), hexBytes("5A 05 01"));
    }

    void deepNestingIsBounded()
    {
        // 40 nested constructed objects: no stack overflow, the depth limit is reported.
        std::vector<std::uint8_t> bytes{0x5A, 0x00};
        for (int i = 0; i < 40; ++i) {
            std::vector<std::uint8_t> outer = BerTlv::encode(0xE1, bytes);
            bytes.swap(outer);
        }
        auto r = BerTlv::parseAll(bytes);
        QVERIFY(r.ok());
        const BerTlv* o = &r.value().front();
        int depth = 0;
        while (!o->children().empty()) {
            o = &o->children().front();
            ++depth;
        }
        QCOMPARE(depth, BerTlv::kMaxDepth);
        QVERIFY(o->childError().has_value());
        QVERIFY(o->childError()->detail.find("nesting deeper") != std::string::npos);
    }

    void offsetsAndFind()
    {
        auto r = BerTlv::parseAll(hexBytes("00 E1 09 DF 21 02 01 02 E2 02 5A 00 5B 01 CC"));
        QVERIFY(r.ok());
        const auto& top = r.value();
        QCOMPARE(top.size(), std::size_t(2));
        QCOMPARE(top[0].offset(), std::size_t(1));
        QCOMPARE(top[0].valueOffset(), std::size_t(3));
        QCOMPARE(top[0].end(), std::size_t(12));
        const BerTlv* df21 = top[0].find(0xDF21);
        QVERIFY(df21);
        QCOMPARE(df21->offset(), std::size_t(3));
        QCOMPARE(df21->valueOffset(), std::size_t(6));
        QCOMPARE(df21->value(), hexBytes("01 02"));
        const BerTlv* inner = BerTlv::find(top, 0x5A);
        QVERIFY(inner);
        QCOMPARE(inner->offset(), std::size_t(10));
        QCOMPARE(BerTlv::find(top, 0x5B)->value(), hexBytes("CC"));
        QVERIFY(!BerTlv::find(top, 0x5C));
        QVERIFY(!top[1].find(0x5B)); // find searches below, not the object itself
    }

    void encode_data()
    {
        QTest::addColumn<uint>("tag");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("header");
        QTest::newRow("empty") << 0x5Au << 0 << "5A 00";
        QTest::newRow("DF 21") << 0xDF21u << 8 << "DF 21 08";
        QTest::newRow("127 short") << 0xFF20u << 127 << "FF 20 7F";
        QTest::newRow("128 long") << 0xFF20u << 128 << "FF 20 81 80";
        QTest::newRow("255") << 0xFF20u << 255 << "FF 20 81 FF";
        QTest::newRow("256") << 0x30u << 256 << "30 82 01 00";
        QTest::newRow("certificate") << 0x30u << 1562 << "30 82 06 1A";
        QTest::newRow("65536") << 0x30u << 65536 << "30 83 01 00 00";
        QTest::newRow("three-byte tag") << 0x5F8101u << 1 << "5F 81 01 01";
    }

    void encode()
    {
        QFETCH(uint, tag);
        QFETCH(int, length);
        QFETCH(QString, header);
        const std::vector<std::uint8_t> value(std::size_t(length), 0x41);
        const auto bytes = BerTlv::encode(tag, value);
        const int headerBytes = int(header.split(u' ').size());
        QCOMPARE(int(bytes.size()), headerBytes + length);
        QCOMPARE(hexOf(std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + headerBytes)), header);
        auto back = BerTlv::parseAll(bytes);
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), std::size_t(1));
        QCOMPARE(back.value().front().tag(), std::uint32_t(tag));
        QCOMPARE(back.value().front().value(), value);
    }
};

QTEST_GUILESS_MAIN(TestBerTlv)
#include "tst_bertlv.moc"
