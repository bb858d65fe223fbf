#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace madoguchi::coresim {

// One HTTP answer: a JSON body or an RFC 7807 problem (application/problem+json).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(int status, const QJsonObject& object);
    static ApiReply rawJson(int status, const QByteArray& compactJson);
    // `type` is the short name of docs/api/README.md's error catalogue ("validation-error");
    // the status and the title follow from it. `extra` adds extension members.
    static ApiReply problem(const QString& type, const QString& detail, const QString& field = {},
                            const QJsonObject& extra = {});
    // An Error whose code is a problem type, whose message is the detail and whose `where`
    // names the field.
    static ApiReply fromError(const Error& error);

    static int statusOf(const QString& type);
    static QString titleOf(const QString& type);
    // The problem as a JSON object (for the per-item results of a batch).
    static QJsonObject problemObject(const QString& type, const QString& detail, const QString& field = {},
                                     const QJsonObject& extra = {});
};

// Shorthand for the validation errors the JSON readers produce: code "validation-error".
Error fieldError(const QString& field, const QString& detail);

} // namespace madoguchi::coresim
