#pragma once

#include "common/Result.h"
#include "sync/OfflinePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace madoguchi::sync {

class CoreClient;

// The state of the link to the core system, from health checks and from the outcome of every
// real request (CoreClient::exchangeFinished):
//   Online    the last exchange worked (a refusal of one request counts: the core answered);
//   Offline   the core cannot be reached (network, timeout, TLS, configuration);
//   Degraded  the core answers, but with its own errors (5xx) or answers this program cannot
//             read.
// Health checks run every onlineIntervalMs, and more often (offlineIntervalMs) while offline
// or degraded, so that the return of the core is seen quickly; cameBack() then lets the outbox
// drain. The shell shows bannerText(); operations ask check() before they start.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Degraded, Offline };
    Q_ENUM(State)

    explicit ConnectionMonitor(CoreClient& client, QObject* parent = nullptr);

    void setIntervals(int onlineMs, int offlineMs);
    void start();
    void stop();
    // Probes now (GET /v1/health, one attempt).
    void checkNow();

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    Error lastError() const { return m_lastError; }
    QDateTime lastChange() const { return m_lastChange; }
    int queueDepth() const { return m_queueDepth; }

    // The outbox's depth (OutboxSender::queueChanged connects here).
    void setQueueDepth(int pending);

    // Empty while online with nothing waiting; otherwise one line for the shell's banner, e.g.
    // "Cannot reach the core system — working offline, 3 transactions not yet sent".
    QString bannerText() const;
    static QString stateName(State state);

    // Whether `operation` may start now: always while online (or before the first check),
    // otherwise as OfflinePolicy says; the refusal says why in the clerk's words.
    Status check(Operation operation) const;

Q_SIGNALS:
    void stateChanged(madoguchi::sync::ConnectionMonitor::State state);
    void queueDepthChanged(int pending);
    // Whenever the banner's text may have changed (state, error or depth).
    void bannerChanged(const QString& text);
    // Offline/degraded → online: time to drain the outbox and to poll.
    void cameBack();

private:
    void observe(const Error& error);
    void setState(State state, const Error& error);
    void scheduleCheck();

    CoreClient& m_client;
    QTimer m_timer;
    State m_state = State::Unknown;
    Error m_lastError;
    QDateTime m_lastChange;
    int m_queueDepth = 0;
    int m_onlineIntervalMs = 30000;
    int m_offlineIntervalMs = 5000;
    bool m_running = false;
    bool m_probing = false;
};

} // namespace madoguchi::sync
