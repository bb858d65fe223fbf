#include "TransactionHandlers.h"

#include "JsonInput.h"
#include "JsonText.h"

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
    return resultOf(outcome.value(), tx.value());
}

TransactionHandlers::ItemResult TransactionHandlers::resultOf(const CommitOutcome& o,
                                                              const ValidatedTransaction& tx)
{
    ItemResult result;
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
                                                     .arg(tx.visitId)
                                                     .arg(o.expectedSequence)
                                                     .arg(tx.sequence),
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
    // Elements are checked first; the valid ones are then decided together, in order, in one
    // database transaction (see TransactionStore::commitAll).
    const QJsonArray elements = list.toArray();
    std::vector<ItemResult> itemResults(std::size_t(elements.size()));
    QList<CommitRequest> valid;
    QList<qsizetype> validAt;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonValue& element = elements.at(i);
        const QJsonObject entry = element.toObject();
        const QString key = entry.value(QStringLiteral("idempotencyKey")).toString();
        ItemResult& result = itemResults[std::size_t(i)];
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
        } else if (Result<ValidatedTransaction> tx =
                       TransactionValidator::validate(entry.value(QStringLiteral("transaction")).toObject());
                   !tx) {
            result.status = 400;
            result.problem = problemOf(tx.error());
        } else {
            valid << CommitRequest{key.toLower(), std::move(tx.value())};
            validAt << i;
        }
    }
    Result<QList<CommitOutcome>> outcomes = m_transactions.commitAll(request.counterId, valid);
    if (!outcomes)
        return ApiReply::fromError(outcomes.error()); // rolled back: nothing of this batch is stored
    bool created = false;
    for (qsizetype v = 0; v < valid.size(); ++v) {
        ItemResult& result = itemResults[std::size_t(validAt.at(v))];
        result = resultOf(outcomes.value().at(v), valid.at(v).transaction);
        created = created || result.status == 201;
    }
    // The answer is written piece by piece: a stored receipt is already compact JSON, and
    // parsing each one only to serialise it again was a tenth of the batch's time.
    QByteArray answer = QByteArrayLiteral("{\"results\":[");
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const ItemResult& result = itemResults[std::size_t(i)];
        const QJsonValue key = elements.at(i).toObject().value(QStringLiteral("idempotencyKey"));
        if (i > 0)
            answer += ',';
        if (result.status < 400) {
            answer += QByteArrayLiteral("{\"idempotencyKey\":");
            answer += JsonText::quoted(key.toString());
            answer += QByteArrayLiteral(",\"receipt\":") + result.receipt;
            answer += QByteArrayLiteral(",\"replay\":") + (result.replay ? "true" : "false");
            answer += QByteArrayLiteral(",\"status\":") + QByteArray::number(result.status) + '}';
        } else {
            const QJsonObject out{{QStringLiteral("idempotencyKey"), key.toString()},
                                  {QStringLiteral("problem"), result.problem},
                                  {QStringLiteral("replay"), result.replay},
                                  {QStringLiteral("status"), result.status}};
            answer += QJsonDocument(out).toJson(QJsonDocument::Compact);
        }
    }
    answer += "]}";
    if (created && failAfterCommit()) {
        return ApiReply::problem(QStringLiteral("internal"),
                                 QStringLiteral("Simulated failure after commit (--fail-after-commit-rate)"));
    }
    return ApiReply::rawJson(200, answer);
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
