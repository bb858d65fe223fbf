#pragma once

// Helpers for the CardService suites: wait for the one answer a request gets, in a real event
// loop (QTest::qWait sleeps 10 ms between rounds, which would spoil the stall probe).
#include "smartcard/service/CardService.h"

#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QSignalSpy>
#include <QTimer>
#include <QVariant>

namespace cardtest {

// The argument list of the first signal in `spy` whose id (argument 0) is `id`.
inline QList<QVariant> answerFor(QSignalSpy& spy, quint64 id)
{
    for (const auto& args : spy) {
        if (args.value(0).toULongLong() == id)
            return args;
    }
    return {};
}

// Waits until `id` has an answer in either spy (bounded).
inline bool waitForAnswer(madoguchi::CardService* service, QSignalSpy& ok, QSignalSpy& failed, quint64 id,
                          int timeoutMs)
{
    using madoguchi::CardService;
    QEventLoop loop;
    const auto check = [&] {
        if (!answerFor(ok, id).isEmpty() || !answerFor(failed, id).isEmpty())
            loop.quit();
    };
    QObject::connect(service, &CardService::triesLeftReady, &loop, check, Qt::QueuedConnection);
    QObject::connect(service, &CardService::identityReady, &loop, check, Qt::QueuedConnection);
    QObject::connect(service, &CardService::basicFourReady, &loop, check, Qt::QueuedConnection);
    QObject::connect(service, &CardService::certificateReady, &loop, check, Qt::QueuedConnection);
    QObject::connect(service, &CardService::requestFailed, &loop, check, Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (answerFor(ok, id).isEmpty() && answerFor(failed, id).isEmpty())
        loop.exec();
    return !answerFor(ok, id).isEmpty() || !answerFor(failed, id).isEmpty();
}

// The command APDUs a virtual card received so far (with-virtual-card.sh --count-apdus writes
// the file named by `envVar`); 0 before the first one, -1 when the harness gave no such file.
inline long long apdusReceived(const char* envVar)
{
    const QString path = qEnvironmentVariable(envVar);
    if (path.isEmpty())
        return -1;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0; // not written yet: no APDU so far
    return file.readAll().trimmed().toLongLong();
}

} // namespace cardtest
