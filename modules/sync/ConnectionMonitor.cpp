#include "sync/ConnectionMonitor.h"

#include "common/Logging.h"
#include "sync/CoreClient.h"
#include "sync/CoreErrors.h"

namespace madoguchi::sync {

ConnectionMonitor::ConnectionMonitor(CoreClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
    connect(&m_client, &CoreClient::exchangeFinished, this, &ConnectionMonitor::observe);
}

void ConnectionMonitor::setIntervals(int onlineMs, int offlineMs)
{
    m_onlineIntervalMs = std::max(100, onlineMs);
    m_offlineIntervalMs = std::max(100, offlineMs);
}

void ConnectionMonitor::start()
{
    m_running = true;
    checkNow();
}

void ConnectionMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

void ConnectionMonitor::checkNow()
{
    if (m_probing)
        return;
    m_probing = true;
    // The outcome arrives through exchangeFinished like any other request's.
    m_client.health(this, [this](const Result<Health>&) {
        m_probing = false;
        scheduleCheck();
    });
}

void ConnectionMonitor::scheduleCheck()
{
    if (m_running)
        m_timer.start(m_state == State::Online ? m_onlineIntervalMs : m_offlineIntervalMs);
}

void ConnectionMonitor::observe(const Error& error)
{
    if (CoreErrors::meansReachable(error))
        setState(State::Online, Error{});
    else if (CoreErrors::meansOffline(error))
        setState(State::Offline, error);
    else
        setState(State::Degraded, error);
}

void ConnectionMonitor::setState(State state, const Error& error)
{
    const State before = m_state;
    const bool errorMoved = error.code != m_lastError.code;
    m_lastError = error;
    if (state == before) {
        if (errorMoved)
            Q_EMIT bannerChanged(bannerText());
        return;
    }
    m_state = state;
    m_lastChange = QDateTime::currentDateTimeUtc();
    qCInfo(lcSync).noquote() << "core link:" << stateName(before) << "->" << stateName(state)
                             << (error.code.isEmpty() ? QString() : error.code + u' ' + error.where);
    Q_EMIT stateChanged(state);
    Q_EMIT bannerChanged(bannerText());
    if (state == State::Online && (before == State::Offline || before == State::Degraded))
        Q_EMIT cameBack();
    // Probe at the rhythm of the new state.
    if (m_running && !m_probing)
        scheduleCheck();
}

void ConnectionMonitor::setQueueDepth(int pending)
{
    if (pending == m_queueDepth)
        return;
    m_queueDepth = pending;
    Q_EMIT queueDepthChanged(pending);
    Q_EMIT bannerChanged(bannerText());
}

QString ConnectionMonitor::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Online:
        return QStringLiteral("online");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Offline:
        break;
    }
    return QStringLiteral("offline");
}

QString ConnectionMonitor::bannerText() const
{
    switch (m_state) {
    case State::Offline:
        //: Shell banner. Japanese: 基幹系に接続できません — オフラインで受付中、未送信 %n 件
        return tr("Cannot reach the core system — working offline, %n transaction(s) not yet sent", nullptr,
                  m_queueDepth);
    case State::Degraded:
        return tr(
            "The core system is answering with errors — working offline, %n transaction(s) not yet sent",
            nullptr, m_queueDepth);
    case State::Online:
    case State::Unknown:
        if (m_queueDepth > 0)
            return tr("Sending to the core system: %n transaction(s) not yet sent", nullptr, m_queueDepth);
        break;
    }
    return {};
}

Status ConnectionMonitor::check(Operation operation) const
{
    if (m_state == State::Online || m_state == State::Unknown)
        return {};
    return OfflinePolicy::checkOffline(operation);
}

} // namespace madoguchi::sync
