#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace madoguchi::coresim {

// One HTTP request as the API handlers see it, independent of the HTTP library. The counter id
// comes from the verified client certificate only (see ClientIdentity), never from a header.
struct ApiRequest
{
    QString method;
    QString path;                  // without the query
    QStringList pathParams;        // the route's captures, in order
    QHash<QString, QString> query; // decoded query parameters
    QByteArray body;
    QString contentType;
    QString idempotencyKey; // the Idempotency-Key header, empty when absent
    QString counterId;      // subject CN of the client certificate
    bool myNumberSegment = false;
};

} // namespace madoguchi::coresim
