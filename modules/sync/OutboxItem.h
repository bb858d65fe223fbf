#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace madoguchi::sync {

// queued: waiting to be sent (also while a batch holding it is in flight: what is in flight
// lives in OutboxSender, so after a crash it is simply sent again, and its idempotency key makes
// that harmless); sending: left by earlier versions, which marked items in flight in the store
// (Outbox::recoverSending queues them again); delivered: the core holds it;
// failed: the last attempt failed — `blocked` says whether it is retried automatically at
// nextAttemptAt (offline, 5xx) or waits for a supervisor's retry() (the core refused it; the
// visit's later transactions wait behind it).
enum class OutboxState { Queued, Sending, Delivered, Failed };

struct OutboxItem
{
    qint64 id = 0;
    QString idempotencyKey;
    QString visitId;
    qint64 sequence = 0;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid when blocked or delivered
    bool blocked = false;
    QString lastErrorCode;
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
    QString transactionId;   // the core's, once delivered
    QJsonObject transaction; // parsed; left empty by Outbox::takeReady, which fills payload
    QByteArray payload;      // the transaction as stored (compact JSON), for sending as is

    static QString stateName(OutboxState state);
    static OutboxState stateFromName(const QString& name);
};

// For the supervisor's sync page and the status bar.
struct OutboxCounts
{
    int queued = 0;
    int sending = 0;
    int failed = 0;  // of which...
    int blocked = 0; // ...need a supervisor
    int delivered = 0;

    int pending() const { return queued + sending + failed; }
};

} // namespace madoguchi::sync
