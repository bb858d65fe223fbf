#pragma once

#include "common/Result.h"
#include "sync/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace madoguchi::sync {

class CoreClient;
class Outbox;
struct BatchResult;

// Drains the outbox to the core system through POST /v1/transactions:batch: takes the items
// that may go now (Outbox::takeReady), sends them as one batch, records each result, and goes
// on while anything was delivered. Up to parallelBatches() batches are in flight at once, each
// with other visits (a visit's next item is taken only once the previous one is delivered):
// while one batch's answer is recorded here, the core works on the others. A stored answer (201, or
// 200 for a replay) delivers an item; a refusal (4xx) marks it failed and blocks its visit's later items
// until a supervisor calls Outbox::retry(); anything else (offline, timeout, 5xx, an answer that does not
// fit) leaves it for another attempt after a backoff with jitter. Nothing is ever dropped.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(Outbox& outbox, CoreClient& client, QObject* parent = nullptr);

    void setBatchSize(int items) { m_batchSize = std::clamp(items, 1, 500); }
    // Batches in flight at once (1..6, the connections QNetworkAccessManager opens per host).
    void setParallelBatches(int batches) { m_parallel = std::clamp(batches, 1, 6); }
    int parallelBatches() const { return m_parallel; }
    // Item backoff after a failed attempt (default 2 s doubling up to 5 min, with jitter).
    void setRetryBackoff(int baseMs, int maxMs) { m_backoff = Backoff(baseMs, maxMs); }
    // The longest pause between two looks at the outbox, in case a kick() was missed.
    void setIdleCheckMs(int ms) { m_idleCheckMs = std::max(100, ms); }

    // Starts draining now (items a previous run left `sending` are queued again) and keeps the
    // outbox watched.
    void start();
    void stop();
    // Something was queued, or the core came back: drain as soon as possible.
    void kick();

    bool isDraining() const { return m_inFlight > 0; }
    // Items in the batches in flight (the outbox shows them as queued).
    int itemsInFlight() const { return m_itemsInFlight; }

Q_SIGNALS:
    // The number of items not yet delivered: when the sender goes idle, and during a drain at
    // most every kQueueReportMs as batches come back.
    void queueChanged(int pending);
    // One batch came back (delivered / left for later / refused).
    void batchFinished(int delivered, int retry, int refused);
    // Nothing more can be sent now (the outbox is empty, or everything waits).
    void idle();
    // The outbox itself failed (database): shown to people, the drain stops until kicked.
    void storageFailed(const madoguchi::Error& error);

private:
    void drain();
    // Starts one batch; false when nothing may be sent now (or the store failed).
    bool sendBatch();
    // What a batch in flight holds, in the order sent.
    struct Sent
    {
        QList<qint64> ids;
        QList<QString> keys;
        QList<QString> visits;
        QList<int> attempts;
    };
    void finishBatch(const Sent& sent, const Result<BatchResult>& result);
    void scheduleNext();
    void reportQueue();
    // After a batch: reportQueue() unless it ran less than kQueueReportMs ago. Counting the
    // pending items after each of a long drain's batches cost more than the batches' own
    // bookkeeping; the count is for people (the status bar), and the idle report is exact.
    void reportQueueThrottled();
    static constexpr qint64 kQueueReportMs = 250;

    Outbox& m_outbox;
    CoreClient& m_client;
    Backoff m_backoff{2000, 300000};
    QTimer m_timer;
    int m_batchSize = 200;
    int m_parallel = 4;
    int m_inFlight = 0;
    int m_itemsInFlight = 0;
    int m_storageFailures = 0; // batches in a row whose outcome could not be recorded
    // The highest outbox id taken since nothing was in flight (Outbox::takeReady's afterId).
    qint64 m_takenUpTo = 0;
    bool m_progress = false; // something was delivered or refused since the last idle look
    int m_idleCheckMs = 30000;
    bool m_running = false;
    bool m_again = false;
    QElapsedTimer m_lastReport;
};

} // namespace madoguchi::sync
