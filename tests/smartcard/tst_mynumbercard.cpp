// PcscContext + CardConnection + MyNumberCard through the real pcscd + vpcd + libpcsclite
// stack and the virtual card (with-virtual-card.sh). Expectations come from the profile, so
// the suite runs once per profile; functions that change PIN counters run last.
#include "VirtualCardTestUtil.h"

#include "smartcard/ApduCounter.h"
#include "smartcard/CardConnection.h"
#include "smartcard/Hex.h"
#include "smartcard/MyNumberCard.h"
#include "smartcard/PcscContext.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <thread>

#include <signal.h>

using namespace vcard;
using sc::CardErrorCode;

namespace {

// Pulls the card (SIGUSR1 to the virtual card) right after the exchange number `after`, and
// waits until pcscd has seen it go, so the next APDU meets a removed card.
class CardPuller : public sc::ApduObserver
{
public:
    CardPuller(std::size_t after, PcscTestCard& watcher)
        : m_after(after)
        , m_watcher(watcher)
    {}
    void onExchange(const sc::ApduExchange&) override
    {
        if (++m_seen != m_after)
            return;
        ::kill(static_cast<pid_t>(qEnvironmentVariableIntValue("MADOGUCHI_VCARD_PID")), SIGUSR1);
        m_pulled = m_watcher.waitForCard(false);
    }
    bool pulled() const { return m_pulled; }

private:
    std::size_t m_after;
    std::size_t m_seen = 0;
    bool m_pulled = false;
    PcscTestCard& m_watcher;
};

bool sentVerifyWithData(const sc::ApduCounter& counter)
{
    for (const auto& e : counter.transcript()) {
        if (e.command.rfind("00 20 ", 0) == 0 && e.command.find("**") != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

class TestMyNumberCard : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_profile;
    std::string m_reader;
    sc::PcscContext m_context;
    std::unique_ptr<sc::CardConnection> m_connection;
    std::unique_ptr<sc::MyNumberCard> m_card;
    sc::ApduCounter m_counter;
    PcscTestCard m_watcher; // a second, independent client for presence checks

    int profileTries() const
    {
        return m_profile.value(QLatin1String("triesLeft"))
            .toObject()
            .value(QLatin1String("cardInfo"))
            .toInt();
    }
    std::string pin() const
    {
        return m_profile.value(QLatin1String("pins"))
            .toObject()
            .value(QLatin1String("cardInfo"))
            .toString()
            .toStdString();
    }
    QString resident(const char* key) const
    {
        return m_profile.value(QLatin1String("resident")).toObject().value(QLatin1String(key)).toString();
    }
    void checkIdentity(const sc::Identity& id)
    {
        QCOMPARE(QString::fromStdString(id.myNumber), resident("myNumber"));
        // Byte for byte: IVS selectors and the whole long address survive.
        QCOMPARE(QString::fromStdString(id.basicFour.name).toUtf8(), resident("name").toUtf8());
        QCOMPARE(QString::fromStdString(id.basicFour.address).toUtf8(), resident("address").toUtf8());
        const auto& d = id.basicFour.birthDate;
        QCOMPARE(QString::asprintf("%04d%02d%02d", d.year, d.month, d.day), resident("birthDate"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = loadProfile();
        QVERIFY2(!m_profile.isEmpty(), "MADOGUCHI_VCARD_PROFILE: run through with-virtual-card.sh");
        m_reader = qgetenv("MADOGUCHI_VCARD_READER").toStdString();
        QVERIFY(m_watcher.open(QByteArray::fromStdString(m_reader)));
        m_connection = std::make_unique<sc::CardConnection>(m_context);
        m_connection->setObserver(&m_counter);
        m_card = std::make_unique<sc::MyNumberCard>(*m_connection);
    }

    void readersAndPresence()
    {
        auto readers = m_context.listReaders();
        QVERIFY(readers.ok());
        QVERIFY(std::find(readers.value().begin(), readers.value().end(), m_reader) != readers.value().end());
        std::vector<sc::ReaderState> states{sc::ReaderState(m_reader)};
        auto changed = m_context.waitForChange(states, 1000);
        QVERIFY(changed.ok());
        QVERIFY(states[0].present());
        QVERIFY(m_context.pnpSupported()); // pcsc-lite has the PnP reader
        // Nothing changes now: the wait times out without a change and without an error.
        changed = m_context.waitForChange(states, 300);
        QVERIFY(changed.ok());
        QVERIFY(!changed.value().cardsChanged);
    }

    void cancelWakesAWait()
    {
        std::vector<sc::ReaderState> states{sc::ReaderState(m_reader)};
        QVERIFY(m_context.waitForChange(states, 1000).ok());
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            m_context.cancel();
        });
        auto r = m_context.waitForChange(states, 20000);
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }

    void detect()
    {
        QVERIFY(m_connection->connect(m_reader).ok());
        auto kind = m_card->detect();
        QVERIFY(kind.ok());
        QCOMPARE(kind.value(), sc::CardKind::MyNumberCard);
    }

    void certificates()
    {
        m_counter.reset();
        auto der = m_card->readAuthCertificate();
        QVERIFY2(der.ok(), der.ok() ? "" : sc::codeName(der.error().code));
        QVERIFY(parseDer(der.value()) != nullptr);
        // SELECT AID, SELECT EF, header, one extended read for the rest.
        QCOMPARE(m_counter.count(), std::size_t(4));
        auto ca = m_card->readCaCertificate();
        QVERIFY(ca.ok());
        auto caCert = parseDer(ca.value());
        QVERIFY(caCert != nullptr);
        QCOMPARE(
            verifyChain(parseDer(der.value()).get(), caCert.get()) == X509_V_OK ||
                m_profile.value(QLatin1String("pki")).toObject().value(QLatin1String("authCertificate")) ==
                    QLatin1String("auth-expired.crt"),
            true);
    }

    void triesLeftMatchesTheProfile()
    {
        auto tries = m_card->triesLeft(sc::PinKind::CardInfo);
        QVERIFY(tries.ok());
        QCOMPARE(tries.value(), profileTries());
    }

    void badFormatSendsNothing()
    {
        m_counter.reset();
        auto r = m_card->readIdentity("12a4", false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::InvalidPinFormat);
        QCOMPARE(m_counter.count(), std::size_t(0));
    }

private:
    // A blocked profile: every read is refused as blocked before any VERIFY is sent.
    void checkBlockedRefusal()
    {
        m_counter.reset();
        auto r = m_card->readIdentity(pin(), true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::PinBlocked);
        QVERIFY(!sentVerifyWithData(m_counter));
    }

private Q_SLOTS:
    void refusalsSendNoVerify()
    {
        if (profileTries() > 1) {
            // Nothing to refuse on this profile: the card reports the profile's tries.
            QCOMPARE(m_card->triesLeft(sc::PinKind::CardInfo).value(), profileTries());
            return;
        }
        m_counter.reset();
        auto r = m_card->readIdentity(pin(), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code,
                 profileTries() == 0 ? CardErrorCode::PinBlocked : CardErrorCode::LastTryNeedsConfirmation);
        QCOMPARE(r.error().count, profileTries());
        QVERIFY(!sentVerifyWithData(m_counter));
        auto tries = m_card->triesLeft(sc::PinKind::CardInfo);
        QVERIFY(tries.ok());
        QCOMPARE(tries.value(), profileTries()); // the card's counter is unchanged
        if (profileTries() == 0) {
            // Blocked stays refused even with the confirmation.
            r = m_card->readIdentity(pin(), true);
            QCOMPARE(r.error().code, CardErrorCode::PinBlocked);
            QVERIFY(!sentVerifyWithData(m_counter));
        }
    }

    void readIdentity()
    {
        if (profileTries() == 0)
            return checkBlockedRefusal();
        m_counter.reset();
        // At one try left only with the explicit confirmation; a success resets the counter.
        auto id = m_card->readIdentity(pin(), profileTries() == 1);
        QVERIFY2(id.ok(), id.ok() ? "" : sc::codeName(id.error().code));
        checkIdentity(id.value());
        // The PIN never reaches an observer (careful client 5): VERIFY data is redacted.
        const std::string pinHex =
            sc::toHex(reinterpret_cast<const std::uint8_t*>(pin().data()), pin().size());
        for (const auto& e : m_counter.transcript())
            QVERIFY(e.command.find(pinHex) == std::string::npos);
        QVERIFY(sentVerifyWithData(m_counter));
        QCOMPARE(m_card->triesLeft(sc::PinKind::CardInfo).value(), 3);
        // Read again at once: the reset at the end of the transaction is absorbed.
        auto again = m_card->readIdentity(pin(), false);
        QVERIFY2(again.ok(), again.ok() ? "" : sc::codeName(again.error().code));
    }

    void wrongPinDecrementsAndIsReported()
    {
        if (profileTries() == 0)
            return checkBlockedRefusal();
        const std::string wrong = pin() == "9999" ? "8888" : "9999";
        m_counter.reset();
        auto r = m_card->readIdentity(wrong, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::WrongPin);
        QCOMPARE(r.error().count, 2);
        QCOMPARE(m_counter.countIns(0x20), std::size_t(2)); // one query, one VERIFY: never retried
        QCOMPARE(m_card->triesLeft(sc::PinKind::CardInfo).value(), 2);
        QVERIFY(m_card->readIdentity(pin(), false).ok()); // and the right PIN resets it
    }

    void cardPulledMidRead()
    {
        if (profileTries() == 0)
            return checkBlockedRefusal();
        // Exchanges: SELECT app, SELECT PIN EF, query, VERIFY, SELECT 0001, READ ... pull after 5.
        CardPuller puller(5, m_watcher);
        m_connection->setObserver(&puller);
        auto r = m_card->readIdentity(pin(), false);
        m_connection->setObserver(&m_counter);
        QVERIFY(puller.pulled());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, CardErrorCode::CardRemoved);
        QVERIFY(!m_connection->isConnected());

        ::kill(static_cast<pid_t>(qEnvironmentVariableIntValue("MADOGUCHI_VCARD_PID")), SIGUSR2);
        QVERIFY(m_watcher.waitForCard(true));
        QVERIFY(m_connection->connect(m_reader).ok());
        auto id = m_card->readIdentity(pin(), false);
        QVERIFY2(id.ok(), id.ok() ? "" : sc::codeName(id.error().code));
        checkIdentity(id.value());
    }
};

QTEST_GUILESS_MAIN(TestMyNumberCard)
#include "tst_mynumbercard.moc"
