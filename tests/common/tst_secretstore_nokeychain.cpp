// Runs through isolated.sh without a D-Bus session: the keychain must report "no service"
// quickly and clearly, never hang.
#include "common/KeychainSecretStore.h"
#include "common/NullSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace madoguchi;

class TstSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")); }

    void probeFailsFastWithReason()
    {
        // What QtKeychain itself says here, to check that the reason passes it on.
        auto* raw = new QKeychain::WritePasswordJob(SecretStore::serviceName());
        raw->setInsecureFallback(false);
        raw->setKey(QStringLiteral("raw-check"));
        raw->setBinaryData("x");
        QString rawError;
        bool rawDone = false;
        connect(raw, &QKeychain::Job::finished, this, [&](QKeychain::Job* job) {
            rawError = job->errorString();
            rawDone = true;
        });
        raw->start();
        QTRY_VERIFY_WITH_TIMEOUT(rawDone, 20000);
        QVERIFY(!rawError.isEmpty());

        KeychainSecretStore store;
        store.setRetryDelayMs(200);
        QVERIFY(!store.isAvailable());
        std::optional<Status> result;
        QElapsedTimer timer;
        timer.start();
        store.probe(this, [&](Status status) { result = status; });
        QVERIFY(!result); // never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(timer.elapsed() < 10000, "the probe must fail fast without a bus");
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, QStringLiteral("secret.unavailable"));
        QVERIFY(!store.isAvailable());
        QVERIFY2(store.unavailableReason().contains(rawError),
                 qPrintable(store.unavailableReason() + QStringLiteral(" / ") + rawError));
        QCOMPARE(result->error().message, store.unavailableReason());
        qInfo() << "reason:" << store.unavailableReason();
    }

    void readWithoutBusFailsFast()
    {
        KeychainSecretStore store;
        std::optional<Result<QByteArray>> result;
        store.read(QStringLiteral("anything"), this,
                   [&](Result<QByteArray> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QVERIFY(result->error().code.startsWith(QLatin1String("secret.")));
        QCOMPARE(result->error().where, QStringLiteral("Madoguchi/anything"));
    }

    void nullStore()
    {
        NullSecretStore store(QStringLiteral("No Secret Service on the session bus."));
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.unavailableReason(), QStringLiteral("No Secret Service on the session bus."));

        std::optional<Result<QByteArray>> read;
        std::optional<Status> written;
        std::optional<Status> removed;
        store.read(QStringLiteral("k"), this, [&](Result<QByteArray> r) { read.emplace(std::move(r)); });
        store.write(QStringLiteral("k"), "v", this, [&](Status s) { written = s; });
        store.remove(QStringLiteral("k"), this, [&](Status s) { removed = s; });
        QVERIFY(!read && !written && !removed); // delivered later, like a real keychain
        QTRY_VERIFY(read && written && removed);
        for (const Error& e : {read->error(), written->error(), removed->error()}) {
            QCOMPARE(e.code, QStringLiteral("secret.unavailable"));
            QVERIFY(e.message.contains(QLatin1String("No Secret Service on the session bus.")));
            QCOMPARE(e.where, QStringLiteral("Madoguchi/k"));
        }
    }

    void nullStoreDefaultReason()
    {
        NullSecretStore store({});
        QVERIFY(!store.unavailableReason().isEmpty());
    }

    void deadContextGetsNoCallback()
    {
        NullSecretStore store(QStringLiteral("none"));
        KeychainSecretStore keychain;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("k"), context, [&](Result<QByteArray>) { called = true; });
        keychain.read(QStringLiteral("k"), context, [&](Result<QByteArray>) { called = true; });
        delete context;
        QTest::qWait(1000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TstSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"
