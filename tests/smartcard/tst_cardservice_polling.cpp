// The polling path of hot-plug detection (PcscContext::HotplugMode::Polling, what platforms
// without the PnP notification reader use), run on Linux through the real stack: card
// removed and inserted seen by PcscContext itself and by a CardService in polling mode; a read
// after re-insertion; the reader list changing (pcscd restarted with other reader names, since
// vpcd's readers come from reader.conf and Debian's pcscd cannot add or remove them at run time).
#include "CardServiceTestUtil.h"
#include "VirtualCardTestUtil.h"

#include "smartcard/PcscContext.h"
#include "smartcard/service/CardService.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace cardtest;
using namespace vcard;
using madoguchi::CardFailure;
using madoguchi::CardIdentity;
using madoguchi::CardService;

namespace {

void signalCard(int signo)
{
    ::kill(static_cast<pid_t>(qEnvironmentVariableIntValue("MADOGUCHI_VCARD_PID")), signo);
}

// Waits through PcscContext::waitForChange until the reader's card is (not) present.
bool waitPresent(sc::PcscContext& context, std::vector<sc::ReaderState>& states, bool present)
{
    for (int round = 0; round < 20; ++round) {
        auto changed = context.waitForChange(states, 500);
        if (!changed)
            return false;
        if (states.front().present() == present)
            return true;
    }
    return false;
}

// Rewrites the friendly name in the harness's private reader.conf.d (vpcd's one entry).
bool setFriendlyName(const QString& name)
{
    QFile conf(QDir(qEnvironmentVariable("MADOGUCHI_PCSCD_CONFDIR")).filePath(QStringLiteral("vpcd")));
    if (!conf.open(QIODevice::ReadOnly))
        return false;
    QStringList lines = QString::fromUtf8(conf.readAll()).split(u'\n');
    conf.close();
    for (QString& line : lines) {
        if (line.startsWith(QLatin1String("FRIENDLYNAME")))
            line = QStringLiteral("FRIENDLYNAME \"%1\"").arg(name);
    }
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    conf.write(lines.join(u'\n').toUtf8());
    return true;
}

} // namespace

class TestCardServicePolling : public QObject
{
    Q_OBJECT

private:
    QString m_reader;
    QByteArray m_pin;
    std::unique_ptr<CardService> m_service;

    bool readIdentityOk()
    {
        QSignalSpy ok(m_service.get(), &CardService::identityReady);
        QSignalSpy failed(m_service.get(), &CardService::requestFailed);
        const quint64 id = m_service->requestReadIdentity(m_pin, false);
        return waitForAnswer(m_service.get(), ok, failed, id, 10000) && !answerFor(ok, id).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject profile = loadProfile();
        QVERIFY(!profile.isEmpty());
        m_reader = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
        m_pin = profile.value(QLatin1String("pins"))
                    .toObject()
                    .value(QLatin1String("cardInfo"))
                    .toString()
                    .toLatin1();
    }

    void contextPollsCardChanges()
    {
        sc::PcscContext context(sc::PcscContext::HotplugMode::Polling);
        QVERIFY(!context.pnpSupported());
        std::vector<sc::ReaderState> states{sc::ReaderState(m_reader.toStdString())};
        // The first wait learns the reader list (a change from nothing) and the card.
        auto first = context.waitForChange(states, 500);
        QVERIFY(first.ok());
        QVERIFY(first.value().readersChanged);
        QVERIFY(waitPresent(context, states, true));
        signalCard(SIGUSR1);
        QVERIFY(waitPresent(context, states, false));
        signalCard(SIGUSR2);
        QVERIFY(waitPresent(context, states, true));
        QVERIFY(!context.pnpSupported()); // never switched to PnP
    }

    void serviceReportsCardRemovedAndInserted()
    {
        m_service = std::make_unique<CardService>();
        m_service->setPollingMode(true);
        QSignalSpy readers(m_service.get(), &CardService::readersChanged);
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        QSignalSpy removed(m_service.get(), &CardService::cardRemoved);
        m_service->setReader(m_reader);
        m_service->start();
        QTRY_VERIFY_WITH_TIMEOUT(!readers.isEmpty(), 5000);
        QVERIFY(readers.last().value(0).toStringList().contains(m_reader));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
        signalCard(SIGUSR1);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(!m_service->isCardPresent());
        signalCard(SIGUSR2);
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 2, 5000);
        QVERIFY(readIdentityOk());
    }

    void readerListChangesAreReported()
    {
        // Reader hot-plug cannot be made with vpcd: its readers come from reader.conf, read once
        // at start; SIGUSR1 (pcscd --hotplug) rescans only USB with Debian's libudev build. So the
        // list changes across a pcscd restart with other names; the polling worker reports the
        // clerk's reader gone (card removed) and back (card inserted).
        QSignalSpy readers(m_service.get(), &CardService::readersChanged);
        QSignalSpy inserted(m_service.get(), &CardService::cardInserted);
        QSignalSpy removed(m_service.get(), &CardService::cardRemoved);
        const QString restart = qEnvironmentVariable("MADOGUCHI_PCSCD_RESTART");
        QVERIFY(setFriendlyName(QStringLiteral("Other PCD")));
        QCOMPARE(QProcess::execute(restart, {QStringLiteral("0.5")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!readers.isEmpty() && readers.last().value(0).toStringList().contains(
                                                           QStringLiteral("Other PCD 00 00")),
                                 10000);
        QVERIFY(!readers.last().value(0).toStringList().contains(m_reader));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(setFriendlyName(QStringLiteral("Virtual PCD")));
        QCOMPARE(QProcess::execute(restart, {QStringLiteral("0.5")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(readers.last().value(0).toStringList().contains(m_reader), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 10000);
        QVERIFY(readIdentityOk());
    }

    void cleanupTestCase()
    {
        setFriendlyName(QStringLiteral("Virtual PCD"));
        m_service.reset();
    }
};

QTEST_GUILESS_MAIN(TestCardServicePolling)
#include "tst_cardservice_polling.moc"
