#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "CertificateDataStore.h"
#include "ChangeFeed.h"
#include "ResidentStore.h"

namespace madoguchi::coresim {

// The read side of the API: health, resident lookups, certificate data and the changes feed.
class ResidentHandlers
{
public:
    ResidentHandlers(const Database& database, QString serverName);

    ApiReply health(const ApiRequest& request);
    ApiReply resident(const ApiRequest& request);
    ApiReply search(const ApiRequest& request);
    ApiReply byMyNumber(const ApiRequest& request);
    ApiReply taxCertificates(const ApiRequest& request);
    ApiReply sealRegistration(const ApiRequest& request);
    ApiReply koseki(const ApiRequest& request);
    ApiReply changes(const ApiRequest& request);

private:
    // The {residentId} path parameter, checked.
    static Result<QString> residentIdOf(const ApiRequest& request);
    static ApiReply reply(const Result<QJsonObject>& result);

    QString m_serverName;
    ResidentStore m_residents;
    CertificateDataStore m_certificates;
    ChangeFeed m_changes;
};

} // namespace madoguchi::coresim
