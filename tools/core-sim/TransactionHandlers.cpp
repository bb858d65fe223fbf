#include "TransactionHandlers.h"

#include "JsonInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace madoguchi::coresim {

namespace {

QJsonObject problemOf(const Error& error)
{
    return ApiReply::problemObject(error.code, error.message, error.where);
}

ApiReply replyOf(int status, bool replay, const QByteArray& json, const QJsonObject& problem)
{
    if (status >= 400) {
        ApiReply reply = ApiReply::json(status, problem);
        reply.contentType = "application/problem+json";
        return reply;
    }
    ApiReply reply = ApiReply::rawJson(status, json);
    if (replay)
        reply.headers.append(qMakePair(QByteArray("Idempotent-Replay"), QByteArray("true")));
    return reply;
}

} // namespace

TransactionHandlers::TransactionHandlers(const Database& database, WriteLock& writeLock,
                                         double failAfterCommitRate)
    : m_transactions(database, writeLock)
    , m_slips(database, writeLock)
    , m_failAfterCommitRate(failAfterCommitRate)
{}

bool TransactionHandlers::failAfterCommit() const
{
    return m_failAfterCommitRate > 0 && QRandomGenerator::global()->generateDouble() < m_failAfterCommitRate;
}

TransactionHandlers::ItemResult TransactionHandlers::commitOne(const QString& counterId, const QString& key,
                                                               const QJsonObject& body)
{
    ItemResult result;
    Result<ValidatedTransaction> tx = TransactionValidator::validate(body);
    if (!tx) {
        result.status = 400;
        result.problem = problemOf(tx.error());
        return result;
    }
    Result<CommitOutcome> outcome = m_transactions.commit(counterId, key.toLower(), tx.value());
    if (!outcome) {
        result.problem = problemOf(outcome.error());
        return result;
    }
    const CommitOutcome& o = outcome.value();
    switch (o.kind) {
    case CommitOutcome::Kind::Created:
        result.status = 201;
        result.receipt = o.receipt;
        break;
    case CommitOutcome::Kind::Replayed:
        result.status = 200;
        result.replay = true;
        result.receipt = o.receipt;
        break;
    case CommitOutcome::Kind::KeyReused:
        result.status = 422;
        result.problem = ApiReply::problemObject(
            QStringLiteral("idempotency-key-reused"),
            QStringLiteral("This Idempotency-Key was already used by this counter with a different body"),
            QStringLiteral("Idempotency-Key"));
        break;
    case CommitOutcome::Kind::SequenceConflict:
        result.status = 409;
        result.problem = ApiReply::problemObject(QStringLiteral("sequence-conflict"),
                                                 QStringLiteral("Visit %1 expects sequence %2 next, not %3")
                                                     .arg(tx.value().visitId)
                                                     .arg(o.expectedSequence)
                                                     .arg(tx.value().sequence),
                                                 QStringLiteral("sequence"),
                                                 {{QStringLiteral("expectedSequence"), o.expectedSequence}});
        break;
    case CommitOutcome::Kind::ResidentMissing:
        result.status = 404;
        result.problem = ApiReply::problemObject(QStringLiteral("resident-not-found"),
                                                 QStringLiteral("No resident %1").arg(o.residentId), o.field);
        break;
    }
    return result;
}

ApiReply TransactionHandlers::commit(const ApiRequest& request)
{
    if (!JsonInput::isUuid(request.idempotencyKey)) {
        return ApiReply::problem(QStringLiteral("idempotency-key-missing"),
                                 QStringLiteral("Send a UUID in the Idempotency-Key header"),
                                 QStringLiteral("Idempotency-Key"));
    }
    Result<QJsonObject> body = JsonInput::requestObject(request.contentType, request.body);
    if (!body)
        return ApiReply::fromError(body.error());
    const ItemResult result = commitOne(request.counterId, request.idempotencyKey, body.value());
    if (result.status == 201 && failAfterCommit()) {
        return ApiReply::problem(QStringLiteral("internal"),
                                 QStringLiteral("Simulated failure after commit (--fail-after-commit-rate)"));
    }
    return replyOf(result.status, result.replay, result.receipt, result.problem);
}

ApiReply TransactionHandlers::batch(const ApiRequest& request)
{
    Result<QJsonObject> body = JsonInput::requestObject(request.contentType, request.body);
    if (!body)
        return ApiReply::fromError(body.error());
    if (Status keys = JsonInput::onlyKeys(body.value(), {QStringLiteral("transactions")}, QString()); !keys)
        return ApiReply::fromError(keys.error());
    const QJsonValue list = body.value().value(QStringLiteral("transactions"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxBatch) {
        return ApiReply::problem(
            QStringLiteral("validation-error"),
            QStringLiteral("transactions must be an array of 1 to %1 elements").arg(kMaxBatch),
            QStringLiteral("transactions"));
    }
    QJsonArray results;
    bool created = false;
    for (const QJsonValue& element : list.toArray()) {
        const QJsonObject entry = element.toObject();
        const QString key = entry.value(QStringLiteral("idempotencyKey")).toString();
        QJsonObject out{{QStringLiteral("idempotencyKey"), key}};
        ItemResult result;
        if (!element.isObject()) {
            result.status = 400;
            result.problem = ApiReply::problemObject(QStringLiteral("validation-error"),
                                                     QStringLiteral("Each element must be an object"));
        } else if (Status keys = JsonInput::onlyKeys(
                       entry, {QStringLiteral("idempotencyKey"), QStringLiteral("transaction")}, QString());
                   !keys) {
            result.status = 400;
            result.problem = problemOf(keys.error());
        } else if (!JsonInput::isUuid(key)) {
            result.status = 400;
            result.problem = ApiReply::problemObject(QStringLiteral("idempotency-key-missing"),
                                                     QStringLiteral("idempotencyKey must be a UUID"),
                                                     QStringLiteral("idempotencyKey"));
        } else if (!entry.value(QStringLiteral("transaction")).isObject()) {
            result.status = 400;
            result.problem = ApiReply::problemObject(QStringLiteral("validation-error"),
                                                     QStringLiteral("transaction must be an object"),
                                                     QStringLiteral("transaction"));
        } else {
            result = commitOne(request.counterId, key, entry.value(QStringLiteral("transaction")).toObject());
        }
        created = created || result.status == 201;
        out.insert(QStringLiteral("status"), result.status);
        out.insert(QStringLiteral("replay"), result.replay);
        if (result.status < 400)
            out.insert(QStringLiteral("receipt"), QJsonDocument::fromJson(result.receipt).object());
        else
            out.insert(QStringLiteral("problem"), result.problem);
        results.append(out);
    }
    if (created && failAfterCommit()) {
        return ApiReply::problem(QStringLiteral("internal"),
                                 QStringLiteral("Simulated failure after commit (--fail-after-commit-rate)"));
    }
    return ApiReply::json(200, {{QStringLiteral("results"), results}});
}

ApiReply TransactionHandlers::registerSlip(const ApiRequest& request)
{
    Result<QJsonObject> body = JsonInput::requestObject(request.contentType, request.body);
    if (!body)
        return ApiReply::fromError(body.error());
    if (Status valid = SlipStore::validate(body.value()); !valid)
        return ApiReply::fromError(valid.error());
    Result<SlipOutcome> outcome = m_slips.registerSlip(request.counterId, body.value());
    if (!outcome)
        return ApiReply::fromError(outcome.error());
    switch (outcome.value().kind) {
    case SlipOutcome::Kind::Created:
        return replyOf(201, false, outcome.value().slip, {});
    case SlipOutcome::Kind::Replayed:
        return replyOf(200, true, outcome.value().slip, {});
    case SlipOutcome::Kind::Conflict:
        break;
    }
    return ApiReply::problem(QStringLiteral("slip-conflict"),
                             QStringLiteral("Slip %1 is already registered with other details")
                                 .arg(body.value().value(QStringLiteral("slipNumber")).toString()),
                             QStringLiteral("slipNumber"));
}

ApiReply TransactionHandlers::slip(const ApiRequest& request)
{
    const QString number = request.pathParams.value(0);
    if (!JsonInput::isIdentifier(number, 44)) {
        return ApiReply::problem(QStringLiteral("validation-error"),
                                 QStringLiteral("slipNumber must be 1 to 44 letters, digits or hyphens"),
                                 QStringLiteral("slipNumber"));
    }
    Result<QByteArray> found = m_slips.slip(number);
    return found ? ApiReply::rawJson(200, found.value()) : ApiReply::fromError(found.error());
}

} // namespace madoguchi::coresim
