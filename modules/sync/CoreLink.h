#pragma once

#include "common/Result.h"
#include "sync/ChangePoller.h"
#include "sync/ConnectionMonitor.h"
#include "sync/CoreClient.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"

#include <QObject>

namespace madoguchi {
class Database;
}

namespace madoguchi::sync {

// The core-system link of one counter PC, assembled: the client, the outbox and its sender, the
// connection monitor and the changes-feed poller, wired so that
//   - the monitor knows the queue depth (for the banner),
//   - when the core comes back, waiting items become due and the outbox drains at once, and the
//     feed is polled.
// main.cpp builds one (after Database::open with SyncSchema::migrations()) and hands its parts
// to the modules: the outbox to whoever commits work, the monitor to the shell and to every
// operation that asks whether it may run offline.
class CoreLink : public QObject
{
    Q_OBJECT

public:
    CoreLink(Database& database, QString origin, QObject* parent = nullptr);

    CoreClient& client() { return m_client; }
    Outbox& outbox() { return m_outbox; }
    OutboxSender& sender() { return m_sender; }
    ConnectionMonitor& monitor() { return m_monitor; }
    ChangePoller& poller() { return m_poller; }

    // Applies the configuration and starts monitoring, draining and polling.
    Status start(const CoreClientConfig& config, int pollIntervalMs = 60000);
    void stop();
    // Call after committing a transaction that enqueued work: sends it soon.
    void transactionQueued() { m_sender.kick(); }

private:
    void onCameBack();

    CoreClient m_client;
    Outbox m_outbox;
    OutboxSender m_sender;
    ConnectionMonitor m_monitor;
    ChangePoller m_poller;
};

} // namespace madoguchi::sync
