#include "ResidentHandlers.h"

#include "JsonInput.h"

#include "common/MyNumber.h"

#include <QDateTime>

namespace madoguchi::coresim {

ResidentHandlers::ResidentHandlers(const Database& database, QString serverName)
    : m_serverName(std::move(serverName))
    , m_residents(database)
    , m_certificates(database)
    , m_changes(database)
{}

ApiReply ResidentHandlers::reply(const Result<QJsonObject>& result)
{
    return result ? ApiReply::json(200, result.value()) : ApiReply::fromError(result.error());
}

Result<QString> ResidentHandlers::residentIdOf(const ApiRequest& request)
{
    const QString id = request.pathParams.value(0);
    if (!JsonInput::isIdentifier(id, 32)) {
        return fieldError(QStringLiteral("residentId"),
                          QStringLiteral("residentId must be 1 to 32 letters, digits or hyphens"));
    }
    return id;
}

ApiReply ResidentHandlers::health(const ApiRequest& request)
{
    Result<QString> latest = m_changes.latestCursor();
    if (!latest)
        return ApiReply::problem(QStringLiteral("unavailable"),
                                 QStringLiteral("The database does not answer"));
    return ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("apiVersion"), QStringLiteral("1")},
                                {QStringLiteral("server"), m_serverName},
                                {QStringLiteral("time"), ChangeFeed::now()},
                                {QStringLiteral("counterId"), request.counterId},
                                {QStringLiteral("myNumberSegment"), request.myNumberSegment},
                                {QStringLiteral("latestCursor"), latest.value()}});
}

ApiReply ResidentHandlers::resident(const ApiRequest& request)
{
    Result<QString> id = residentIdOf(request);
    if (!id)
        return ApiReply::fromError(id.error());
    return reply(m_residents.byId(id.value()));
}

ApiReply ResidentHandlers::search(const ApiRequest& request)
{
    Result<QJsonObject> body = JsonInput::requestObject(request.contentType, request.body);
    if (!body)
        return ApiReply::fromError(body.error());
    const QString none;
    if (Status keys =
            JsonInput::onlyKeys(body.value(), {QStringLiteral("name"), QStringLiteral("birthDate")}, none);
        !keys) {
        return ApiReply::fromError(keys.error());
    }
    Result<QString> name = JsonInput::string(body.value(), QStringLiteral("name"), none, 100);
    if (!name)
        return ApiReply::fromError(name.error());
    Result<QDate> birth = JsonInput::date(body.value(), QStringLiteral("birthDate"), none);
    if (!birth)
        return ApiReply::fromError(birth.error());
    Result<ResidentStore::SearchResult> found = m_residents.search(name.value(), birth.value());
    if (!found)
        return ApiReply::fromError(found.error());
    return ApiReply::json(200, {{QStringLiteral("residents"), found.value().residents},
                                {QStringLiteral("truncated"), found.value().truncated}});
}

ApiReply ResidentHandlers::byMyNumber(const ApiRequest& request)
{
    if (!request.myNumberSegment) {
        return ApiReply::problem(
            QStringLiteral("my-number-segment-required"),
            QStringLiteral("Counter %1 is not in the My Number segment").arg(request.counterId));
    }
    Result<QJsonObject> body = JsonInput::requestObject(request.contentType, request.body);
    if (!body)
        return ApiReply::fromError(body.error());
    if (Status keys = JsonInput::onlyKeys(body.value(), {QStringLiteral("myNumber")}, QString()); !keys)
        return ApiReply::fromError(keys.error());
    Result<QString> number = JsonInput::string(body.value(), QStringLiteral("myNumber"), QString(), 12);
    if (!number) // the detail names the field, never the value
        return ApiReply::fromError(number.error());
    if (!MyNumber::isValid(number.value())) {
        return ApiReply::problem(QStringLiteral("validation-error"),
                                 QStringLiteral("myNumber must be 12 digits with a valid check digit"),
                                 QStringLiteral("myNumber"));
    }
    return reply(m_residents.byMyNumber(number.value()));
}

ApiReply ResidentHandlers::taxCertificates(const ApiRequest& request)
{
    Result<QString> id = residentIdOf(request);
    if (!id)
        return ApiReply::fromError(id.error());
    std::optional<int> fiscalYear;
    if (request.query.contains(QStringLiteral("fiscalYear"))) {
        bool ok = false;
        const int year = request.query.value(QStringLiteral("fiscalYear")).toInt(&ok);
        if (!ok || year < 1989 || year > 2100) {
            return ApiReply::problem(QStringLiteral("validation-error"),
                                     QStringLiteral("fiscalYear must be a year from 1989 to 2100"),
                                     QStringLiteral("fiscalYear"));
        }
        fiscalYear = year;
    }
    return reply(m_certificates.taxYears(id.value(), fiscalYear));
}

ApiReply ResidentHandlers::sealRegistration(const ApiRequest& request)
{
    Result<QString> id = residentIdOf(request);
    return id ? reply(m_certificates.sealRegistration(id.value())) : ApiReply::fromError(id.error());
}

ApiReply ResidentHandlers::koseki(const ApiRequest& request)
{
    Result<QString> id = residentIdOf(request);
    return id ? reply(m_certificates.koseki(id.value())) : ApiReply::fromError(id.error());
}

ApiReply ResidentHandlers::changes(const ApiRequest& request)
{
    int limit = ChangeFeed::kDefaultLimit;
    if (request.query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > ChangeFeed::kMaxLimit) {
            return ApiReply::problem(QStringLiteral("validation-error"),
                                     QStringLiteral("limit must be from 1 to %1").arg(ChangeFeed::kMaxLimit),
                                     QStringLiteral("limit"));
        }
    }
    return reply(m_changes.page(request.query.value(QStringLiteral("since")), limit));
}

} // namespace madoguchi::coresim
