#include "smartcard/CardError.h"
#include "smartcard/StatusWord.h"

#include <QObject>
#include <QTest>

#include <set>

using namespace madoguchi::smartcard;

Q_DECLARE_METATYPE(StatusWord::Kind)
Q_DECLARE_METATYPE(CardErrorCode)

// Status words to typed errors, and the people-facing messages in both languages.
class TestStatusWord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("sw");
        QTest::addColumn<StatusWord::Kind>("kind");
        QTest::addColumn<CardErrorCode>("code");
        QTest::addColumn<int>("count"); // tries left / correct Le / more data, -1 if none
        using K = StatusWord::Kind;
        using C = CardErrorCode;
        QTest::newRow("9000") << 0x9000 << K::Ok << C::UnexpectedStatus << -1;
        QTest::newRow("63C2") << 0x63C2 << K::WrongPin << C::WrongPin << 2;
        QTest::newRow("63C4 signing") << 0x63C4 << K::WrongPin << C::WrongPin << 4;
        QTest::newRow("63C0 last try") << 0x63C0 << K::WrongPin << C::WrongPin << 0;
        QTest::newRow("6983") << 0x6983 << K::Blocked << C::PinBlocked << -1;
        QTest::newRow("6984") << 0x6984 << K::Blocked << C::PinBlocked << -1;
        QTest::newRow("6982") << 0x6982 << K::SecurityStatusNotSatisfied << C::SecurityStatusNotSatisfied
                              << -1;
        QTest::newRow("6A82") << 0x6A82 << K::FileNotFound << C::FileNotFound << -1;
        QTest::newRow("6A86") << 0x6A86 << K::WrongP1P2 << C::WrongP1P2 << -1;
        QTest::newRow("6B00") << 0x6B00 << K::WrongOffset << C::WrongOffset << -1;
        QTest::newRow("6700") << 0x6700 << K::WrongLength << C::WrongLength << -1;
        QTest::newRow("6C10") << 0x6C10 << K::WrongLe << C::WrongLe << 16;
        QTest::newRow("6C00") << 0x6C00 << K::WrongLe << C::WrongLe << 256;
        QTest::newRow("6110") << 0x6110 << K::MoreData << C::MoreData << 16;
        QTest::newRow("63 00 is not a PIN answer") << 0x6300 << K::Unexpected << C::UnexpectedStatus << -1;
        QTest::newRow("6F00") << 0x6F00 << K::Unexpected << C::UnexpectedStatus << -1;
        QTest::newRow("6A81") << 0x6A81 << K::Unexpected << C::UnexpectedStatus << -1;
        QTest::newRow("0000") << 0x0000 << K::Unexpected << C::UnexpectedStatus << -1;
    }

    void classify()
    {
        QFETCH(int, sw);
        QFETCH(StatusWord::Kind, kind);
        QFETCH(CardErrorCode, code);
        QFETCH(int, count);
        const StatusWord word(static_cast<std::uint16_t>(sw));
        QCOMPARE(word.kind(), kind);
        QCOMPARE(word.isOk(), kind == StatusWord::Kind::Ok);
        QCOMPARE(StatusWord(word.sw1(), word.sw2()), word);
        const CardError e = word.toError();
        QCOMPARE(e.code, code);
        QCOMPARE(int(e.statusWord), sw);
        QVERIFY(e.detail.find(word.hex()) != std::string::npos);
        if (kind == StatusWord::Kind::WrongPin)
            QCOMPARE(word.triesLeft(), count);
        else
            QCOMPARE(word.triesLeft(), -1);
        if (kind == StatusWord::Kind::WrongLe)
            QCOMPARE(word.correctLe(), count);
        if (kind == StatusWord::Kind::MoreData)
            QCOMPARE(word.moreData(), count);
        QCOMPARE(e.count, count);
    }

    void everyCodeHasBothMessages()
    {
        std::set<std::string> ja;
        std::set<std::string> en;
        for (int i = 0; i <= int(CardErrorCode::InvalidPinFormat); ++i) {
            const auto code = CardErrorCode(i);
            const std::string j = messageFor(code, Language::Japanese);
            const std::string e = messageFor(code, Language::English);
            QVERIFY2(!j.empty() && !e.empty(), codeName(code));
            QVERIFY2(j != e, codeName(code));
            QVERIFY2(std::string(codeName(code)) != "Unknown", codeName(code));
            ja.insert(j);
            en.insert(e);
        }
        // A distinct sentence per code, or the UI cannot tell cases apart.
        QCOMPARE(int(ja.size()), int(CardErrorCode::InvalidPinFormat) + 1);
        QCOMPARE(int(en.size()), int(CardErrorCode::InvalidPinFormat) + 1);
    }

    void messagesCarryTheCount()
    {
        const CardError wrong = StatusWord(0x63C2).toError();
        QVERIFY(QString::fromStdString(messageFor(wrong, Language::Japanese))
                    .contains(QStringLiteral("残り2回")));
        QVERIFY(QString::fromStdString(messageFor(wrong, Language::English))
                    .contains(QStringLiteral("2 tries left")));
        const CardError odd = StatusWord(0x6F00).toError();
        QVERIFY(QString::fromStdString(messageFor(odd, Language::Japanese)).contains(QStringLiteral("6F00")));
        QVERIFY(QString::fromStdString(messageFor(odd, Language::English)).contains(QStringLiteral("6F00")));
        const CardError blocked = StatusWord(0x6984).toError();
        QCOMPARE(messageFor(blocked, Language::English),
                 messageFor(CardErrorCode::PinBlocked, Language::English));
    }
};

QTEST_GUILESS_MAIN(TestStatusWord)
#include "tst_statusword.moc"
