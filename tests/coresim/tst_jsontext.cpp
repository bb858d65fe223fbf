// JsonText against QJsonDocument: the core writes receipts, answers and the stored transaction
// body by hand, and a replay must give back (and hash) the bytes QJsonDocument would have written.
#include "core-sim/JsonText.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace madoguchi::coresim;

namespace {

QByteArray qtCompact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray qtCompact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    QString text;
    for (const char32_t c : codePoints)
        text += QString::fromUcs4(&c, 1);
    return text;
}

// Random JSON values, deterministic for a seed: nesting, keys and strings with code points from
// every range that QJsonDocument treats differently (ASCII, escapes and other controls, two- and
// three-byte UTF-8, non-characters, surrogate pairs, lone surrogates), numbers of every kind.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed)
        : m_random(seed)
    {}

    QJsonObject object(int depth)
    {
        QJsonObject object;
        const int size = int(m_random.bounded(depth == 0 ? 12 : 6));
        for (int i = 0; i < size; ++i)
            object.insert(text(8), value(depth + 1));
        return object;
    }

    QJsonArray array(int depth)
    {
        QJsonArray array;
        const int size = int(m_random.bounded(6));
        for (int i = 0; i < size; ++i)
            array.append(value(depth + 1));
        return array;
    }

    QJsonValue value(int depth)
    {
        switch (m_random.bounded(depth >= 4 ? 6 : 8)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return m_random.bounded(2) == 0;
        case 2:
        case 3:
            return number();
        case 4:
        case 5:
            return text(24);
        case 6:
            return array(depth);
        default:
            return object(depth);
        }
    }

    QString text(int maxLength)
    {
        QString text;
        const int length = int(m_random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            switch (m_random.bounded(9)) {
            case 0:
                text += QChar(char16_t(m_random.bounded(0x20))); // controls
                break;
            case 1:
                text += QChar(u"\"\\/\x7f"[m_random.bounded(4)]);
                break;
            case 2:
                text += QChar(char16_t(0x80 + m_random.bounded(0x780))); // two UTF-8 bytes
                break;
            case 3:
                text += QChar(char16_t(0x800 + m_random.bounded(0xd800 - 0x800))); // three
                break;
            case 4:
                text += QChar(char16_t(0xe000 + m_random.bounded(0x10000 - 0xe000))); // incl. U+FFFE/F
                break;
            case 5: { // a pair: kanji extension B, IVS selectors, emoji, the last plane
                const char32_t c = 0x10000 + m_random.bounded(0x100000);
                text += QString::fromUcs4(&c, 1);
                break;
            }
            case 6:
                text += QChar(char16_t(0xd800 + m_random.bounded(0x800))); // lone surrogate
                break;
            default:
                text += QChar(char16_t(0x20 + m_random.bounded(0x5f))); // printable ASCII
            }
        }
        return text;
    }

    QJsonValue number()
    {
        switch (m_random.bounded(7)) {
        case 0:
            return int(m_random.bounded(2001)) - 1000;
        case 1:
            return qint64(m_random.generate64()); // any int64
        case 2:
            return m_random.bounded(1000000) / 1000.0;
        case 3: { // any finite double, from its bits
            double d = 0;
            do {
                const quint64 bits = m_random.generate64();
                std::memcpy(&d, &bits, sizeof d);
            } while (!std::isfinite(d));
            return d;
        }
        case 4:
            return std::ldexp(double(m_random.bounded(1 << 20)), int(m_random.bounded(120)) - 60);
        case 5:
            return double(qint64(m_random.generate64()) >> m_random.bounded(64)); // integral doubles
        default: {
            static const double special[] = {0.0,
                                             -0.0,
                                             1e300,
                                             -1e300,
                                             9007199254740993.0,
                                             9007199254740992.0,
                                             9223372036854775807.0,
                                             -9223372036854775808.0,
                                             1e-300,
                                             5e-324,
                                             std::numeric_limits<double>::min(),
                                             std::numeric_limits<double>::max(),
                                             std::numeric_limits<double>::infinity(),
                                             std::numeric_limits<double>::quiet_NaN(),
                                             0.1,
                                             1.0 / 3};
            return special[m_random.bounded(int(std::size(special)))];
        }
        }
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedMatchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("uuid") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("named escapes") << QStringLiteral("\b\f\n\r\t");
        QTest::newRow("other controls") << QString::fromLatin1("\x01\x1f\x7f", 3);
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("slash stays") << QStringLiteral("counter/01");
        QTest::newRow("japanese") << QStringLiteral("北区役所 窓口");
        QTest::newRow("ivs") << QStringLiteral("葛\U000E0100飾");
        QTest::newRow("non-bmp") << QStringLiteral("𠮷野家");
        QTest::newRow("two-byte") << QStringLiteral("é߿");
        QTest::newRow("non-characters") << fromUcs4({0xfdd0, 0xfffe, 0xffff, 0x10ffff, 0x1fffe});
        QTest::newRow("lone high") << QString(QChar(0xd800));
        QTest::newRow("lone low") << QStringLiteral("a") + QChar(0xdfff) + QStringLiteral("b");
        QTest::newRow("high then high")
            << QString(QChar(0xdbff)) + QChar(0xd83d) + QChar(0xde00); // the second starts a pair
        QTest::newRow("low then high") << QString(QChar(0xdc00)) + QChar(0xd800);
        QTest::newRow("high at end") << QStringLiteral("窓口") + QChar(0xd842);
    }

    void quotedMatchesQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray array = qtCompact(QJsonArray{text});
        QCOMPARE(JsonText::quoted(text), array.mid(1, array.size() - 2));
        QByteArray appended = "x";
        JsonText::appendQuoted(appended, text);
        QCOMPARE(appended, 'x' + array.mid(1, array.size() - 2));
    }

    void quotedParsesBack()
    {
        const QString text = QStringLiteral("a\"b\\c\b\f\n\r\t\x01 北区 𠮷 葛\U000E0100");
        const QJsonDocument back = QJsonDocument::fromJson('[' + JsonText::quoted(text) + ']');
        QCOMPARE(back.array().at(0).toString(), text);
    }

    void compactMatchesQJsonDocument_data()
    {
        QTest::addColumn<QJsonObject>("object");
        const auto parsed = [](const char* json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("transaction") << parsed(
            "{\"visitId\":\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"sequence\":3,"
            "\"committedAt\":\"2026-11-27T10:15:00.123+09:00\",\"items\":[{\"kind\":\"certificateIssued\","
            "\"certificateType\":\"juminhyo\",\"copies\":2,\"residentId\":\"KT0000001\"},"
            "{\"kind\":\"feePaid\",\"amountYen\":600,\"method\":\"cash\"}]}");
        QTest::newRow("keys sorted, white space dropped")
            << parsed("{ \"b\" : 1 ,\n \"a\" : [ 1 , 2 ] , \"B\": {}, \"\": null }");
        QTest::newRow("empty containers") << parsed("{\"a\":[],\"o\":{},\"n\":[[],[{}],{\"x\":[]}]}");
        QTest::newRow("literals") << parsed("{\"t\":true,\"f\":false,\"n\":null}");
        QTest::newRow("deep") << parsed(
            "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":[[[[[\"deep\"]]]]]}}}}},\"z\":[{\"y\":[{\"x\":0}]}]}");
        QTest::newRow("parsed numbers") << parsed(
            "{\"a\":1.0,\"b\":1e15,\"c\":-0,\"d\":-0.0,\"e\":12345678901234567890,\"f\":0.1,\"g\":1e300,"
            "\"h\":-1e-300,\"i\":9007199254740993,\"j\":9223372036854775807,\"k\":-9223372036854775808,"
            "\"l\":9223372036854775808,\"m\":4.9e-324,\"n\":1.7976931348623157e308,\"o\":123.456e2,"
            "\"p\":1E2,\"q\":0.000001,\"r\":1e-7,\"s\":1e21,\"t\":1e20,\"u\":-5,\"v\":2.5}");
        QTest::newRow("escapes in keys and values")
            << parsed("{\"a\\\"b\":\"c\\\\d\",\"\\n\":\"\\u0001\\u001f\\u007f\",\"\\/\":\"\\/"
                      "\",\"\\ud800\":\"\\udc00x\",\"\\u00e9\":\"\\u9053\"}");
        QTest::newRow("non-ascii") << QJsonObject{
            {QStringLiteral("氏名"), QStringLiteral("葛\U000E0100飾 太郎")},
            {QStringLiteral("住所"), QStringLiteral("東京都𠮷野区")},
            {QStringLiteral("é"), fromUcs4({0xfffe, 0xffff, 0x10ffff})}};
        QTest::newRow("constructed numbers")
            << QJsonObject{{QStringLiteral("int"), 42},
                           {QStringLiteral("int64"), qint64(9007199254740993LL)},
                           {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
                           {QStringLiteral("max"), std::numeric_limits<qint64>::max()},
                           {QStringLiteral("integral double"), 1e15},
                           {QStringLiteral("2^53+1 as double"), 9007199254740993.0},
                           {QStringLiteral("2^63 as double"), 9223372036854775808.0},
                           {QStringLiteral("minus zero"), -0.0},
                           {QStringLiteral("huge"), 1e300},
                           {QStringLiteral("denormal"), 5e-324},
                           {QStringLiteral("third"), 1.0 / 3},
                           {QStringLiteral("inf"), std::numeric_limits<double>::infinity()},
                           {QStringLiteral("-inf"), -std::numeric_limits<double>::infinity()},
                           {QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN()}};
        // Through CBOR a double with an integral value can stay a double in the object.
        QCborMap cbor;
        cbor.insert(QStringLiteral("one"), QCborValue(1.0));
        cbor.insert(QStringLiteral("e15"), QCborValue(1e15));
        cbor.insert(QStringLiteral("minus zero"), QCborValue(-0.0));
        cbor.insert(QStringLiteral("integer"), QCborValue(qint64(7)));
        QTest::newRow("from cbor") << cbor.toJsonObject();
    }

    void compactMatchesQJsonDocument()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(JsonText::compact(object), qtCompact(object));
        const QJsonArray array{object, QJsonValue::Null, object};
        QCOMPARE(JsonText::compact(array), qtCompact(array));
        QByteArray appended = "prefix";
        JsonText::appendCompact(appended, object);
        QCOMPARE(appended, "prefix" + qtCompact(object));
    }

    // Thousands of random objects and arrays (fixed seeds, so a failure repeats).
    void compactMatchesQJsonDocumentOnRandomValues()
    {
        for (quint32 seed = 1; seed <= 4000; ++seed) {
            RandomJson random(seed);
            const QJsonObject object = random.object(0);
            const QByteArray expected = qtCompact(object);
            const QByteArray written = JsonText::compact(object);
            if (written != expected) {
                qWarning("seed %u:\n  Qt:       %s\n  JsonText: %s", seed, expected.toHex().constData(),
                         written.toHex().constData());
                QFAIL("JsonText::compact differs from QJsonDocument");
            }
            const QJsonArray array = random.array(1);
            QCOMPARE(JsonText::compact(array), qtCompact(array));
        }
    }

    // Random number texts as a client sends them: the parser decides integer or double, and the
    // stored bytes follow that.
    void compactMatchesQJsonDocumentOnParsedNumbers()
    {
        QRandomGenerator random(20240401);
        for (int i = 0; i < 5000; ++i) {
            QByteArray number;
            if (random.bounded(4) == 0)
                number += '-';
            const int digits = 1 + int(random.bounded(22));
            number += digits == 1 ? char('0' + random.bounded(10)) : char('1' + random.bounded(9)); // no 01
            for (int d = 1; d < digits; ++d)
                number += char('0' + random.bounded(10));
            if (random.bounded(3) == 0) {
                number += '.';
                for (int d = 1 + int(random.bounded(20)); d > 0; --d)
                    number += char('0' + random.bounded(10));
            }
            if (random.bounded(3) == 0)
                number += "e" + QByteArray::number(int(random.bounded(600)) - 300);
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson("{\"n\":" + number + '}', &error).object();
            if (error.error != QJsonParseError::NoError)
                continue; // out of range for a double: the server answers invalid-json
            QVERIFY2(JsonText::compact(object) == qtCompact(object), number.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
