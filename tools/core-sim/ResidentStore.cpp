#include "ResidentStore.h"

#include "common/JapaneseText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

Error databaseError(const QSqlQuery& query, const QString& what)
{
    return makeError(
        QStringLiteral("internal"),
        QStringLiteral("Database error while reading %1: %2").arg(what, query.lastError().text()));
}

QJsonValue textOrNull(const QSqlQuery& q, const char* column)
{
    const QVariant value = q.value(QString::fromLatin1(column));
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

QJsonObject residentJson(const QSqlQuery& q)
{
    auto text = [&q](const char* column) { return q.value(QString::fromLatin1(column)).toString(); };
    const QJsonValue movedOut = textOrNull(q, "moved_out_date");
    QJsonObject address{{QStringLiteral("postalCode"), textOrNull(q, "postal_code")},
                        {QStringLiteral("prefecture"), textOrNull(q, "addr_prefecture")},
                        {QStringLiteral("city"), textOrNull(q, "addr_city")},
                        {QStringLiteral("town"), textOrNull(q, "addr_town")},
                        {QStringLiteral("banchi"), textOrNull(q, "addr_banchi")},
                        {QStringLiteral("building"), textOrNull(q, "addr_building")},
                        {QStringLiteral("fullText"), text("addr_full")}};
    QJsonObject honseki{{QStringLiteral("prefecture"), textOrNull(q, "honseki_prefecture")},
                        {QStringLiteral("city"), textOrNull(q, "honseki_city")},
                        {QStringLiteral("town"), textOrNull(q, "honseki_town")},
                        {QStringLiteral("chiban"), textOrNull(q, "honseki_chiban")},
                        {QStringLiteral("fullText"), text("honseki_full")}};
    const QJsonValue previous = textOrNull(q, "prev_address_full");
    return QJsonObject{
        {QStringLiteral("residentId"), text("resident_id")},
        {QStringLiteral("status"),
         movedOut.isNull() ? QStringLiteral("resident") : QStringLiteral("movedOut")},
        {QStringLiteral("household"),
         QJsonObject{{QStringLiteral("householdId"), text("household_id")},
                     {QStringLiteral("head"),
                      QJsonObject{{QStringLiteral("residentId"), text("head_id")},
                                  {QStringLiteral("fullName"),
                                   QString(text("head_family") + QChar(0x3000) + text("head_given"))}}},
                     {QStringLiteral("relationship"), text("relationship")}}},
        {QStringLiteral("names"), QJsonObject{{QStringLiteral("family"), text("family_name")},
                                              {QStringLiteral("given"), text("given_name")},
                                              {QStringLiteral("familyKana"), text("family_kana")},
                                              {QStringLiteral("givenKana"), text("given_kana")}}},
        {QStringLiteral("birthDate"), text("birth_date")},
        {QStringLiteral("sex"), text("sex")},
        {QStringLiteral("address"), address},
        {QStringLiteral("honseki"), honseki},
        {QStringLiteral("movedInDate"), textOrNull(q, "moved_in_date")},
        {QStringLiteral("movedOutDate"), movedOut},
        {QStringLiteral("previousAddress"),
         previous.isNull() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(QJsonObject{{QStringLiteral("fullText"), previous}})},
        {QStringLiteral("supportMeasure"),
         QJsonObject{{QStringLiteral("active"), q.value(QStringLiteral("support_active")).toInt() != 0},
                     {QStringLiteral("since"), textOrNull(q, "support_since")},
                     {QStringLiteral("until"), textOrNull(q, "support_until")}}},
        {QStringLiteral("updatedAt"), text("updated_at")},
        {QStringLiteral("version"), q.value(QStringLiteral("version")).toLongLong()},
    };
}

} // namespace

ResidentStore::ResidentStore(const Database& database)
    : m_database(database)
{}

Result<QJsonArray> ResidentStore::select(const QString& where, const QVariantList& values, int limit)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.*, h.head_resident_id AS head_id, head.family_name AS head_family,"
                                 " head.given_name AS head_given"
                                 " FROM cs_residents r"
                                 " JOIN cs_households h ON h.household_id = r.household_id"
                                 " JOIN cs_residents head ON head.resident_id = h.head_resident_id"
                                 " WHERE ") +
                  where + QStringLiteral(" ORDER BY r.resident_id LIMIT %1").arg(limit));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query, QStringLiteral("residents"));
    QJsonArray residents;
    while (query.next())
        residents.append(residentJson(query));
    return residents;
}

Result<QJsonObject> ResidentStore::byId(const QString& residentId, const QString& field)
{
    Result<QJsonArray> found = select(QStringLiteral("r.resident_id = ?"), {residentId}, 1);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(QStringLiteral("resident-not-found"),
                         QStringLiteral("No resident %1").arg(residentId), field);
    return found.value().first().toObject();
}

Result<QJsonObject> ResidentStore::byMyNumber(const QString& myNumber)
{
    Result<QJsonArray> found = select(QStringLiteral("r.my_number = ?"), {myNumber}, 1);
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        // The detail never repeats the number.
        return makeError(QStringLiteral("resident-not-found"),
                         QStringLiteral("No resident has this My Number"), QStringLiteral("myNumber"));
    }
    return found.value().first().toObject();
}

Result<ResidentStore::SearchResult> ResidentStore::search(const QString& name, const QDate& birthDate)
{
    const QString key = JapaneseText::foldForSearch(name);
    Result<QJsonArray> found =
        select(QStringLiteral("r.birth_date = ? AND (r.name_key = ? OR r.family_key = ? OR r.kana_key = ?)"),
               {birthDate.toString(Qt::ISODate), key, key, key}, kSearchLimit + 1);
    if (!found)
        return found.error();
    SearchResult result;
    result.residents = found.value();
    result.truncated = result.residents.size() > kSearchLimit;
    while (result.residents.size() > kSearchLimit)
        result.residents.removeLast();
    return result;
}

Result<bool> ResidentStore::exists(QSqlDatabase db, const QString& residentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM cs_residents WHERE resident_id = ?"));
    query.addBindValue(residentId);
    if (!query.exec())
        return databaseError(query, QStringLiteral("residents"));
    return query.next();
}

} // namespace madoguchi::coresim
