#include "sync/OutboxSender.h"

#include "common/Logging.h"
#include "sync/CoreClient.h"
#include "sync/CoreErrors.h"
#include "sync/JsonReader.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QSet>

namespace madoguchi::sync {

OutboxSender::OutboxSender(Outbox& outbox, CoreClient& client, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::drain);
}

void OutboxSender::start()
{
    if (const Result<int> recovered = m_outbox.recoverSending(); !recovered)
        Q_EMIT storageFailed(recovered.error());
    m_running = true;
    kick();
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer.stop();
}

void OutboxSender::kick()
{
    if (!m_running)
        return;
    if (m_inFlight > 0) {
        m_again = true; // looked at again when a batch comes back
        return;
    }
    m_timer.start(0);
}

void OutboxSender::drain()
{
    if (!m_running)
        return;
    m_again = false;
    // One batch per turn of the event loop: its request goes out (QNAM writes it from the loop)
    // while the next batch is taken, instead of all of them waiting for the last one.
    if (m_inFlight < m_parallel && sendBatch()) {
        if (m_inFlight < m_parallel)
            m_timer.start(0);
        return;
    }
    if (m_inFlight == 0) {
        reportQueue();
        Q_EMIT idle();
        scheduleNext();
    }
}

bool OutboxSender::sendBatch()
{
    // With nothing in flight, a fresh look from the oldest item: what an earlier batch passed
    // over (a visit's later item behind one in flight, an answer to wait for) is due again.
    if (m_inFlight == 0)
        m_takenUpTo = 0;
    Result<QList<OutboxItem>> ready =
        m_outbox.takeReady(m_batchSize, QDateTime::currentDateTimeUtc(), m_takenUpTo);
    if (!ready) {
        qCWarning(lcSync) << "outbox:" << ready.error().toString();
        Q_EMIT storageFailed(ready.error());
        return false;
    }
    if (ready.value().isEmpty())
        return false;
    QList<BatchEntry> entries;
    Sent sent;
    for (const OutboxItem& item : ready.value()) {
        entries << BatchEntry{item.idempotencyKey, item.transaction, item.payload};
        sent.ids << item.id;
        sent.keys << item.idempotencyKey;
        sent.visits << item.visitId;
        sent.attempts << item.attempts + 1; // this one included
    }
    m_takenUpTo = std::max(m_takenUpTo, sent.ids.constLast());
    ++m_inFlight;
    m_itemsInFlight += int(sent.ids.size());
    // One attempt per batch here: the outbox schedules its own retries, per item.
    m_client.commitBatch(
        entries, this, [this, sent](Result<BatchResult> result) { finishBatch(sent, result); }, 1);
    return true;
}

void OutboxSender::finishBatch(const Sent& sent, const Result<BatchResult>& result)
{
    --m_inFlight;
    m_itemsInFlight -= int(sent.ids.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64>& ids = sent.ids;
    QList<Outbox::Outcome> outcomes;
    int delivered = 0;
    int retry = 0;
    int refused = 0;
    auto later = [&](qsizetype i, const Error& error, qint64 delayMs) {
        outcomes << Outbox::Outcome{
            ids.at(i), Outbox::Outcome::Kind::Retry, {}, error, now.addMSecs(delayMs)};
        ++retry;
    };
    auto backoff = [&](qsizetype i) { return m_backoff.delayMs(sent.attempts.at(i)); };

    std::optional<Error> whole;
    if (!result)
        whole = result.error();
    else if (result.value().results.size() != ids.size())
        whole = JsonReader::malformed(
            QStringLiteral("results"),
            tr("%1 results for %2 transactions").arg(result.value().results.size()).arg(ids.size()));
    if (whole) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            later(i, *whole, backoff(i));
    } else {
        // Visits whose earlier item in this batch was not stored: the core answered their later
        // items with a sequence conflict, which says nothing about those items. They wait (not
        // refused, no back-off of their own) until the earlier item goes through.
        QSet<QString> stalled;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const BatchItemResult& r = result.value().results.at(i);
            const QString& visit = sent.visits.at(i);
            if (r.idempotencyKey != sent.keys.at(i)) {
                later(i,
                      JsonReader::malformed(QStringLiteral("results[%1].idempotencyKey").arg(i),
                                            tr("the results are not in the order sent")),
                      backoff(i));
                stalled.insert(visit);
            } else if (stalled.contains(visit)) {
                later(i,
                      makeError(QStringLiteral("sync.waiting"),
                                tr("Waits for the earlier transaction of the same visit")),
                      0);
            } else if (r.stored()) {
                outcomes << Outbox::Outcome{
                    ids.at(i), Outbox::Outcome::Kind::Delivered, r.receipt->transactionId, {}, {}};
                ++delivered;
            } else if (r.status >= 500 || r.status == 429) {
                // 500: the outcome is unknown; the same key again tells (a replay is a 200).
                CoreExchange exchange;
                exchange.httpStatus = r.status;
                later(i, CoreErrors::classify(exchange, tr("sending transactions")).value_or(Error{}),
                      backoff(i));
                stalled.insert(visit);
            } else {
                outcomes << Outbox::Outcome{
                    ids.at(i),
                    Outbox::Outcome::Kind::Refused,
                    {},
                    CoreErrors::rejected(r.problem.value_or(Problem{}), tr("a transaction")),
                    {}};
                ++refused;
                stalled.insert(visit);
            }
        }
    }
    const Status recorded = m_outbox.record(outcomes, now);
    if (!recorded) {
        // The items stay as they were in the store and go again once nothing is in flight: at
        // least once.
        qCWarning(lcSync) << "outbox:" << recorded.error().toString();
        Q_EMIT storageFailed(recorded.error());
    }
    qCInfo(lcSync) << "outbox batch:" << delivered << "delivered," << retry << "later," << refused
                   << "refused";
    Q_EMIT batchFinished(delivered, retry, refused);
    reportQueueThrottled();
    if (!m_running)
        return;
    m_progress = m_progress || delivered > 0 || refused > 0;
    if (!recorded) {
        // The next look after a back-off, not at once: the unrecorded items are due, and a store
        // that cannot write would otherwise have them sent again (as replays) in a tight loop.
        ++m_storageFailures;
        if (m_inFlight == 0)
            m_timer.start(m_backoff.delayMs(m_storageFailures));
        return;
    }
    m_storageFailures = 0;
    // Delivered items may have freed the next item of their visits: top the batches up.
    if (delivered > 0 || refused > 0 || m_again) {
        m_again = false;
        while (m_inFlight < m_parallel) {
            if (!sendBatch())
                break;
        }
    }
    if (m_inFlight == 0) {
        if (m_progress) {
            m_progress = false;
            m_timer.start(0); // one more look: the last answers may have freed more
        } else {
            reportQueue();
            Q_EMIT idle();
            scheduleNext();
        }
    }
}

void OutboxSender::scheduleNext()
{
    if (!m_running)
        return;
    qint64 wait = m_idleCheckMs;
    Result<std::optional<QDateTime>> due = m_outbox.nextDue();
    if (due && due.value())
        wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*due.value()), 10, m_idleCheckMs);
    m_timer.start(int(wait));
}

void OutboxSender::reportQueueThrottled()
{
    if (!m_lastReport.isValid() || m_lastReport.hasExpired(kQueueReportMs))
        reportQueue();
}

void OutboxSender::reportQueue()
{
    m_lastReport.start();
    Result<int> pending = m_outbox.pendingCount();
    if (pending)
        Q_EMIT queueChanged(pending.value());
}

} // namespace madoguchi::sync
