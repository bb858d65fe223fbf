// Two readers (with-virtual-card.sh --second-profile ivs-name --count-apdus): vpcd's two slots,
// "Virtual PCD 00 00" with the default card and "Virtual PCD 00 01" with the IVS-name card. The
// service set to one reader sends APDUs to that card only (each virtual card counts the command
// APDUs it received); setReader moves it to the other card; madoguchi-cli card list sees both.
#include "CardServiceTestUtil.h"
#include "VirtualCardTestUtil.h"

#include "smartcard/service/CardService.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cardtest;
using namespace vcard;
using madoguchi::CardFailure;
using madoguchi::CardIdentity;
using madoguchi::CardService;

namespace {

QJsonObject profileAt(const char* envVar)
{
    QFile f(qEnvironmentVariable(envVar));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString residentName(const QJsonObject& profile)
{
    return profile.value(QLatin1String("resident")).toObject().value(QLatin1String("name")).toString();
}

QByteArray cardInfoPin(const QJsonObject& profile)
{
    return profile.value(QLatin1String("pins"))
        .toObject()
        .value(QLatin1String("cardInfo"))
        .toString()
        .toLatin1();
}

} // namespace

class TestCardServiceReaders : public QObject
{
    Q_OBJECT

private:
    QString m_reader1;
    QString m_reader2;
    QJsonObject m_profile1;
    QJsonObject m_profile2;
    std::unique_ptr<CardService> m_service;

    CardIdentity readIdentity(const QByteArray& pin)
    {
        QSignalSpy ok(m_service.get(), &CardService::identityReady);
        QSignalSpy failed(m_service.get(), &CardService::requestFailed);
        const quint64 id = m_service->requestReadIdentity(pin, false);
        if (!waitForAnswer(m_service.get(), ok, failed, id, 10000))
            return {};
        if (answerFor(ok, id).isEmpty()) {
            const auto f = answerFor(failed, id).value(1).value<CardFailure>();
            qWarning("identity read failed: %s (%s)", sc::codeName(f.code), qPrintable(f.detail));
            return {};
        }
        return answerFor(ok, id).value(1).value<CardIdentity>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_reader1 = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
        m_reader2 = qEnvironmentVariable("MADOGUCHI_VCARD2_READER");
        QVERIFY2(!m_reader2.isEmpty(), "run with with-virtual-card.sh --second-profile NAME");
        QVERIFY2(apdusReceived("MADOGUCHI_VCARD2_APDUS") >= 0, "run with with-virtual-card.sh --count-apdus");
        m_profile1 = profileAt("MADOGUCHI_VCARD_PROFILE");
        m_profile2 = profileAt("MADOGUCHI_VCARD2_PROFILE");
        QVERIFY(residentName(m_profile1) != residentName(m_profile2));
    }

    void bothReadersListed()
    {
        m_service = std::make_unique<CardService>();
        QSignalSpy readers(m_service.get(), &CardService::readersChanged);
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        m_service->setReader(m_reader1);
        m_service->start();
        QTRY_VERIFY_WITH_TIMEOUT(!readers.isEmpty(), 5000);
        const QStringList names = readers.last().value(0).toStringList();
        QVERIFY(names.contains(m_reader1));
        QVERIFY(names.contains(m_reader2));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
    }

    void touchesOnlyItsReader()
    {
        const long long other = apdusReceived("MADOGUCHI_VCARD2_APDUS");
        QCOMPARE(other, 0LL); // nothing so far: no probing at start
        const long long before = apdusReceived("MADOGUCHI_VCARD_APDUS");
        const CardIdentity identity = readIdentity(cardInfoPin(m_profile1));
        QCOMPARE(identity.name.toUtf8(), residentName(m_profile1).toUtf8());
        QVERIFY(apdusReceived("MADOGUCHI_VCARD_APDUS") > before);
        QCOMPARE(apdusReceived("MADOGUCHI_VCARD2_APDUS"), other);
    }

    void setReaderMovesToTheOtherCard()
    {
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        const long long first = apdusReceived("MADOGUCHI_VCARD_APDUS");
        m_service->setReader(m_reader2);
        QCOMPARE(m_service->reader(), m_reader2);
        const CardIdentity identity = readIdentity(cardInfoPin(m_profile2));
        // Byte for byte (the second card's name carries an IVS).
        QCOMPARE(identity.name.toUtf8(), residentName(m_profile2).toUtf8());
        QVERIFY(apdusReceived("MADOGUCHI_VCARD2_APDUS") > 0);
        QCOMPARE(apdusReceived("MADOGUCHI_VCARD_APDUS"), first);
        // And back.
        m_service->setReader(m_reader1);
        const long long second = apdusReceived("MADOGUCHI_VCARD2_APDUS");
        QCOMPARE(readIdentity(cardInfoPin(m_profile1)).name.toUtf8(), residentName(m_profile1).toUtf8());
        QCOMPARE(apdusReceived("MADOGUCHI_VCARD2_APDUS"), second);
    }

    void cliListsBoth()
    {
        m_service.reset(); // the CLI is a program of its own
        QProcess cli;
        cli.start(QStringLiteral(MADOGUCHI_CLI_BIN),
                  {QStringLiteral("card"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray readers = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                       .object()
                                       .value(QLatin1String("readers"))
                                       .toArray();
        QCOMPARE(readers.size(), 2);
        QStringList seen;
        for (const auto& r : readers) {
            QCOMPARE(r.toObject().value(QLatin1String("card")).toString(), QStringLiteral("myNumberCard"));
            seen << r.toObject().value(QLatin1String("name")).toString();
        }
        QVERIFY(seen.contains(m_reader1));
        QVERIFY(seen.contains(m_reader2));
    }
};

QTEST_GUILESS_MAIN(TestCardServiceReaders)
#include "tst_cardservice_readers.moc"
