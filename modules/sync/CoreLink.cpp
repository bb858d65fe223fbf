#include "sync/CoreLink.h"

#include "common/Logging.h"

namespace madoguchi::sync {

CoreLink::CoreLink(Database& database, QString origin, QObject* parent)
    : QObject(parent)
    , m_outbox(database, std::move(origin))
    , m_sender(m_outbox, m_client)
    , m_monitor(m_client)
    , m_poller(database, m_client)
{
    connect(&m_sender, &OutboxSender::queueChanged, &m_monitor, &ConnectionMonitor::setQueueDepth);
    connect(&m_monitor, &ConnectionMonitor::cameBack, this, &CoreLink::onCameBack);
}

Status CoreLink::start(const CoreClientConfig& config, int pollIntervalMs)
{
    const Status configured = m_client.configure(config);
    // Even without a usable configuration the outbox keeps its depth visible and the monitor
    // shows why the link is down.
    if (Result<int> pending = m_outbox.pendingCount())
        m_monitor.setQueueDepth(pending.value());
    m_monitor.start();
    m_sender.start();
    m_poller.setIntervalMs(pollIntervalMs);
    m_poller.start();
    return configured;
}

void CoreLink::stop()
{
    m_poller.stop();
    m_sender.stop();
    m_monitor.stop();
}

void CoreLink::onCameBack()
{
    // The backoff of waiting items was about the link, which works again: send them now.
    if (const Status resumed = m_outbox.resumeWaiting(); !resumed)
        qCWarning(lcSync) << "outbox:" << resumed.error().toString();
    m_sender.kick();
    m_poller.pollNow();
}

} // namespace madoguchi::sync
