#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "SlipStore.h"
#include "TransactionStore.h"

namespace madoguchi::coresim {

// The write side of the API: transactions (single and batch) and the slip registry.
class TransactionHandlers
{
public:
    // failAfterCommitRate: a TEST-ONLY share of committed requests answered with 500 anyway,
    // so that clients can prove they resend with the same key and get a replay.
    TransactionHandlers(const Database& database, WriteLock& writeLock, double failAfterCommitRate);

    static constexpr int kMaxBatch = 500;

    ApiReply commit(const ApiRequest& request);
    ApiReply batch(const ApiRequest& request);
    ApiReply registerSlip(const ApiRequest& request);
    ApiReply slip(const ApiRequest& request);

private:
    struct ItemResult
    {
        int status = 500;
        bool replay = false;
        QByteArray receipt;  // 200 / 201
        QJsonObject problem; // otherwise
    };
    ItemResult commitOne(const QString& counterId, const QString& key, const QJsonObject& body);
    static ItemResult resultOf(const CommitOutcome& outcome, const ValidatedTransaction& tx);
    bool failAfterCommit() const;

    TransactionStore m_transactions;
    SlipStore m_slips;
    double m_failAfterCommitRate;
};

} // namespace madoguchi::coresim
