// madoguchi-core-sim: the reference core resident-record system (docs/api/openapi.yaml) for
// tests, the demo and ward training. See docs/admin-guide.md.
#include "AccessLog.h"
#include "CoreSchema.h"
#include "CoreServer.h"
#include "CoreSimOptions.h"
#include "DemoResidents.h"
#include "ResidentWriter.h"
#include "SeedGenerator.h"

#include "common/Database.h"
#include "common/OpenSslExit.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <pthread.h>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::coresim;

namespace {

int fail(const Error& error)
{
    std::fprintf(stderr, "madoguchi-core-sim: %s\n", qPrintable(error.toString()));
    return 1;
}

// Seeds an empty store: the demo residents, then `count` generated ones. A store that already
// holds residents is left as it is, so restarting keeps every change and transaction.
Status seed(const Database& database, const CoreSimOptions& options, AccessLog& log)
{
    ResidentWriter writer(database.connection());
    Result<int> existing = writer.residentCount();
    if (!existing)
        return existing.error();
    if (existing.value() > 0) {
        log.event(QStringLiteral("seed-skipped"), {{QStringLiteral("residents"), existing.value()}});
        return {};
    }
    const QString timestamp =
        SeedGenerator::referenceDate().startOfDay(Qt::OffsetFromUTC, 9 * 3600).toString(Qt::ISODate);
    if (Status demo = writer.write(DemoResidents::build(), timestamp); !demo)
        return demo;
    if (options.seedCount > 0) {
        if (Status generated =
                writer.write(SeedGenerator(options.seedRandom).generate(options.seedCount), timestamp);
            !generated) {
            return generated;
        }
    }
    Result<int> total = writer.residentCount();
    log.event(QStringLiteral("seeded"), {{QStringLiteral("residents"), total.valueOr(0)},
                                         {QStringLiteral("seedRandom"), qint64(options.seedRandom)}});
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything starts OpenSSL (the TLS server, the hashing of bodies): see OpenSslExit.h.
    keepOpenSslUntilProcessExit();
    // Signals are taken by one thread with sigtimedwait: block them before any thread starts,
    // so that every thread inherits the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-core-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    Result<CoreSimOptions> parsed = CoreSimOptions::parse(QCoreApplication::arguments());
    if (!parsed)
        return fail(parsed.error());
    const CoreSimOptions& options = parsed.value();
    Result<std::unique_ptr<AccessLog>> log = AccessLog::open(options.accessLogPath);
    if (!log)
        return fail(log.error());

    Result<std::unique_ptr<Database>> database = Database::open(options.database, {coreSchema()});
    if (!database)
        return fail(database.error());
    if (Status seeded = seed(*database.value(), options, *log.value()); !seeded)
        return fail(seeded.error());

    CoreServer server(options, *database.value(), *log.value());
    if (Status started = server.start(); !started)
        return fail(started.error());
    log.value()->event(QStringLiteral("listening"),
                       {{QStringLiteral("host"), options.listenHost},
                        {QStringLiteral("port"), server.port()},
                        {QStringLiteral("database"), database.value()->describe()}});
    if (options.printReady) {
        std::printf("madoguchi-core-sim: listening on https://%s:%d\n", qPrintable(options.listenHost),
                    server.port());
        std::fflush(stdout);
    }

    std::atomic<bool> finished{false};
    std::thread signalWatcher([&] {
        const timespec tick{0, 200 * 1000 * 1000};
        while (!finished.load()) {
            const int received = sigtimedwait(&signals, nullptr, &tick);
            if (received == SIGINT || received == SIGTERM) {
                log.value()->event(QStringLiteral("stopping"), {{QStringLiteral("signal"), received}});
                server.stop();
                return;
            }
        }
    });
    server.run(); // stop accepting, finish in-flight requests, then return
    finished.store(true);
    signalWatcher.join();
    log.value()->event(QStringLiteral("stopped"), {});
    return 0;
}
