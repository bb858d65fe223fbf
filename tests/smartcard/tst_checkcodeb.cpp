// 照合番号B (CheckCodeB): the local format check that keeps a malformed code from costing a
// try, the composition from what is printed on the card (era boundaries), and the messages of
// the error codes of the 照合番号B path.
#include "smartcard/CardError.h"
#include "smartcard/CheckCodeB.h"

#include <QTest>

using madoguchi::smartcard::CardErrorCode;
using madoguchi::smartcard::CheckCodeB;
using madoguchi::smartcard::Language;
namespace sc = madoguchi::smartcard;

class TestCheckCodeB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Showa 55-02-17, 2034, 4321") << QStringLiteral("55021720344321");
        QTest::newRow("Reiwa 1-05-01, 2029, 0000") << QStringLiteral("01050120290000");
        QTest::newRow("day 31") << QStringLiteral("63123120309999");
    }
    void acceptsWellFormedCodes()
    {
        QFETCH(QString, code);
        auto normalized = CheckCodeB::normalize(code.toStdString());
        QVERIFY(normalized.ok());
        QCOMPARE(QString::fromStdString(normalized.value()), code);
    }

    void rejectsMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("13 digits") << QStringLiteral("5502172034432");
        QTest::newRow("15 digits") << QStringLiteral("550217203443210");
        QTest::newRow("letter") << QStringLiteral("5502172034432A");
        QTest::newRow("space") << QStringLiteral("550217 2034432");
        QTest::newRow("full-width digit") << QStringLiteral("5502172034432１");
        QTest::newRow("month 13") << QStringLiteral("55131720344321");
        QTest::newRow("month 00") << QStringLiteral("55001720344321");
        QTest::newRow("day 32") << QStringLiteral("55023220344321");
        QTest::newRow("era year 00") << QStringLiteral("00021720344321");
        QTest::newRow("expiry 1999") << QStringLiteral("55021719994321");
        QTest::newRow("expiry 2100") << QStringLiteral("55021721004321");
    }
    void rejectsMalformedCodes()
    {
        QFETCH(QString, code);
        auto normalized = CheckCodeB::normalize(code.toStdString());
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error().code, CardErrorCode::InvalidCheckCodeFormat);
        // The detail names the rule, never the digits.
        if (code.size() >= 6)
            QVERIFY(normalized.error().detail.find(code.left(6).toStdString()) == std::string::npos);
    }

    void composesWithTheEra_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("expected");
        // The virtual card's default resident: 1980-02-17 is Showa 55.
        QTest::newRow("Showa 55") << 1980 << 2 << 17 << QStringLiteral("55021720344321");
        QTest::newRow("last day of Showa") << 1989 << 1 << 7 << QStringLiteral("64010720344321");
        QTest::newRow("first day of Heisei") << 1989 << 1 << 8 << QStringLiteral("01010820344321");
        QTest::newRow("last day of Heisei") << 2019 << 4 << 30 << QStringLiteral("31043020344321");
        QTest::newRow("first day of Reiwa") << 2019 << 5 << 1 << QStringLiteral("01050120344321");
        QTest::newRow("first day of Showa") << 1926 << 12 << 25 << QStringLiteral("01122520344321");
        QTest::newRow("Taisho 14") << 1925 << 6 << 1 << QStringLiteral("14060120344321");
    }
    void composesWithTheEra()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QString, expected);
        auto code = CheckCodeB::compose(year, month, day, 2034, "4321");
        QVERIFY(code.ok());
        QCOMPARE(QString::fromStdString(code.value()), expected);
    }

    void composeRejectsBadParts()
    {
        QCOMPARE(CheckCodeB::compose(1980, 2, 17, 2034, "432").error().code,
                 CardErrorCode::InvalidCheckCodeFormat);
        QCOMPARE(CheckCodeB::compose(1980, 2, 17, 2034, "43a1").error().code,
                 CardErrorCode::InvalidCheckCodeFormat);
        QCOMPARE(CheckCodeB::compose(1900, 1, 1, 2034, "4321").error().code,
                 CardErrorCode::InvalidCheckCodeFormat);
        QCOMPARE(CheckCodeB::compose(1980, 13, 1, 2034, "4321").error().code,
                 CardErrorCode::InvalidCheckCodeFormat);
        QCOMPARE(CheckCodeB::compose(1980, 2, 17, 1990, "4321").error().code,
                 CardErrorCode::InvalidCheckCodeFormat);
    }

    void messagesOfThePath()
    {
        for (const auto code : {CardErrorCode::InvalidCheckCodeFormat, CardErrorCode::CheckCodeBNotAllowed,
                                CardErrorCode::WrongCheckCode, CardErrorCode::CheckCodeBlocked}) {
            const std::string ja = sc::messageFor(code, Language::Japanese);
            const std::string en = sc::messageFor(code, Language::English);
            QVERIFY2(ja.find("照合番号B") != std::string::npos, sc::codeName(code));
            QVERIFY2(en.find("check code B") != std::string::npos, sc::codeName(code));
            QVERIFY(std::string(sc::codeName(code)) != "Unknown");
        }
        sc::CardError wrong = sc::makeCardError(CardErrorCode::WrongCheckCode, "");
        wrong.count = 9;
        QVERIFY(sc::messageFor(wrong, Language::Japanese).find("残り9回") != std::string::npos);
        QVERIFY(sc::messageFor(wrong, Language::English).find("9 tries left") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCheckCodeB)
#include "tst_checkcodeb.moc"
