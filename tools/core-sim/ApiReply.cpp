#include "ApiReply.h"

#include <QHash>
#include <QJsonDocument>

namespace madoguchi::coresim {

namespace {

struct ProblemKind
{
    int status;
    const char* title;
};

// docs/api/README.md, "Errors": keep both in step.
const QHash<QString, ProblemKind>& catalogue()
{
    static const QHash<QString, ProblemKind> kinds = {
        {QStringLiteral("invalid-json"), {400, "Malformed JSON"}},
        {QStringLiteral("validation-error"), {400, "Invalid request"}},
        {QStringLiteral("idempotency-key-missing"), {400, "Idempotency-Key missing or malformed"}},
        {QStringLiteral("my-number-segment-required"), {403, "Not allowed outside the My Number segment"}},
        {QStringLiteral("resident-not-found"), {404, "No such resident"}},
        {QStringLiteral("not-found"), {404, "Not found"}},
        {QStringLiteral("koseki-not-held"), {404, "Koseki not held by this municipality"}},
        {QStringLiteral("no-such-route"), {404, "No such resource"}},
        {QStringLiteral("sequence-conflict"), {409, "Transaction out of order within its visit"}},
        {QStringLiteral("slip-conflict"), {409, "Slip number already registered differently"}},
        {QStringLiteral("payload-too-large"), {413, "Request body too large"}},
        {QStringLiteral("unsupported-media-type"), {415, "Request body must be application/json"}},
        {QStringLiteral("idempotency-key-reused"), {422, "Idempotency key reused with a different body"}},
        {QStringLiteral("internal"), {500, "Internal error"}},
        {QStringLiteral("unavailable"), {503, "Temporarily unavailable"}},
    };
    return kinds;
}

} // namespace

int ApiReply::statusOf(const QString& type)
{
    return catalogue().value(type, ProblemKind{500, "Internal error"}).status;
}

QString ApiReply::titleOf(const QString& type)
{
    return QString::fromLatin1(catalogue().value(type, ProblemKind{500, "Internal error"}).title);
}

ApiReply ApiReply::json(int status, const QJsonObject& object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ApiReply ApiReply::rawJson(int status, const QByteArray& compactJson)
{
    ApiReply reply;
    reply.status = status;
    reply.body = compactJson;
    return reply;
}

QJsonObject ApiReply::problemObject(const QString& type, const QString& detail, const QString& field,
                                    const QJsonObject& extra)
{
    const QString known = catalogue().contains(type) ? type : QStringLiteral("internal");
    QJsonObject object = extra;
    object.insert(QStringLiteral("type"), QString(QStringLiteral("urn:madoguchi:problem:") + known));
    object.insert(QStringLiteral("title"), titleOf(known));
    object.insert(QStringLiteral("status"), statusOf(known));
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

ApiReply ApiReply::problem(const QString& type, const QString& detail, const QString& field,
                           const QJsonObject& extra)
{
    const QJsonObject object = problemObject(type, detail, field, extra);
    ApiReply reply = json(object.value(QStringLiteral("status")).toInt(), object);
    reply.contentType = "application/problem+json";
    if (reply.status == 503)
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return reply;
}

ApiReply ApiReply::fromError(const Error& error)
{
    return problem(error.code, error.message, error.where);
}

Error fieldError(const QString& field, const QString& detail)
{
    return makeError(QStringLiteral("validation-error"), detail, field);
}

} // namespace madoguchi::coresim
