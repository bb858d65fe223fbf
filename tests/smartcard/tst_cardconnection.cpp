// The card layer without a card: PC/SC error mapping, the messages of the new codes, and the
// refusals that must happen before anything is sent.
#include "smartcard/ApduCounter.h"
#include "smartcard/CardConnection.h"
#include "smartcard/MyNumberCard.h"
#include "smartcard/PcscContext.h"
#include "smartcard/PcscError.h"

#include <QTest>

namespace sc = madoguchi::smartcard;
using sc::CardErrorCode;

Q_DECLARE_METATYPE(CardErrorCode)

class TestCardConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pcscErrorMapping_data()
    {
        QTest::addColumn<qint64>("rc");
        QTest::addColumn<CardErrorCode>("code");
        QTest::newRow("no service") << qint64(SCARD_E_NO_SERVICE) << CardErrorCode::NoService;
        QTest::newRow("service stopped") << qint64(SCARD_E_SERVICE_STOPPED) << CardErrorCode::NoService;
        QTest::newRow("invalid handle") << qint64(SCARD_E_INVALID_HANDLE) << CardErrorCode::NoService;
        QTest::newRow("no readers") << qint64(SCARD_E_NO_READERS_AVAILABLE) << CardErrorCode::NoReader;
        QTest::newRow("unknown reader") << qint64(SCARD_E_UNKNOWN_READER) << CardErrorCode::NoReader;
        QTest::newRow("no card") << qint64(SCARD_E_NO_SMARTCARD) << CardErrorCode::NoCard;
        QTest::newRow("removed") << qint64(SCARD_W_REMOVED_CARD) << CardErrorCode::CardRemoved;
        QTest::newRow("not transacted") << qint64(SCARD_E_NOT_TRANSACTED) << CardErrorCode::CardRemoved;
        QTest::newRow("reset") << qint64(SCARD_W_RESET_CARD) << CardErrorCode::CardReset;
        QTest::newRow("timeout") << qint64(SCARD_E_TIMEOUT) << CardErrorCode::Timeout;
        QTest::newRow("cancelled") << qint64(SCARD_E_CANCELLED) << CardErrorCode::Cancelled;
        QTest::newRow("other") << qint64(SCARD_F_INTERNAL_ERROR) << CardErrorCode::Transport;
    }
    void pcscErrorMapping()
    {
        QFETCH(qint64, rc);
        QFETCH(CardErrorCode, code);
        const sc::CardError e = sc::cardErrorFromPcsc(rc, "SCardTransmit");
        QCOMPARE(e.code, code);
        QCOMPARE(e.statusWord, std::uint16_t(0));
        QVERIFY(e.detail.rfind("SCardTransmit: ", 0) == 0);
        QCOMPARE(sc::isServiceLost(rc), code == CardErrorCode::NoService);
    }

    void newCodesHaveMessages()
    {
        for (int i = int(CardErrorCode::LastTryNeedsConfirmation); i <= int(CardErrorCode::Transport); ++i) {
            const auto code = CardErrorCode(i);
            QVERIFY(!sc::messageFor(code, sc::Language::Japanese).empty());
            QVERIFY(!sc::messageFor(code, sc::Language::English).empty());
            QVERIFY(std::string(sc::codeName(code)) != "Unknown");
        }
        sc::CardError last = sc::makeCardError(CardErrorCode::LastTryNeedsConfirmation, "");
        last.count = 1;
        QVERIFY(sc::messageFor(last, sc::Language::Japanese).find("残り1回") != std::string::npos);
    }

    // Nothing connected: every refusal comes before any PC/SC call that would need a card.
    void badPinFormatSendsNothing()
    {
        sc::PcscContext context;
        sc::CardConnection connection(context);
        sc::ApduCounter counter;
        connection.setObserver(&counter);
        sc::MyNumberCard card(connection);
        for (const char* pin : {"", "123", "12345", "12a4", "１２３４"}) {
            auto r = card.readIdentity(pin, true);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, CardErrorCode::InvalidPinFormat);
        }
        QCOMPARE(counter.count(), std::size_t(0));
    }

    void boundaryChecks()
    {
        sc::PcscContext context;
        sc::CardConnection connection(context);
        auto r = connection.transmit(sc::triesLeftQuery());
        QCOMPARE(r.error().code, CardErrorCode::NoCard);
        connection.abort();
        QCOMPARE(connection.transmit(sc::triesLeftQuery()).error().code, CardErrorCode::Cancelled);
        connection.clearAbort();
        connection.setDeadline(sc::CardConnection::Clock::now() - std::chrono::seconds(1));
        QCOMPARE(connection.transmit(sc::triesLeftQuery()).error().code, CardErrorCode::Timeout);
        QCOMPARE(connection.beginTransaction().error().code, CardErrorCode::Timeout);
    }

    void counterCountsIns()
    {
        sc::ApduCounter counter;
        sc::ApduExchange e;
        e.command = "00 20 00 80 04 **";
        e.elapsed = std::chrono::microseconds(5);
        counter.onExchange(e);
        e.command = "00 B0 00 00 00";
        counter.onExchange(e);
        QCOMPARE(counter.countIns(0x20), std::size_t(1));
        QCOMPARE(counter.countIns(0xB0), std::size_t(1));
        QCOMPARE(counter.total().count(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCardConnection)
#include "tst_cardconnection.moc"
