#include "sync/ResidentJson.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace madoguchi::sync {

namespace {

QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void putIfSet(QJsonObject& object, const char* name, const std::optional<QString>& value)
{
    if (value)
        object.insert(QLatin1String(name), *value);
}

void checkResidentId(JsonReader& reader, const char* name, const QString& id)
{
    if (!reader.failed() && !ResidentJson::isResidentId(id))
        reader.fail(
            QString::fromLatin1(name),
            JsonReader::tr("%1 is not a valid resident id").arg(reader.path() + u'.' + QLatin1String(name)));
}

} // namespace

bool ResidentJson::isResidentId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

PersonNames ResidentJson::readNames(JsonReader& reader)
{
    PersonNames names;
    names.family = reader.string("family");
    names.given = reader.string("given");
    names.familyKana = reader.string("familyKana");
    names.givenKana = reader.string("givenKana");
    return names;
}

ResidentAddress ResidentJson::readAddress(JsonReader& reader)
{
    ResidentAddress address;
    address.postalCode = reader.optionalString("postalCode");
    address.prefecture = reader.optionalString("prefecture");
    address.city = reader.optionalString("city");
    address.town = reader.optionalString("town");
    address.banchi = reader.optionalString("banchi");
    address.building = reader.optionalString("building");
    address.fullText = reader.string("fullText");
    return address;
}

Honseki ResidentJson::readHonseki(JsonReader& reader)
{
    Honseki honseki;
    honseki.prefecture = reader.optionalString("prefecture");
    honseki.city = reader.optionalString("city");
    honseki.town = reader.optionalString("town");
    honseki.chiban = reader.optionalString("chiban");
    honseki.fullText = reader.string("fullText");
    return honseki;
}

ResidentRecord ResidentJson::read(JsonReader& reader)
{
    ResidentRecord r;
    r.residentId = reader.string("residentId");
    checkResidentId(reader, "residentId", r.residentId);
    r.status = reader.oneOf("status", {QStringLiteral("resident"), QStringLiteral("movedOut")});
    {
        JsonReader household = reader.object("household");
        r.household.householdId = household.string("householdId");
        JsonReader head = household.object("head");
        r.household.headResidentId = head.string("residentId");
        checkResidentId(head, "residentId", r.household.headResidentId);
        r.household.headFullName = head.string("fullName");
        r.household.relationship = household.string("relationship");
    }
    JsonReader names = reader.object("names");
    r.names = readNames(names);
    r.birthDate = reader.date("birthDate");
    r.sex = reader.oneOf("sex", {QStringLiteral("male"), QStringLiteral("female")});
    JsonReader address = reader.object("address");
    r.address = readAddress(address);
    JsonReader honseki = reader.object("honseki");
    r.honseki = readHonseki(honseki);
    r.movedInDate = reader.optionalDate("movedInDate");
    r.movedOutDate = reader.optionalDate("movedOutDate");
    if (auto previous = reader.optionalObject("previousAddress"))
        r.previousAddress = readAddress(*previous);
    {
        JsonReader support = reader.object("supportMeasure");
        r.supportMeasure.active = support.boolean("active");
        r.supportMeasure.since = support.optionalDate("since");
        r.supportMeasure.until = support.optionalDate("until");
    }
    r.updatedAt = reader.string("updatedAt");
    r.version = reader.integer("version", 1);
    return r;
}

QJsonObject ResidentJson::writeNames(const PersonNames& names)
{
    return QJsonObject{{QStringLiteral("family"), names.family},
                       {QStringLiteral("given"), names.given},
                       {QStringLiteral("familyKana"), names.familyKana},
                       {QStringLiteral("givenKana"), names.givenKana}};
}

QJsonObject ResidentJson::writeAddress(const ResidentAddress& address)
{
    QJsonObject object{{QStringLiteral("fullText"), address.fullText}};
    putIfSet(object, "postalCode", address.postalCode);
    putIfSet(object, "prefecture", address.prefecture);
    putIfSet(object, "city", address.city);
    putIfSet(object, "town", address.town);
    putIfSet(object, "banchi", address.banchi);
    object.insert(QStringLiteral("building"), orNull(address.building));
    return object;
}

QJsonObject ResidentJson::writeHonseki(const Honseki& honseki)
{
    QJsonObject object{{QStringLiteral("fullText"), honseki.fullText}};
    putIfSet(object, "prefecture", honseki.prefecture);
    putIfSet(object, "city", honseki.city);
    putIfSet(object, "town", honseki.town);
    putIfSet(object, "chiban", honseki.chiban);
    return object;
}

QJsonObject ResidentJson::write(const ResidentRecord& r)
{
    const QJsonObject head{{QStringLiteral("residentId"), r.household.headResidentId},
                           {QStringLiteral("fullName"), r.household.headFullName}};
    const QJsonObject household{{QStringLiteral("householdId"), r.household.householdId},
                                {QStringLiteral("head"), head},
                                {QStringLiteral("relationship"), r.household.relationship}};
    const QJsonObject support{{QStringLiteral("active"), r.supportMeasure.active},
                              {QStringLiteral("since"), orNull(r.supportMeasure.since)},
                              {QStringLiteral("until"), orNull(r.supportMeasure.until)}};
    return QJsonObject{
        {QStringLiteral("residentId"), r.residentId},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("household"), household},
        {QStringLiteral("names"), writeNames(r.names)},
        {QStringLiteral("birthDate"), r.birthDate},
        {QStringLiteral("sex"), r.sex},
        {QStringLiteral("address"), writeAddress(r.address)},
        {QStringLiteral("honseki"), writeHonseki(r.honseki)},
        {QStringLiteral("movedInDate"), orNull(r.movedInDate)},
        {QStringLiteral("movedOutDate"), orNull(r.movedOutDate)},
        {QStringLiteral("previousAddress"),
         r.previousAddress ? QJsonValue(writeAddress(*r.previousAddress)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("supportMeasure"), support},
        {QStringLiteral("updatedAt"), r.updatedAt},
        {QStringLiteral("version"), double(r.version)},
    };
}

} // namespace madoguchi::sync
