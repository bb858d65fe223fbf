// The 照合番号B path through CardService and the real pcscd + vpcd stack (with-virtual-card.sh
// --count-apdus, default profile: 1980-02-17 = Showa 55, expiry 2034, security code 4321):
// switched off it never reaches the card; a malformed code is refused before any APDU; the
// right code gives the basic four without the My Number; a wrong one decrements and says how
// many tries are left; the last try needs confirmation; a blocked counter sends no VERIFY.
#include "CardServiceTestUtil.h"
#include "VirtualCardTestUtil.h"

#include "smartcard/ApduCounter.h"
#include "smartcard/CheckCodeB.h"
#include "smartcard/service/CardService.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cardtest;
using namespace vcard;
using madoguchi::CardFailure;
using madoguchi::CardIdentity;
using madoguchi::CardService;
using sc::CardErrorCode;

namespace {

// VERIFY with data (the code or a PIN) in a redacted transcript: "00 20 00 80 0E **".
std::size_t verifiesWithData(const sc::ApduCounter& counter)
{
    std::size_t n = 0;
    for (const auto& e : counter.transcript()) {
        if (e.command.rfind("00 20 ", 0) == 0 && e.command.find("**") != std::string::npos)
            ++n;
    }
    return n;
}

} // namespace

class TestCardServiceCheckCodeB : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_profile;
    QByteArray m_code;
    std::unique_ptr<CardService> m_service;
    std::shared_ptr<sc::ApduCounter> m_counter = std::make_shared<sc::ApduCounter>();

    QString resident(const char* key) const
    {
        return m_profile.value(QLatin1String("resident")).toObject().value(QLatin1String(key)).toString();
    }

    struct Answer
    {
        bool ok = false;
        CardIdentity identity;
        CardFailure failure;
    };

    Answer readBasicFour(const QByteArray& code, bool confirmLastTry)
    {
        m_counter->reset();
        QSignalSpy ok(m_service.get(), &CardService::basicFourReady);
        QSignalSpy failed(m_service.get(), &CardService::requestFailed);
        const quint64 id = m_service->requestReadBasicFour(code, confirmLastTry);
        Answer answer;
        if (!waitForAnswer(m_service.get(), ok, failed, id, 10000)) {
            answer.failure =
                CardFailure::make(CardErrorCode::Timeout, QStringLiteral("no answer in the test"));
            return answer;
        }
        answer.ok = !answerFor(ok, id).isEmpty();
        if (answer.ok)
            answer.identity = answerFor(ok, id).value(1).value<CardIdentity>();
        else
            answer.failure = answerFor(failed, id).value(1).value<CardFailure>();
        return answer;
    }

    // A code of the right form that is not this card's.
    static QByteArray wrongCode() { return QByteArrayLiteral("55021720340000"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = loadProfile();
        QVERIFY(!m_profile.isEmpty());
        QVERIFY2(apdusReceived("MADOGUCHI_VCARD_APDUS") >= 0, "run with with-virtual-card.sh --count-apdus");
        const QJsonObject card = m_profile.value(QLatin1String("card")).toObject();
        auto code = sc::CheckCodeB::compose(
            resident("birthDate").left(4).toInt(), resident("birthDate").mid(4, 2).toInt(),
            resident("birthDate").mid(6, 2).toInt(), card.value(QLatin1String("expiryYear")).toInt(),
            card.value(QLatin1String("securityCode")).toString().toStdString());
        QVERIFY(code.ok());
        m_code = QByteArray::fromStdString(code.value());
        m_service = std::make_unique<CardService>();
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        m_service->setReader(qEnvironmentVariable("MADOGUCHI_VCARD_READER"));
        m_service->setApduObserver(m_counter);
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
    }

    void offByDefaultAndRefusedWithoutApdu()
    {
        QVERIFY(!m_service->isCheckCodeBAllowed()); // card/allowCheckCodeB defaults to off
        const long long before = apdusReceived("MADOGUCHI_VCARD_APDUS");
        const Answer answer = readBasicFour(m_code, false);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.failure.code, CardErrorCode::CheckCodeBNotAllowed);
        QVERIFY(answer.failure.message(sc::Language::Japanese).contains(QStringLiteral("照合番号B")));
        QCOMPARE(m_counter->count(), std::size_t(0));
        QCOMPARE(apdusReceived("MADOGUCHI_VCARD_APDUS"), before); // the card saw nothing
    }

    void malformedCodeRefusedLocally_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("13 digits") << QByteArrayLiteral("5502172034432");
        QTest::newRow("letters") << QByteArrayLiteral("55021720344B21");
        QTest::newRow("month 13") << QByteArrayLiteral("55131720344321");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedCodeRefusedLocally()
    {
        QFETCH(QByteArray, code);
        m_service->setCheckCodeBAllowed(true);
        const long long before = apdusReceived("MADOGUCHI_VCARD_APDUS");
        const Answer answer = readBasicFour(code, false);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.failure.code, CardErrorCode::InvalidCheckCodeFormat);
        QCOMPARE(m_counter->count(), std::size_t(0));
        QCOMPARE(apdusReceived("MADOGUCHI_VCARD_APDUS"), before);
    }

    void rightCodeGivesTheBasicFour()
    {
        m_service->setCheckCodeBAllowed(true);
        const Answer answer = readBasicFour(m_code, false);
        QVERIFY2(answer.ok, sc::codeName(answer.failure.code));
        QCOMPARE(answer.identity.name.toUtf8(), resident("name").toUtf8());
        QCOMPARE(answer.identity.address.toUtf8(), resident("address").toUtf8());
        QCOMPARE(answer.identity.birthDate.toString(QStringLiteral("yyyyMMdd")), resident("birthDate"));
        QCOMPARE(answer.identity.sex, resident("sex") == QLatin1String("1") ? CardIdentity::Sex::Male
                                      : resident("sex") == QLatin1String("2")
                                          ? CardIdentity::Sex::Female
                                          : CardIdentity::Sex::NotApplicable);
        QVERIFY(answer.identity.myNumber.isEmpty()); // 照合番号B does not open EF 0001
        // The careful client: tries queried, one VERIFY, redacted; the code never in a transcript.
        QCOMPARE(verifiesWithData(*m_counter), std::size_t(1));
        QCOMPARE(m_counter->countIns(0x20), std::size_t(2));
        for (const auto& e : m_counter->transcript()) {
            QVERIFY(e.command.find("35 35 30 32") == std::string::npos); // "5502" in hex
            QVERIFY(QString::fromStdString(e.command).remove(u' ').indexOf(QLatin1String(m_code.toHex()), 0,
                                                                           Qt::CaseInsensitive) < 0);
        }
    }

    void wrongCodeDecrementsAndIsReported()
    {
        m_service->setCheckCodeBAllowed(true);
        const int maxTries = m_profile.value(QLatin1String("flags"))
                                 .toObject()
                                 .value(QLatin1String("checkCodeTries"))
                                 .toInt(10);
        Answer answer = readBasicFour(wrongCode(), false);
        QVERIFY(!answer.ok);
        QCOMPARE(answer.failure.code, CardErrorCode::WrongCheckCode);
        QCOMPARE(answer.failure.count, maxTries - 1);
        QCOMPARE(verifiesWithData(*m_counter), std::size_t(1)); // never retried
        answer = readBasicFour(wrongCode(), false);
        QCOMPARE(answer.failure.code, CardErrorCode::WrongCheckCode);
        QCOMPARE(answer.failure.count, maxTries - 2);
        QVERIFY(answer.failure.message(sc::Language::Japanese)
                    .contains(QStringLiteral("残り%1回").arg(maxTries - 2)));
        // A success resets the counter.
        QVERIFY(readBasicFour(m_code, false).ok);
        answer = readBasicFour(wrongCode(), false);
        QCOMPARE(answer.failure.count, maxTries - 1);
        QVERIFY(readBasicFour(m_code, false).ok);
    }

    void lastTryNeedsConfirmationAndBlockedSendsNothing()
    {
        m_service->setCheckCodeBAllowed(true);
        const int maxTries = m_profile.value(QLatin1String("flags"))
                                 .toObject()
                                 .value(QLatin1String("checkCodeTries"))
                                 .toInt(10);
        for (int left = maxTries - 1; left >= 1; --left) {
            const Answer answer = readBasicFour(wrongCode(), false);
            QCOMPARE(answer.failure.code, CardErrorCode::WrongCheckCode);
            QCOMPARE(answer.failure.count, left);
        }
        Answer answer = readBasicFour(m_code, false);
        QCOMPARE(answer.failure.code, CardErrorCode::LastTryNeedsConfirmation);
        QCOMPARE(answer.failure.count, 1);
        QCOMPARE(verifiesWithData(*m_counter), std::size_t(0));
        // Confirmed, the right code goes through and resets the counter.
        QVERIFY(readBasicFour(m_code, true).ok);

        for (int left = maxTries - 1; left >= 1; --left)
            QCOMPARE(readBasicFour(wrongCode(), false).failure.count, left);
        answer = readBasicFour(wrongCode(), true);
        QCOMPARE(answer.failure.code, CardErrorCode::WrongCheckCode);
        QCOMPARE(answer.failure.count, 0);
        answer = readBasicFour(m_code, true);
        QCOMPARE(answer.failure.code, CardErrorCode::CheckCodeBlocked);
        QCOMPARE(verifiesWithData(*m_counter), std::size_t(0));
        QVERIFY(m_counter->count() > 0); // it did look at the counter
    }

    void pinPathUnaffected()
    {
        // Counters are separate: the blocked 照合番号B leaves the card-info PIN as it was.
        QSignalSpy ok(m_service.get(), &CardService::identityReady);
        QSignalSpy failed(m_service.get(), &CardService::requestFailed);
        const QByteArray pin = m_profile.value(QLatin1String("pins"))
                                   .toObject()
                                   .value(QLatin1String("cardInfo"))
                                   .toString()
                                   .toLatin1();
        const quint64 id = m_service->requestReadIdentity(pin, false);
        QVERIFY(waitForAnswer(m_service.get(), ok, failed, id, 10000));
        QVERIFY(!answerFor(ok, id).isEmpty());
        QCOMPARE(answerFor(ok, id).value(1).value<CardIdentity>().myNumber, resident("myNumber"));
    }

    void cleanupTestCase() { m_service.reset(); }
};

QTEST_GUILESS_MAIN(TestCardServiceCheckCodeB)
#include "tst_cardservice_checkcodeb.moc"
